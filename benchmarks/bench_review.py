"""The review model with 100,000 items: time to switch filters and to apply a bulk action.

Each figure is measured around the model call plus one repaint of a real
QTableView (offscreen), the work the GUI thread does when the agent clicks a
tab. Goal: < 100 ms per filter switch. Baseline in the same run: the same
filter through a QSortFilterProxyModel over the unfiltered model.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_review.py [--items 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSortFilterProxyModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from paxdesk.domain.matching import Person, Status  # noqa: E402
from paxdesk.domain.plan import Action  # noqa: E402
from paxdesk.midoffice.base import MidOfficeCustomer  # noqa: E402
from paxdesk.services.matching import MatchItem  # noqa: E402
from paxdesk.ui.heap import settle_heap  # noqa: E402
from paxdesk.ui.review_model import FILTERS, ReviewModel  # noqa: E402


def items(n: int) -> list[MatchItem]:
    rng = random.Random(1)
    statuses = [Status.MATCH] * 6 + [Status.MINOR, Status.MAJOR, Status.DELETED, Status.ERROR, Status.NO_REFERENCE]
    out = []
    for i in range(n):
        status = rng.choice(statuses)
        crm = Person(f"Vorname{i}", "Müller", f"v{i}@example.de")
        live = MidOfficeCustomer(str(i), first_name=f"Vorname{i}", last_name="Mueller", email=f"v{i}@example.de")
        out.append(MatchItem(f"c{i}", str(i), status, ("last_name",) if status == Status.MINOR else (),
                             duplicate=i % 13 == 0, crm=crm, live=live))
    return out


def timed(fn, view) -> float:
    started = time.perf_counter()
    fn()
    view.viewport().repaint()
    QApplication.processEvents()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    model = ReviewModel()
    data = items(args.items)
    started = time.perf_counter()
    model.set_items(data)
    settle_heap()  # as the wizard does after matching
    load = (time.perf_counter() - started) * 1000
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 500)
    view.show()
    app.processEvents()
    switches = {key: [timed(lambda k=key: model.set_filter(k), view) for _ in range(3)] for key in FILTERS}
    model.set_filter("warnings")
    rows = model.visible_rows()
    bulk = timed(lambda: model.decide(rows, Action.CONVERT), view)
    undo = timed(model.undo, view)

    def keypress():  # what pressing K does: one decision, then the tab counts and "n of N checked"
        model.decide([model.row_at(0)], Action.CONVERT)
        model.counts()
        model.reviewed()
    keypress_ms = statistics.median(timed(keypress, view) for _ in range(5))

    proxy_model = ReviewModel()
    proxy_model.set_items(data)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(proxy_model)
    proxy.setFilterKeyColumn(0)
    baseline_view = QTableView()
    baseline_view.setModel(proxy)
    baseline_view.resize(1200, 500)
    baseline_view.show()
    app.processEvents()
    baseline = [timed(lambda: proxy.setFilterFixedString(text), baseline_view)
                for text in ("Kleine", "Große", "Gelöscht", "")]

    print(f"{args.items:,} items; loading the model {load:.0f} ms")
    for key, times in switches.items():
        print(f"  filter {key:<13} {statistics.median(times):6.1f} ms  ({model.counts()[key]:,} rows)")
    worst = max(statistics.median(t) for t in switches.values())
    print(f"  bulk action on {len(rows):,} warnings: {bulk:.1f} ms; undo: {undo:.1f} ms")
    print(f"  one keyboard decision with the labels refreshed: {keypress_ms:.1f} ms")
    print(f"  baseline QSortFilterProxyModel filter: median {statistics.median(baseline):.1f} ms")
    print(f"worst filter switch {worst:.1f} ms (goal < 100 ms) -> {'OK' if worst < 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
