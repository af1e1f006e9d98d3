#!/usr/bin/env bash
# The conversation of docs/images/chat-conversation.png, played on a display of its own:
#   ../shared/tools/fx-screenshot -s 1280x940x24 -w 55 docs/images/chat-conversation.png -- examples/chat/screenshot-scenario.sh
# (run from the repository root). A server on the local protocol in a temporary OPENMOM_HOME;
# alice and bob type (xdotool; no window manager, so windows are focused and placed here);
# bob leaves absent carol a persistent message and opens his Users list; carol comes and gets it.
set -u
cd "$(dirname "$0")/../.."
export OPENMOM_HOME; OPENMOM_HOME=$(mktemp -d /tmp/chat-scenario.XXXXXX)
./openmom server -s Demo -r 1 -p ncalrpc > "$OPENMOM_HOME/server.log" 2>&1 &
for _ in $(seq 1 120); do grep -q ready: "$OPENMOM_HOME/server.log" && break; sleep 0.5; done
./openmom chat --user alice > "$OPENMOM_HOME/alice.log" 2>&1 &
./openmom chat --user bob > "$OPENMOM_HOME/bob.log" 2>&1 &

window() { for _ in $(seq 1 120); do w=$(xdotool search --name "$1" 2>/dev/null | head -1); [ -n "$w" ] && { echo "$w"; return; }; sleep 0.25; done; }
click() { xdotool windowfocus --sync "$1"; xdotool mousemove --window "$1" "$2" "$3" click 1; sleep 0.4; }
say() { # WINDOW TO-USER TEXT: the To User field, then the message field and Enter
  click "$1" 150 383; xdotool key ctrl+a; xdotool type --delay 20 "$2"; sleep 0.3
  click "$1" 300 421; xdotool type --delay 15 "$3"; xdotool key Return; sleep 1.5
}

A=$(window '^alice — OpenMOM Chat$'); B=$(window '^bob — OpenMOM Chat$')
xdotool windowmove "$A" 0 0; xdotool windowmove "$B" 640 0; sleep 2
say "$B" alice "Hi Alice, are you joining the review at 3?"
say "$A" bob "Yes! I will bring the benchmark figures."
say "$B" alice "Great. Carol is away today: I'll leave her a note."
click "$B" 420 383   # Persistent
say "$B" carol "Review moved to 3 pm, room 2. See you there!"
say "$A" bob "See you at 3 then"
click "$B" 307 383   # Users…
xdotool windowmove "$(window '^Chat Users$')" 700 480
./openmom chat --user carol > "$OPENMOM_HOME/carol.log" 2>&1 &
xdotool windowmove "$(window '^carol — OpenMOM Chat$')" 0 480
sleep 600   # fx-screenshot takes the picture, then stops this process group
