"""Fetch throughput against the sandbox with 30 ms latency, every figure measured in the same run.

(a) Midoco, 5,000 customers, one GET each: paxdesk's adapter vs
    - a naive sequential httpx loop (measured on a sample, extrapolated), and
    - the same client stack raw: a sync ``httpx.Client`` on a pool of ``concurrency`` threads (what paxdesk
      uses), bare GETs without paxdesk's parsing, retries, limiter or streaming.
(b) myJack, 20,000 customers through ``POST /customers/lookup`` (100 numbers each): paxdesk vs
    - sequential single GETs (extrapolated) — what a naive client would do,
    - sequential lookups — the same endpoint, one request at a time,
    - the same client stack raw at the same concurrency.
Each scenario also prints the physical bound: requests · latency / concurrency, the time if every request
cost exactly the sandbox's latency and ``concurrency`` were always in flight; paxdesk's share is bound / time.
Goals: Midoco >= 15x sequential and >= 0.8x raw; myJack >= 50x sequential single GETs.

    python benchmarks/bench_fetch.py [--concurrency 32] [--latency-ms 30]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from paxdesk.midoffice import Found, make_adapter  # noqa: E402
from paxdesk.midoffice.myjack import LOOKUP_CHUNK  # noqa: E402
from paxdesk.sandbox.server import SandboxProcess  # noqa: E402
from tests.conftest import TOKEN, sandbox_doc  # noqa: E402

SAMPLE = 200
MYJACK_CONCURRENCY = 4  # paxdesk's default for myJack lookups


def _client(headers: dict, concurrency: int) -> httpx.Client:
    limits = httpx.Limits(max_connections=concurrency + 4, max_keepalive_connections=concurrency + 4)
    return httpx.Client(headers=headers, limits=limits)


def sequential(send, items: list) -> float:
    started = time.perf_counter()
    for item in items:
        send(item).raise_for_status()
    return time.perf_counter() - started


def raw_threads(send, items: list, concurrency: int) -> float:
    """The same stack as paxdesk (sync httpx.Client shared by threads), raw."""
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        started = time.perf_counter()
        for response in pool.map(send, items):
            response.raise_for_status()
        return time.perf_counter() - started


def ours(server, midoffice: str, numbers: list[str], concurrency: int) -> float:
    adapter = make_adapter(midoffice, server.api_url(midoffice), TOKEN, concurrency=concurrency)
    adapter.identity()  # token exchange and connection set-up outside the timing, as for the baselines
    started = time.perf_counter()
    results = list(adapter.fetch_many(numbers))
    elapsed = time.perf_counter() - started
    adapter.close()
    assert len(results) == len(numbers) and all(isinstance(r, Found) for r in results)
    return elapsed


def bound(requests: int, latency_ms: float, concurrency: int) -> float:
    return requests * latency_ms / 1000 / concurrency


def line(label: str, seconds: float, floor: float | None = None) -> None:
    share = f"  ({floor / seconds:.0%} of the bound)" if floor else ""
    print(f"    {label:<56}{seconds:8.2f} s{share}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency-ms", type=float, default=30)
    parser.add_argument("--midoco", type=int, default=5_000)
    parser.add_argument("--myjack", type=int, default=20_000)
    args = parser.parse_args()
    doc = sandbox_doc(customers=max(args.midoco, args.myjack), deleted_every=0,
                      faults={"latency_ms": args.latency_ms})
    numbers = [c["id"] for c in doc["customers"]]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
          if hasattr(os, "getloadavg") else f"{os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder, SandboxProcess(doc, folder) as server:
        # (a) Midoco: one GET per customer
        c = args.concurrency
        token = httpx.post(f"{server.api_url('midoco')}/auth/token",
                           data={"grant_type": "agency_token", "token": TOKEN}).json()["access_token"]
        persons = f"{server.api_url('midoco')}/crm/persons"
        mido = numbers[:args.midoco]
        with _client({"Authorization": f"Bearer {token}", "Accept": "application/json"}, c) as client:
            def get(number):
                return client.get(f"{persons}/{number}")
            get(mido[0])
            seq = sequential(get, mido[:SAMPLE]) * len(mido) / SAMPLE
            raw = raw_threads(get, mido, c)
        pax = ours(server, "midoco", mido, c)
        floor = bound(len(mido), args.latency_ms, c)
        print(f"(a) Midoco, {len(mido):,} customers, {args.latency_ms:.0f} ms latency, concurrency {c}")
        line(f"physical bound ({len(mido):,} requests x latency / {c})", floor)
        line(f"sequential httpx loop (extrapolated from {SAMPLE})", seq)
        line(f"raw sync httpx.Client on {c} threads (same stack)", raw, floor)
        line("paxdesk MidocoAdapter.fetch_many", pax, floor)
        print(f"    paxdesk = {seq / pax:.1f}x sequential (goal >= 15x), {raw / pax:.2f}x raw (goal >= 0.8x)")

        # (b) myJack: lookups of 100
        jack = numbers[:args.myjack]
        chunks = [jack[i:i + LOOKUP_CHUNK] for i in range(0, len(jack), LOOKUP_CHUNK)]
        c = MYJACK_CONCURRENCY
        base = server.api_url("myjack")
        with _client({"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}, c) as client:
            def one(number):
                return client.get(f"{base}/customers/{number}")

            def lookup(chunk):
                return client.post(f"{base}/customers/lookup", json={"customerNumbers": chunk})
            one(jack[0])
            seq_single = sequential(one, jack[:SAMPLE]) * len(jack) / SAMPLE
            seq_lookup = sequential(lookup, chunks)
            raw = raw_threads(lookup, chunks, c)
        pax = ours(server, "myjack", jack, c)
        floor = bound(len(chunks), args.latency_ms, c)
        print(f"(b) myJack, {len(jack):,} customers = {len(chunks)} lookups of {LOOKUP_CHUNK}, concurrency {c} "
              f"(paxdesk's default)")
        line(f"physical bound ({len(chunks)} lookups x latency / {c})", floor)
        line(f"sequential single GETs (extrapolated from {SAMPLE})", seq_single)
        line("sequential lookups", seq_lookup)
        line(f"raw sync httpx.Client on {c} threads (same stack)", raw, floor)
        line("paxdesk MyJackAdapter.fetch_many (lookups)", pax, floor)
        print(f"    paxdesk = {seq_single / pax:.0f}x sequential single GETs (goal >= 50x), "
              f"{seq_lookup / pax:.1f}x sequential lookups, {raw / pax:.2f}x raw")
    if hasattr(os, "getloadavg"):
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
