"""The outage rule: many 'no answer' results and no answer for a while stop the run; scattered ones do not."""

import pytest

from paxdesk.errors import Unreachable
from paxdesk.midoffice.base import Failed, Found, MidOfficeCustomer
from paxdesk.services.matching import OUTAGE_FAILURES, OUTAGE_SECONDS, OutageWatch


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_long_silence_with_many_failures_is_an_outage():
    clock = Clock()
    watch = OutageWatch(clock)
    for _ in range(OUTAGE_FAILURES - 1):
        watch.saw(Failed("1", "unreachable"))
    clock.now = OUTAGE_SECONDS + 1
    with pytest.raises(Unreachable) as info:
        watch.saw(Failed("1", "timeout"))
    assert info.value.reason == "outage"


def test_many_failures_in_a_burst_are_not_an_outage_yet():
    clock = Clock()
    watch = OutageWatch(clock)
    for _ in range(OUTAGE_FAILURES * 3):  # e.g. two failed myJack lookups of 100 numbers
        watch.saw(Failed("1", "unreachable"))
    clock.now = OUTAGE_SECONDS / 2
    watch.saw(Failed("1", "unreachable"))


def test_server_errors_and_answers_reset_or_do_not_count():
    clock = Clock()
    watch = OutageWatch(clock)
    clock.now = OUTAGE_SECONDS * 2
    for _ in range(OUTAGE_FAILURES * 2):
        watch.saw(Failed("1", "transient"))  # the server answers (503): not an outage
    for _ in range(OUTAGE_FAILURES - 1):
        watch.saw(Failed("1", "unreachable"))
    watch.saw(Found("1", MidOfficeCustomer("1")))
    for _ in range(OUTAGE_FAILURES - 1):
        watch.saw(Failed("1", "unreachable"))
