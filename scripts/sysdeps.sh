#!/usr/bin/env bash
# Installs the Debian packages the app and the tests need, when they are missing.
# Qt's libraries (xcb, EGL, fontconfig), poppler (pdftotext, pdffonts, pdfsig, pdftoppm), qpdf, Xvfb,
# SoftHSM2 and OpenSC's pkcs11-tool (a software PKCS#11 token for the smart-card signing tests),
# the accessibility stack the screen-reader tests read the real window through (at-spi2-core, python3-pyatspi for
# the system python3, a D-Bus session daemon), CUPS with a PDF printer for the printing tests (cups,
# printer-driver-cups-pdf), and xdotool to drive the real window.
# Runs apt-get only when something is missing; needs root (or sudo) then.
# `sysdeps.sh --docs` also installs what docs/make-screenshots.sh and scripts/xvfb_walk.py drive the real
# window with: xdotool and imagemagick.
set -euo pipefail
need_cmds=(pdftotext pdffonts pdfsig pdftoppm qpdf xvfb-run xauth softhsm2-util pkcs11-tool dbus-daemon cupsd lpadmin xdotool)
extra=()
if [ "${1:-}" = "--docs" ]; then need_cmds+=(import); extra=(imagemagick); fi
pkgs=("${extra[@]}" poppler-utils qpdf softhsm2 opensc xvfb xauth xdotool at-spi2-core python3-pyatspi dbus dbus-daemon
      cups cups-client cups-bsd printer-driver-cups-pdf libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
      libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-util1
      libx11-xcb1 libwayland-client0 libwayland-cursor0 fonts-dejavu-core)
missing=()
for c in "${need_cmds[@]}"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: missing ${missing[*]}, and this is not a Debian-like system; install them by hand" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "sysdeps: installing Debian packages (missing: ${missing[*]})"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
