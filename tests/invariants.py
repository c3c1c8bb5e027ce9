"""The promises of CONTRACT §4.3, checked on a CRM export against the CRM before the conversion."""

from __future__ import annotations

from collections import Counter

PERSONAL = ("salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip", "city",
            "country", "birth_date")


def check_invariants(before: dict, after: dict, statuses: dict[str, str] | None = None,
                     gdpr_changed: set[str] = frozenset()) -> dict[str, int]:
    """Assert the invariants; returns counts of what changed. ``statuses``: customer id -> matched status.

    ``gdpr_changed``: customers the GDPR follow-up anonymized afterwards (their data changed on purpose).
    """
    old = {c["id"]: c for c in before["customers"]}
    new = {c["id"]: c for c in after["customers"]}
    refs = Counter((c["midoffice"], c["midoffice_id"].strip()) for c in new.values() if c["kind"] == "v2")
    for c in new.values():
        if c["kind"] == "v2":
            assert not any(c.get(f) is not None for f in PERSONAL), f"v2 {c['id']} holds personal data"
    assert all(n == 1 for n in refs.values()), f"more than one v2 per number: {[k for k, n in refs.items() if n > 1]}"
    converted = local = 0
    for cid, was in old.items():
        now = new.get(cid)
        if was["kind"] != "v1":
            assert now is not None and (now == was or was["kind"] == "v2" and now["kind"] == "v2"), \
                f"{cid} ({was['kind']}) changed"
            continue
        number = (was.get("midoffice_id") or "").strip()
        if now is None or now["kind"] == "v2":  # converted: merged into, or turned into, the v2 reference
            assert refs[(was["midoffice"], number)] == 1, f"{cid} converted but no single v2 for {number}"
            converted += 1
            if statuses:
                assert statuses[cid] in ("match", "minor", "major"), f"{cid} ({statuses[cid]}) was converted"
        elif now["kind"] == "local":
            local += 1
            if cid not in gdpr_changed:
                assert all(now.get(f) == was.get(f) for f in PERSONAL), f"{cid} kept as local but data changed"
            if statuses and statuses[cid] == "deleted" and cid not in gdpr_changed:
                assert now["gdpr_review"] is True
        else:  # untouched copy
            assert now == was, f"{cid} half-changed"
    # every consultation and offer is still there, on its customer or on the reference it was merged into
    ref_ids = {(c["midoffice"], c["midoffice_id"].strip()): c["id"] for c in new.values() if c["kind"] == "v2"}
    for list_name in ("consultations", "offers"):
        after_children = {x["id"]: x for x in after[list_name]}
        for child in before[list_name]:
            moved = after_children.get(child["id"])
            assert moved is not None, f"{list_name} {child['id']} lost"
            if child["customer"] in gdpr_changed:
                continue
            owner = old[child["customer"]]
            if child["customer"] in new and new[child["customer"]]["kind"] != "v2":
                assert moved["customer"] == child["customer"], f"{list_name} {child['id']} moved away"
            elif owner["kind"] in ("v1", "v2"):
                key = (owner["midoffice"], (owner.get("midoffice_id") or "").strip())
                assert moved["customer"] == ref_ids[key], f"{list_name} {child['id']} not on the reference"
    return {"converted": converted, "local": local}
