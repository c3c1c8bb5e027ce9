"""``paxdesk migrate upload`` exactly once (CONTRACT §6.4): killed at any moment and started again, it follows the
import already made — one import per package identity, every booking created once.

The real command in a child process against the sandbox (with latency, so a run spans its start, the POST and
the following), killed with ``Popen.kill()`` (SIGKILL here, TerminateProcess on Windows) at 20 random moments,
restarted each time; and the worst moment made certain in-process: the server made the import, the client
died before it learnt its id.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter

import pytest

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, legacy_fixture, write_csv
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.migration import PrepareOptions, myjack_connection, prepare
from paxdesk.sandbox import imports
from paxdesk import paths
from paxdesk.services.migration_upload import (AlreadyUploaded, UploadResult, _records, package_identity,
                                             records_file, upload)
from tests.helpers import ROOT, run_paxdesk


def RECORDS():  # noqa: N802 - the file `paxdesk migrate upload` keeps, below the test's PAXDESK_HOME
    return records_file(paths.places().data_dir())

TOKEN = "mig-once-SECRET-0042"


def _rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


@pytest.fixture
def package(tmp_path, monkeypatch):
    monkeypatch.setenv("MJ_TOKEN", TOKEN)
    export = build_legacy(300, seed=17)
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding="utf-8")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.csv")
    out = tmp_path / "paket"
    prepared = run_paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                           "--out", str(out))
    assert prepared.returncode == 0, prepared.stderr
    fixture = legacy_fixture(export, TOKEN, [])
    fixture["faults"] = {"latency_ms": 40}
    with SandboxServer(parse_fixture(fixture)) as server:
        yield out, server, (customers, bookings)


def _exactly_once(server, out) -> None:
    store = server.sandbox.imports
    assert len(store.jobs) == 1, f"{len(store.jobs)} imports of one package"
    ids = Counter(b["booking_id"] for b in store.bookings)
    assert ids and set(ids.values()) == {1} and len(ids) == len(_rows(out / "bookings.csv"))
    legacy = [c.get("legacy_id") for c in server.sandbox.fixture.customers.values() if c.get("legacy_id")]
    assert len(legacy) == len(set(legacy)) == len(_rows(out / "customers.csv"))


def _prepared(tmp_path, seed: int, size: int = 40):
    export = build_legacy(size, seed=seed)
    customers = write_csv(export.customers, HEADERS, tmp_path / f"kunden-{seed}.csv", encoding="utf-8")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / f"vorgaenge-{seed}.csv")
    out = tmp_path / f"paket-{seed}"
    list(prepare(PrepareOptions(customers, out, bookings)))  # in-process: the kills are of `upload`, not of this
    return out


def test_killed_at_twenty_random_moments_each_upload_imports_once(tmp_path, monkeypatch):
    """Twenty packages, each killed once at a random moment of its upload and started again: a package
    whose record says "done" cannot be killed inside its upload any more, so each kill gets its own."""
    monkeypatch.setenv("MJ_TOKEN", TOKEN)
    monkeypatch.setattr(imports, "STEP_ROWS", 10)  # myJack imports slowly: the following phase lasts
    fixture = legacy_fixture(build_legacy(10, seed=1), TOKEN, [])
    fixture["faults"] = {"latency_ms": 30}
    chance = random.Random(2026)
    landed = Counter()
    with SandboxServer(parse_fixture(fixture)) as server:
        api = server.api_url("myjack")

        def command(out):
            return [sys.executable, "-m", "paxdesk", "migrate", "upload", str(out), "--base-url", api,
                    "--token-env", "MJ_TOKEN"]

        warm_up = _prepared(tmp_path, 0)
        started = time.monotonic()
        assert subprocess.run(command(warm_up), cwd=ROOT, capture_output=True).returncode == 0
        whole = time.monotonic() - started  # a run from start to end, on this machine, now
        for trial in range(1, 21):
            out = _prepared(tmp_path, trial)
            process = subprocess.Popen(command(out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(chance.uniform(0.05, 1.0) * whole)
            ended = process.poll() is not None
            process.kill()
            process.wait(30)
            identity, record = _record_of(out)
            landed["ended before the kill" if ended else f"killed, record {record.get('status', 'none')}"] += 1
            finished = run_paxdesk(*command(out)[3:])
            assert finished.returncode in (0, 2), finished.stderr  # 2: the killed run had finished it
            assert _record_of(out)[1]["status"] == "done"
        store = server.sandbox.imports
        keys = Counter(key.split("-")[0] for key in store.by_key)
        assert len(store.jobs) == 21 and set(keys.values()) == {1}, (len(store.jobs), keys)  # one per identity
        assert all(job.status == "done" for job in store.jobs.values())
        # (the packages share booking numbers, so: every booking of every package once, counted)
        assert len(store.bookings) == sum(len(_rows(tmp_path / f"paket-{n}" / "bookings.csv")) for n in range(21))
    inside = sum(n for what, n in landed.items() if what.startswith("killed"))
    assert inside >= 12 and landed["killed, record sending"] + landed["killed, record queued"] >= 6, landed


def _record_of(out):
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    identity = package_identity(manifest)
    return identity, _records(RECORDS()).get(identity, {})


def test_the_worst_moment_import_made_id_not_yet_known_is_followed_not_repeated(package):
    """The server made the import; the client died before it heard the id (and before it wrote it down)."""
    out, server, _ = package
    factory = myjack_connection(server.api_url("myjack"), "MJ_TOKEN", os.environ)

    class DiesAfterThePost:
        def __init__(self):
            self.real = factory()

        def start_import(self, *args):
            self.real.start_import(*args)
            raise KeyboardInterrupt("killed")  # the import exists in myJack; nothing recorded its id

        def __getattr__(self, name):
            return getattr(self.real, name)

    with pytest.raises(KeyboardInterrupt):
        list(upload(out, DiesAfterThePost, records=RECORDS()))
    assert len(server.sandbox.imports.jobs) == 1 and next(iter(_records(RECORDS()).values()))["import_id"] is None
    result = [e for e in upload(out, factory, records=RECORDS(), poll=0.05) if isinstance(e, UploadResult)][0]
    assert result.status.status == "done"
    _exactly_once(server, out)
    with pytest.raises(AlreadyUploaded):  # done: a second upload is refused
        list(upload(out, factory, records=RECORDS()))


def test_a_second_post_with_the_same_key_returns_the_same_import(package):
    """The sandbox as myJack behaves (IETF Idempotency-Key): a repeated POST creates nothing."""
    out, server, _ = package
    adapter = myjack_connection(server.api_url("myjack"), "MJ_TOKEN", os.environ)()
    try:
        parts = [(out / name).read_bytes() for name in ("manifest.json", "customers.csv", "bookings.csv")]
        first = adapter.start_import(*parts, "key-1")
        assert adapter.start_import(*parts, "key-1") == first and adapter.find_import("key-1") == first
        assert adapter.find_import("key-2") is None
        assert len(server.sandbox.imports.jobs) == 1
    finally:
        adapter.close()


def test_preparing_the_same_input_twice_gives_the_same_identity_and_no_second_upload(package, tmp_path):
    out, server, (customers, bookings) = package
    again = tmp_path / "paket-2"
    assert run_paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                       "--out", str(again)).returncode == 0
    created = [json.loads((p / "manifest.json").read_text(encoding="utf-8"))["created"] for p in (out, again)]
    api = server.api_url("myjack")
    first = run_paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert first.returncode == 0, first.stderr
    second = run_paxdesk("migrate", "upload", str(again), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert second.returncode == 2 and "already uploaded" in second.stderr, (created, second.stderr)
    _exactly_once(server, out)


def test_following_an_import_that_never_ends_stops_at_the_deadline_and_says_how_to_go_on(package):
    out, server, _ = package
    server.sandbox.script("myjack", "GET", r"/imports/\d+$", 200,
                          json.dumps({"importId": "1", "status": "running"}), times=10_000)
    result = run_paxdesk("migrate", "upload", str(out), "--base-url", server.api_url("myjack"),
                         "--token-env", "MJ_TOKEN", "--timeout", "3")
    assert result.returncode == 1 and "still importing" in result.stderr and "again" in result.stderr
    polls = server.sandbox.by_route["myjack imports"]
    assert polls < 15, polls  # backoff: about 7 polls in 3 s, not one every 0.3 s
