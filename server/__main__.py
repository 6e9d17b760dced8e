"""`python -m annyeong.server` runs the reference case API, like the `annyeong-server` script."""

from __future__ import annotations

from annyeong.server.main import main

raise SystemExit(main())
