#!/usr/bin/env bash
# Renders every SVG source in src/main/svg/ to the PNG sizes the programs use, into the jar's
# resources. Run it after adding or changing an icon (needs rsvg-convert: Debian librsvg2-bin),
# then commit the SVG and its PNGs together.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v rsvg-convert >/dev/null || { echo "render-pngs: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
out=src/main/resources/org/openmom/icons
for size in 16 24 32 48 128 256; do
  mkdir -p "$out/$size"
  for svg in src/main/svg/*.svg; do
    rsvg-convert -w "$size" -h "$size" -o "$out/$size/$(basename "${svg%.svg}").png" "$svg"
  done
done
echo "render-pngs: $(ls src/main/svg/*.svg | wc -l) icons × 6 sizes"
