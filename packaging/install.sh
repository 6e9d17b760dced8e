#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to run and test the console: the Debian packages Qt needs
# (xcb/EGL libraries, Xvfb, Noto CJK fonts so Hangul never renders as boxes, and the desktop the outside-in
# tests drive: openbox, D-Bus, gnome-keyring, AT-SPI, xdotool, ImageMagick) and a venv in .venv with the
# project installed in editable mode. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-noto-cjk
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libxcb-shm0 libxcb-sync1
  # The outside-in tests (tests/e2e): a window manager, a session bus with a real keyring, the
  # accessibility bus and its Python bindings (system python), X input and screenshots.
  openbox dbus dbus-x11 gnome-keyring at-spi2-core python3-pyatspi xdotool imagemagick x11-utils
  x11-xserver-utils trayer
  # The ring tone's player (ui/card/ring_tone.py) and, for its test, a sound server with a silent sink.
  pulseaudio-utils pulseaudio
  # The kernel-fault test (tests/sync/test_kernel_faults.py, as root): namespaces, veth, nftables, tc.
  iproute2 nftables
  # The person's web chat page is tested in a real browser (tests/webchat): Debian's chromium and its driver.
  chromium chromium-driver
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    echo "install.sh: installing Debian packages: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python_bin=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    python_bin=$candidate
    break
  fi
done
[ -n "$python_bin" ] || { echo "install.sh: Python 3.11 or newer is needed" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
# The tested versions (requirements/constraints.txt), so CI and the bundle install what was tested.
.venv/bin/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e ".[server,dev]"
echo "install.sh: ready (.venv)"
