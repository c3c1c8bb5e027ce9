"""``heap.kept``: a headless run's long-lived objects out of the full collections' walk, handed back at its end."""

from __future__ import annotations

import gc

from paxdesk.services.heap import kept


def test_what_is_alive_is_frozen_every_so_many_results_and_handed_back_at_the_end():
    assert gc.get_freeze_count() == 0
    with kept(every=2) as heap:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        results = [[] for _ in range(3)]  # tracked by the collector, as match results are
        heap.note()
        assert gc.get_freeze_count() == frozen  # not yet: every second result
        heap.note()
        assert gc.get_freeze_count() >= frozen + len(results)
    assert gc.get_freeze_count() == 0 and results
