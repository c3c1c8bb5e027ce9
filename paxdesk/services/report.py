"""The conversion report of CONTRACT §4.3 built from a plan and written as JSON: counts and per-customer
statuses, no personal values (the types and their JSON: ``domain/report``)."""

from __future__ import annotations

import json
from pathlib import Path

from paxdesk.domain.report import Report, ReportItem, report_json
from paxdesk.files import atomic_writer, check_output
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.review.tally import tally

_ITEM_JSON = json.JSONEncoder(ensure_ascii=False).encode  # built once (json.dumps with options builds one a call)


def build_report(run_id: str, midoffice: str, dry_run: bool, backup: Path | None,
                 plan: list[PlannedItem]) -> Report:
    """Counts from ``tally`` (what the wizard's pages count); a re-linked item is described against the
    customer it goes to, with the copy's own number as ``relinked_from``."""
    return Report(run_id, midoffice, dry_run, str(backup) if backup else None, tally(plan).summary(dry_run),
                  tuple(_item(p, dry_run) for p in plan))


def _item(p: PlannedItem, dry_run: bool) -> ReportItem:
    return ReportItem(p.item.customer_id, p.number, p.item.status, tuple(p.item.differences),
                      p.item.duplicate, tuple(p.item.crm_only), p.action, None if dry_run else p.outcome, p.error,
                      relinked=bool(p.relink_to), relinked_from=p.item.midoffice_id if p.relink_to else None,
                      merged_into=p.merged_into)


def check_report_path(path: Path, protected: list[Path]) -> Path:
    """Before any change: the report can be written there, and it is not one of the CRM's files."""
    return check_output(path, protected, "--report")


def write_report(report: Report, path: Path) -> None:
    """Owner-only, written whole or not at all; the items streamed, one a line.

    Each item is encoded on its own by the json module's C encoder: ``json.dump`` with an indent runs
    the pure-Python one (a second for 100,000 items), and the whole report as one string is ~25 MB.
    """
    document = report_json(report)
    head = {key: value for key, value in document.items() if key != "items"}
    with atomic_writer(Path(path)) as out:
        out.write(json.dumps({**head, "items": []}, ensure_ascii=False, indent=1).removesuffix("]\n}"))
        for number, item in enumerate(document["items"]):
            out.write(("," if number else "") + "\n  " + _ITEM_JSON(item))
        out.write("\n ]\n}\n")
