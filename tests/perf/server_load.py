"""server_load: the case API under sustained load, call POSTed → call.offered at the console.

tests.load.run at several rates, each on a fresh PostgreSQL database and a fresh `annyeong-server
--workers 4`: 100 consoles signed in and following /v1/events over SSE, each answering what rings there
(accept, 3 s talk, end, available), and a bridge posting calls at a steady rate, all on this machine.
The reference is the lowest rate (2 calls/s) measured in the same run: every rate's p95 is printed as a
ratio to it, with the load averages before and after, because this machine is shared.

Budget: p95 ≤ 100 ms at 10 calls/s with nothing lost, duplicated or out of order and every call offered.
The knee is the lowest rate whose p95 passes 100 ms (goal: ≥ 20 calls/s).

    ANNYEONG_TEST_POSTGRES_URL=... python -m tests.perf.server_load            # short: 30 s a rate
    ANNYEONG_TEST_POSTGRES_URL=... python -m tests.perf.server_load --full     # 10 calls/s for 5 min
    python -m tests.perf.server_load --rates 2 10 20 --seconds 60

Needs PostgreSQL (ANNYEONG_TEST_POSTGRES_URL); without it the benchmark says so and passes.
"""

from __future__ import annotations

import argparse
import os
import sys

from tests.load import run as load
from tests.perf.common import table, verdict
from tests.support import postgres

BUDGET_MS = 100.0
BUDGET_RATE = 10.0
SHORT_RATES = (2.0, 10.0, 20.0)
FULL_RATES = (2.0, 5.0, 10.0, 15.0, 20.0, 25.0)


def _load_average() -> str:
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def sweep(rates: list[float], seconds_for: dict[float, float]) -> list[tuple[load.LoadResult, str, str]]:
    found = []
    for rate in sorted(rates):
        args = load.parser().parse_args(["--rate", str(rate), "--seconds", str(seconds_for.get(rate, 30.0))])
        before = _load_average()
        result = load.measure(args)
        after = _load_average()
        load.report(result, args.consoles)
        found.append((result, before, after))
        if result.never_offered > result.posted // 10:
            # The backlog outgrew the run: a higher rate would only collapse further.
            print(f"load: collapsed at {rate:g} calls/s ({result.never_offered} calls never offered)")
            break
    return found


def run(full: bool = False, rates: list[float] | None = None, seconds: float | None = None) -> bool:
    if postgres.base_url() is None:
        print(f"server_load: skipped, no PostgreSQL (set {postgres.ENV})")
        return True
    chosen = list(rates or (FULL_RATES if full else SHORT_RATES))
    seconds_for = {r: seconds or (60.0 if full else 30.0) for r in chosen}
    if full and seconds is None:
        seconds_for[BUDGET_RATE] = 300.0
    results = sweep(chosen, seconds_for)
    reference = results[0][0].p(95) if results else float("nan")
    rows = []
    for result, _, _ in results:
        rows.append([
            f"{result.rate:g} calls/s, {seconds_for[result.rate]:.0f} s", len(result.latencies),
            result.p(50), result.p(95), result.p(99), f"{result.p(95) / reference:.2f}x",
            "yes" if result.intact else "NO",
        ])
    table(("rate", "offered", "p50 ms", "p95 ms", "p99 ms", "p95/ref", "intact"), rows, 22)
    for result, before, after in results:
        print(f"load average at {result.rate:g} calls/s: {before} before, {after} after")
    knee = next((r.rate for r, _, _ in results if r.p(95) > BUDGET_MS), None)
    tried = max((r.rate for r, _, _ in results), default=0.0)
    where = f"{knee:g} calls/s" if knee else f"above {tried:g} calls/s"
    print(f"knee (p95 > {BUDGET_MS:.0f} ms): {where}")
    at_budget = next((r for r, _, _ in results if r.rate == BUDGET_RATE), None)
    if at_budget is None:
        return verdict("server_load", f"no run at {BUDGET_RATE:g} calls/s", "p95 ≤ 100 ms", False)
    return verdict(
        "server_load",
        f"p95 {at_budget.p(95):.0f} ms at {BUDGET_RATE:g} calls/s, "
        f"{'nothing lost' if at_budget.intact else 'events or calls LOST'}",
        f"p95 ≤ {BUDGET_MS:.0f} ms, nothing lost",
        at_budget.p(95) <= BUDGET_MS and at_budget.intact,
    )


def main(argv: list[str] | None = None) -> int:
    parse = argparse.ArgumentParser(prog="tests.perf.server_load", description=__doc__.split("\n\n")[0])
    parse.add_argument("--full", action="store_true", help="rates 2-25 calls/s, 10 calls/s for 5 minutes")
    parse.add_argument("--rates", type=float, nargs="+", help="calls/s to run (the lowest is the reference)")
    parse.add_argument("--seconds", type=float, help="seconds each rate posts calls")
    args = parse.parse_args(argv)
    full = args.full or os.environ.get("PERF_SERVER_LOAD_FULL") == "1"
    return 0 if run(full, args.rates, args.seconds) else 1


if __name__ == "__main__":
    sys.exit(main())
