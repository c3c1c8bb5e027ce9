"""The files the agent gives beside the export (column mapping, decisions, users list), read and checked.

Each one is validated whole before the migration starts, so bad input fails before anything is written
(CONTRACT §6.3: exit 2 naming the file).
"""

from __future__ import annotations

import json
from pathlib import Path

from paxdesk.errors import InputError
from paxdesk.migration import fields as migration_fields
from paxdesk.migration.reading import open_table
from paxdesk.migration.users import MyJackUser, parse_users_csv

MAX_JSON_BYTES = 20 * 2**20  # a mapping or a decisions file of a legacy export is kilobytes


def read_json(path: Path, what: str):
    try:
        if Path(path).stat().st_size > MAX_JSON_BYTES:
            raise InputError(f"{path}: the {what} is larger than {MAX_JSON_BYTES // 2**20} MB")
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except RecursionError:
        raise InputError(f"{path}: cannot read the {what} (nested too deeply)") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the {what} ({exc.__class__.__name__}: {str(exc)[:120]})") from None


def parse_mapping(doc, source: str) -> dict[str, str | None]:
    allowed = set(migration_fields.CUSTOMER_FIELDS) | set(migration_fields.BOOKING_FIELDS)
    if not isinstance(doc, dict):
        raise InputError(f'{source}: expected a JSON object {{"<header>": "<field>" | null}}')
    for header, target in doc.items():
        if target is not None and target not in allowed:
            raise InputError(f"{source}: {header!r} maps to {target!r}, which is no field "
                             f"(fields: {', '.join(sorted(allowed))})")
    return doc


def parse_decisions(doc, source: str) -> tuple[dict[str, str], dict[str, str]]:
    if not isinstance(doc, dict) or set(doc) - {"groups", "myjack"}:
        raise InputError(f'{source}: expected {{"groups": {{...}}, "myjack": {{...}}}}')
    groups, myjack = doc.get("groups") or {}, doc.get("myjack") or {}
    if not isinstance(groups, dict) or not all(isinstance(v, str) and (v in ("merge", "keep_all")
                                                                       or v.startswith("drop:"))
                                               for v in groups.values()):
        raise InputError(f'{source}: groups: each value must be "merge", "keep_all" or "drop:<legacy_id>"')
    if not isinstance(myjack, dict) or not all(v in ("import", "link", "skip") for v in myjack.values()):
        raise InputError(f'{source}: myjack: each value must be "import", "link" or "skip"')
    return groups, myjack


def users_from_file(path: Path) -> list[MyJackUser]:
    """The agency's myJack users from a file (``--users``: abbreviation;name;email), instead of asking myJack."""
    table = open_table(path, "users")
    rows = [table.headers] + [[("" if c is None else str(c)) for c in cells] for _, cells in table.rows()]
    return parse_users_csv(rows, str(path))
