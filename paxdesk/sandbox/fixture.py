"""The sandbox fixture file (CONTRACT §3): tokens, customers and faults of the simulated MidOffice."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from paxdesk.errors import InputError

FORMAT = "paxdesk-sandbox/1"
CUSTOMER_FIELDS = ("salutation", "title", "first_name", "last_name", "phone", "street", "zip", "city",
                   "country", "birth_date")


@dataclass(frozen=True)
class TokenInfo:
    token: str
    agency_id: str
    agency_name: str
    user_email: str | None
    scopes: frozenset[str]

    def __repr__(self) -> str:
        return f"<TokenInfo agency={self.agency_id} scopes={sorted(self.scopes)}>"


@dataclass(frozen=True)
class Faults:
    latency_ms: float = 0.0
    error_rate: float = 0.0
    timeout_rate: float = 0.0
    rate_limit_per_s: float | None = None
    rate_limit_headers: str | None = None  # sandbox extension: None, "ietf" or "x-ratelimit" (docs/decisions.md)
    seed: int = 0
    stop_after: int | None = None  # sandbox extension: the MidOffice vanishes after this many API requests
    refuse_rate: float = 0.0  # sandbox extension: this share answered 429 at random, whatever the pace (issue 29)
    workers: int | None = None  # sandbox extension: at most this many API requests served at once (a small server)


RATE_LIMIT_HEADERS = ("ietf", "x-ratelimit")
ALTDATEN = {"id": "altdaten", "abbreviation": "Altdaten", "name": "Altdaten", "email": None, "active": True}


@dataclass
class Fixture:
    tokens: dict[str, TokenInfo]
    customers: dict[str, dict]
    faults: Faults = field(default_factory=Faults)
    users: list[dict] = field(default_factory=lambda: [dict(ALTDATEN)])  # myJack users (§6.4)

    def altdaten_user(self) -> dict:
        return next(u for u in self.users if u["name"] == "Altdaten" or u["abbreviation"] == "Altdaten")


def parse_fixture(doc, source: str = "fixture") -> Fixture:
    def fail(message: str):
        raise InputError(f"{source}: {message}")

    def listed(name: str) -> list:
        value = doc.get(name) or []
        if not isinstance(value, list):
            fail(f"{name}: expected a list")
        return value

    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        fail(f"format: expected {FORMAT!r}")
    tokens = {}
    for i, t in enumerate(listed("tokens")):
        if not isinstance(t, dict) or not isinstance(t.get("token"), str):
            fail(f"tokens[{i}].token: expected a string")
        scopes = t.get("scopes") or []
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes) \
                or not set(scopes) <= {"read", "search", "import"}:
            fail(f"tokens[{i}].scopes: expected a subset of read, search, import")
        tokens[t["token"]] = TokenInfo(t["token"], str(t.get("agency_id", "")), str(t.get("agency_name", "")),
                                       t.get("user_email"), frozenset(scopes))
    customers = {}
    for i, c in enumerate(listed("customers")):
        if not isinstance(c, dict) or not isinstance(c.get("id"), str):
            fail(f"customers[{i}].id: expected a string")
        for key in CUSTOMER_FIELDS:
            if not isinstance(c.get(key), (str, type(None))):
                fail(f"customers[{i}].{key}: expected a string or null")
        emails = c.get("emails") or []
        if not isinstance(emails, list) or not all(isinstance(e, str) for e in emails):
            fail(f"customers[{i}].emails: expected a list of strings")
        customers[c["id"]] = {"id": c["id"], "emails": list(emails), "deleted": bool(c.get("deleted", False)),
                              "malformed": bool(c.get("malformed", False)),  # sandbox extension: wrong types
                              **{k: c.get(k) for k in CUSTOMER_FIELDS}}
    users = []
    for i, u in enumerate(listed("users")):
        if not isinstance(u, dict) or not isinstance(u.get("abbreviation"), str) or not u["abbreviation"]:
            fail(f"users[{i}].abbreviation: expected a string")
        users.append({"id": str(u.get("id", f"u{i}")), "abbreviation": u["abbreviation"],
                      "name": str(u.get("name") or u["abbreviation"]), "email": u.get("email"),
                      "active": bool(u.get("active", True))})
    if not any(u["name"] == "Altdaten" or u["abbreviation"] == "Altdaten" for u in users):
        users.append(dict(ALTDATEN))  # CONTRACT §3: implied when absent
    raw = doc.get("faults") or {}
    if not isinstance(raw, dict):
        fail("faults: expected an object")
    try:
        faults = Faults(latency_ms=float(raw.get("latency_ms") or 0), error_rate=float(raw.get("error_rate") or 0),
                        timeout_rate=float(raw.get("timeout_rate") or 0),
                        rate_limit_per_s=float(raw["rate_limit_per_s"]) if raw.get("rate_limit_per_s") else None,
                        refuse_rate=float(raw.get("refuse_rate") or 0), seed=int(raw.get("seed") or 0),
                        stop_after=int(raw["stop_after"]) if raw.get("stop_after") is not None else None,
                        workers=int(raw["workers"]) if raw.get("workers") is not None else None)
    except (TypeError, ValueError, AttributeError):
        fail("faults: expected numbers")
    if faults.workers is not None and faults.workers < 1:
        fail("faults.workers: expected a whole number of at least 1")
    headers = raw.get("rate_limit_headers")
    if headers is not None and headers not in RATE_LIMIT_HEADERS:
        fail(f"faults.rate_limit_headers: expected null, {' or '.join(map(repr, RATE_LIMIT_HEADERS))}")
    faults = replace(faults, rate_limit_headers=headers)
    return Fixture(tokens, customers, faults, users)


def load_fixture(path: Path) -> Fixture:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the sandbox fixture ({str(exc)[:120]})") from None
    except RecursionError:
        raise InputError(f"{path}: cannot read the sandbox fixture (nested too deeply)") from None
    return parse_fixture(doc, str(path))
