#!/usr/bin/env bash
# What building and testing the Linux installers needs beyond scripts/sysdeps.sh (run by `make bundle-test`):
# binutils (PyInstaller's strip/objdump, readelf), dpkg-deb, tools to see and check the installed result
# (xdotool, desktop-file-validate, update-mime-database), a session bus for the X11 start-up figures (dbus-daemon)
# and the libraries the .deb depends on.
# "new/old" lists a package's Debian 13 / Ubuntu 24.04 name first, then its older name.
# Runs apt-get only when something is missing; needs root (or sudo) then.
set -euo pipefail
wanted=(binutils dpkg xvfb xauth x11-utils xdotool dbus-daemon/dbus desktop-file-utils shared-mime-info
        libcups2t64/libcups2 libgssapi-krb5-2 libbrotli1 libuuid1 libzstd1 libdbus-1-3 libfontconfig1
        libfreetype6 libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libegl1 libgl1 libglib2.0-0t64/libglib2.0-0)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
available() { apt-cache show "$1" 2>/dev/null | grep -q "^Package:"; }
unmet=()
for entry in "${wanted[@]}"; do
  IFS=/ read -r -a alternatives <<< "$entry"
  ok=""
  for p in "${alternatives[@]}"; do installed "$p" && ok=1 && break; done
  [ -n "$ok" ] || unmet+=("$entry")
done
[ ${#unmet[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
missing=()
for entry in "${unmet[@]}"; do
  IFS=/ read -r -a alternatives <<< "$entry"
  pick="${alternatives[-1]}"
  for p in "${alternatives[@]}"; do available "$p" && pick="$p" && break; done
  missing+=("$pick")
done
echo "packaging/sysdeps: installing Debian packages (missing: ${missing[*]})"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
