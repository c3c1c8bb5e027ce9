"""myJack v2's onboarding additions (CONTRACT §6.4): users, and importing a migration package.

On the same plumbing as the customer adapter (retries, rate limits, concurrency). The
upload carries an ``Idempotency-Key`` (the package identity): myJack answers a second POST
with that key with the import it already made, so the upload may be retried like a read,
and ``find_import`` asks for the import a key made (an upload killed before it learnt the id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from paxdesk.errors import ProtocolError, quoted
from paxdesk.midoffice import fields as f
from paxdesk.midoffice.answers import error_code, json_object, raise_for_access
from paxdesk.midoffice.myjack import MyJackAdapter

FINAL = ("done", "failed")
STATUSES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class RemoteUser:
    id: str
    abbreviation: str
    name: str
    email: str | None
    active: bool


@dataclass(frozen=True)
class ImportStatus:
    import_id: str
    status: str
    created: int = 0
    appended: int = 0
    bookings: int = 0
    bookings_to_altdaten: int = 0
    errors: list[tuple[int | None, str]] = field(default_factory=list)
    progress: tuple[int, int] | None = None  # (rows done, rows) where the server tells (sandbox extension)

    @property
    def finished(self) -> bool:
        return self.status in FINAL


def _count(body: dict, key: str) -> int:
    value = body.get(key, 0)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ProtocolError(f"import.{key}: expected a count", "protocol")
    return value


class MyJackImportAdapter(MyJackAdapter):
    def users(self) -> list[RemoteUser]:
        body = self._object("GET", "users", "GET /users")
        users = []
        for index, item in enumerate(f.object_list(body, "users", "users")):
            where = f"users[{index}]"
            if not isinstance(item, dict):
                raise ProtocolError(f"{where}: expected an object", "protocol")
            active = item.get("active", True)
            users.append(RemoteUser(f.number_text(item, "id", where), f.required_text(item, "abbreviation", where),
                                    f.text(item, "name", where) or "", f.text(item, "email", where),
                                    bool(active) if isinstance(active, bool) else True))
        return users

    def start_import(self, manifest: bytes, customers: bytes, bookings: bytes, key: str) -> str:
        """POST the package under ``key``: a key already used returns the import it made (200), nothing new."""
        files = {"manifest": ("manifest.json", manifest, "application/json"),
                 "customers": ("customers.csv", customers, "text/csv"),
                 "bookings": ("bookings.csv", bookings, "text/csv")}
        response = self._http.request("POST", "imports", files=files, headers={"Idempotency-Key": key})
        raise_for_access(response)
        if response.status_code == 422:
            raise ProtocolError("myJack refused the upload: its key was used for another package", "refused")
        if response.status_code == 400:
            body = json_object(response)
            raise ProtocolError(f"myJack refused the package: {quoted(body.get('message') or error_code(response))}",
                                "refused")
        if response.status_code not in (200, 201, 202):
            raise ProtocolError(f"POST /imports answered {response.status_code}", "protocol")
        return f.number_text(json_object(response), "importId", "import")

    def find_import(self, key: str) -> str | None:
        """The id of the import an upload with ``key`` made, or None when none arrived (404)."""
        response = self._http.request("GET", "imports", params={"key": key})
        raise_for_access(response)
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise ProtocolError(f"GET /imports?key answered {response.status_code}", "protocol")
        return f.number_text(json_object(response), "importId", "import")

    def import_status(self, import_id: str) -> ImportStatus:
        body = self._object("GET", f"imports/{quote(import_id, safe='')}", "GET /imports")
        status = f.required_text(body, "status", "import")
        if status not in STATUSES:
            raise ProtocolError(f"import.status: unknown value {status!r}", "protocol")
        errors = []
        for index, item in enumerate(f.object_list(body, "errors", "import")):
            if isinstance(item, dict):
                row = item.get("row")
                errors.append((row if isinstance(row, int) and not isinstance(row, bool) else None,
                               quoted(item.get("message") or "")))
        progress = body.get("progress")
        done_total = None
        if isinstance(progress, dict) and all(isinstance(progress.get(k), int) for k in ("done", "total")):
            done_total = (progress["done"], progress["total"])
        return ImportStatus(f.number_text(body, "importId", "import"), status, _count(body, "created"),
                            _count(body, "appended"), _count(body, "bookings"),
                            _count(body, "bookingsToAltdaten"), errors, done_total)
