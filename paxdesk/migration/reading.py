"""Opening a legacy export: CSV (UTF-8 with/without BOM, UTF-16 with BOM, Windows-1252; ``;`` ``,`` or tab;
any line ends, old-Mac CR included) or XLSX (openpyxl read-only).

The format is told by the file's first bytes, not its name (an XLSX renamed ``.csv`` is read as XLSX).
Real exports put a title above the header, or their data on "Tabelle2": the header is the row among the
first ``HEADER_SCAN`` that names the most known columns, and the sheet is the one named like the table
("Kunden", "Vorgänge"), else the first whose header names known columns. Anything that makes the file
unreadable as a whole (no header, wrong format, bytes that are no text, a damaged or password-protected
workbook) is an ``UnreadableFile`` (``unreadable.py``) naming the file, row and column; everything else is
left to the loader. The workbook's own dangers (bombs, damage, formulas) are ``workbook.py``'s.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paxdesk.domain.normalize import n1_text, n2
from paxdesk.migration.fields import field_for
from paxdesk.migration.unreadable import UnreadableFile
from paxdesk.migration.workbook import has_formulas, open_workbook, refuse_bombs, sheet_rows

SEPARATORS = (";", ",", "\t")
SHEET_NAMES = {"customers": {"customers", "kunden", "kundendaten", "customer"},
               "bookings": {"bookings", "vorgaenge", "buchungen", "booking", "vorgang"}}
HEADER_SCAN = 10  # rows looked at for the header (title rows, an empty row, then the header)
ENCRYPTED = "EncryptionInfo".encode("utf-16-le")  # a password-protected XLSX is an OLE file with this stream
csv.field_size_limit(1 << 24)


@dataclass
class Table:
    """One legacy table: its headers and data rows (row numbers as the agent sees them: header = 1)."""

    path: Path
    kind: str
    headers: list[str]
    format: str                 # "csv" or "xlsx"
    encoding: str | None = None  # csv only: utf-8, utf-8-sig, utf-16, cp1252
    separator: str | None = None
    sheet: str | None = None
    sha256: str = ""
    header_row: int = 1          # the row holding the headers (rows above it are titles)
    formulas: bool = False       # xlsx only: its sheet holds formulas (their saved results are checked)
    data_rows: int = 0           # non-empty data rows, known once ``rows()`` has run to the end
    _text: str = field(default="", repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, cells) for every non-empty data row."""
        count, header = 0, self.header_row
        if self.format == "csv":  # the hot path: one generator, emptiness tested in C (a row of spaces is empty)
            for number, cells in self._csv_rows():
                if number > header and "".join(cells).strip():
                    count += 1
                    yield number, cells
        else:
            for number, cells in enumerate(self._xlsx_rows(), start=1):
                if number > header and any(not _blank(c) for c in cells):
                    count += 1
                    yield number, list(cells)
        self.data_rows = count

    def preview(self, count: int = 5) -> list[list]:
        out = []
        for _, cells in self.rows():
            out.append(cells)
            if len(out) >= count:
                break
        return out

    def _csv_rows(self) -> Iterator[tuple[int, list]]:
        reader = csv.reader(io.StringIO(self._text), delimiter=self.separator or ";")
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                yield number, cells
        except csv.Error:
            raise UnreadableFile(self.path, "not readable as CSV (a quotation mark that is never closed, or a "
                                 "line break inside a field)", number + 1) from None

    def _xlsx_rows(self) -> Iterator[list]:
        workbook = open_workbook(self.path)
        formulas = open_workbook(self.path, data_only=False) if self.formulas else None
        try:
            sheet = workbook[self.sheet] if self.sheet else workbook.worksheets[0]
            if formulas is None:
                yield from sheet_rows(self.path, sheet)
                return
            written = sheet_rows(self.path, formulas[self.sheet] if self.sheet else formulas.worksheets[0])
            for number, (values, texts) in enumerate(zip(sheet_rows(self.path, sheet), written), start=1):
                for index, (value, text) in enumerate(zip(values, texts)):
                    if value is None and isinstance(text, str) and text.startswith("="):
                        column = self.headers[index] if index < len(self.headers) else f"({index + 1})"
                        raise UnreadableFile(self.path, "holds a formula without a saved result (the file was "
                                             "written by a program, not saved by Excel): open it in Excel, save "
                                             "it, and choose it again — or export it as CSV", number, column)
                yield values
        finally:
            workbook.close()
            if formulas is not None:
                formulas.close()


def _blank(cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _names_known(cells, kind: str) -> bool:
    return bool(cells) and any(field_for(n1_text(str(c)), kind) for c in cells if not _blank(c))


def _header_row(rows: Iterator, kind: str) -> tuple[int, list | None]:
    """(row number, cells) of the header: among the first HEADER_SCAN rows the one naming the most known
    columns (the earliest of equals); without any, the first non-empty row."""
    best, first = (0, 0, None), None
    for number, cells in rows:
        if number > HEADER_SCAN:
            break
        if cells is None or all(_blank(c) for c in cells):
            continue
        first = first or (number, cells)
        known = sum(1 for c in cells if not _blank(c) and field_for(n1_text(str(c)), kind))
        if known > best[0]:
            best = (known, number, cells)
    if best[0]:
        return best[1], best[2]
    return first or (1, None)


def open_table(path: Path, kind: str) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\xd0\xcf\x11\xe0") and ENCRYPTED in data[:1 << 20]:
        raise UnreadableFile(path, "is protected by a password: please save it in Excel without a password "
                             "(or as CSV) and choose it again")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(path, "an old Excel file (.xls): please save it as .xlsx or CSV")
    if data.startswith(b"PK\x03\x04"):
        refuse_bombs(path, len(data))
        del data
        table = _xlsx_table(path, kind)
    else:
        table = _csv_table(path, kind, data)
    table.sha256 = digest
    return table


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            failure = exc
    row = data[:failure.start].count(b"\n") + 1
    raise UnreadableFile(path, f"is not text in UTF-8 or Windows-1252 (byte {failure.start})", row)


def _separator(header_line: str) -> str:
    counts = {sep: 0 for sep in SEPARATORS}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ";"


def _csv_table(path: Path, kind: str, data: bytes) -> Table:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(path, "is no CSV or XLSX file (binary data)", 1)
    text, encoding = _decode(path, data)
    if "\r" in text and "\n" not in text:  # old-Mac line ends (CR only)
        text = text.replace("\r", "\n")
    lines = text.split("\n", HEADER_SCAN)[:HEADER_SCAN]
    table = Table(path, kind, [], "csv", encoding, _separator(max(lines, key=_separators)), _text=text)
    table.header_row, first = _header_row(table._csv_rows(), kind)
    table.headers = _headers(path, first, table.header_row)
    return table


def _separators(line: str) -> int:
    return max(line.count(sep) for sep in SEPARATORS)


def _xlsx_table(path: Path, kind: str) -> Table:
    workbook = open_workbook(path)
    try:
        if not workbook.worksheets:
            raise UnreadableFile(path, "the workbook has no sheet")
        named = [ws for ws in workbook.worksheets if n2(ws.title) in SHEET_NAMES.get(kind, ())]
        chosen = None
        for ws in named or workbook.worksheets:  # the named sheet, else the first with a recognisable header
            number, cells = _header_row(enumerate(sheet_rows(path, ws), start=1), kind)
            if chosen is None or _names_known(cells, kind):
                chosen = (ws, number, cells)
            if _names_known(cells, kind):
                break
        ws, number, cells = chosen
        sheet = ws.title if ws is not workbook.worksheets[0] else None
        index = workbook.worksheets.index(ws)
    finally:
        workbook.close()
    return Table(path, kind, _headers(path, cells, number), "xlsx", sheet=sheet, header_row=number,
                 formulas=has_formulas(path, index))


def _headers(path: Path, first, row: int = 1) -> list[str]:
    if first is None:
        raise UnreadableFile(path, "is empty: a row must hold the column headers", 1)
    headers = [n1_text(str(c)) if c is not None else "" for c in first]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise UnreadableFile(path, "has no header: a row must hold the column headers", row)
    return [h or f"({index + 1})" for index, h in enumerate(headers)]
