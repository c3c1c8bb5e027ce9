"""One log line per step with its duration and size (no personal data): where a long run's time went."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import contextmanager

log = logging.getLogger("paxdesk.conversion")


@contextmanager
def timed(step: str, count: Callable[[], int]):
    started = time.monotonic()
    yield
    log.info("%s: %d customers in %.1f s", step, count(), time.monotonic() - started)
