"""Build the Linux workstation bundle (PyInstaller, one folder) and smoke-test it against the source run.

    .venv/bin/python packaging/build_bundle.py [--skip-build] [--runs 5] [--no-training] [--archive]

1. ``pyinstaller packaging/annyeong-console.spec`` into build/dist/annyeong-console (work files in
   build/pyinstaller; both gitignored);
2. starts the bundle offscreen ``--smoke-test`` with a server address nobody answers on: it must paint the
   sign-in window and exit 0 — ``--runs`` times, for the median start time (process launch → first paint);
3. the same from the source install (``python -m annyeong.ui.main``), for comparison;
4. once in training mode: the bundle starts its own training server (``--serve-embedded``), signs in as
   the demo counselor, paints the main window and exits 0 after stopping the server.

Prints the bundle's size (MB) and both start times; exits 1 if any run failed. ``--archive`` then packs
the folder as build/annyeong-console-<version>-linux-x86_64.tar.gz for the workstations. Each run gets its own
config and data folders and no keyring (secrets in memory), so nothing of the developer's is touched.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "annyeong-console.spec"
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "annyeong-console"
EXECUTABLE = BUNDLE / ("annyeong-console.exe" if os.name == "nt" else "annyeong-console")
UNANSWERED_SERVER = "http://127.0.0.1:9"  # discard port: nothing listens, so the sign-in window shows
PAINTED = re.compile(r"^smoke: painted (\w+) at (\d+\.\d+)$", re.MULTILINE)


@dataclass
class Run:
    ok: bool
    window: str | None
    start_s: float | None  # launch → first paint
    total_s: float  # launch → exit
    output: str = ""


@dataclass
class Report:
    build_s: float | None
    size_mb: float
    bundle: list[Run] = field(default_factory=list)
    source: list[Run] = field(default_factory=list)
    training: Run | None = None

    @staticmethod
    def median(runs: list[Run]) -> float | None:
        starts = [r.start_s for r in runs if r.ok and r.start_s is not None]
        return statistics.median(starts) if starts else None

    @property
    def ok(self) -> bool:
        runs = [*self.bundle, *self.source, *([self.training] if self.training else [])]
        return bool(runs) and all(r.ok for r in runs)


def check_lock() -> None:
    """The bundle carries the build venv's packages: they must be the locked, tested versions."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from lock_check import differences

    problems = differences()
    if problems:
        listed = "\n  ".join(problems)
        raise SystemExit(f"the build venv differs from requirements/constraints.txt:\n  {listed}")


def build() -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
        cwd=ROOT, check=True,
    )
    return time.monotonic() - started


def archive() -> Path:
    """build/annyeong-console-<version>-linux-<machine>.tar.gz: the bundle folder as shipped."""
    import platform
    import tarfile

    version = (BUNDLE / "VERSION").read_text(encoding="utf-8").strip()
    target = ROOT / "build" / f"annyeong-console-{version}-{sys.platform}-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=BUNDLE.name)
    return target


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def smoke(command: list[str], *, expect: str, timeout_s: float = 90.0) -> Run:
    """One start: exit code 0 and ``expect`` (the window's objectName) painted."""
    with tempfile.TemporaryDirectory(prefix="annyeong-smoke-") as scratch:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            ANNYEONG_CONFIG_DIR=str(Path(scratch) / "config"),
            ANNYEONG_DATA_DIR=str(Path(scratch) / "data"),
            # The null backend is refused by console.secrets: secrets stay in memory for the run.
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            ANNYEONG_SMOKE_REPORT=str(Path(scratch) / "smoke.txt"),  # a windowed .exe has no stdout
        )
        env.pop("PYTHONPATH", None)
        launched = time.time()
        try:
            done = subprocess.run(
                [*command, "--data-dir", str(Path(scratch) / "data"), "--smoke-test"],
                env=env, cwd=scratch, capture_output=True, text=True, timeout=timeout_s,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            return Run(False, None, None, time.time() - launched, out + "\n(timed out)")
        total = time.time() - launched
        output = done.stdout + done.stderr
        report = Path(scratch) / "smoke.txt"
        found = PAINTED.search(report.read_text(encoding="utf-8") if report.exists() else done.stdout)
        window = found[1] if found else None
        start = float(found[2]) - launched if found else None
        return Run(done.returncode == 0 and window == expect, window, start, total, output)


def measure(*, skip_build: bool, runs: int, training: bool) -> Report:
    if not skip_build:
        check_lock()
    build_s = None if skip_build else build()
    if not EXECUTABLE.exists():
        raise SystemExit(f"no bundle at {EXECUTABLE}: build it first (without --skip-build)")
    report = Report(build_s=build_s, size_mb=folder_mb(BUNDLE))
    bundle_cmd = [str(EXECUTABLE), "--server", UNANSWERED_SERVER]
    source_cmd = [sys.executable, "-m", "annyeong.ui.main", "--server", UNANSWERED_SERVER]
    smoke(bundle_cmd, expect="loginDialog")  # a first, cold start: page cache, not the bundle, is measured
    for _ in range(runs):  # alternate, so neither side gets a warmer machine
        report.bundle.append(smoke(bundle_cmd, expect="loginDialog"))
        report.source.append(smoke(source_cmd, expect="loginDialog"))
    if training:
        report.training = smoke([str(EXECUTABLE), "--no-simulator"], expect="mainWindow", timeout_s=120)
    return report


def _fmt(seconds: float | None) -> str:
    return f"{seconds:.2f} s" if seconds is not None else "—"


def print_report(report: Report) -> None:
    if report.build_s is not None:
        print(f"build:            {report.build_s:.0f} s (pyinstaller, {SPEC.relative_to(ROOT)})")
    print(f"bundle:           {BUNDLE.relative_to(ROOT)}  {report.size_mb:.0f} MB")
    print(f"start (bundle):   {_fmt(report.median(report.bundle))} median of {len(report.bundle)} "
          "(launch → sign-in window painted, offscreen)")
    print(f"start (source):   {_fmt(report.median(report.source))} median of {len(report.source)} "
          "(python -m annyeong.ui.main, same measure)")
    if report.training is not None:
        t = report.training
        print(f"training (bundle): main window painted after {_fmt(t.start_s)}, exited after "
              f"{t.total_s:.1f} s with its embedded server: {'ok' if t.ok else 'FAILED'}")
    for label, runs in (("bundle", report.bundle), ("source", report.source),
                        ("training", [report.training] if report.training else [])):
        for run in runs:
            if not run.ok:
                print(f"--- {label} run failed (window {run.window}):\n{run.output[-3000:]}", file=sys.stderr)
    print("smoke test:       " + ("ok" if report.ok else "FAILED"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip-build", action="store_true", help="test the bundle already in build/dist")
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind for the median")
    parser.add_argument("--no-training", action="store_true", help="skip the training-mode start")
    parser.add_argument("--archive", action="store_true", help="then pack it as build/*.tar.gz")
    args = parser.parse_args(argv)
    report = measure(skip_build=args.skip_build, runs=max(1, args.runs), training=not args.no_training)
    print_report(report)
    if args.archive and report.ok:
        packed = archive()
        print(f"archive:          {packed.relative_to(ROOT)}  {packed.stat().st_size / 1e6:.0f} MB")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
