#!/usr/bin/env bash
# Screenshots of the real app for docs/screenshots/ (`make screenshots`).
#
# Starts the app under Xvfb with a throw-away ASSESSOR_HOME, opens the fictional high-tier demo, drives
# it with xdotool key presses (as a keyboard user would) and takes whole-screen shots with ImageMagick's
# `import`. Needs, besides what scripts/sysdeps.sh installs: the Debian packages xvfb, xdotool and
# imagemagick. Nothing outside docs/screenshots/ and a temporary folder is touched.
set -euo pipefail

cd "$(dirname "$0")/.."
APP=.venv/bin/assessor
OUT=docs/screenshots
WIDTH=1400
HEIGHT=900

missing=()
for cmd in Xvfb xdotool import; do command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "make-screenshots: missing ${missing[*]}; install the Debian packages: apt-get install xvfb xdotool imagemagick" >&2
  exit 1
fi
if [ ! -x "$APP" ]; then
  echo "make-screenshots: $APP not found; run 'make venv' first" >&2
  exit 1
fi

tmp=$(mktemp -d /tmp/assessor-screens.XXXXXX)
XVFB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# An X server on a free display: Xvfb picks the number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || { echo "make-screenshots: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }

export DISPLAY=":$(head -1 "$tmp/display")"
export QT_QPA_PLATFORM=xcb
export ASSESSOR_HOME="$tmp/home"           # recovery files and recent files of this run only
export XDG_CONFIG_HOME="$tmp/config"       # Qt's own settings (the file dialog's history)
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$ASSESSOR_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS QT_STYLE_OVERRIDE ASSESSOR_QUIT_WHEN_SHOWN

demo="$tmp/demo-high.g4sa"
"$APP" demo -o "$demo" --tier high >/dev/null

mkdir -p "$OUT"
WINDOW=""

# start_app [file] (ASSESSOR_THEME from the environment): start the app and give its window the whole screen.
start_app() {
  "$APP" "$@" >>"$tmp/app.log" 2>&1 &
  APP_PID=$!
  WINDOW=$(timeout 60 xdotool search --sync --onlyvisible --name 'assessor' | head -1) || true
  if [ -z "$WINDOW" ]; then
    echo "make-screenshots: the app's window did not appear" >&2
    cat "$tmp/app.log" >&2
    exit 1
  fi
  xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" "$WIDTH" "$HEIGHT"
  sleep 1.5
  focus
}

# Without a window manager, keyboard focus is not given back after a dialog: ask for it.
focus() { xdotool windowfocus "$WINDOW" 2>/dev/null || true; sleep 0.3; }

keys() { xdotool key --delay 60 "$@"; }

shot() {
  sleep "${2:-1}"
  import -window root "$OUT/$1"
  echo "  $OUT/$1"
}

# Quit with Ctrl+Q; if the app is still there after 20 s (a dialog, a hang), end it.
stop_app() {
  focus
  keys ctrl+q
  for _ in $(seq 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$APP_PID" 2>/dev/null; then
    echo "make-screenshots: the app did not quit with Ctrl+Q; ending it" >&2
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# open_guidance: from an element page just shown (keyboard on the first question's answer), Tab to the
# first card's Guidance button and open it, then scroll the page so the guidance is in view.
# The demo's first card has evidence, so the chain is: answer, notes, flag, evidence list, Attach, Guidance.
open_guidance() {
  keys Tab Tab Tab Tab Tab
  keys space
  sleep 0.5
  xdotool mousemove $((WIDTH * 2 / 3)) $((HEIGHT / 2)) click --repeat 4 --delay 80 5
}

echo "make-screenshots: display $DISPLAY, into $OUT/"

# 1. Unsaved work to recover: a new assessment, some typing, then the app is killed before saving.
start_app
keys ctrl+n
sleep 1
xdotool type --delay 30 "Annual review of data sharing 2026"
keys Tab
xdotool type --delay 30 "St Elsewhere University Hospital"
sleep 3.5 # the recovery file is written within two seconds of a change
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
ls "$ASSESSOR_HOME"/data/recovery/*.recovery >/dev/null 2>&1 ||
  echo "make-screenshots: warning: no recovery file was written; 01-start.png shows no recovery offer" >&2

# 2. The demo, page by page (opening it also puts it in the recent files of the start screen).
start_app "$demo"
shot 02-institution.png
keys ctrl+Next
shot 03-risk-profile.png
keys ctrl+Next
sleep 1
open_guidance
shot 04-element.png
keys ctrl+r
shot 05-review.png 1.5
keys ctrl+shift+r
shot 06-results.png 2
keys ctrl+Next
shot 07-report.png 10 # the PDF preview is rendered in the background
stop_app

# 3. The start screen: the recovery offer and the recent demo file.
start_app
shot 01-start.png
stop_app

# 4. The same element page in the dark palette.
ASSESSOR_THEME=dark start_app "$demo"
keys ctrl+Next ctrl+Next
sleep 1
open_guidance
shot 08-element-dark.png
stop_app

if grep -q "Traceback" "$tmp/app.log"; then
  echo "make-screenshots: the app printed an error:" >&2
  cat "$tmp/app.log" >&2
  exit 1
fi
echo "make-screenshots: done ($(ls "$OUT"/*.png | wc -l) screenshots)"
