"""The wizard's progress file is saved from the GUI thread and from workers at once: no update may be lost."""

from __future__ import annotations

import threading

from paxdesk.services.progress import ProgressStore


def test_saves_from_many_threads_at_once_lose_nothing(tmp_path):
    store = ProgressStore("sqlite:///crm.sqlite", tmp_path)
    errors: list[BaseException] = []

    def saver(page: int, run_id: str | None) -> None:
        try:
            for _ in range(40):
                store.save(page, run_id)
        except BaseException as exc:  # e.g. two writers racing for one temporary file name
            errors.append(exc)

    threads = [threading.Thread(target=saver, args=(page, "run-1" if page == 6 else None)) for page in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    reached = store.load()
    assert reached is not None and 1 <= reached.page <= 8 and reached.run_id == "run-1"  # the run is never lost
    assert [p.name for p in tmp_path.iterdir()] == ["wizard-progress.json"]  # no temporary file left behind
