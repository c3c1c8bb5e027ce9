"""``paxdesk db``: import, export, backup, restore, and the backups folder (list, purge)."""

from __future__ import annotations

import sys
from datetime import datetime

from paxdesk import paths
from paxdesk.cli_confirm import confirm
from paxdesk.services import backups, crm_admin


def cmd_db(args) -> int:
    if args.db_command == "import":
        counts = crm_admin.import_file(args.file, args.db)
        print("imported " + ", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
    elif args.db_command == "export":
        if args.output:
            crm_admin.export_to(args.db, args.output)
        else:
            document = crm_admin.export_document(args.db)
            out = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
            crm_admin.write_document(document, out)
            out.flush()
    elif args.db_command == "backup":
        print(crm_admin.backup_to(args.db, args.output, paths.places().backups_dir()))
    elif args.db_command == "restore":
        crm_admin.restore(args.file, args.db)
        print(f"restored {args.file}", file=sys.stderr)
    elif args.db_command == "backups":
        return _backups(args)
    return 0


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"


def _age(written: datetime, now: datetime) -> str:
    seconds = max(0, (now - written).total_seconds())
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds / 86400:.0f} days"


def _backups(args) -> int:
    """List the backups (newest first); with --purge-older-than, delete old ones but never the newest."""
    now = datetime.now()
    places = paths.places()
    folder, settings_file = places.backups_dir(), places.settings_file()
    if args.keep_days is not None:
        backups.set_retention_days(args.keep_days, settings_file)
        print(f"retention set: backups older than {args.keep_days} days are deleted after each conversion",
              file=sys.stderr)
    found = backups.list_backups(folder)
    for index, b in enumerate(found):
        note = "  (newest, always kept)" if index == 0 else \
            f"  (before the last conversion, protected until {b.protected_until:%Y-%m-%d})" if b.protected(now) else ""
        print(f"{b.written:%Y-%m-%d %H:%M}  {_age(b.written, now):>9}  {_size(b.size):>9}  {b.path}{note}")
    if not found:
        print(f"no backups in {folder}", file=sys.stderr)
    print(f"retention: {backups.retention_days(settings_file)} days (older backups are deleted after each conversion, the newest "
          "is always kept; change with --keep-days N)", file=sys.stderr)
    if args.purge_older_than is None:
        return 0
    doomed = backups.backups_to_purge(args.purge_older_than, folder, now=now)
    if not doomed:
        print(f"no backup is older than {args.purge_older_than} days (besides the newest, which is kept)",
              file=sys.stderr)
        return 0
    question = (f"Delete {len(doomed)} backup(s) older than {args.purge_older_than} days for good? "
                "They hold old personal data; the newest backup is kept.")
    if not confirm(question, args.yes):
        print("nothing was deleted", file=sys.stderr)
        return 1
    for b in backups.purge_backups(args.purge_older_than, folder, now=now):
        print(f"deleted {b.path}", file=sys.stderr)
    return 0
