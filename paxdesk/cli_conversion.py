"""``paxdesk check`` and ``paxdesk convert``: the CLI's composition of the conversion services."""

from __future__ import annotations

import os
import sys
import uuid
from urllib.parse import urlsplit

from sqlalchemy import select

from paxdesk import secrets
from paxdesk.crm import models as m
from paxdesk.crm.backup import write_backup
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.crm.sessions import active_sessions
from paxdesk.domain.plan import Accept
from paxdesk.errors import CredentialError, SessionsActive
from paxdesk.midoffice import make_adapter
from paxdesk.services.conversion import BATCH, ApplyProgress, ApplyResult, apply_plan, build_plan
from paxdesk.services.credential_check import TITLES, CheckReport, Outcome, check_adapter, run_credential_check
from paxdesk.services.decisions import load_decisions_file
from paxdesk.services.matching import MatchItem, MatchProgress, run_matching
from paxdesk.services.report import build_report, has_failures, write_report

MARK = {Outcome.OK: "OK     ", Outcome.FAILED: "FAILED ", Outcome.WARNING: "WARNING", Outcome.SKIPPED: "-      "}


def _agency_name(engine) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(m.Agency.name))


def _credential_check(engine, args) -> tuple[CheckReport, str]:
    """Run the check; a bare root URL falls back to the contract's ``ROOT/<midoffice>/v2``."""
    agency = _agency_name(engine)

    def check(base_url: str) -> CheckReport:
        return run_credential_check(lambda: secrets.load_token(agency or "", args.midoffice, args.token_env),
                                    lambda token: check_adapter(args.midoffice, base_url, token), agency)
    report = check(args.base_url)
    reachable = next(r for r in report.results if r.key == "reachable")
    if reachable.outcome == Outcome.FAILED and urlsplit(args.base_url).path in ("", "/"):
        fallback = args.base_url.rstrip("/") + f"/{args.midoffice}/v2"
        second = check(fallback)
        if second.passed:
            return second, fallback
    return report, args.base_url


def _print_check(report: CheckReport, out) -> None:
    for number, result in enumerate(report.results, 1):
        print(f"{number}. {MARK[result.outcome]} {TITLES[result.key]}: {result.detail}", file=out)
        if result.outcome in (Outcome.FAILED, Outcome.WARNING) and result.remedy_en:
            print(f"   -> {result.remedy_en}", file=out)


def cmd_check(args) -> int:
    engine = open_crm(args.db)
    try:
        report, _ = _credential_check(engine, args)
    finally:
        close_crm(engine)
    _print_check(report, sys.stdout)
    return 0 if report.passed else CredentialError.exit_code


class _ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self):
        self.enabled = sys.stderr.isatty()

    def show(self, label: str, done: int, total: int, extra: str = "") -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {extra}   ")
        sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _confirm(plan, args) -> bool:
    if args.yes or not sys.stdin.isatty():
        return True
    changes = sum(p.action != "skip" for p in plan)
    answer = input(f"Apply {changes} changes to the CRM (a backup is written first)? [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def cmd_convert(args) -> int:
    decisions = load_decisions_file(args.decisions) if args.decisions else {}
    engine = open_crm(args.db)
    lock = ConversionLock(engine)
    try:
        report, base_url = _credential_check(engine, args)
        if not report.passed:
            _print_check(report, sys.stderr)
            raise CredentialError("the credential check failed; nothing was changed")
        if not args.dry_run:
            sessions = active_sessions(engine)
            if sessions and not args.force:
                listing = "; ".join(s.describe() for s in sessions)
                raise SessionsActive(f"colleagues are logged in, ask them to log out first (or use --force): "
                                     f"{listing}", sessions)
            lock.acquire()
        token = secrets.load_token(_agency_name(engine) or "", args.midoffice, args.token_env)
        options = {"concurrency": args.concurrency} if args.concurrency else {}
        adapter = make_adapter(args.midoffice, base_url, token, **options)
        bar = _ProgressBar()
        items: list[MatchItem] = []
        try:
            for event in run_matching(engine, adapter, args.midoffice):
                if isinstance(event, MatchItem):
                    items.append(event)
                elif isinstance(event, MatchProgress):
                    eta = f"ETA {event.eta_s:.0f}s" if event.eta_s is not None else ""
                    bar.show("matching", event.done, event.total, f"{event.requests_per_s:.0f} req/s {eta}")
        finally:
            adapter.close()
            bar.end()
        plan = build_plan(items, Accept(args.accept), decisions)
        run_id, backup = str(uuid.uuid4()), None
        if not args.dry_run and _confirm(plan, args):
            batch = int(os.environ.get("PAXDESK_APPLY_BATCH") or BATCH)
            for event in apply_plan(engine, plan, args.midoffice, backup=lambda: write_backup(engine),
                                    batch_size=batch):
                if isinstance(event, ApplyProgress):
                    bar.show("converting", event.done, event.total)
                elif isinstance(event, ApplyResult):
                    run_id, backup = event.run_id, event.backup
            bar.end()
        elif not args.dry_run:
            print("nothing was changed", file=sys.stderr)
            return 1
        result = build_report(run_id, args.midoffice, args.dry_run, backup, plan)
    finally:
        lock.release()
        close_crm(engine)
    if args.report:
        write_report(result, args.report)
    summary = result["summary"]
    print(" ".join(f"{k}={v}" for k, v in summary.items()))
    if backup:
        print(f"backup: {backup}")
    return 5 if has_failures(result) else 0
