"""The people's report as XLSX (openpyxl): an overview sheet, then one sheet per table (report_rows says what)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from paxdesk.domain.report import Report
from paxdesk.files import atomic_path
from paxdesk.services.report_rows import (ReportFacts, backfill_rows, customer_rows, gdpr_counts_text, gdpr_rows,
                                          header_facts, summary_rows, values_gone)
from paxdesk.services.spreadsheet import append_values, table_sheet


def xlsx_steps(report: Report, facts: ReportFacts, path: Path) -> Iterator[int]:
    """Write the XLSX; yields the rows written after each table sheet."""
    from openpyxl import Workbook

    w = facts.words
    book = Workbook()
    _overview(book.active, report, facts)
    done = 0
    for title, header, rows, widths in (
            (w.customers, w.customer_header, customer_rows(report, facts), (28, 12, 15, 28, 22, 40, 50)),
            (w.gdpr, w.gdpr_header, gdpr_rows(facts), (28, 12, 12, 12, 15, 50)),
            (w.backfill_title, w.backfill_header, backfill_rows(report, facts), (28, 12, 15, 16, 40))):
        table_sheet(book, title, header, rows, widths)
        done += len(rows)
        yield done
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        book.save(temp)


def _overview(sheet, report: Report, facts: ReportFacts) -> None:
    """The first sheet: title, the confidentiality note, the facts, the counts, the DSGVO counts."""
    from openpyxl.styles import Alignment, Font

    w = facts.words
    sheet.title = w.overview
    append_values(sheet, [w.title])
    sheet["A1"].font = Font(bold=True, size=14)
    append_values(sheet, [w.confidential])
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:B2")
    sheet.row_dimensions[2].height = 45
    sheet.append([])
    for label, value in header_facts(report, facts):
        append_values(sheet, [label, value])
    sheet.append([])
    append_values(sheet, [w.result, w.count])
    sheet.cell(sheet.max_row, 1).font = sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for label, value in summary_rows(report, w):
        append_values(sheet, [label, value])
    sheet.append([])
    append_values(sheet, [w.gdpr_decisions, gdpr_counts_text(facts)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    if values_gone(report, facts):
        append_values(sheet, [w.backfill_title, w.values_gone])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 38
    sheet.column_dimensions["B"].width = 70


def write_xlsx(report: Report, facts: ReportFacts, path: Path) -> None:
    for _ in xlsx_steps(report, facts, path):
        pass
