"""``heap.kept``: a headless run's long-lived objects out of the full collections' walk, handed back at its end.

Each case runs in a child process: freezing is process-wide, and the wizard's tests freeze their session
for good (``ui/heap.py``), so the suite's own process has no clean state to assert on."""

from __future__ import annotations

import subprocess
import sys

RUN = """
import gc
from paxdesk.services.heap import kept
if {frozen_before}:
    gc.freeze()
before = gc.get_freeze_count()
with kept(every=2) as heap:
    frozen = gc.get_freeze_count()
    assert frozen > before, (frozen, before)
    results = [[] for _ in range(3)]  # tracked by the collector, as match results are
    heap.note()
    assert gc.get_freeze_count() == frozen, "frozen again before the second result"
    heap.note()
    assert gc.get_freeze_count() >= frozen + len(results), "not frozen at the second result"
print(gc.get_freeze_count())
"""


def _after(frozen_before: bool) -> int:
    done = subprocess.run([sys.executable, "-c", RUN.format(frozen_before=frozen_before)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_what_is_alive_is_frozen_every_so_many_results_and_handed_back_at_the_end():
    assert _after(frozen_before=False) == 0


def test_what_was_frozen_before_the_run_stays_frozen():
    assert _after(frozen_before=True) > 0
