#!/usr/bin/env python3
"""Break each promise on purpose and watch the tests catch it (CONTRACT and README promises).

Every entry of MUTANTS is one small, plausible bug: a promise of the contract, the place in the code
where it can break (an exact text that occurs once), the broken text, and the tests that guard it. The
script copies the checkout to a scratch folder once, applies the mutants one at a time there, runs the
named tests against the mutated copy and reports caught (the tests failed) or survived (they passed).

    .venv/bin/python scripts/mutants.py              # all (about 15 minutes on 2 cores), outside CI
    .venv/bin/python scripts/mutants.py -k gate      # those whose id contains "gate"
    .venv/bin/python scripts/mutants.py --doc        # rewrite docs/promises.md from this list
    .venv/bin/python scripts/mutants.py --check      # each mutant's text occurs exactly once (fast)

PostgreSQL cases need a server: PAXDESK_TEST_PG, or the script starts one with scripts/pg.sh.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutant:
    id: str
    section: str       # where the promise is made: CONTRACT §…, or README
    promise: str
    file: str
    old: str | tuple[str, ...]  # a promise kept twice over is broken by breaking both places
    new: str | tuple[str, ...]
    tests: tuple[str, ...]  # pytest arguments: files, node ids, "-k" expressions

    def edits(self) -> list[tuple[str, str]]:
        if isinstance(self.old, str):
            return [(self.old, self.new)]
        return list(zip(self.old, self.new))


M = Mutant
FAILING = "tests/integration/test_failed_lookups_are_never_deleted.py"
PROMISES = "tests/integration/test_promises_where_they_break.py"
STATE = "tests/unit/test_review_state.py"
RELINK = "tests/integration/test_relink_decisions.py"
PATHS = "tests/ui/test_decision_paths.py"
COUNTS = "tests/ui/test_count_agreement.py"
POLICY = "tests/unit/test_matching_policy.py"
CONTRACT = "tests/integration/test_convert_contract.py"
E2E = "tests/integration/test_convert_e2e.py"
CLEARED = "self._show([])  # nothing"  # the re-link dialog empties its list while it searches

MUTANTS = [
    # -- §1 command line ------------------------------------------------------------------------------------
    M("cli-exit-5", "CONTRACT §1", "exit 5 when some items failed (error or failed)",
      "paxdesk/cli_conversion.py", "return 5 if result.has_failures else 0", "return 0",
      (FAILING, "-k", "503 and midoco")),
    M("cli-errors-count", "CONTRACT §1", "an item without a reliable answer is a failure for the exit code",
      "paxdesk/domain/report.py", "return self.summary.error > 0 or self.summary.failed > 0",
      "return self.summary.failed > 0", (FAILING, "-k", "503 and midoco")),
    M("cli-decisions-validated-first", "CONTRACT §1", "every decision is validated before the first change",
      "paxdesk/services/review/headless.py", "    if problems:\n        shown", "    if False:\n        shown",
      (RELINK, "-k", "sqlite", STATE)),
    M("cli-relink-needs-confirmed", "CONTRACT §1", "a re-link to a major record needs \"confirmed\": true",
      "paxdesk/services/review/headless.py", "confirmed = decision.confirmed if relink is not None else True",
      "confirmed = True", (RELINK, "-k", "sqlite and another_person")),
    M("cli-unknown-customer", "CONTRACT §1", "an unknown customer id in --decisions is exit 2",
      "paxdesk/services/review/headless.py", "for cid in missing if cid not in known]",
      "for cid in missing if False]", (STATE, "-k", "unknown")),
    M("cli-dry-run", "CONTRACT §1", "--dry-run changes nothing",
      "paxdesk/services/convert_flow.py", "        if request.dry_run:\n            result = session.dry_report(plan)",
      "        if request.dry_run and False:\n            result = session.dry_report(plan)", (CONTRACT,)),
    # -- §2 exchange files ------------------------------------------------------------------------------------
    M("exchange-v2-no-personal", "CONTRACT §2", "import rejects a v2 record with personal fields",
      "paxdesk/crm/exchange_schema.py", 'out.append(f"{path}.{name}: a v2 reference carries no personal data")',
      "pass", ("tests/integration/test_store.py",)),
    # -- §3 sandbox fixture ------------------------------------------------------------------------------------
    M("sandbox-deleted", "CONTRACT §3", "deleted: true records behave as deleted in both APIs",
      "paxdesk/sandbox/fixture.py", '"deleted": bool(c.get("deleted", False))', '"deleted": False',
      ("tests/integration/test_adapters.py",)),
    # -- §4.1 credential check ----------------------------------------------------------------------------------
    M("check-read-scope", "CONTRACT §4.1", "a token without read fails the check; matching does not start",
      "paxdesk/services/credential_check.py",
      'CheckResult("scopes", Outcome.FAILED, "missing: read"', 'CheckResult("scopes", Outcome.WARNING, "missing: read"',
      (PROMISES, "-k", "read_scope")),
    M("check-401", "CONTRACT §4.1", "401 means token invalid or revoked: the check fails",
      "paxdesk/services/credential_check.py", 'CheckResult("accepted", Outcome.FAILED, "token invalid or revoked (401)"',
      'CheckResult("accepted", Outcome.OK, "token invalid or revoked (401)"',
      ("tests/integration/test_cli_contract.py", "tests/ui/test_wizard.py")),
    # -- §4.2 matching ----------------------------------------------------------------------------------------------
    M("match-error-is-deleted", "CONTRACT §4.2", "a transport or server error is never classified deleted",
      "paxdesk/services/matching.py",
      "return MatchItem(copy.id, number, Status.ERROR, (), duplicate, error=result.reason, crm=crm)",
      "return MatchItem(copy.id, number, Status.DELETED, (), duplicate, crm=crm)", (FAILING, "-k", "midoco")),
    M("match-404-after-retries", "CONTRACT §4.2", "numbers the adapter never answered are failures, not gone",
      "paxdesk/services/matching.py", "failed += [n for n in groups if n not in answered]", "pass",
      ("tests/integration/test_matching_silent_adapter.py",)),
    M("match-n1-casefold", "CONTRACT §4.2", "N1 casefolds",
      "paxdesk/domain/normalize.py", "return n1_text(value).casefold()", "return n1_text(value)", (POLICY,)),
    M("match-n2-umlauts", "CONTRACT §4.2", "N2 maps ä→ae, ö→oe, ü→ue, ß→ss",
      "paxdesk/domain/normalize.py", "text = n1(value).translate(_TRANSLITERATE)", "text = n1(value)", (POLICY,)),
    M("match-email-n2", "CONTRACT §4.2", "N2 never applies to e-mails",
      "paxdesk/domain/normalize.py", "    text = n1(value)\n    local, at, domain", "    text = n2(value)\n    local, at, domain",
      (POLICY,)),
    M("match-email-empty-one-side", "CONTRACT §4.2", "an e-mail empty on exactly one side is minor",
      "paxdesk/domain/matching.py", "if bool(ours) != bool(theirs):  # empty on exactly one side", "if False:",
      (POLICY,)),
    M("match-secondary-email", "CONTRACT §4.2", "the CRM's e-mail among the MidOffice's other addresses is minor",
      "paxdesk/domain/matching.py", "return ours in {email_key(other) for other in live.other_emails}",
      "return False", (POLICY,)),
    M("match-duplicates", "CONTRACT §4.2", "a copy beside a v2 reference of its number is a duplicate",
      "paxdesk/services/matching.py", "if len(group) > 1 or n in referenced}", "if len(group) > 1}", (E2E,)),
    M("midoco-primary-email", "CONTRACT §5.2", "Midoco's primary address is the one flagged primary",
      "paxdesk/midoffice/midoco.py", "        if flag and primary is None:\n            primary = address", "        pass",
      ("tests/integration/test_adapters.py",)),
    M("midoco-deleted", "CONTRACT §5.2", "a DELETED person is deleted",
      "paxdesk/midoffice/midoco.py", 'return number, status == "DELETED", customer',
      'return number, False, customer', ("tests/integration/test_adapters.py",)),
    M("myjack-410", "CONTRACT §5.1", "myJack 410 deleted is deleted",
      "paxdesk/midoffice/myjack.py", 'GONE = {(404, "not_found"): "not_found", (410, "deleted"): "deleted"}',
      'GONE = {(404, "not_found"): "not_found", (418, "deleted"): "deleted"}', ("tests/integration/test_adapters.py",)),
    M("myjack-missing", "CONTRACT §5.1", "numbers in a lookup's missing list are gone, others not",
      "paxdesk/midoffice/myjack.py", '                results.append(Failed(number, "protocol", "the lookup answer does not mention this number"))',
      '                results.append(Gone(number, "not_found_or_deleted"))', ("tests/integration/test_adapters.py",)),
    # -- §4.3 applying decisions ---------------------------------------------------------------------------------------
    M("apply-merge-all-references", "CONTRACT §4.3", "convert ends with exactly one v2 reference for the number",
      "paxdesk/services/conversion.py", "sources = [*existing[1:], item.customer_id]", "sources = [item.customer_id]",
      (PROMISES, "-k", "several_references and sqlite")),
    M("apply-gdpr-flag", "CONTRACT §4.3", "local for a deleted customer sets gdpr_review",
      "paxdesk/services/conversion.py", "review = item.status == Status.DELETED", "review = False", (E2E,)),
    M("apply-default-deleted-local", "CONTRACT §4.3", "deleted → local by default",
      "paxdesk/domain/plan.py", "    if status == Status.DELETED:\n        return Action.LOCAL",
      "    if status == Status.DELETED:\n        return Action.SKIP", (E2E,)),
    M("apply-accept-minor", "CONTRACT §1", "--accept minor also converts minor",
      "paxdesk/domain/plan.py", "Accept.MINOR: {Status.MATCH, Status.MINOR}", "Accept.MINOR: {Status.MATCH}",
      (CONTRACT,)),
    M("apply-sessions-ended", "CONTRACT §4.3", "after a non-dry run all sessions are ended",
      "paxdesk/crm/sessions.py", "return session.execute(delete(m.Session)).rowcount or 0", "return 0",
      (E2E, "tests/integration/test_cli_conversion.py")),
    M("apply-changed-since-matching", "CONTRACT §4.3", "a customer changed since matching is not applied",
      "paxdesk/services/conversion.py", 'if states.get(item.customer_id) != ("v1", midoffice, item.midoffice_id):',
      "if False:", (CONTRACT, "-k", "changed_since_matching")),
    M("apply-relink-target", "CONTRACT §4.3", "a re-link converts to the chosen number",
      "paxdesk/services/conversion.py", "            number = planned.relink_to or item.midoffice_id",
      "            number = item.midoffice_id", (RELINK, "-k", "sqlite")),
    # -- §4.3 decision gate -----------------------------------------------------------------------------------------------
    M("gate-major-asks", "CONTRACT §4.3", "converting a major is asked as such, by every way in",
      "paxdesk/services/review/gate.py",
      "    if action != Action.CONVERT or confirmed or target_status(row, relink) != Status.MAJOR:\n        return None",
      "    return None", (STATE, PATHS)),
    M("gate-relink-judged-against-target", "CONTRACT §4.3", "a re-link is judged against the record it links to",
      "paxdesk/services/review/gate.py", "    return relink.status if relink is not None else row.item.status",
      "    return row.item.status", (STATE, PATHS)),
    M("gate-bulk-never-major", "CONTRACT §4.3", "bulk actions never convert a major",
      "paxdesk/services/review/gate.py", "        elif status == Status.MAJOR:", "        elif False:", (STATE,)),
    M("gate-bulk-never-earlier", "CONTRACT §4.3", "bulk actions never change an earlier single decision",
      "paxdesk/services/review/gate.py", "        if row.decision is not None:\n            verdict.left_alone[\"decided\"]",
      "        if False:\n            verdict.left_alone[\"decided\"]", (STATE,)),
    M("review-class-changed", "README (review)", "a decision stands only while its class is the class now",
      "paxdesk/services/review/rows.py", '    return status_seen == (RELINK_SEEN if relink else "") + str(now)',
      "    return True",
      (STATE, "tests/integration/test_conversion_session.py")),
    M("review-search-enter", "CONTRACT §4.3", "Enter in the re-link search field searches, never chooses",
      "paxdesk/ui/search_dialog.py", ("            self.search()\n            return True", CLEARED),
      ("            self.search()\n            return False", "pass  # nothing"), (PATHS, "-k", "enter_in_the_search")),
    M("review-pane-is-current", "CONTRACT §4.3", "the comparison shows exactly the candidate OK would choose",
      "paxdesk/ui/search_dialog.py", ("        self._show_current()  # also when", CLEARED),
      ("        pass  # also when", "pass  # nothing"), (PATHS, "-k", "highlighted")),
    M("review-row-enter", "README (review)", "Enter on a review row never leaves step 6",
      "paxdesk/ui/pages/review_shortcuts.py", "    for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):",
      "    for enter in ():", (PATHS, "-k", "double_click")),
    # -- §4.3 report and crm_only ----------------------------------------------------------------------------------------
    M("report-relinked-number", "CONTRACT §4.3", "a re-linked item's midoffice_id is the number converted to",
      "paxdesk/services/report.py", "ReportItem(p.item.customer_id, p.number,",
      "ReportItem(p.item.customer_id, p.item.midoffice_id,",
      (RELINK, "-k", "sqlite")),
    M("report-merged-into", "CONTRACT §4.3", "a merged item carries merged_into",
      "paxdesk/services/conversion.py", "return into if into not in (None, self.item.customer_id) else None",
      "return None", (PROMISES, "-k", "several_references and sqlite", COUNTS)),
    M("crm-only-after-relink", "CONTRACT §4.3", "after a re-link crm_only is the chosen record's",
      "paxdesk/services/relink.py", "live=chosen.customer,\n                   crm_only=chosen.crm_only)",
      "live=chosen.customer,\n                   crm_only=item.crm_only)", (STATE,)),
    M("crm-only-values", "CONTRACT §4.3", "crm_only lists fields the copy has and the live record lacks",
      "paxdesk/domain/crm_only.py", "if not has_value(crm.get(name)) or has_value(live.get(name)):",
      "if not has_value(crm.get(name)):", ("tests/unit/test_crm_only.py",)),
    M("counts-with-crm-only", "CONTRACT §4.3", "every face counts the same facts (with_crm_only)",
      "paxdesk/services/review/tally.py", "with_crm_only=len(self.with_crm_only),",
      "with_crm_only=len(self.crm_only_dropped),", (COUNTS, STATE)),
    # -- §4.4 GDPR ---------------------------------------------------------------------------------------------------------
    M("gdpr-anonymize-all-fields", "CONTRACT §4.4", "anonymizing replaces every personal field",
      "paxdesk/crm/gdpr_repository.py", 'ANONYMIZED_FIELDS = {**{name: None for name in m.PERSONAL_FIELDS}, ',
      'ANONYMIZED_FIELDS = {**{name: None for name in m.PERSONAL_FIELDS if name not in ("salutation", "title", '
      '"zip", "city", "country")}, ', (PROMISES, "-k", "anonymizing")),
    M("gdpr-anonymize-free-text", "CONTRACT §4.4", "anonymizing empties consultations' free text",
      "paxdesk/crm/gdpr_repository.py",
      "conn.execute(update(consultations).where(consultations.c.customer_id == customer_id).values(subject=None))",
      "pass", (PROMISES, "-k", "anonymizing")),
    M("gdpr-delete-children", "CONTRACT §4.4", "deleting deletes consultations and offers with the customer",
      "paxdesk/crm/gdpr_repository.py",
      "    counts = [conn.execute(delete(t).where(t.c.customer_id == customer_id)).rowcount or 0 for t in _children]",
      "    counts = [0, 0]", ("tests/integration/test_gdpr.py",)),
    # -- README: backups, security ------------------------------------------------------------------------------------------
    M("backups-newest-kept", "CONTRACT §1 (db backups)", "purging never deletes the newest backup",
      "paxdesk/services/backups.py", "return [b for b in list_backups(folder)[1:]  # [0] is the newest: kept",
      "return [b for b in list_backups(folder)  # [0] is the newest: kept",
      ("tests/integration/test_cli_gdpr_backups.py",)),
    M("backup-before-protected", "CONTRACT §4.3 (interrupted runs)", "the first attempt's backup is the protected one",
      "paxdesk/services/backups.py", "if (index == 0 or b.path.name == before) and b.path.name not in confirmed:",
      "if index == 0 and b.path.name not in confirmed:", ("tests/integration/test_report_command.py",)),
    M("backfill-only-converting", "CONTRACT §4.3 (In MidOffice nachtragen)",
      "the list holds exactly the values converting drops", "paxdesk/services/backfill.py",
      "converting = [p for p in plan if p.action == Action.CONVERT and p.item.crm_only]",
      "converting = [p for p in plan if p.item.crm_only]", ("tests/integration/test_backfill_list.py",)),
    M("migration-link-no-second-record", "CONTRACT §6.4", "a linked row creates no second myJack customer",
      "paxdesk/migration/package.py", 'customers.append(row + ["|".join(merged_sorted)] + ([linked.get(record.legacy_id, "")] if linked else []))',
      'customers.append(row + ["|".join(merged_sorted)] + ([""] if linked else []))',
      ("tests/integration/test_migration_e2e.py",)),
    M("groups-no-chain", "issue 28", "a group never joins records with conflicting evidence",
      "paxdesk/migration/linkage.py", "if any(conflict(keys[i], keys[j]) for i in members[ra] for j in members[rb]",
      "if False and any(conflict(keys[i], keys[j]) for i in members[ra] for j in members[rb]",
      ("tests/unit/test_migration_linkage.py", "tests/unit/test_migration_evidence.py")),
    M("statistics-reanalysed", "issue 27", "the statistics hold no removed value after a scrub",
      "paxdesk/crm/scrub.py", 'conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {\', \'.join(mine)}")',
      'conn.exec_driver_sql(f"VACUUM (FULL) {\', \'.join(mine)}")',
      ("tests/security/test_statistics_hold_no_removed_values.py",)),
    M("https-only", "README (security)", "the token goes over HTTPS only (plain HTTP only to this computer)",
      "paxdesk/midoffice/address.py", 'if url.scheme == "http" and not is_loopback(url.host):', "if False:",
      ("tests/security/test_token_only_over_https.py",)),
    M("retry-same-request", "CONTRACT §6.4", "a retried request is the same request (Idempotency-Key, parameters)",
      "paxdesk/midoffice/http.py", 'headers.update(kwargs.get("headers") or {})',
      'headers.update(kwargs.pop("headers", None) or {})', ("tests/unit/test_http_send.py",)),
    M("proxy-transport", "README (security)", "requests go through the proxy the client chose for the address",
      "paxdesk/midoffice/http.py", "client._transport_for_url(request.url).handle_request(request)",
      "client._transport.handle_request(request)", ("tests/unit/test_http_send.py",)),
    M("retry-waits-aside", "issue 29", "a refused request waits out its Retry-After without holding a thread",
      "paxdesk/midoffice/http.py", "if wait_aside(self._stop, delay):", "if self._stop.wait(delay):",
      ("tests/unit/test_run_bounded.py",)),
    M("grant-void-after-drop", "issue 29", "a request granted its start before the pace dropped is paced again",
      "paxdesk/midoffice/http.py", "if granted != self.pacer.generation:", "if False:",
      ("tests/integration/test_rate_limit_pacing.py", "-k", "long_retry_after")),
    M("stand-in", "issue 29", "a thread asleep through a Retry-After is stood in for",
      "paxdesk/midoffice/concurrency.py",
      "stand_in = not self.drained and self.awake < self.wanted and self.alive < self.most", "stand_in = False",
      ("tests/unit/test_run_bounded.py",)),
    M("stand-ins-bounded", "issue 29", "the threads standing in are bounded",
      "paxdesk/midoffice/concurrency.py", "self.awake < self.wanted and self.alive < self.most",
      "self.awake < self.wanted", ("tests/unit/test_run_bounded.py",)),
    M("crew-shrinks", "issue 29", "a thread back from its wait leaves if more are awake than wanted",
      "paxdesk/midoffice/concurrency.py", "            if self.awake > self.wanted:\n",
      "            if False:\n", ("tests/unit/test_run_bounded.py",)),
    M("lock-held", "CONTRACT §1 (exit 4)", "another conversion's lock is never overridden",
      "paxdesk/crm/lock.py", "        if not got:\n            conn.close()\n            raise LockHeld(HELD_MESSAGE)",
      "        if False:\n            pass", ("tests/integration/test_lock.py",)),
    M("lock-file-held", "CONTRACT §1 (exit 4)", "two conversions at once: one is refused while the other matches",
      "paxdesk/crm/lock.py", "                self._file_lock.acquire()\n", "                pass\n",
      ("tests/reliability/test_concurrent_convert.py", "-k", "sqlite")),
    # -- §6 migration -------------------------------------------------------------------------------------------------------
    M("migration-altdaten", "CONTRACT §6.2", "an unknown Kürzel goes to Altdaten",
      "paxdesk/migration/users.py", "mappings.append(UserMapping(legacy, ALTDATEN, ALTDATEN,",
      "mappings.append(UserMapping(legacy, legacy, ALTDATEN,",
      ("tests/integration/test_migration_package.py", "tests/integration/test_migration_e2e.py")),
    M("migration-lock-values", "CONTRACT §6.1", "lock columns are true for ja, j, x, 1, true, yes, gesperrt",
      "paxdesk/migration/values.py", 'TRUE = frozenset({"ja", "j", "x", "1", "true", "yes", "gesperrt", "wahr"})',
      'TRUE = frozenset({"ja", "1", "true", "yes"})', ("tests/unit/test_migration_reading.py",)),
    M("migration-email-duplicates", "CONTRACT §6.2", "the same e-mail is a duplicate",
      "paxdesk/migration/linkage.py", "    email = ev.same_level(x.email, y.email)\n",
      "    email = MISSING\n",
      ("tests/unit/test_migration_linkage.py",)),
    M("migration-upload-once", "CONTRACT §6.4", "the same package is not uploaded twice unless --again",
      "paxdesk/services/migration_upload.py", 'if earlier and earlier.get("status") == "done" and not again:',
      "if False:", ("tests/integration/test_migration_e2e.py",)),
    M("migration-upload-key", "CONTRACT §6.4", "an upload killed and started again follows the import already made",
      "paxdesk/services/migration_upload.py", '(folder / "bookings.csv").read_bytes(), record["key"])',
      '(folder / "bookings.csv").read_bytes(), str(time.time()))', ("tests/reliability/test_upload_exactly_once.py",)),
]


def check(mutants: list[Mutant]) -> list[str]:
    problems = []
    for mutant in mutants:
        text = (ROOT / mutant.file).read_text(encoding="utf-8")
        for old, _new in mutant.edits():
            if text.count(old) != 1:
                problems.append(f"{mutant.id}: {old[:40]!r} occurs {text.count(old)} times in {mutant.file}")
    return problems


def write_doc(mutants: list[Mutant]) -> None:
    rows = ["# Promises and the tests that guard them", "",
            "Generated by `scripts/mutants.py --doc` from its list (edit the list, not this file). Each row is a",
            "promise of the contract or the README, the tests that guard it where it can break, and the small",
            "mutation that proves those tests can fail: `scripts/mutants.py` applies each one to a scratch copy",
            "and runs the tests (caught = they failed). Run it by hand, outside CI (about 15 minutes).", "",
            "| id | where | promise | broken in | tests |", "|---|---|---|---|---|"]
    for m in mutants:
        tests = " ".join(t if t.startswith("-") or "/" not in t else f"`{t.split('/')[-1]}`" for t in m.tests)
        rows.append(f"| `{m.id}` | {m.section} | {m.promise} | `{m.file}` | {tests} |")
    sections = sorted({m.section.split(' (')[0] for m in mutants})
    rows += ["", f"{len(mutants)} mutants; sections covered: {', '.join(sections)}.", ""]
    (ROOT / "docs" / "promises.md").write_text("\n".join(rows), encoding="utf-8")


def _scratch() -> Path:
    """A copy of the checkout's tracked and new files (not .venv, not .git)."""
    work = Path(tempfile.mkdtemp(prefix="paxdesk-mutants-"))
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file():
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return work


def _postgres() -> tuple[str, Path | None]:
    if os.environ.get("PAXDESK_TEST_PG"):
        return os.environ["PAXDESK_TEST_PG"], None
    folder = Path(tempfile.mkdtemp(prefix="paxdesk-mutants-pg-"))
    url = subprocess.run(["bash", str(ROOT / "scripts" / "pg.sh"), "start", str(folder)], capture_output=True,
                         text=True, check=True).stdout.strip()
    return url, folder


def run(mutants: list[Mutant], timeout: float) -> int:
    problems = check(mutants) if mutants else ["no mutant's id contains that text"]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    work = _scratch()
    pg_url, pg_folder = _postgres()
    env = {**os.environ, "PYTHONPATH": str(work), "PAXDESK_TEST_PG": pg_url, "QT_QPA_PLATFORM": "offscreen"}
    caught, survived, started = [], [], time.monotonic()
    try:
        for mutant in mutants:
            path = work / mutant.file
            original = path.read_text(encoding="utf-8")
            mutated = original
            for old, new in mutant.edits():
                mutated = mutated.replace(old, new)
            path.write_text(mutated, encoding="utf-8")
            begun = time.monotonic()
            try:
                result = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                                         *mutant.tests], cwd=work, env=env, capture_output=True, text=True,
                                        timeout=timeout)
                failed = result.returncode != 0
            except subprocess.TimeoutExpired:
                failed = True  # a test that hangs on the mutant has caught it too
            finally:
                path.write_text(original, encoding="utf-8")
            (caught if failed else survived).append(mutant.id)
            print(f"{'caught  ' if failed else 'SURVIVED'} {mutant.id:36} {time.monotonic() - begun:6.1f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if pg_folder is not None:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg.sh"), "stop", str(pg_folder)], capture_output=True)
    total = len(caught) + len(survived)
    print(f"\n{len(caught)} caught, {len(survived)} survived of {total}: kill ratio {len(caught) / total:.1%} "
          f"in {time.monotonic() - started:.0f} s")
    if survived:
        print("survived: " + ", ".join(survived))
    return 0 if not survived else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", default="", help="only mutants whose id contains this text")
    parser.add_argument("--doc", action="store_true", help="rewrite docs/promises.md from the list")
    parser.add_argument("--check", action="store_true", help="only check that each mutant's text occurs once")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per mutant's tests")
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if args.k in m.id]
    if args.doc:
        write_doc(MUTANTS)
        return 0
    if args.check:
        problems = check(chosen)
        print("\n".join(problems) or f"{len(chosen)} mutants, each text found once")
        return 1 if problems else 0
    return run(chosen, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
