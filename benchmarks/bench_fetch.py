"""Fetch throughput against the sandbox with 30 ms latency, every figure measured in the same run.

(a) Midoco, 5,000 customers: paxdesk's adapter vs a naive sequential httpx loop
    (measured on a sample, extrapolated) vs a raw httpx.AsyncClient gather at the
    same concurrency without paxdesk's parsing, retries or limiter.
(b) myJack, 20,000 customers: paxdesk's bulk lookup vs sequential single GETs
    (measured on a sample, extrapolated).
Goals: Midoco >= 15x sequential and >= 0.8x raw; myJack >= 50x sequential.

    python benchmarks/bench_fetch.py [--concurrency 32] [--latency-ms 30]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from paxdesk.midoffice import Found, make_adapter  # noqa: E402
from paxdesk.sandbox.server import SandboxProcess  # noqa: E402
from tests.conftest import TOKEN, sandbox_doc  # noqa: E402

SAMPLE = 200


def sequential(url: str, headers: dict, numbers: list[str]) -> float:
    with httpx.Client(headers=headers) as client:
        started = time.perf_counter()
        for number in numbers:
            client.get(f"{url}/{number}").raise_for_status()
        return time.perf_counter() - started


def raw_gather(url: str, headers: dict, numbers: list[str], concurrency: int) -> float:
    async def run() -> float:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(headers=headers, limits=limits) as client:
            gate = asyncio.Semaphore(concurrency)

            async def one(number):
                async with gate:
                    (await client.get(f"{url}/{number}")).raise_for_status()
            started = time.perf_counter()
            await asyncio.gather(*(one(n) for n in numbers))
            return time.perf_counter() - started
    return asyncio.run(run())


def ours(server, midoffice: str, numbers: list[str], concurrency: int) -> float:
    adapter = make_adapter(midoffice, server.api_url(midoffice), TOKEN, concurrency=concurrency)
    adapter.identity()  # token exchange and connection set-up outside the timing, as for the baselines
    started = time.perf_counter()
    results = list(adapter.fetch_many(numbers))
    elapsed = time.perf_counter() - started
    adapter.close()
    assert len(results) == len(numbers) and all(isinstance(r, Found) for r in results)
    return elapsed


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
    with tempfile.TemporaryDirectory() as folder, SandboxProcess(doc, folder) as server:
        # (a) Midoco
        token = httpx.post(f"{server.api_url('midoco')}/auth/token",
                           data={"grant_type": "agency_token", "token": TOKEN}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        persons = f"{server.api_url('midoco')}/crm/persons"
        mido = numbers[:args.midoco]
        seq = sequential(persons, headers, mido[:SAMPLE]) * len(mido) / SAMPLE
        raw = raw_gather(persons, headers, mido, args.concurrency)
        pax = ours(server, "midoco", mido, args.concurrency)
        print(f"(a) Midoco, {len(mido):,} customers, {args.latency_ms:.0f} ms latency, concurrency {args.concurrency}")
        print(f"    sequential httpx loop (extrapolated from {SAMPLE}): {seq:7.1f} s")
        print(f"    raw AsyncClient gather:                          {raw:7.1f} s")
        print(f"    paxdesk MidocoAdapter.fetch_many:                {pax:7.1f} s")
        print(f"    paxdesk = {seq / pax:.1f}x sequential (goal >= 15x), {raw / pax:.2f}x raw (goal >= 0.8x)")
        # (b) myJack
        jack = numbers[:args.myjack]
        headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
        seq = sequential(f"{server.api_url('myjack')}/customers", headers, jack[:SAMPLE]) * len(jack) / SAMPLE
        pax = ours(server, "myjack", jack, 4)
        print(f"(b) myJack, {len(jack):,} customers")
        print(f"    sequential single GETs (extrapolated from {SAMPLE}): {seq:7.1f} s")
        print(f"    paxdesk MyJackAdapter.fetch_many (lookup):       {pax:7.1f} s")
        print(f"    paxdesk = {seq / pax:.1f}x sequential (goal >= 50x)")


if __name__ == "__main__":
    main()
