"""A batch's changes to the CRM, described (the conversion's apply and the GDPR actions build them).

A ``ChangeSet`` only says what is to change; the CRM's implementation applies it: the SQL one
(``paxdesk.crm.repository.write_changes``) with one statement per kind of change, the in-memory one of the
tests (``tests/fakes.py``) to its dicts. Both read the same lists, so they cannot mean different things.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class ChangeSet:
    """The row changes of one batch.

    ``merge(source, target)`` moves a customer's consultations and offers to
    ``target`` and deletes it; ``to_reference`` turns a copy into the v2
    reference in place, its personal fields emptied; ``to_local`` makes it a
    paxlounge customer (marked for the GDPR review if asked).
    """

    office: str
    references: list[dict] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)
    locals_: list[dict] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)
    audits: list[dict] = field(default_factory=list)  # GDPR actions; conversions are journalled per run item

    def to_reference(self, copy_id: str, number: str) -> None:
        self.references.append({"cid": copy_id, "office": self.office, "number": number})

    def merge(self, source: str, target: str) -> None:
        self.merges.append({"source": source, "target": target, "cid": source})

    def to_local(self, copy_id: str, gdpr_review: bool) -> None:
        (self.reviews if gdpr_review else self.locals_).append({"cid": copy_id})

    def audit(self, run_id: str | None, customer_id: str, action: str, **detail) -> None:
        """An audit entry: ids, counts and field names only — never a personal value."""
        self.audits.append({"at": now_text(), "run_id": run_id, "customer_id": customer_id, "action": action,
                            "detail": json.dumps(detail, sort_keys=True) if detail else None})
