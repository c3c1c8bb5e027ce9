"""The people's report in the wizard's language (issue 30: an English wizard wrote "paxdesk-Bericht-….pdf" with
German labels). German stays the default; English names the file "paxdesk-report-…" and says everything in
English — labels, statuses, outcomes, fields, the DSGVO words and the notes on missing MidOffice names."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome
from paxdesk.domain.report import Report, ReportItem, Summary
from paxdesk.services.gdpr import GdprEntry
from paxdesk.services.report_export import save_reports
from paxdesk.services.report_rows import ReportFacts
from paxdesk.services.report_names import GONE, NO_ANSWER, NO_TOKEN
from paxdesk.services.report_words import ENGLISH, GERMAN

REPORT = Report("r-1", "midoco", False, "/tmp/backups/crm-1.sqlite",
                Summary(total=2, converted=1, skipped=1, major=1, minor=1),
                (ReportItem("c1", "100001", Status.MAJOR, ("first_name",), crm_only=("phone", "birth_date"),
                            action=Action.CONVERT, outcome=Outcome.CONVERTED, relinked=True, relinked_from="100009"),
                 ReportItem("c2", "100002", Status.MINOR, ("email",), action=Action.SKIP, outcome=Outcome.SKIPPED,
                            error="timeout")))
GERMAN_WORDS = re.compile(r"\b(Kunde|Kunden|Ergebnis|Anzahl|Prüfung|Konvertiert|Vorname|Telefon|offen|behalten|"
                          r"Agentur|Erstellt|Sicherung|Unverändert|Große|Abweichung|nachtragen|Übersicht)\b")


def _facts(english: bool) -> ReportFacts:
    kept = GdprEntry({"id": "c3", "first_name": "Anna", "last_name": "Berg", "consultations": 1, "offers": 2},
                     "kept", "trip in March")
    return ReportFacts("Reisebüro Sonnenschein", "agent", datetime(2026, 12, 6, 9, 5), {"c1": "Jana Roth"}, [kept],
                       {"100001": "Jana Roth"}, NO_TOKEN, None, english)


def _cells(path) -> str:
    book = load_workbook(path, read_only=True)
    text = " ".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                    for v in row if v is not None)
    book.close()
    return text + " " + " ".join(book.sheetnames)


@pytest.mark.parametrize("english", [False, True])
def test_the_report_and_its_file_name_are_in_the_wizards_language(tmp_path, english):
    pdf, xlsx = save_reports(REPORT, _facts(english), tmp_path)
    stem = "paxdesk-report-2026-12-06-0905" if english else "paxdesk-Bericht-2026-12-06-0905"
    assert pdf.name == f"{stem}.pdf" and xlsx.name == f"{stem}.xlsx" and pdf.stat().st_size > 0
    text = _cells(xlsx)
    if shutil.which("pdftotext"):  # the PDF says the same (setup.sh installs poppler-utils)
        text += " " + subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                     check=True).stdout
    if english:
        assert GERMAN_WORDS.findall(text) == [], GERMAN_WORDS.findall(text)
        for words in ("Customer", "Converted despite a major difference, re-linked (before: MidOffice no. 100009)",
                      "the MidOffice did not answer in time", "Date of birth", "kept: 1", "2026-12-06 at 09:05",
                      "no saved token", "Customers checked (old copies)"):
            assert words in text, words
    else:
        assert "Konvertiert trotz großer Abweichung" in text and "06.12.2026 um 09:05 Uhr" in text


@pytest.mark.parametrize("english", [False, True])
def test_the_add_in_midoffice_list_is_in_the_wizards_language(tmp_path, english):
    from paxdesk.services.backfill import DroppedValue
    from paxdesk.services.backfill_export import backfill_files, save_backfill

    xlsx, pdf = save_backfill([DroppedValue("c1", "100001", "Jana Roth", "birth_date", "1990-02-13")],
                              "Reisebüro Sonnenschein", datetime(2026, 12, 6, 9, 5), tmp_path, english)
    stem = "Add-in-MidOffice-2026-12-06-0905" if english else "In-MidOffice-nachtragen-2026-12-06-0905"
    assert (xlsx.name, pdf.name) == (f"{stem}.xlsx", f"{stem}.pdf")
    assert backfill_files(tmp_path) == sorted([pdf, xlsx])  # offered for deletion in either language
    text = _cells(xlsx)
    if english:
        assert GERMAN_WORDS.findall(text) == [] and "Date of birth" in text and "1990-02-13" in text
    else:
        assert "Geburtsdatum" in text and "13.02.1990" in text


def test_both_languages_have_every_word():
    """The English table covers what the German one does: no status, outcome, field or note falls back."""
    for table in ("midoffice", "status", "outcome", "gdpr_status", "field", "facts"):
        assert getattr(ENGLISH, table).keys() == getattr(GERMAN, table).keys(), table
    assert [k for k, _ in ENGLISH.summary_rows] == [k for k, _ in GERMAN.summary_rows]
    assert [k for k, _ in ENGLISH.reason] == [k for k, _ in GERMAN.reason]
    assert set(ENGLISH.names_notes) == {NO_TOKEN, NO_ANSWER, GONE}
