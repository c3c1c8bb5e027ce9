"""What the legacy migration asks myJack: its users, and which of the export's customers it already holds.

Kept apart from ``MigrationSession`` (``migration.py``) so the session only orders the steps; the search here
knows nothing of progress reports or warnings, it counts and remembers what it found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from paxdesk.errors import AuthError, MidOfficeError, ScopeError
from paxdesk.migration import fields as migration_fields
from paxdesk.migration.linkage import Keys, keys_of, score
from paxdesk.migration.package import MyJackHit
from paxdesk.migration.records import Finding
from paxdesk.migration.users import MyJackUser

SEARCH_LIMIT = 50
COMPARED = ("salutation", "first_name", "last_name", "email", "phone", "street", "zip", "city", "birth_date")


class CustomerSearch:
    """One search of the export's customers in myJack, by last name and by e-mail, and the best probable hit
    each; a query whose answer could not be had or read leaves its customers "not checked in myJack"."""

    def __init__(self, customers: list):
        self.customers = customers
        self.found: dict[int, list] = {}  # customer index -> the candidates its queries returned
        self.unchecked: set[int] = set()  # customer indexes with a query whose answer could not be read

    def run(self, adapter, cancelled: Callable[[], bool]) -> Iterator[tuple[int, int]]:
        """Every query once, a few at a time; yields (done, total) at the start, every 20 and at the end. A
        ScopeError (the token may not search) passes through; so does a token or permission error."""
        from paxdesk.midoffice.concurrency import run_bounded

        queries: dict[str, list[int]] = {}
        for index, c in enumerate(self.customers):
            for text in {c.values["last_name"], c.values["email"] if "email" not in c.unreadable else ""} - {""}:
                queries.setdefault(text, []).append(index)
        total, done = len(queries), 0
        yield 0, total

        def search(text: str):
            """One query's candidates, or None when its answer could not be had or read: those customers are
            "not checked in myJack" and the run goes on (a token or permission error still ends it)."""
            try:
                return text, adapter.search(text, limit=SEARCH_LIMIT).items
            except (AuthError, ScopeError):
                raise
            except MidOfficeError:
                return text, None
        for text, items in run_bounded(search, list(queries), getattr(adapter, "_concurrency", 4), cancelled):
            done += 1
            for index in queries[text]:
                if items is None:
                    self.unchecked.add(index)
                else:
                    self.found.setdefault(index, []).extend(items)
            if done % 20 == 0 or done == total:
                yield done, total

    def hits(self) -> list[MyJackHit]:
        """The best-scoring candidate of each customer that has a probable one, in the export's order."""
        hits = []
        for index, candidates in sorted(self.found.items()):
            c = self.customers[index]
            mine = keys_of(c.values, c.unreadable)
            best = None
            for candidate in {m.number: m for m in candidates}.values():
                result = score(mine, _remote_keys(candidate))
                if result and (best is None or result[0] > best[0]):
                    best = (result[0], result[1], candidate)
            if best:
                remote = best[2]
                hits.append(MyJackHit(c.legacy_id, remote.number, best[0], best[1],
                                      " ".join(p for p in (remote.first_name, remote.last_name) if p),
                                      remote={name: getattr(remote, name, None) or "" for name in COMPARED}))
        return hits

    def unchecked_ids(self, hits: list[MyJackHit]) -> list[str]:
        """The legacy ids not checked in myJack: a hit from another of their queries counts as checked."""
        return sorted(self.customers[i].legacy_id for i in self.unchecked if not any(
            h.legacy_id == self.customers[i].legacy_id for h in hits))

    def unchecked_findings(self, file_name: str, unchecked_ids: list[str]) -> list[Finding]:
        header = migration_fields.header_label("legacy_id", "customers")
        return [Finding(file_name, self.customers[i].row, header, "myjack_unchecked", self.customers[i].legacy_id)
                for i in sorted(self.unchecked) if self.customers[i].legacy_id in set(unchecked_ids)]


def _remote_keys(customer) -> Keys:
    return keys_of({"first_name": customer.first_name, "last_name": customer.last_name,
                    "birth_date": customer.birth_date, "email": customer.email, "phone": customer.phone,
                    "street": customer.street, "zip": customer.zip})


def myjack_connection(base_url: str, token_env: str, environ: Mapping[str, str]) -> Callable[[], object]:
    """An adapter factory for myJack with the token from the variable ``token_env`` of ``environ`` (the CLI's);
    a bare root URL means ``ROOT/myjack/v2``."""
    from paxdesk import secrets
    from paxdesk.errors import CredentialError
    from paxdesk.midoffice import make_import_adapter
    from paxdesk.midoffice.address import api_below_root

    try:
        token = secrets.load_token("", "myjack", token_env, environ)
    except secrets.TokenUnavailable as exc:
        raise CredentialError(str(exc)) from None
    api = api_below_root(base_url, "myjack") or base_url
    return lambda: make_import_adapter(api, token)


def users_from_myjack(adapter) -> list[MyJackUser]:
    return [MyJackUser(u.abbreviation, u.name, u.email, u.active) for u in adapter.users()]
