"""The conversion report for people (CONTRACT §4.3, last paragraph): the PDF and the XLSX written side by
side into a folder, with progress. What they say: report_rows; their layouts: report_pdf, report_xlsx."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from paxdesk.domain.report import Report
from paxdesk.services.report_pdf import pdf_steps
from paxdesk.services.report_rows import ReportFacts, report_name, rows_total
from paxdesk.services.report_xlsx import xlsx_steps


@dataclass(frozen=True)
class WriteProgress:
    """Rows of the people's report written so far (both files together), for a progress bar."""

    done: int
    total: int


def report_paths(folder: Path, created: datetime, stem: str | None = None,
                 english: bool = False) -> tuple[Path, Path]:
    """``<stem>.pdf`` and ``<stem>.xlsx`` in ``folder`` (``paxdesk-Bericht-YYYY-MM-DD-HHMM`` by default,
    ``paxdesk-report-…`` in English); an
    existing report of another run with the same minute is never overwritten: ``-2``, ``-3`` … are added."""
    folder.mkdir(parents=True, exist_ok=True)
    if stem is None:
        base = report_name(created, english)
        stem, n = base, 1
        while (folder / f"{stem}.pdf").exists() or (folder / f"{stem}.xlsx").exists():
            n += 1
            stem = f"{base}-{n}"
    return folder / f"{stem}.pdf", folder / f"{stem}.xlsx"


def save_steps(report: Report, facts: ReportFacts, folder: Path, stem: str | None = None,
               ) -> Iterator[WriteProgress | tuple[Path, Path]]:
    """Write the PDF and the XLSX into ``folder``; yields WriteProgress, then the paths (PDF, XLSX)."""
    pdf, xlsx = report_paths(folder, facts.created, stem, facts.english)
    total = 2 * rows_total(report, facts)
    yield WriteProgress(0, total)
    for done in pdf_steps(report, facts, pdf):
        yield WriteProgress(done, total)
    for done in xlsx_steps(report, facts, xlsx):
        yield WriteProgress(total // 2 + done, total)
    yield pdf, xlsx


def save_reports(report: Report, facts: ReportFacts, folder: Path, stem: str | None = None) -> tuple[Path, Path]:
    """Write ``<stem>.pdf`` and ``<stem>.xlsx`` into ``folder`` (see ``report_paths``). Returns the paths."""
    *_, paths = save_steps(report, facts, folder, stem)
    return paths
