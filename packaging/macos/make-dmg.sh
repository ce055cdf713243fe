#!/usr/bin/env bash
# Packs assessor.app into a compressed disk image with a link to /Applications (drag to install), then mounts
# the image and runs the app's self-test from it, as a user's first launch would.
#
#   packaging/macos/make-dmg.sh dist/assessor.app dist/assessor-0.1.0-macos-arm64.dmg "assessor 0.1.0"
set -euo pipefail
app=${1:?usage: make-dmg.sh APP DMG [VOLUME-NAME]}
dmg=${2:?usage: make-dmg.sh APP DMG [VOLUME-NAME]}
volume=${3:-assessor}
[ -d "$app/Contents/MacOS" ] || { echo "make-dmg: $app is not an application bundle" >&2; exit 1; }

staging=$(mktemp -d)
mountpoint=$(mktemp -d)
cleanup() {
  hdiutil detach "$mountpoint" -quiet 2>/dev/null || true
  rm -rf "$staging" "$mountpoint"
}
trap cleanup EXIT

ditto "$app" "$staging/$(basename "$app")"  # keeps symbolic links, permissions and signatures
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" on CI machines; a few attempts get past it
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format ULFO -ov "$dmg"; then
    break
  fi
  [ "$attempt" -eq 5 ] && { echo "make-dmg: hdiutil create failed 5 times" >&2; exit 1; }
  echo "make-dmg: hdiutil create failed (attempt $attempt), retrying in 5 s"
  sleep 5
done
hdiutil verify "$dmg"

hdiutil attach "$dmg" -readonly -nobrowse -mountpoint "$mountpoint" -quiet
QT_QPA_PLATFORM=offscreen "$mountpoint/$(basename "$app")/Contents/MacOS/assessor" --self-test
echo "make-dmg: $dmg ($(du -h "$dmg" | cut -f1))"
