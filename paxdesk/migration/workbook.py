"""Reading an XLSX workbook without trusting it: a zip bomb is refused unread, a damaged part is an
``UnreadableFile`` rather than a crash, the file handle is closed with the workbook (Windows), and a sheet's
formulas are looked for before its rows are read a second time for them.

Apart from ``reading.py`` (which rows are the table) because all of this is about openpyxl and zip files.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from paxdesk.migration.unreadable import UnreadableFile

MAX_RATIO, MAX_UNPACKED = 100, 500_000_000  # a workbook bomb: CONTRACT §6.1


def refuse_bombs(path: Path, size: int) -> None:
    """A workbook that unpacks to more than MAX_RATIO× its size or MAX_UNPACKED bytes is refused before any of
    it is unpacked (the zip's directory says what each part unpacks to; a part that lies is cut off by
    zipfile's own check when it is read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(path, f"is no readable XLSX file (damaged: {exc.__class__.__name__})") from None
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(size, 1):
        raise UnreadableFile(path, f"unpacks to {unpacked // 1_000_000:,} MB, more than {MAX_RATIO}× its size or "
                             f"{MAX_UNPACKED // 1_000_000} MB: refused unread (save the sheet again in Excel, or "
                             "export it as CSV)")


class _Workbook:
    """A read-only workbook opened from a file handle (openpyxl refuses a workbook by its name's ending: an XLSX
    renamed .csv), and that handle, closed with it: zipfile leaves a handle it was given open, and on Windows an
    open handle keeps the file from being moved or deleted."""

    def __init__(self, path: Path, data_only: bool):
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        self._handle = open(path, "rb")
        try:
            self.book = openpyxl.load_workbook(self._handle, read_only=True, data_only=data_only)
        except (zipfile.BadZipFile, InvalidFileException, SyntaxError, KeyError, ValueError, TypeError,
                OSError) as exc:  # SyntaxError: broken XML (ElementTree's and lxml's parse errors)
            self._handle.close()
            raise UnreadableFile(path, f"is no readable XLSX file (damaged: {exc.__class__.__name__})") from None

    def __getitem__(self, title: str):
        return self.book[title]

    @property
    def worksheets(self):
        return self.book.worksheets

    def close(self) -> None:
        self.book.close()
        self._handle.close()


def open_workbook(path: Path, data_only: bool = True) -> _Workbook:
    return _Workbook(path, data_only)


def sheet_rows(path: Path, sheet) -> Iterator[tuple]:
    """The sheet's rows; a damaged sheet (broken XML, a cut-off file) is an UnreadableFile, not a crash."""
    try:
        yield from sheet.iter_rows(values_only=True)
    except (SyntaxError, zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, OSError) as exc:  # XML
        raise UnreadableFile(path, f"is a damaged XLSX file (sheet {sheet.title!r} cannot be read: "
                             f"{exc.__class__.__name__})") from None


def has_formulas(path: Path, sheet_index: int) -> bool:
    """Whether the sheet's XML holds a formula (``<f>``), streamed in chunks: most exports have none, and only
    then is the sheet read a second time for the formulas' text."""
    with zipfile.ZipFile(path) as archive:
        names = sorted((n for n in archive.namelist() if n.startswith("xl/worksheets/sheet") and n.endswith(".xml")),
                       key=lambda n: int("".join(ch for ch in n if ch.isdigit()) or 0))
        if sheet_index >= len(names):
            return True  # an unusual layout: check rather than guess
        tail = b""
        with archive.open(names[sheet_index]) as part:
            while chunk := part.read(1 << 20):
                if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                    return True
                tail = chunk[-3:]
    return False
