"""Legacy migration at agency scale: ~100,000 customers and ~300,000 bookings, from CSV and from XLSX.

    .venv/bin/python benchmarks/bench_migrate.py [--people 86000] [--keep DIR]

Per format, in the same run:
- bare read: csv.reader / openpyxl read-only over the same file (the baseline);
- paxdesk reading: open_table + rows() (decoding, separator, header, rows) — goal ≥ 0.5× the bare read;
- paxdesk loading: rows parsed into customers/bookings with every value checked (dates, prices,
  e-mails via email-validator, phones via phonenumbers, locks) and findings — reported beside it;
- duplicate detection (blocking + scoring + union-find): time and comparisons — goal < 60 s;
- peak RSS of the whole process — goal < 1.5 GB.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paxdesk.migration.fields import detect_mapping  # noqa: E402
from paxdesk.migration.linkage import clusters, find_pairs, keys_of  # noqa: E402
from paxdesk.migration.load import load_bookings, load_customers  # noqa: E402
from paxdesk.migration.reading import open_table  # noqa: E402
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, write_csv, write_xlsx  # noqa: E402


def peak_rss_mb() -> float:
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    except ImportError:  # Windows
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t)] + [(f"f{i}", ctypes.c_size_t) for i in range(7)]
        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(counters),
                                                 counters.cb)
        return counters.PeakWorkingSetSize / 2**20


def timed(fn):
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def bare_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.reader(fh, delimiter=";")) - 1


def bare_xlsx(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True)) - 1
    finally:
        workbook.close()


def ours_read(path: Path, kind: str) -> int:
    return sum(1 for _ in open_table(path, kind).rows())


def ours_load(path: Path, kind: str):
    table = open_table(path, kind)
    loader = load_customers if kind == "customers" else load_bookings
    return loader(table, detect_mapping(table.headers, kind))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=86000, help="distinct people (duplicates and families added)")
    parser.add_argument("--keep", type=Path, help="folder for the generated files (kept)")
    parser.add_argument("--formats", default="csv,xlsx", help="which to measure: csv, xlsx or both (default)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-migrate-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {os.getloadavg() if hasattr(os, 'getloadavg') else 'n/a'}")
    (export, seconds) = timed(lambda: build_legacy(args.people, seed=7, bookings_per_customer=3.45))
    print(f"generated {len(export.customers):,} customers, {len(export.bookings):,} bookings in {seconds:.1f} s")
    files = {}
    for kind, rows, headers in (("customers", export.customers, HEADERS), ("bookings", export.bookings,
                                                                            BOOKING_HEADERS)):
        files[("csv", kind)] = folder / f"{kind}.csv"
        if not files[("csv", kind)].exists():
            write_csv(rows, headers, files[("csv", kind)])
        files[("xlsx", kind)] = folder / f"{kind}.xlsx"
        if not files[("xlsx", kind)].exists():
            write_xlsx(rows, headers, files[("xlsx", kind)], sheet=kind, excel_types=True)
    truth_pairs = export.pairs()
    del export
    gc.collect()

    print("\n| file | rows | bare read | paxdesk reading | ratio | paxdesk loading (values checked) |")
    print("|---|---|---|---|---|---|")
    loaded = {}
    for fmt, bare in (("csv", bare_csv), ("xlsx", bare_xlsx)):
        if fmt not in args.formats.split(","):
            continue
        for kind in ("customers", "bookings"):
            path = files[(fmt, kind)]
            rows, t_bare = timed(lambda: bare(path))
            rows_ours, t_read = timed(lambda: ours_read(path, kind))
            assert rows_ours == rows, (rows_ours, rows)
            (records, findings), t_load = timed(lambda: ours_load(path, kind))
            if fmt == "csv" or "csv" not in args.formats:
                loaded[kind] = records
            print(f"| {fmt} {kind} | {rows:,} | {rows / t_bare:,.0f} rows/s ({t_bare:.1f} s) | "
                  f"{rows / t_read:,.0f} rows/s ({t_read:.1f} s) | {t_bare / t_read:.2f}× | "
                  f"{rows / t_load:,.0f} rows/s ({t_load:.1f} s, {len(findings):,} findings) |")
            del records, findings
            gc.collect()

    customers = loaded["customers"]
    (result, groups), t_link = timed(lambda: _link(customers))
    ids = [c.legacy_id for c in customers]
    predicted = set()
    for group in groups:
        members = [ids[i] for i in group]
        predicted |= {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}
    hit = len(truth_pairs & predicted)
    print(f"\nduplicate detection: {t_link:.1f} s for {len(customers):,} customers, {result.comparisons:,} "
          f"comparisons (all pairs would be {len(customers) * (len(customers) - 1) // 2:,}), {len(groups):,} groups; "
          f"recall {hit / len(truth_pairs):.3f}, precision {hit / max(1, len(predicted)):.3f}")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")
    print(f"load average at end: {os.getloadavg() if hasattr(os, 'getloadavg') else 'n/a'}")


def _link(customers):
    keys = [keys_of(c.values, c.unreadable) for c in customers]
    result = find_pairs(keys)
    return result, clusters(len(customers), result.pairs, keys)


if __name__ == "__main__":
    main()
