"""The credential check of CONTRACT §4.1: five checks in order, each with a remedy the agent can act on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from paxdesk.domain.normalize import n1
from paxdesk.errors import AuthError, MidOfficeError, ProtocolError, ScopeError, Unreachable
from paxdesk.midoffice.base import Identity
from paxdesk.midoffice.resilience import RetryPolicy

# The check asks once and reports: a short deadline, one retry, one request at a time.
CHECK_POLICY = RetryPolicy(max_attempts=2, read_timeout=15, deadline=30)


class Outcome(StrEnum):
    OK = "OK"
    FAILED = "FAILED"
    WARNING = "WARNING"
    SKIPPED = "SKIPPED"


@dataclass(frozen=True)
class CheckResult:
    key: str          # token, reachable, accepted, scopes, agency
    outcome: Outcome
    detail: str = ""  # English, for the CLI; the UI words it from key/outcome/facts
    remedy_de: str = ""
    remedy_en: str = ""
    facts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CheckReport:
    results: list[CheckResult]
    identity: Identity | None = None

    @property
    def passed(self) -> bool:
        """Matching may start: checks 1–4 are not FAILED (warnings are allowed)."""
        return all(r.outcome != Outcome.FAILED for r in self.results if r.key != "agency")


TITLES = {"token": "Token configured", "reachable": "MidOffice reachable", "accepted": "Token accepted",
          "scopes": "Permissions (read, search)", "agency": "Agency matches the CRM"}

REMEDY = {
    "token": ("Token in der Agenturverwaltung unter Konfiguration → Systemanschluss → Parameter 1 kopieren "
              "und in paxdesk eintragen.",
              "Copy the token from the agency administration (Configuration → System connection → "
              "Parameter 1) and enter it in paxdesk."),
    "reachable": ("Internetverbindung und die Adresse des MidOffice prüfen; bleibt es dabei, den "
                  "MidOffice-Support fragen, ob der Dienst erreichbar ist.",
                  "Check the internet connection and the MidOffice address; if it persists, ask the "
                  "MidOffice support whether the service is up."),
    "reachable_dns": ("Der Name der MidOffice-Adresse ist unbekannt: Adresse auf Tippfehler prüfen und die "
                      "Internetverbindung (DNS) prüfen.",
                      "The MidOffice address's host name is unknown: check the address for typos and the internet "
                      "connection (DNS)."),
    "reachable_tls": ("Die sichere Verbindung kam nicht zustande (Zertifikat nicht vertrauenswürdig oder kein "
                      "HTTPS). Adresse prüfen; in Firmennetzen ggf. die IT fragen, ob ein Proxy die Verbindung "
                      "aufbricht.",
                      "The secure connection failed (untrusted certificate or no HTTPS). Check the address; in a "
                      "company network ask IT whether a proxy intercepts the connection."),
    "accepted": ("Token in der Agenturverwaltung unter Konfiguration → Systemanschluss → Parameter 1 prüfen; "
                 "er ist ungültig oder wurde widerrufen.",
                 "The token is invalid or revoked: check it in the agency administration (Configuration → "
                 "System connection → Parameter 1)."),
    "scopes_read": ("Dem Token fehlt das Leserecht für Kunden. Bitte beim MidOffice-Anbieter die Berechtigung "
                    "„Kunden lesen“ für den Systemanschluss freischalten lassen.",
                    "The token lacks the permission to read customers; ask the MidOffice provider to grant "
                    "'read customers' to the system connection."),
    "scopes_search": ("Dem Token fehlt das Suchrecht: Die Konvertierung läuft, aber „Neu verknüpfen“ ist nicht "
                      "möglich. Für die Suche die Berechtigung „Kunden suchen“ freischalten lassen.",
                      "The token lacks the search permission: conversion works, re-linking does not. Ask for "
                      "'search customers' to be granted."),
    "agency": ("Der Token gehört zu einer anderen Agentur als diese CRM-Datenbank. Bitte prüfen, ob Token "
               "und Datenbank zusammengehören.",
               "The token belongs to another agency than this CRM. Check that token and database belong "
               "together."),
}


def _unreachable_result(exc: Unreachable) -> CheckResult:
    """DNS, TLS and timeouts are reported as such (CONTRACT §4.1 step 2), each with its own remedy."""
    kind = "timeout" if exc.reason == "timeout" else exc.kind
    detail = "timeout: the MidOffice did not answer in time" if kind == "timeout" else str(exc)
    remedy = REMEDY.get(f"reachable_{kind}", REMEDY["reachable"])
    return CheckResult("reachable", Outcome.FAILED, detail, *remedy, facts={"kind": kind})


def run_credential_check(token_source: Callable[[], str], adapter_factory: Callable[[str], object],
                         crm_agency: str | None) -> CheckReport:
    """Run the five checks; ``token_source`` raises with a readable message when there is no token."""
    results: list[CheckResult] = []

    def skip_rest(from_index: int) -> CheckReport:
        for key in list(TITLES)[from_index:]:
            results.append(CheckResult(key, Outcome.SKIPPED, "not checked"))
        return CheckReport(results)

    try:
        token = token_source()
    except Exception as exc:  # TokenUnavailable, InputError: both are "no usable token"
        results.append(CheckResult("token", Outcome.FAILED, str(exc), *REMEDY["token"]))
        return skip_rest(1)
    results.append(CheckResult("token", Outcome.OK, "a token is configured"))

    adapter = adapter_factory(token)
    try:
        try:
            identity = adapter.identity()
        except Unreachable as exc:
            results.append(_unreachable_result(exc))
            return skip_rest(2)
        except AuthError:
            results.append(CheckResult("reachable", Outcome.OK, "the MidOffice answered"))
            results.append(CheckResult("accepted", Outcome.FAILED, "token invalid or revoked (401)",
                                       *REMEDY["accepted"]))
            return skip_rest(3)
        except ScopeError:
            results.append(CheckResult("reachable", Outcome.OK, "the MidOffice answered"))
            results.append(CheckResult("accepted", Outcome.OK, "the token is accepted"))
            results.append(CheckResult("scopes", Outcome.FAILED, "the token may not read the agency's identity",
                                       *REMEDY["scopes_read"]))
            return skip_rest(4)
        except (ProtocolError, MidOfficeError) as exc:
            results.append(CheckResult("reachable", Outcome.FAILED,
                                       f"the address answers, but not as a {getattr(adapter, 'name', 'MidOffice')} "
                                       f"API ({exc})", *REMEDY["reachable"]))
            return skip_rest(2)
    finally:
        adapter.close()

    results.append(CheckResult("reachable", Outcome.OK, "the MidOffice answered"))
    results.append(CheckResult("accepted", Outcome.OK, "the token is accepted",
                               facts={"user_email": identity.user_email}))
    if "read" not in identity.scopes:
        results.append(CheckResult("scopes", Outcome.FAILED, "missing: read", *REMEDY["scopes_read"]))
    elif "search" not in identity.scopes:
        results.append(CheckResult("scopes", Outcome.WARNING, "missing: search (re-linking unavailable)",
                                   *REMEDY["scopes_search"]))
    else:
        results.append(CheckResult("scopes", Outcome.OK, "read, search"))
    facts = {"midoffice_agency": identity.agency_name, "midoffice_agency_id": identity.agency_id,
             "crm_agency": crm_agency}
    if crm_agency is not None and n1(crm_agency) == n1(identity.agency_name):
        results.append(CheckResult("agency", Outcome.OK, f"{identity.agency_name}", facts=facts))
    else:
        results.append(CheckResult("agency", Outcome.WARNING,
                                   f"MidOffice: {identity.agency_name!r} ({identity.agency_id}) | "
                                   f"CRM: {crm_agency!r}", *REMEDY["agency"], facts=facts))
    return CheckReport(results, identity)
