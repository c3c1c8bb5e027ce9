"""The GUI thread stays responsive while 5,000 customers are matched (20 ms latency per request)."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer

from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxProcess
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.ui.app import application
from paxdesk.ui.wizard import ConversionWizard
from tests.ui.conftest import FakeDialogs
from tests.helpers import import_crm, under_wine

LIMIT_MS = 250  # asserted; the goal is < 100 ms (see benchmarks/README.md for the measured figure)
# Under wine (the Windows lane) threads are scheduled by wine on a shared CI machine, not by Windows: the
# figure says little about Windows, so only a stall of a whole second (work on the GUI thread) fails there.
WINE_LIMIT_MS = 1000


def test_largest_event_loop_stall_while_matching_5000(tmp_path, qtbot):
    scenario = build_scenario(copies=5_000, midoffice="midoco", seed=3, token="t", extra_midoffice=0)
    scenario.fixture["faults"] = {"latency_ms": 20}
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    application(german=True)
    with SandboxProcess(scenario.fixture, tmp_path) as server:  # a real MidOffice is not in our process
        context = ConversionSession(url, midoffice="midoco", base_url=server.api_url("midoco"), token="t",
                                    remember_token=False)
        assert context.check().passed  # the use case matches only after a passed credential check
        wizard = ConversionWizard(context)
        wizard.dialogs = FakeDialogs()
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.pages[4]
        wizard.setStartId(4)
        wizard.restart()
        assert wizard.currentPage() is page

        clock = QElapsedTimer()
        clock.start()
        gaps = []
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        started = time.monotonic()
        qtbot.waitUntil(page.isComplete, timeout=120_000)
        duration = time.monotonic() - started
        timer.stop()
        wizard.done(0)
    worst, limit = max(gaps), WINE_LIMIT_MS if under_wine() else LIMIT_MS
    print(f"\nmatching 5,000 took {duration:.1f}s; largest event-loop stall {worst} ms (limit {limit} ms); "
          f"{page.updates} progress updates ({page.updates / duration:.1f}/s)")
    assert len(page.outcome.items) == len(scenario.expected) >= 5_000
    assert page.updates / duration <= 10.5  # progress throttled to at most ten updates a second
    assert worst < limit, f"the GUI thread stalled for {worst} ms"
