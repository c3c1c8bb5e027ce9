"""The conversion report of CONTRACT §4.3: counts and per-customer statuses, no personal values."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from paxdesk.domain.matching import Status
from paxdesk.files import atomic_writer, check_output
from paxdesk.services.conversion import PlannedItem

FORMAT = "paxdesk-report/1"
OUTCOMES = ("converted", "converted_local", "skipped", "failed")
_ITEM_JSON = json.JSONEncoder(ensure_ascii=False).encode  # built once (json.dumps with options builds one a call)


def build_report(run_id: str, midoffice: str, dry_run: bool, backup: Path | None,
                 plan: list[PlannedItem]) -> dict:
    statuses = Counter(str(p.item.status) for p in plan)
    outcomes = Counter(p.outcome for p in plan if p.outcome)
    summary = {"total": len(plan), **{s.value: statuses.get(s.value, 0) for s in Status},
               "duplicates": sum(p.item.duplicate for p in plan),
               "with_crm_only": sum(bool(p.item.crm_only) for p in plan),
               **{o: outcomes.get(o, 0) for o in OUTCOMES}}
    items = [{"customer_id": p.item.customer_id, "midoffice_id": p.item.midoffice_id,
              "status": str(p.item.status), "differences": list(p.item.differences),
              "duplicate": p.item.duplicate, "crm_only": list(p.item.crm_only), "action": str(p.action),
              "outcome": None if dry_run else p.outcome, "error": p.error}
             for p in plan]
    return {"format": FORMAT, "run_id": run_id, "midoffice": midoffice, "dry_run": dry_run,
            "backup": str(backup) if backup else None, "summary": summary, "items": items}


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
