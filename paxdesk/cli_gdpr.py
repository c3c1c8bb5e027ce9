"""``paxdesk gdpr``: the GDPR follow-up of CONTRACT §4.4 without the wizard (list, keep, delete, anonymize)."""

from __future__ import annotations

import json
import sys

from paxdesk import paths
from paxdesk.cli_confirm import ask, confirm
from paxdesk.services import backups
from paxdesk.services.gdpr import open_review


def _name(customer: dict) -> str:
    return " ".join(p for p in (customer.get("first_name"), customer.get("last_name")) if p) or "(no name)"


def _children(customer: dict) -> str:
    return f"{customer['consultations']} consultation(s) and {customer['offers']} offer(s)"


def cmd_gdpr(args) -> int:
    with open_review(args.db) as review:
        if args.gdpr_command == "list":
            return _list(review.customers(), args.json)
        customer = review.customer(args.id)  # InputError (exit 2) when not awaiting a review
        who = f"customer {customer['id']} ({_name(customer)}) with {_children(customer)}"
        if args.gdpr_command == "keep":
            review.keep(customer["id"], args.reason)
            print(f"kept {who}; the reason is recorded", file=sys.stderr)
            return 0
        verb = {"delete": "Delete", "anonymize": "Anonymize"}[args.gdpr_command]
        effect = ("its consultations and offers are deleted too" if args.gdpr_command == "delete" else
                  "names become 'Anonymisiert', contact, address and birth date are emptied, the free texts of "
                  "its consultations and offers too")
        if not confirm(f"{verb} {who} for good? {effect}. This cannot be undone.", args.yes):
            print("nothing was changed", file=sys.stderr)
            return 1
        if args.gdpr_command == "delete":
            review.delete(customer["id"])
            print(f"deleted {who}", file=sys.stderr)
        else:
            review.anonymize(customer["id"])
            print(f"anonymized customer {customer['id']}", file=sys.stderr)
    _remind_backups()
    return 0


def _list(customers: list[dict], as_json: bool) -> int:
    if as_json:
        print(json.dumps([{"id": c["id"], "name": _name(c), "since": c["since"], "consultations": c["consultations"],
                           "offers": c["offers"]} for c in customers], ensure_ascii=False, indent=1))
        return 0
    for c in customers:
        since = (c["since"] or "unknown")[:10]
        print(f"{c['id']}\t{_name(c)}\tsince {since}\t{c['consultations']} consultations\t{c['offers']} offers")
    print(f"{len(customers)} customer(s) awaiting the GDPR review", file=sys.stderr)
    return 0


def _remind_backups() -> None:
    """Backups written before the action still hold the person: say so, and on a terminal offer to purge.

    Only an agent at a terminal is asked (``--yes`` confirms the GDPR action, not deleting backups).
    """
    places = paths.places()
    found = backups.list_backups(places.backups_dir())
    if not found:
        return
    print(f"note: {len(found)} backup(s) still hold this customer's earlier data (the newest too, until the "
          f"retention of {backups.retention_days(places.settings_file())} days removes it after a newer one); "
          "'paxdesk db backups --purge-older-than 0' deletes all but the newest", file=sys.stderr)
    if len(found) > 1 and ask(f"Delete the {len(found) - 1} older backup(s) now, all but the newest?"):
        for b in backups.purge_backups(0, places.backups_dir()):
            print(f"deleted {b.path}", file=sys.stderr)
