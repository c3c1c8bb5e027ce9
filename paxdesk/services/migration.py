"""The legacy migration into myJack (CONTRACT §6) as use cases the CLI and the wizard both drive.

``MigrationSession`` holds one migration's state and is stepped through in order:
open → load → link → (check against myJack) → users → decisions → write. The CLI runs
all steps at once (``prepare``); the wizard runs them page by page in background
workers. Long steps are generators that yield ``MigrationProgress`` and check
``cancelled()`` between steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paxdesk.errors import Cancelled, InputError, ScopeError
from paxdesk.migration import fields as migration_fields
from paxdesk.migration.groups import Group, build_groups, valid_decision
from paxdesk.migration.duplicates import detect
from paxdesk.migration.load import load_bookings, load_customers
from paxdesk.migration.package import MyJackHit, Prepared, created_stamp, write_package
from paxdesk.migration.reading import Table, open_table
from paxdesk.migration.records import Finding, LegacyData, Source
from paxdesk.migration.users import MyJackUser, UserMapping, map_users, parse_user_map
from paxdesk.services.migration_files import parse_decisions, parse_mapping, read_json, users_from_file
from paxdesk.services.migration_myjack import CustomerSearch, myjack_connection, users_from_myjack

# re-exported: the CLI, the wizard's LegacyMigration and the tests import them from here
__all__ = ["MigrationProgress", "MigrationSession", "PrepareOptions", "PrepareResult", "prepare",
           "myjack_connection", "users_from_file", "users_from_myjack"]

Cancel = Callable[[], bool]


@dataclass(frozen=True)
class MigrationProgress:
    stage: str      # read, link, myjack, write, upload, import
    done: int
    total: int
    detail: str = ""


class MigrationSession:
    def __init__(self, customers: Path, bookings: Path | None = None,
                 mapping: dict[str, str | None] | None = None):
        self.paths = {"customers": Path(customers), **({"bookings": Path(bookings)} if bookings else {})}
        self.override = mapping or {}
        self.tables: dict[str, Table] = {}
        self.mappings: dict[str, dict[str, str | None]] = {}
        self.data: LegacyData | None = None
        self.groups: list[Group] = []
        self.hits: list[MyJackHit] = []
        self.comparisons = 0
        self.myjack_checked = False
        self.unchecked: list[str] = []  # legacy ids whose myJack search answer could not be read
        self.myjack_users: list[MyJackUser] = []
        self.user_overrides: dict[str, str] = {}
        self.users: list[UserMapping] = []
        self.warnings: list[str] = []

    # -- reading -------------------------------------------------------------------------------
    def open(self) -> None:
        """Open the files and recognise their columns (an unreadable file raises InputError)."""
        for kind, path in self.paths.items():
            table = open_table(path, kind)
            self.tables[kind] = table
            self.mappings[kind] = migration_fields.detect_mapping(table.headers, kind, self.override)

    def set_mapping(self, kind: str, header: str, field_name: str | None) -> None:
        self.mappings[kind][header] = field_name

    def load(self, cancelled: Cancel = lambda: False) -> Iterator[MigrationProgress]:
        if not self.tables:
            self.open()
        yield MigrationProgress("read", 0, len(self.tables), self.tables["customers"].name)
        incomplete: list = []
        customers, findings = load_customers(self.tables["customers"], self.mappings["customers"], cancelled,
                                             incomplete)
        _check(cancelled)
        bookings = []
        if "bookings" in self.tables:
            yield MigrationProgress("read", 1, len(self.tables), self.tables["bookings"].name)
            bookings, more = load_bookings(self.tables["bookings"], self.mappings["bookings"], cancelled)
            _check(cancelled)
            findings += more
            known = {c.legacy_id for c in customers + incomplete}  # a merge takes an incomplete row's bookings
            name = self.tables["bookings"].name
            header = next((h for h, f in self.mappings["bookings"].items() if f == "legacy_id"), "legacy_id")
            orphans = [b for b in bookings if b.legacy_id not in known]
            findings += [Finding(name, b.row, header, "unknown_customer", b.legacy_id) for b in orphans]
            if orphans:
                bookings = [b for b in bookings if b.legacy_id in known]
        sources = [Source(t.name, t.sha256, t.data_rows) for t in self.tables.values()]
        self.data = LegacyData(customers, bookings, findings, sources, self.mappings, incomplete)
        yield MigrationProgress("read", len(self.tables), len(self.tables))

    # -- duplicates inside the file -----------------------------------------------------------------
    def link(self, cancelled: Cancel = lambda: False) -> Iterator[MigrationProgress]:
        customers = self.data.customers
        yield MigrationProgress("link", 0, len(customers))
        found = detect(customers, cancelled, self.data.incomplete)
        result = found.result
        _check(cancelled)
        newest: dict[str, str] = {}
        for booking in self.data.bookings:
            day = booking.values["date"] if re.fullmatch(r"\d{4}-\d\d-\d\d", booking.values["date"]) else ""
            if day > newest.get(booking.legacy_id, ""):
                newest[booking.legacy_id] = day
        self.groups = build_groups(customers + self.data.incomplete, found.clusters, result.pairs, newest)
        self.comparisons = result.comparisons
        yield MigrationProgress("link", len(customers), len(customers), f"{result.comparisons} comparisons")

    # -- duplicates against myJack ------------------------------------------------------------------
    def check_myjack(self, adapter, cancelled: Cancel = lambda: False) -> Iterator[MigrationProgress]:
        """Search each customer in myJack by last name and by e-mail; keep the best probable hit each."""
        customers = self.data.customers
        self.data.findings[:] = [f for f in self.data.findings if f.kind != "myjack_unchecked"]  # a search again
        self.warnings[:] = [w for w in self.warnings if not w.startswith(UNCHECKED_WARNING)]
        search = CustomerSearch(customers)
        try:
            for done, total in search.run(adapter, cancelled):
                yield MigrationProgress("myjack", done, total)
        except ScopeError:
            self.warnings.append("the token may not search myJack (customer.search): customers already in myJack "
                                 "were not looked for")
            return
        _check(cancelled)
        self.hits = search.hits()
        self.myjack_checked = True
        self.unchecked = search.unchecked_ids(self.hits)
        name = self.data.sources[0].file if self.data.sources else "customers"
        self.data.findings.extend(search.unchecked_findings(name, self.unchecked))
        if self.unchecked:
            self.warnings.append(f"{UNCHECKED_WARNING}: {len(self.unchecked)} customer(s) could not be checked "
                                 "(myJack's answer could not be read); they are findings and become new customers")

    # -- users ------------------------------------------------------------------------------------------
    def set_myjack_users(self, users: list[MyJackUser]) -> None:
        self.myjack_users = users

    def map_users(self, overrides: dict[str, str] | None = None, source: str = "--user-map") -> list[UserMapping]:
        if overrides is not None:
            self.user_overrides = overrides
        self.users = map_users([b.values["user"] for b in self.data.bookings],
                               [c.values["user"] for c in self.data.customers], self.myjack_users,
                               self.user_overrides, source)
        return self.users

    # -- decisions ----------------------------------------------------------------------------------------
    def group(self, key: str) -> Group | None:
        """A group by its id or by any member's legacy id."""
        return next((g for g in self.groups if g.id == key or key in g.member_ids()), None)

    def apply_decisions(self, groups: dict[str, str], myjack: dict[str, str], source: str) -> None:
        for key, decision in groups.items():
            group = self.group(key)
            if group is None:
                raise InputError(f"{source}: groups: {key!r} is no duplicate group of this export")
            if not valid_decision(group, decision):
                raise InputError(f"{source}: groups: {key!r}: {decision!r} names no member of the group")
            group.decision = decision
        by_id = {h.legacy_id: h for h in self.hits}
        for legacy_id, decision in myjack.items():
            if legacy_id in by_id:
                by_id[legacy_id].decision = decision
            elif not any(c.legacy_id == legacy_id for c in self.data.customers):
                raise InputError(f"{source}: myjack: {legacy_id!r} is no customer of this export")
            elif decision == "link":
                raise InputError(f"{source}: myjack: {legacy_id!r}: \"link\" needs a customer found in myJack, "
                                 "and none was found for it")

    # -- the package ---------------------------------------------------------------------------------------
    def prepared(self) -> Prepared:
        if not self.users:
            self.map_users()
        return Prepared(self.data, self.groups, self.hits, self.users, self.myjack_checked, self.comparisons)

    def write(self, out: Path, source_date_epoch: str | None = None) -> dict:
        return write_package(out, self.prepared(), created_stamp(list(self.paths.values()), source_date_epoch))


UNCHECKED_WARNING = "myJack search incomplete"


def _check(cancelled: Cancel) -> None:
    if cancelled():
        raise Cancelled("the migration was cancelled")


@dataclass
class PrepareOptions:
    customers: Path
    out: Path
    bookings: Path | None = None
    mapping: Path | None = None
    users_file: Path | None = None
    user_map: Path | None = None
    decisions: Path | None = None
    adapter_factory: Callable[[], object] | None = None  # a myJack import adapter (token inside), or None
    source_date_epoch: str | None = None  # SOURCE_DATE_EPOCH of the CLI's environment: the manifest's ``created``


@dataclass
class PrepareResult:
    out: Path
    manifest: dict
    comparisons: int
    groups: list[Group] = field(default_factory=list)
    hits: list[MyJackHit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def prepare(options: PrepareOptions, cancelled: Cancel = lambda: False) -> Iterator[MigrationProgress | PrepareResult]:
    """``paxdesk migrate prepare``: every check, then the package. Bad input fails before anything is written."""
    mapping = parse_mapping(read_json(options.mapping, "column mapping"), str(options.mapping)) \
        if options.mapping else None
    user_map = parse_user_map(read_json(options.user_map, "user mapping"), str(options.user_map)) \
        if options.user_map else None
    decisions = parse_decisions(read_json(options.decisions, "decisions"), str(options.decisions)) \
        if options.decisions else ({}, {})
    session = MigrationSession(options.customers, options.bookings, mapping)
    session.open()
    yield from session.load(cancelled)
    yield from session.link(cancelled)
    if options.users_file:
        session.set_myjack_users(users_from_file(options.users_file))
    if options.adapter_factory:
        adapter = options.adapter_factory()
        try:
            session.set_myjack_users(users_from_myjack(adapter))
            yield from session.check_myjack(adapter, cancelled)
        finally:
            adapter.close()
    session.map_users(user_map)
    session.apply_decisions(*decisions, str(options.decisions))
    _check(cancelled)
    yield MigrationProgress("write", 0, 1)
    manifest = session.write(options.out, options.source_date_epoch)
    yield PrepareResult(Path(options.out), manifest, session.comparisons, session.groups, session.hits,
                        session.warnings)
