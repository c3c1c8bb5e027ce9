"""``paxdesk check`` and ``paxdesk convert``: parse, run the conversion use case, print, exit code."""

from __future__ import annotations

import sys

from paxdesk.cli_confirm import confirm
from paxdesk.domain.plan import Accept
from paxdesk.domain.report import Report
from paxdesk.errors import CredentialError
from paxdesk.services.conversion import ApplyProgress, PlannedItem
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.bootstrap import open_session
from paxdesk.services.convert_flow import ConvertRequest, convert
from paxdesk.services.credential_check import TITLES, CheckReport, Outcome
from paxdesk.services.review.headless import load_decisions_file
from paxdesk.services.matching import MatchProgress

MARK = {Outcome.OK: "OK     ", Outcome.FAILED: "FAILED ", Outcome.WARNING: "WARNING", Outcome.SKIPPED: "-      "}


def _session(args) -> ConversionSession:
    options = {"concurrency": args.concurrency} if getattr(args, "concurrency", None) else {}
    return open_session(args.db, midoffice=args.midoffice, base_url=args.base_url, token_env=args.token_env,
                        adapter_options=options)


def _print_check(report: CheckReport, out) -> None:
    for number, result in enumerate(report.results, 1):
        print(f"{number}. {MARK[result.outcome]} {TITLES[result.key]}: {result.detail}", file=out)
        if result.outcome in (Outcome.FAILED, Outcome.WARNING) and result.remedy_en:
            print(f"   -> {result.remedy_en}", file=out)


def cmd_check(args) -> int:
    with _session(args) as session:
        report = session.check()
    _print_check(report, sys.stdout)
    return 0 if report.passed else CredentialError.exit_code


class _ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self):
        self.enabled = sys.stderr.isatty()
        self._label: str | None = None

    def show(self, label: str, done: int, total: int, extra: str = "") -> None:
        if not self.enabled:
            return
        if label != self._label:
            self.end()  # a new phase starts on a new line
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {extra}   ")
        sys.stderr.flush()
        self._label = label

    def end(self) -> None:
        if self._label is not None:
            sys.stderr.write("\n")
            self._label = None


def _confirm(yes: bool):
    def ask(plan: list[PlannedItem]) -> bool:
        changes = sum(p.action != "skip" for p in plan)
        return confirm(f"Apply {changes} changes to the CRM (a backup is written first)?", yes)
    return ask


def cmd_convert(args) -> int:
    request = ConvertRequest(dry_run=args.dry_run, accept=Accept(args.accept), force=args.force,
                             decisions=load_decisions_file(args.decisions) if args.decisions else {},
                             report=args.report)
    bar = _ProgressBar()
    result = None
    with _session(args) as session:
        try:
            for event in convert(session, request, _confirm(args.yes)):
                if isinstance(event, CheckReport):
                    if not event.passed:
                        _print_check(event, sys.stderr)
                elif isinstance(event, MatchProgress):
                    eta = f"ETA {event.eta_s:.0f}s" if event.eta_s is not None else ""
                    bar.show("matching", event.done, event.total, f"{event.requests_per_s:.0f} req/s {eta}")
                elif isinstance(event, ApplyProgress):
                    bar.show("converting", event.done, event.total)
                else:  # the report: shown at once, before the report file is written
                    bar.end()
                    result = event
                    _print_summary(result)
        finally:
            bar.end()
    return 5 if result.has_failures else 0


def cmd_report(args) -> int:
    """``paxdesk report``: a conversion's report written again (the newest, or ``--run ID``)."""
    with open_session(args.db, base_url=args.base_url, token_env=args.token_env) as session:
        report = session.write_conversion_report(args.run, args.output)
    print(f"run {report.run_id}: {args.output}", flush=True)
    _print_summary(report)
    return 0


def _print_summary(result: Report) -> None:
    print(" ".join(f"{k}={v}" for k, v in result.summary.counts().items()), flush=True)
    if result.backup:
        print(f"backup: {result.backup}", flush=True)
