"""Fetching at a server's rate limit: useful requests/s as a share of the limit, and the share of 429s.

The sandbox runs as its own process with a token bucket per token (``rate_limit_per_s``,
burst = one second's worth, 429 with Retry-After), 20 ms latency, and - in the runs
"with headers" - the rate-limit headers of ``faults.rate_limit_headers``. paxdesk's
Midoco adapter fetches N customers at its default concurrency (32) through
``fetch_many``, as a dry run's matching does. Counted on the client: every answer's
status, so the 429s include those of retried requests.

Goal (issue 18): >= 0.95 of the limit with <= 1 % of requests answered 429 at 30, 100 and 300 req/s.
Besides the whole run, the steady state after the first 5 s is shown: learning the limit
without headers costs about one round of 32 requests at the start, whatever the run's length.

    python benchmarks/bench_ratelimit.py [--customers 6000] [--limits 30,100,300] [--headers none,ietf]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paxdesk.midoffice import Failed, make_adapter  # noqa: E402
from paxdesk.sandbox.server import SandboxProcess  # noqa: E402
from tests.conftest import TOKEN, sandbox_doc  # noqa: E402

STEADY_AFTER = 5.0  # seconds


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a (Windows)"


def one_run(limit: float, headers: str | None, customers: int, latency_ms: float) -> dict:
    faults = {"latency_ms": latency_ms, "rate_limit_per_s": limit, "rate_limit_headers": headers}
    doc = sandbox_doc(customers=customers, deleted_every=0, faults=faults)
    numbers = [c["id"] for c in doc["customers"]]
    answers: list[tuple[float, int]] = []
    lock = threading.Lock()

    with tempfile.TemporaryDirectory() as folder, SandboxProcess(doc, folder) as server:
        adapter = make_adapter("midoco", server.api_url("midoco"), TOKEN)
        adapter.identity()  # token exchange and connection outside the timing
        pacer = adapter.http.pacer
        learn = pacer.on_answer

        def seen(status, sent_at, **kwargs):  # the pacer sees every answer's status: count them on the way
            with lock:
                answers.append((time.perf_counter(), status))
            learn(status, sent_at, **kwargs)
        pacer.on_answer = seen
        started = time.perf_counter()
        results = list(adapter.fetch_many(numbers))
        elapsed = time.perf_counter() - started
        pace = adapter.http.pacer.rate()
        adapter.close()
    failed = sum(isinstance(r, Failed) for r in results)
    steady = [(t, s) for t, s in answers if t - started >= STEADY_AFTER]
    steady_span = elapsed - STEADY_AFTER
    return {
        "limit": limit, "headers": headers or "none", "elapsed": elapsed, "failed": failed,
        "share": (len(results) - failed) / elapsed / limit,
        "refused": sum(s == 429 for _, s in answers), "answers": len(answers),
        "steady_share": sum(s != 429 for _, s in steady) / steady_span / limit if steady_span > 0 else float("nan"),
        "steady_refused": sum(s == 429 for _, s in steady), "steady_answers": len(steady),
        "pace": pace,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=6_000)
    parser.add_argument("--limits", default="30,100,300")
    parser.add_argument("--headers", default="none,ietf", help="none, ietf, x-ratelimit (comma-separated)")
    parser.add_argument("--latency-ms", type=float, default=20)
    args = parser.parse_args()
    print(f"Midoco, {args.customers:,} customers per run, {args.latency_ms:.0f} ms latency, concurrency 32; "
          f"load average at the start {load()}")
    print("| limit | headers | time | useful req/s / limit | 429 share | steady (after 5 s): share / 429 | "
          "failed | pace at the end |")
    print("|---|---|---|---|---|---|---|---|")
    worst_share, worst_refused = float("inf"), 0.0
    for style in args.headers.split(","):
        for limit in (float(x) for x in args.limits.split(",")):
            r = one_run(limit, None if style == "none" else style, args.customers, args.latency_ms)
            refused = r["refused"] / r["answers"]
            steady_refused = r["steady_refused"] / max(1, r["steady_answers"])
            worst_share, worst_refused = min(worst_share, r["share"]), max(worst_refused, refused)
            pace = f"{r['pace']:.1f}/s" if r["pace"] else "unpaced"
            print(f"| {limit:.0f}/s | {r['headers']} | {r['elapsed']:.1f} s | {r['share']:.3f} | "
                  f"{refused:.2%} ({r['refused']} of {r['answers']:,}) | {r['steady_share']:.3f} / "
                  f"{steady_refused:.2%} ({r['steady_refused']}) | {r['failed']} | {pace} |", flush=True)
    met = worst_share >= 0.95 and worst_refused <= 0.01
    print(f"worst share {worst_share:.3f} (goal >= 0.95), worst 429 share {worst_refused:.2%} (goal <= 1 %) -> "
          f"{'OK' if met else 'MISSED'}; load average at the end {load()}")


if __name__ == "__main__":
    main()
