"""The migration package (CONTRACT §6.3), written atomically and byte-stable.

Atomic: everything is written into a hidden sibling folder ``.<name>.partial-…`` that
is renamed to the target at the end; a killed run leaves no package (the next run
removes such leftovers). Byte-stable: rows in a fixed order, fixed zip times in the
XLSX lists, and the manifest's ``created`` derived from the input (see ``created_stamp``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from paxdesk.errors import InputError
from paxdesk.migration import labels
from paxdesk.domain.cells import defused, formula_like
from paxdesk.migration.fields import BOOKING_FIELDS, CUSTOMER_FIELDS, LOCK_FIELDS, header_label
from paxdesk.migration.groups import Group, apply_decisions, natural_key
from paxdesk.migration.records import Finding, LegacyData
from paxdesk.migration.users import UserMapping, target_of
from paxdesk.migration.xlsx import write_list

FORMAT = "paxdesk-migration/1"
FILES = ("customers.csv", "bookings.csv", "user-mapping.csv", "marketing-locks.xlsx", "findings.xlsx",
         "duplicates.xlsx")
PARTIAL = ".partial-"


@dataclass
class MyJackHit:
    """A legacy customer that probably exists in myJack already (no personal values beyond the name shown)."""

    legacy_id: str
    number: str
    score: float
    reasons: tuple[str, ...]
    name: str
    decision: str | None = None   # "import" | "link" | "skip" | None (open: imported)
    remote: dict = field(default_factory=dict, compare=False)  # the myJack record's fields, for the comparison


@dataclass
class Prepared:
    data: LegacyData
    groups: list[Group]
    hits: list[MyJackHit]
    users: list[UserMapping]
    myjack_checked: bool = False
    comparisons: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class PackageRows:
    customers: list[list[str]]
    bookings: list[list[str]]
    counts: dict[str, int]
    placed: dict[str, str]   # legacy id -> what became of it (German, for the lists)
    findings: list[Finding] = field(default_factory=list)  # the reading's, and one per row a decision left out


def created_stamp(sources: list[Path], epoch: str | None = None) -> datetime:
    """``created``: ``epoch`` (SOURCE_DATE_EPOCH, read by the CLI) when given, else the newest modification
    time of the input files.

    So the same input gives the same manifest (and package) bytes, and ``created`` still says
    when the data it holds was exported.
    """
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    newest = max(int(Path(p).stat().st_mtime) for p in sources)
    return datetime.fromtimestamp(newest, timezone.utc)


def build_rows(prepared: Prepared) -> PackageRows:
    data = prepared.data
    outcome = apply_decisions(data.customers, prepared.groups)
    user_of = target_of(prepared.users)
    skipped = {h.legacy_id for h in prepared.hits if h.decision == "skip"}
    linked = {h.legacy_id: h.number for h in prepared.hits if h.decision == "link"}
    source = {"customers": data.sources[0].file if data.sources else "customers",
              "bookings": data.sources[1].file if len(data.sources) > 1 else "bookings"}
    findings = list(data.findings)
    placed: dict[str, str] = {}
    customers, imported = [], set()
    incomplete = {c.legacy_id: c for c in data.incomplete}
    for values, record, merged_ids in outcome.customers:
        if record.legacy_id in skipped:  # left out, and said: a finding, as are its bookings below
            placed[record.legacy_id] = labels.PLACED["skipped"]
            findings.append(Finding(source["customers"], record.row, "", "skipped_in_myjack", record.legacy_id))
            continue
        row = [values.get(name, "") for name in CUSTOMER_FIELDS]
        row[CUSTOMER_FIELDS.index("user")] = user_of(values["user"]) if values.get("user") else ""
        _defuse(row, CUSTOMER_FIELDS, "customers", record.row, source["customers"], findings)
        merged_sorted = sorted(merged_ids, key=natural_key)
        customers.append(row + ["|".join(merged_sorted)] + ([linked.get(record.legacy_id, "")] if linked else []))
        imported.add(record.legacy_id)
        if record.legacy_id in linked:
            placed[record.legacy_id] = labels.PLACED["linked"].replace("{0}", linked[record.legacy_id])
        for other in merged_sorted:
            placed[other] = labels.PLACED["merged"].replace("{0}", record.legacy_id)
            if other in incomplete:  # the row without a last name is imported after all: say so beside its finding
                findings.append(Finding(source["customers"], incomplete[other].row,
                                        header_label("last_name", "customers"), "completed_by_merge",
                                        record.legacy_id))
    bookings = []
    skipped_bookings = 0
    for booking in data.bookings:
        values = dict(booking.values)
        values["legacy_id"] = outcome.booking_target.get(values["legacy_id"], values["legacy_id"])
        if values["legacy_id"] not in imported:
            skipped_bookings += 1
            if values["legacy_id"] in skipped:
                findings.append(Finding(source["bookings"], booking.row, "", "booking_of_skipped",
                                        values.get("booking_id", "")))
            elif values["legacy_id"] in incomplete:  # its customer has no last name and was not merged
                findings.append(Finding(source["bookings"], booking.row, header_label("legacy_id", "bookings"),
                                        "unknown_customer", values["legacy_id"]))
            continue
        values["user"] = user_of(values["user"])
        row = [values[name] for name in BOOKING_FIELDS] + ["true"]
        _defuse(row, BOOKING_FIELDS, "bookings", booking.row, source["bookings"], findings)
        bookings.append(row)
    named = [m for m in prepared.users if m.legacy]
    counts = {"customers": len(customers), "bookings": len(bookings), "merged": outcome.merged,
              "open_duplicates": outcome.open_groups, "myjack_duplicates": len(prepared.hits),
              "findings": len(findings), "marketing_locks": len(data.locked()),
              "users_mapped": sum(1 for m in named if m.mapped),
              "users_to_altdaten": sum(1 for m in named if not m.mapped)}
    prepared.extra["bookings_not_imported"] = skipped_bookings
    prepared.extra["linked"] = len(linked)  # not a manifest count (CONTRACT §6.3 lists those)
    return PackageRows(customers, bookings, counts, placed, findings)


def _defuse(row: list[str], names: tuple[str, ...], kind: str, number: int, file: str,
            findings: list[Finding]) -> None:
    """A value a spreadsheet would run as a formula gets its leading ``'`` in the CSV, and a finding."""
    for index, name in enumerate(names):
        value = row[index]
        if isinstance(value, str) and formula_like(value):
            row[index] = defused(value)
            findings.append(Finding(file, number, header_label(name, kind), "formula_like", value))


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_package(out: Path, prepared: Prepared, created: datetime) -> dict:
    """Write the package to ``out`` (replacing an earlier package there); returns the manifest."""
    out = Path(out).absolute()
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    _check_target(out)
    for stale in parent.glob(f".{out.name}{PARTIAL}*"):
        shutil.rmtree(stale, ignore_errors=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{out.name}{PARTIAL}", dir=parent))
    try:
        rows = build_rows(prepared)
        linking = ["myjack_id"] if prepared.extra["linked"] else []  # §6.4: a column only when a row carries one
        (temp / "customers.csv").write_bytes(_csv_bytes(list(CUSTOMER_FIELDS) + ["merged_legacy_ids"] + linking,
                                                        rows.customers))
        (temp / "bookings.csv").write_bytes(_csv_bytes(list(BOOKING_FIELDS) + ["legacy"], rows.bookings))
        users = [[defused(v) if isinstance(v, str) else v for v in row] for row in labels.user_rows(prepared.users)]
        (temp / "user-mapping.csv").write_bytes(_csv_bytes(labels.USER_HEADERS, users))
        write_list(temp / "marketing-locks.xlsx", "Werbesperren", labels.LOCK_HEADERS,
                   labels.lock_rows(prepared.data, rows.placed), created, [14, 10, 18, 20, 30, 10, 10, 10, 10, 34])
        write_list(temp / "findings.xlsx", "Auffälligkeiten", labels.FINDING_HEADERS,
                   labels.finding_rows(rows.findings), created, [22, 8, 22, 30, 30, 40])
        write_list(temp / "duplicates.xlsx", "Dubletten", labels.DUPLICATE_HEADERS,
                   labels.duplicate_rows(prepared.groups, prepared.hits, prepared.data.customers), created,
                   [12, 14, 14, 16, 18, 12, 28, 18, 20, 8, 12, 8, 40, 22])
        manifest = {"format": FORMAT, "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "source": [{"file": s.file, "sha256": s.sha256, "rows": s.rows} for s in prepared.data.sources],
                    "counts": rows.counts,
                    "files": [{"name": name, "sha256": _sha256(temp / name)} for name in FILES]}
        (temp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8", newline="\n")
        _replace(temp, out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return manifest


def _check_target(out: Path) -> None:
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "manifest.json").exists())):
        raise InputError(f"{out}: exists and is not a paxdesk migration package; choose an empty or new folder")


def _replace(temp: Path, out: Path) -> None:
    """Rename the finished folder into place; an earlier package there is moved aside first (Windows-safe)."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.replace(out, old)
    os.replace(temp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_manifest(folder: Path) -> tuple[dict, bytes]:
    """The manifest (and its bytes) of a package, its files checked against their hashes; else InputError."""
    folder = Path(folder)
    path = folder / "manifest.json"
    try:
        raw = b"" if path.is_symlink() else path.read_bytes()
        if not raw or len(raw) > 1 << 20:
            raise InputError(f"{path}: not a manifest paxdesk wrote (a link, empty, or larger than 1 MB)")
        manifest = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise InputError(f"{path}: no readable migration package manifest (nested too deeply)") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: no readable migration package manifest ({exc.__class__.__name__})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"{path}: not a {FORMAT} manifest")
    counts = manifest.get("counts", {})
    if not isinstance(counts, dict) or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                               for v in counts.values()):
        raise InputError(f"{path}: counts: expected whole numbers")
    for entry in manifest.get("files") or []:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or "/" in name or "\\" in name:
            raise InputError(f"{path}: malformed file entry")
        if (folder / name).is_symlink() or ((folder / name).exists() and not (folder / name).is_file()):
            raise InputError(f"{folder / name}: not a regular file of the package (a link is not followed)")
        try:
            actual = _sha256(folder / name)
        except OSError:
            raise InputError(f"{folder / name}: missing from the package") from None
        if actual != entry.get("sha256"):
            raise InputError(f"{folder / name}: changed since the package was written (hash differs)")
    return manifest, raw


def delete_package(folder: Path) -> None:
    """Remove a package (it holds personal data) — only a folder that is one."""
    folder = Path(folder)
    if not (folder / "manifest.json").exists():
        raise InputError(f"{folder}: not a migration package; nothing deleted")
    shutil.rmtree(folder)


__all__ = ["MyJackHit", "Prepared", "write_package", "read_manifest", "delete_package", "created_stamp",
           "build_rows", "LOCK_FIELDS"]
