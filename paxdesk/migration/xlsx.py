"""Byte-stable XLSX lists for the agency's people: German headers, bold, frozen, with an autofilter.

openpyxl stamps the save time into the document properties and every zip entry;
both are set to a fixed moment here, so the same rows give the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def write_list(path: Path, title: str, headers: list[str], rows: list[list], stamp: datetime,
               widths: list[int] | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        sheet.append(["" if v is None else v for v in row])
        for column, value in enumerate(row, start=1):  # a string is a string cell, never a formula
            if isinstance(value, str):                  # (domain/cells.py); sheet.cell is a lookup, while
                sheet.cell(number, column).data_type = "s"  # sheet[max_row] walked every cell: n² at 100,000
    last = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths or [18] * len(headers), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    workbook.properties.creator = "paxdesk"
    workbook.properties.created = workbook.properties.modified = stamp.replace(tzinfo=None)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue(), stamp.strftime("%Y-%m-%dT%H:%M:%SZ")))


def _stable_zip(data: bytes, stamp: str) -> bytes:
    """The same archive with every entry's time fixed, and the save time (``modified``) set to ``stamp``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + stamp.encode() + rb"\g<2>", content)
            entry = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, content)
    return out.getvalue()
