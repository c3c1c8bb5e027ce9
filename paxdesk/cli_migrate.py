"""``paxdesk migrate prepare|upload`` (CONTRACT §6.3): parse, run the migration use case, print, exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from paxdesk import paths
from paxdesk.errors import InputError
from paxdesk.services.migration import MigrationProgress, PrepareOptions, PrepareResult, myjack_connection, prepare
from paxdesk.services.migration_upload import DEADLINE_S, UploadResult, records_file, upload

STAGES = {"read": "reading", "link": "looking for duplicates", "myjack": "searching myJack", "write": "writing",
          "upload": "uploading", "import": "myJack imports"}


def add_parser(sub, command) -> None:
    """Register ``migrate`` with its two actions on the main parser's sub-parsers."""
    migrate = command(sub, "migrate", help="legacy data migration into myJack (prepare a package, upload it)")
    actions = migrate.add_subparsers(dest="migrate_command", metavar="ACTION", required=True)
    p = command(actions, "prepare", help="read and check a legacy export, then write the migration package")
    p.add_argument("--customers", type=Path, required=True, metavar="FILE", help="customers (CSV or XLSX)")
    p.add_argument("--bookings", type=Path, metavar="FILE", help="bookings / Vorgänge (CSV or XLSX)")
    p.add_argument("--mapping", type=Path, metavar="FILE", help='JSON {"<header>": "<field>" | null}: '
                   "overrides the recognised columns")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--users", type=Path, metavar="FILE", help="myJack users as CSV abbreviation;name;email")
    who.add_argument("--base-url", metavar="URL", help="myJack API (users and duplicate search; needs --token-env)")
    p.add_argument("--token-env", metavar="NAME", help="environment variable holding the myJack token")
    p.add_argument("--user-map", type=Path, metavar="FILE", help='JSON {"<legacy Kürzel>": "<myJack abbreviation>"}')
    p.add_argument("--decisions", type=Path, metavar="FILE",
                   help='JSON {"groups": {"<group id>": "merge"|"keep_all"|"drop:<legacy_id>"}, '
                        '"myjack": {"<legacy_id>": "import"|"skip"}}')
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="the package folder to write")
    p = command(actions, "upload", help="upload a migration package to myJack and follow the import")
    p.add_argument("folder", type=Path, metavar="DIR", help="the package folder")
    p.add_argument("--base-url", required=True, metavar="URL", help="the myJack API's base URL")
    p.add_argument("--token-env", required=True, metavar="NAME", help="environment variable holding the token")
    p.add_argument("--again", action="store_true", help="upload although this package was uploaded before")
    p.add_argument("--timeout", type=float, default=DEADLINE_S, metavar="SECONDS",
                   help="stop following the import after this long (default 2 h); it goes on in myJack, and "
                        "the same upload started again follows it")


class _Status:
    """Progress on stderr: a line per stage, and a rewritten line on a terminal."""

    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.last: tuple | None = None

    def show(self, event: MigrationProgress) -> None:
        label = STAGES.get(event.stage, event.stage)
        key = (event.stage, event.detail if event.stage == "import" else None)
        line = f"{label}: {event.done}/{event.total}" + (f" ({event.detail})" if event.detail else "")
        if self.tty:
            sys.stderr.write(f"\r{line}   ")
            sys.stderr.flush()
        elif key != self.last:
            print(line, file=sys.stderr)
        self.last = key

    def end(self) -> None:
        if self.tty and self.last:
            sys.stderr.write("\n")


def cmd_migrate(args) -> int:
    return _prepare(args) if args.migrate_command == "prepare" else _upload(args)


def _prepare(args) -> int:
    if bool(args.base_url) != bool(args.token_env):
        raise InputError("--base-url and --token-env go together (the token for myJack's users and search)")
    factory = myjack_connection(args.base_url, args.token_env, os.environ) if args.base_url else None
    options = PrepareOptions(args.customers, args.out, args.bookings, args.mapping, args.users, args.user_map,
                             args.decisions, factory, os.environ.get("SOURCE_DATE_EPOCH"))
    status, result = _Status(), None
    for event in prepare(options):
        if isinstance(event, MigrationProgress):
            status.show(event)
        elif isinstance(event, PrepareResult):
            result = event
    status.end()
    counts = result.manifest["counts"]
    print(f"package: {result.out}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    print(f"comparisons={result.comparisons}")
    for group in result.groups:
        decided = group.decision or "open"
        print(f"group {group.id}: {', '.join(group.member_ids())} score={group.score:.2f} "
              f"reasons={','.join(group.reasons())} decision={decided}")
    for hit in result.hits:
        print(f"myjack {hit.legacy_id}: myJack customer {hit.number} score={hit.score:.2f} "
              f"reasons={','.join(hit.reasons)} decision={hit.decision or 'open'}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print("the package holds personal data: delete it after the upload", file=sys.stderr)
    return 0


def _upload(args) -> int:
    factory = myjack_connection(args.base_url, args.token_env, os.environ)
    status, result = _Status(), None
    records = records_file(paths.places().data_dir())
    for event in upload(args.folder, factory, records=records, again=args.again, timeout=args.timeout):
        if isinstance(event, MigrationProgress):
            status.show(event)
        elif isinstance(event, UploadResult):
            result = event
    status.end()
    s = result.status
    print(f"import {s.import_id}: {s.status} created={s.created} appended={s.appended} bookings={s.bookings} "
          f"bookingsToAltdaten={s.bookings_to_altdaten} errors={len(s.errors)}")
    for row, message in s.errors[:20]:  # myJack's words, escaped where they were read (errors.quoted)
        print(f"  row {row if row is not None else '-'}: {message}")
    if s.status == "failed":
        return 1
    print(f"the package in {args.folder} holds personal data; delete it when you no longer need it",
          file=sys.stderr)
    return 5 if s.errors else 0


__all__ = ["add_parser", "cmd_migrate"]
