#!/usr/bin/env bash
# Installs a built workstation bundle system-wide on Linux (run as root):
#   /opt/annyeong-console/…                         the bundle folder (build/dist/annyeong-console)
#   /usr/local/bin/annyeong-console                  a link to its executable
#   /usr/share/applications/annyeong-console.desktop the menu entry (외로움안녕120 상담 콘솔)
#   /usr/share/icons/hicolor/scalable/apps/annyeong-console.svg
# Usage: sudo bash install-bundle.sh [BUNDLE_DIR]   (default: the folder this script sits in, as shipped)
# Again with --uninstall to remove it all. User data (~/.local/share/annyeong-console) is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix=/opt/annyeong-console
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix" /usr/local/bin/annyeong-console /usr/share/applications/annyeong-console.desktop \
    /usr/share/icons/hicolor/scalable/apps/annyeong-console.svg
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
  exit 0
fi
bundle="${1:-$here}"
[ -x "$bundle/annyeong-console" ] || { echo "install-bundle.sh: no annyeong-console in $bundle" >&2; exit 1; }
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"   # a console started during the copy never sees half a bundle
ln -sfn "$prefix/annyeong-console" /usr/local/bin/annyeong-console
install -Dm644 "$prefix/annyeong-console.desktop" /usr/share/applications/annyeong-console.desktop
install -Dm644 "$prefix/annyeong-console.svg" /usr/share/icons/hicolor/scalable/apps/annyeong-console.svg
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
echo "installed $(cat "$prefix/VERSION") in $prefix"
