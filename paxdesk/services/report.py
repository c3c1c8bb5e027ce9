"""The conversion report of CONTRACT §4.3: counts and per-customer statuses, no personal values."""

from __future__ import annotations

import json
from pathlib import Path

from paxdesk.files import atomic_writer, check_output
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.review.tally import tally

FORMAT = "paxdesk-report/1"
_ITEM_JSON = json.JSONEncoder(ensure_ascii=False).encode  # built once (json.dumps with options builds one a call)


def build_report(run_id: str, midoffice: str, dry_run: bool, backup: Path | None,
                 plan: list[PlannedItem]) -> dict:
    """Counts from ``tally`` (what the wizard's pages count); a re-linked item is described against the
    customer it goes to, with the copy's own number as ``relinked_from``."""
    items = [_item(p, dry_run) for p in plan]
    return {"format": FORMAT, "run_id": run_id, "midoffice": midoffice, "dry_run": dry_run,
            "backup": str(backup) if backup else None, "summary": tally(plan).summary(dry_run), "items": items}


def _item(p: PlannedItem, dry_run: bool) -> dict:
    item = {"customer_id": p.item.customer_id, "midoffice_id": p.number, "status": str(p.item.status),
            "differences": list(p.item.differences), "duplicate": p.item.duplicate,
            "crm_only": list(p.item.crm_only), "action": str(p.action),
            "outcome": None if dry_run or p.outcome is None else str(p.outcome), "error": p.error}
    if p.relink_to:
        item["relinked_from"] = p.item.midoffice_id
    if p.merged_into:
        item["merged_into"] = p.merged_into
    return item


def check_report_path(path: Path, protected: list[Path]) -> Path:
    """Before any change: the report can be written there, and it is not one of the CRM's files."""
    return check_output(path, protected, "--report")


def write_report(report: dict, path: Path) -> None:
    """Owner-only, written whole or not at all; the items streamed, one a line.

    Each item is encoded on its own by the json module's C encoder: ``json.dump`` with an indent runs
    the pure-Python one (a second for 100,000 items), and the whole report as one string is ~25 MB.
    """
    head = {key: value for key, value in report.items() if key != "items"}
    with atomic_writer(Path(path)) as out:
        if "items" not in report:
            out.write(json.dumps(head, ensure_ascii=False, indent=1))
            return
        out.write(json.dumps({**head, "items": []}, ensure_ascii=False, indent=1).removesuffix("]\n}"))
        for number, item in enumerate(report["items"]):
            out.write(("," if number else "") + "\n  " + _ITEM_JSON(item))
        out.write("\n ]\n}\n")


def has_failures(report: dict) -> bool:
    """Exit code 5: some items could not be checked (error) or applied (failed)."""
    return report["summary"]["error"] > 0 or report["summary"]["failed"] > 0
