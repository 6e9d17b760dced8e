"""Benchmarks (tests/perf/run.py). ui/ is imported first, as in the app, whose entry point is ui.main:
its import diet (ui/shell/import_diet.py) must be in place before httpx and the rest are imported, or the
figures would weigh what the app never loads."""

import annyeong.ui  # noqa: F401
