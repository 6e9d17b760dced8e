"""Benchmarks (tests/perf/run.py). ui/ is imported first, as in the app, whose entry point is ui.app:
its import diet (ui/import_diet.py) must be in place before httpx and the rest are imported, or the
figures would weigh what the app never loads."""

import ui  # noqa: F401
