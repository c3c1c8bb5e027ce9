"""The GUI thread stays responsive while 5,000 customers are matched (20 ms latency per request)."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer

from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxProcess
from paxdesk.bootstrap import open_session
from paxdesk.ui.app import application
from paxdesk.ui.wizard import ConversionWizard
from tests.ui.conftest import FakeDialogs
from tests.helpers import import_crm, under_wine

LIMIT_MS = 250  # work on the GUI thread between two ticks (its own CPU time): asserted; the goal is < 100 ms
# The wall-clock gap between two ticks also counts the time the OS gave other programs: on a loaded machine
# (another test suite beside this one) it says more about the machine than about paxdesk. It is printed,
# and only a whole second fails — that is waiting on the GUI thread (a blocking request), which uses no CPU.
# Under wine (the Windows lane) threads are scheduled by wine on a shared CI machine, not by Windows: the
# same second is the limit there.
WALL_LIMIT_MS = 1000


def test_largest_event_loop_stall_while_matching_5000(tmp_path, qtbot):
    scenario = build_scenario(copies=5_000, midoffice="midoco", seed=3, token="t", extra_midoffice=0)
    scenario.fixture["faults"] = {"latency_ms": 20}
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    application(german=True)
    with SandboxProcess(scenario.fixture, tmp_path) as server:  # a real MidOffice is not in our process
        context = open_session(url, midoffice="midoco", base_url=server.api_url("midoco"), token="t",
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
        gaps, cpu_gaps = [], []
        last = [clock.elapsed(), time.thread_time()]

        def tick():
            now, cpu = clock.elapsed(), time.thread_time()  # the tick runs on the GUI thread
            gaps.append(now - last[0])
            cpu_gaps.append((cpu - last[1]) * 1000)
            last[:] = [now, cpu]
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        started = time.monotonic()
        qtbot.waitUntil(page.isComplete, timeout=120_000)
        duration = time.monotonic() - started
        timer.stop()
        wizard.done(0)
    worst, worst_cpu = max(gaps), max(cpu_gaps)
    cpu_limit = WALL_LIMIT_MS if under_wine() else LIMIT_MS
    print(f"\nmatching 5,000 took {duration:.1f}s; largest event-loop stall {worst} ms (limit {WALL_LIMIT_MS} ms), "
          f"of it GUI-thread work {worst_cpu:.0f} ms (limit {cpu_limit} ms); {page.updates} progress updates "
          f"({page.updates / duration:.1f}/s)")
    assert len(page.outcome.items) == len(scenario.expected) >= 5_000
    assert page.updates / duration <= 10.5  # progress throttled to at most ten updates a second
    assert worst_cpu < cpu_limit, f"the GUI thread worked {worst_cpu:.0f} ms at a stretch"
    assert worst < WALL_LIMIT_MS, f"the GUI thread stalled for {worst} ms (waiting, not working)"
