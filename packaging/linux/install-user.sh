#!/bin/sh
# Adds assessor to your own menu, opens .g4sa files with it and puts `assessor` on your PATH, without root:
# everything goes under ~/.local and points at this folder (keep the folder where it is).
#
#   ./install-user.sh              install for the current user
#   ./install-user.sh --uninstall  remove what it installed (this folder stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime" || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/assessor.desktop" "$data/mime/packages/assessor.xml"
    find "$data/icons/hicolor" \( -name assessor.png -o -name assessor.svg -o -name application-x-g4sa.png \
        -o -name application-x-g4sa.svg \) -delete 2>/dev/null || true
    if [ -L "$bin/assessor" ]; then rm -f "$bin/assessor"; fi
    refresh
    echo "assessor: removed from your menu and PATH; delete $here to remove the program itself"
    exit 0
fi

mkdir -p "$data/applications" "$data/mime/packages" "$bin"
sed -e "s|^Exec=.*|Exec=\"$here/assessor\" %f|" -e "s|^TryExec=.*|TryExec=$here/assessor|" \
    "$here/share/applications/assessor.desktop" > "$data/applications/assessor.desktop"
cp "$here/share/mime/packages/assessor.xml" "$data/mime/packages/assessor.xml"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
ln -sf "$here/assessor" "$bin/assessor"
refresh
echo "assessor: added to your menu; .g4sa files open with it; '$bin/assessor' is on your PATH if $bin is"
