"""``LegacyMigration``: one migration of one legacy export, step by step — files, checks, decisions, package,
upload — over the same use cases as ``paxdesk migrate``. The migration wizard calls it from worker threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from paxdesk.errors import InputError
from paxdesk.migration.package import delete_package
from paxdesk.migration.users import ALTDATEN, MyJackUser
from paxdesk.services.migration import MigrationProgress, MigrationSession, users_from_file, users_from_myjack
from paxdesk.places import Places
from paxdesk.services.forward import forwarding
from paxdesk.services.migration_upload import UploadResult, earlier_upload, records_file, upload

Cancel = Callable[[], bool]


@dataclass
class MigrationSources:
    customers: Path
    bookings: Path | None
    out: Path
    base_url: str | None = None
    token: str | None = None
    users_file: Path | None = None


@forwarding("session", "unchecked groups hits users")  # what the pages show, the migration session's
class LegacyMigration:
    def __init__(self, places: Places, adapter_factory: Callable[[str, str], object] | None = None,
                 defaults: MigrationSources | None = None):
        from paxdesk.midoffice import make_import_adapter

        self._uploads = records_file(places.home)  # which packages went to myJack (the user data folder)
        self._make_adapter = adapter_factory or make_import_adapter
        self.defaults = defaults  # what the files page shows first (the demo fills it in)
        self.sources: MigrationSources | None = None
        self.session: MigrationSession | None = None
        self.manifest: dict | None = None
        self.upload_result: UploadResult | None = None

    # -- files ------------------------------------------------------------------------------------
    def choose(self, sources: MigrationSources) -> None:
        """Open the files and recognise their columns (InputError for an unreadable file)."""
        session = MigrationSession(sources.customers, sources.bookings)
        session.open()
        self.sources, self.session = sources, session
        self.manifest = self.upload_result = None

    @property
    def connected(self) -> bool:
        return bool(self.sources and self.sources.base_url and self.sources.token)

    def _adapter(self):
        return self._make_adapter(self.sources.base_url, self.sources.token)

    # -- checks -------------------------------------------------------------------------------------
    def check(self, cancelled: Cancel) -> Iterator[MigrationProgress]:
        """Read, find duplicates, fetch users and search myJack (when connected), map users."""
        session = self.session
        yield from session.load(cancelled)
        yield from session.link(cancelled)
        users: list[MyJackUser] = []
        if self.sources.users_file:
            users = users_from_file(self.sources.users_file)
        if self.connected:
            adapter = self._adapter()
            try:
                users = users_from_myjack(adapter)
                yield from session.check_myjack(adapter, cancelled)
            finally:
                adapter.close()
        session.set_myjack_users(users)
        session.map_users({})
        yield MigrationProgress("done", 1, 1)

    def search_myjack_again(self, cancelled: Cancel) -> Iterator[MigrationProgress]:
        """The myJack search once more (after answers that could not be read), the rest of the check kept."""
        adapter = self._adapter()
        try:
            yield from self.session.check_myjack(adapter, cancelled)
        finally:
            adapter.close()
        yield MigrationProgress("done", 1, 1)

    # -- what the pages show and change --------------------------------------------------------------

    def user_choices(self) -> list[MyJackUser]:
        return [u for u in self.session.myjack_users if not u.is_altdaten]

    def set_user_target(self, legacy: str, target: str) -> None:
        overrides = dict(self.session.user_overrides)
        overrides[legacy] = target
        self.session.map_users(overrides)

    def sample_rows(self, kind: str, count: int = 3) -> list[list]:
        return self.session.tables[kind].preview(count)

    # -- package and upload --------------------------------------------------------------------------
    def write(self) -> dict:
        self.manifest = self.session.write(self.sources.out)
        return self.manifest

    def uploaded_before(self) -> dict | None:
        """The upload record of the package in the target folder; None when none is there or it is damaged."""
        try:
            return earlier_upload(self.sources.out, self._uploads)
        except InputError:
            return None

    def upload(self, cancelled: Cancel, again: bool = False) -> Iterator[MigrationProgress | UploadResult]:
        for event in upload(self.sources.out, self._adapter, records=self._uploads, again=again, cancelled=cancelled):
            if isinstance(event, UploadResult):
                self.upload_result = event
            yield event

    def delete_package(self) -> None:
        delete_package(self.sources.out)


__all__ = ["LegacyMigration", "MigrationSources", "ALTDATEN"]
