#!/usr/bin/env bash
# Builds the Debian package of OpenMOM from the checkout's built modules:
#   packaging/build-deb.sh [OUTPUT-FOLDER]     (default: target/package; ./openmom package runs it after the build)
# jlink makes a Java runtime with JavaFX (the modular javafx-*-linux.jar from the Maven repository),
# jpackage an application image whose one launcher, bin/openmom, runs every subcommand
# (org.openmom.app.server.desktop.PackagedLauncher), and dpkg-deb the package: the image in
# /opt/openmom, the openmom command in /usr/bin, the desktop menu (five entries, icons, the
# OpenMOM submenu) in /usr/share and /etc/xdg. Needs a JDK 17+ with jmods, dpkg-deb, and
# fakeroot and objcopy (binutils) for the Debian packages' own tools.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mkdir -p "${1:-$root/target/package}" && cd "${1:-$root/target/package}" && pwd)
work="$out/work"
fail() { echo "package: $*" >&2; exit 1; }

for tool in jlink jpackage dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || fail "$tool is not on the PATH — install it (jlink, jpackage: a JDK 17+; dpkg-deb, fakeroot: Debian packages dpkg, fakeroot)"
done
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")
[ -d "$java_home/jmods" ] || fail "$java_home has no jmods folder — jlink needs a full JDK (Debian: openjdk-17-jdk-headless)"

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1)
deb_version=${version/-/\~}          # 0.1.0-SNAPSHOT sorts before 0.1.0 as 0.1.0~SNAPSHOT
app_version=${version%%-*}           # jpackage takes numbers only
arch=$(dpkg --print-architecture)

rm -rf "$work"
mkdir -p "$work/input" "$work/javafx"

# The programs the package holds: every desktop program built in this checkout.
for module in app-server app-explorer app-servers-list-editor app-config-editor examples/chat; do
  if [ ! -f "$root/$module/target/classpath.txt" ]; then
    [ "$module" = app-server ] && fail "$root/app-server is not built — run ./openmom package, or mvn package first"
    echo "package: $module is not built here: its program is left out" >&2
    continue
  fi
  # the module's own jar, named by its artifactId (examples/chat: chat-VERSION.jar)
  jar=$(ls "$root/$module"/target/*.jar 2>/dev/null | grep -v -- '-sources\.jar$\|-tests\.jar$' | head -n 1)
  [ -n "$jar" ] || fail "$module has no jar in $root/$module/target — run mvn package first"
  cp "$jar" "$work/input/"
  tr ':' '\n' < "$root/$module/target/classpath.txt" | while read -r dependency; do
    [ -n "$dependency" ] || continue
    case "$(basename "$dependency")" in
      javafx-*-linux.jar) cp "$dependency" "$work/javafx/" ;;   # modules of the runtime
      javafx-*) ;;                                               # empty jars that only select the platform's
      *) [ -f "$dependency" ] || fail "$dependency is not a jar — run mvn package first"; cp "$dependency" "$work/input/" ;;
    esac
  done
done
main_jar=$(basename "$(ls "$work"/input/app-server-*.jar)")

echo "package: jlink (a Java runtime with JavaFX) ..." >&2
jlink --module-path "$java_home/jmods:$work/javafx" \
  --add-modules java.base,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,javafx.controls,javafx.fxml \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

echo "package: jpackage (the application image) ..." >&2
jpackage --type app-image --name openmom --app-version "$app_version" \
  --description "OpenMOM message broker and its desktop administration programs" \
  --input "$work/input" --main-jar "$main_jar" --main-class org.openmom.app.server.desktop.PackagedLauncher \
  --runtime-image "$work/runtime" --icon "$root/icons/src/main/resources/org/openmom/icons/256/app-server.png" \
  --dest "$work/image"

# The package's tree: what dpkg installs, and so removes.
tree="$work/deb"
mkdir -p "$tree/opt" "$tree/usr/bin" "$tree/DEBIAN"
cp -a "$work/image/openmom" "$tree/opt/openmom"
ln -s /opt/openmom/bin/openmom "$tree/usr/bin/openmom"
"$work/runtime/bin/java" -cp "$work/input/*" org.openmom.app.server.desktop.DesktopMain export "$tree" --launcher /usr/bin/openmom >&2
size=$(du -sk "$tree" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" "$root/packaging/debian/control.in" > "$tree/DEBIAN/control"
install -m 755 "$root/packaging/debian/postinst" "$root/packaging/debian/postrm" "$tree/DEBIAN/"

deb="$out/openmom_${deb_version}_${arch}.deb"
echo "package: dpkg-deb ..." >&2
fakeroot dpkg-deb -Zgzip --build "$tree" "$deb" >&2
rm -rf "$work"
echo "$deb"
