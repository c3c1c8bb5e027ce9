"""``heap.kept``: long-lived objects out of the full collections' walk, handed back by the outermost block."""

from __future__ import annotations

import gc

from paxdesk.services.heap import kept


def test_objects_are_frozen_inside_and_handed_back_by_the_outermost_block():
    assert gc.get_freeze_count() == 0
    with kept():
        assert gc.get_freeze_count() > 0
        with kept(every=2) as heap:  # the matching inside the CLI's run
            frozen = gc.get_freeze_count()
            results = [[] for _ in range(3)]  # tracked by the collector, as match results are
            heap.note()
            assert gc.get_freeze_count() == frozen  # not yet: every second result
            heap.note()
            assert gc.get_freeze_count() >= frozen + len(results)
        assert gc.get_freeze_count() > 0  # the inner block left: the outer one still keeps them
    assert gc.get_freeze_count() == 0 and results
