"""The one error of reading a legacy export: a file that cannot be read at all (exit 2, CONTRACT §6.1).

Its own module because both the table reader and the workbook reader raise it.
"""

from __future__ import annotations

from pathlib import Path

from paxdesk.errors import InputError


class UnreadableFile(InputError):
    """exit 2: the file cannot be read at all; the message names file, row and column."""

    def __init__(self, path: Path, problem: str, row: int | None = None, column: str | None = None):
        where = "".join([f", row {row}" if row else "", f", column {column!r}" if column else ""])
        super().__init__(f"{Path(path).name}{where}: {problem}")
        self.path, self.row, self.column = Path(path), row, column
