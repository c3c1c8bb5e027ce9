"""Opening a legacy export: CSV (UTF-8 with/without BOM, UTF-16 with BOM, Windows-1252; ``;`` ``,`` or tab)
or XLSX (openpyxl read-only; the first sheet or the one named like the option).

The format is told by the file's first bytes, not its name. Anything that makes the
file unreadable as a whole (no header, wrong format, bytes that are no text) is an
``InputError`` naming the file, row and column; everything else is left to the loader.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paxdesk.domain.normalize import n1_text, n2
from paxdesk.errors import InputError

SEPARATORS = (";", ",", "\t")
SHEET_NAMES = {"customers": {"customers", "kunden", "kundendaten", "customer"},
               "bookings": {"bookings", "vorgaenge", "buchungen", "booking", "vorgang"}}
csv.field_size_limit(1 << 24)


class UnreadableFile(InputError):
    """exit 2: the file cannot be read at all; the message names file, row and column."""

    def __init__(self, path: Path, problem: str, row: int | None = None, column: str | None = None):
        where = "".join([f", row {row}" if row else "", f", column {column!r}" if column else ""])
        super().__init__(f"{Path(path).name}{where}: {problem}")
        self.path, self.row, self.column = Path(path), row, column


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
    data_rows: int = 0           # non-empty data rows, known once ``rows()`` has run to the end
    _text: str = field(default="", repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, cells) for every non-empty data row."""
        count = 0
        if self.format == "csv":  # the hot path: one generator, emptiness tested in C
            for number, cells in self._csv_rows(start=2, skip_header=True):
                if "".join(cells):
                    count += 1
                    yield number, cells
        else:
            for number, cells in enumerate(self._xlsx_rows(), start=1):
                if number > 1 and any(c not in (None, "") for c in cells):
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

    def _csv_rows(self, start: int = 1, skip_header: bool = False) -> Iterator[tuple[int, list]]:
        reader = csv.reader(io.StringIO(self._text), delimiter=self.separator or ";")
        number = start - 1
        try:
            if skip_header:
                next(reader, None)
            for number, cells in enumerate(reader, start=start):
                yield number, cells
        except csv.Error as exc:
            raise UnreadableFile(self.path, f"not readable as CSV ({exc})", number + 1) from None

    def _xlsx_rows(self) -> Iterator[list]:
        workbook = _open_workbook(self.path)
        try:
            sheet = workbook[self.sheet] if self.sheet else workbook.worksheets[0]
            yield from sheet.iter_rows(values_only=True)
        finally:
            workbook.close()


def open_table(path: Path, kind: str) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(path, "an old Excel file (.xls): please save it as .xlsx or CSV")
    if data.startswith(b"PK\x03\x04"):
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
    first_line = text.split("\n", 1)[0]
    table = Table(path, kind, [], "csv", encoding, _separator(first_line), _text=text)
    first = next(table._csv_rows(), (1, None))[1]
    table.headers = _headers(path, first)
    return table


def _open_workbook(path: Path):
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile(path, f"is no readable XLSX file ({exc.__class__.__name__})") from None


def _xlsx_table(path: Path, kind: str) -> Table:
    workbook = _open_workbook(path)
    try:
        if not workbook.worksheets:
            raise UnreadableFile(path, "the workbook has no sheet")
        named = [ws.title for ws in workbook.worksheets if n2(ws.title) in SHEET_NAMES.get(kind, ())]
        sheet = named[0] if named else None
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        first = next(ws.iter_rows(values_only=True, max_row=1), None)
    finally:
        workbook.close()
    return Table(path, kind, _headers(path, first), "xlsx", sheet=sheet)


def _headers(path: Path, first) -> list[str]:
    if first is None:
        raise UnreadableFile(path, "is empty: the first row must hold the column headers", 1)
    headers = [n1_text(str(c)) if c is not None else "" for c in first]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise UnreadableFile(path, "has no header: the first row must hold the column headers", 1)
    return [h or f"({index + 1})" for index, h in enumerate(headers)]
