"""The migration's XLSX lists at agency size: written in linear time, strings never formulas."""

from __future__ import annotations

import time
from datetime import datetime, timezone

from openpyxl import load_workbook

from paxdesk.migration.xlsx import write_list


def test_a_list_of_many_rows_is_written_in_linear_time_and_strings_stay_strings(tmp_path):
    """`migrate prepare` at 100,000 customers writes lists of tens of thousands of rows: marking each row's
    string cells must not walk the whole sheet per row (it did: 23 minutes for one package)."""
    def seconds(count: int) -> float:
        rows = [[f"K{i}", "=1+1" if i == 7 else "Weg 1", i, "Müller"] + ["x"] * 12 for i in range(count)]
        start = time.perf_counter()
        write_list(tmp_path / "l.xlsx", "Liste", [f"h{i}" for i in range(16)], rows,
                   datetime(2026, 1, 1, tzinfo=timezone.utc))
        return time.perf_counter() - start
    small, large = seconds(1000), seconds(4000)
    assert large < 8 * small  # linear: ~4×; walking the sheet per row: ~16× (and 23 minutes at 100,000)
    sheet = load_workbook(tmp_path / "l.xlsx").active
    assert sheet.cell(9, 2).value == "=1+1" and sheet.cell(9, 2).data_type == "s"
    assert sheet.cell(9, 3).value == 7
