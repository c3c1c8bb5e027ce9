"""Writing rows into openpyxl sheets as values, never as formulas (CONTRACT §4.3, last paragraph; the
CSV side of the same rule is ``domain/cells.py``).

openpyxl stores a string that begins with "=" as a formula: a CRM first name or a legacy export's value
like ``=HYPERLINK(...)`` would become live in the agency's Excel. Every string cell is marked as text
after it is written; numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def append_values(sheet, row: Sequence) -> None:
    """Append ``row``; strings stay text whatever they begin with."""
    sheet.append(list(row))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def table_sheet(book, title: str, header: Sequence[str], rows: Iterable[Sequence],
                widths: Sequence[int]) -> None:
    """A sheet with a bold, frozen header row and an autofilter over the rows."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    append_values(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in rows:
        append_values(sheet, row)
        count += 1
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, count + 1)}"
