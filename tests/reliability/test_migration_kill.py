"""A kill during ``paxdesk migrate prepare`` leaves no package (CONTRACT §6.3: written atomically).

The real command in a child process, killed with ``Popen.kill()`` (TerminateProcess on
Windows, SIGKILL here) at moments spread over the run, most of them while the package
is being written; then a rerun cleans up and writes a complete package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, write_csv
from tests.helpers import ROOT


def _start(customers, bookings, out) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "paxdesk", "migrate", "prepare", "--customers", str(customers),
                             "--bookings", str(bookings), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_killed_prepare_leaves_no_package(tmp_path):
    export = build_legacy(6000, seed=5)
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.csv")
    out = tmp_path / "paket"
    killed_while_writing = 0
    for trial in range(4):
        earlier = set(tmp_path.glob(".paket.partial-*"))  # left by the runs killed before: this one removes them
        process = _start(customers, bookings, out)
        deadline = time.monotonic() + 60
        partial = []
        while time.monotonic() < deadline and process.poll() is None:
            partial = [p for p in tmp_path.glob(".paket.partial-*") if p not in earlier]
            if partial and (trial % 2 == 0 or list(partial[0].glob("*.xlsx"))):
                break
            time.sleep(0.005)
        assert process.poll() is None, "prepare ended before it could be killed"
        process.kill()
        process.wait(10)
        killed_while_writing += bool(partial)
        assert not out.exists(), f"trial {trial}: a half package was left at the target"
    assert killed_while_writing == 4
    done = subprocess.run([sys.executable, "-m", "paxdesk", "migrate", "prepare", "--customers", str(customers),
                           "--bookings", str(bookings), "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["customers"] == len(export.customers)
    assert not list(tmp_path.glob(".paket.partial-*")), "leftovers of killed runs are removed"
