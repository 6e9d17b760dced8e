"""The workstation bundle's entry point (PyInstaller runs this file as ``__main__``).

``annyeong-console [options]`` is the console, as from a source install. ``annyeong-console
--serve-embedded [server options]`` is the reference server: the console starts it that way for training
mode (console/embedded.py), because in a frozen bundle ``sys.executable`` is this program, not a Python
that could run ``-m annyeong.server``. One executable, so an admin installs and updates one thing.
"""

from __future__ import annotations

import sys

from annyeong.console.embedded import SERVE_FLAG


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == SERVE_FLAG:
        from annyeong.server.main import main as serve

        return serve(sys.argv[2:])
    from annyeong.ui.main import main as console

    return console(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
