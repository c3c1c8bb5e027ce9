"""The outage rule: customers without an answer make paxdesk ask the MidOffice itself; its silence stops the run.

Scattered failures (the MidOffice still answers the direct question) only make single items 'error'; a
MidOffice that answers nothing stops the run however many customers were left — one is enough.
"""

import pytest

from paxdesk.errors import AuthError, TransientError, Unreachable
from paxdesk.midoffice.base import Failed, Found, Gone, MidOfficeCustomer
from paxdesk.services.matching import OUTAGE_FAILURES, OutageWatch


class Probe:
    """The direct question; ``raises`` is what the MidOffice 'answers' (None: a normal answer)."""

    def __init__(self, raises: Exception | None = None):
        self.raises = raises
        self.asked = 0

    def __call__(self):
        self.asked += 1
        if self.raises is not None:
            raise self.raises


def no_answer(number: str = "1", reason: str = "unreachable") -> Failed:
    return Failed(number, reason)


def test_a_streak_of_customers_without_an_answer_asks_and_silence_is_an_outage():
    probe = Probe(Unreachable("refused", "unreachable"))
    watch = OutageWatch(probe)
    for i in range(OUTAGE_FAILURES - 1):
        watch.saw(no_answer(str(i), "timeout" if i % 2 else "unreachable"))
    assert probe.asked == 0  # not yet: a burst of failures alone proves nothing
    with pytest.raises(Unreachable) as info:
        watch.saw(no_answer("last"))
    assert probe.asked == 1 and info.value.reason == "outage"
    assert "stopped answering" in str(info.value) and "nothing was changed" in str(info.value)


@pytest.mark.parametrize("answer", [None, TransientError("503", "transient"), AuthError("401", "auth")])
def test_a_midoffice_that_answers_the_question_is_not_gone(answer):
    probe = Probe(answer)
    watch = OutageWatch(probe)
    watch.saw(Found("0", MidOfficeCustomer("0")))
    for i in range(OUTAGE_FAILURES * 3):  # e.g. failed myJack lookups of 100 numbers
        watch.saw(no_answer(str(i)))
    assert probe.asked == 3  # asked once per streak of OUTAGE_FAILURES, and it answered every time
    watch.end_of_pass()  # the customers are still without an answer: asked once more, answered again
    assert probe.asked == 4


def test_a_small_rest_without_an_answer_is_caught_at_the_end_of_the_pass():
    """The old rule (50 failures *and* 30 s of silence) let a run with < 50 numbers left apply after an outage."""
    probe = Probe(Unreachable("refused", "unreachable"))
    watch = OutageWatch(probe)
    for i in range(200):
        watch.saw(Found(str(i), MidOfficeCustomer(str(i))))
    watch.saw(no_answer("x"))
    assert probe.asked == 0
    with pytest.raises(Unreachable) as info:
        watch.end_of_pass()
    assert info.value.reason == "outage"


def test_customers_answered_on_retry_and_server_errors_raise_no_question():
    probe = Probe(Unreachable("refused", "unreachable"))
    watch = OutageWatch(probe)
    for i in range(OUTAGE_FAILURES * 2):
        watch.saw(Failed(str(i), "transient"))  # the server answers (503): not a silence
        watch.saw(Failed(str(i), "protocol"))
    for i in range(OUTAGE_FAILURES - 1):
        watch.saw(no_answer(str(i)))
    watch.saw(Gone("g", "not_found"))  # an answer ends the streak
    for i in range(OUTAGE_FAILURES - 1):
        watch.saw(no_answer(str(i)))
    for i in range(OUTAGE_FAILURES - 1):  # the retry pass got an answer for every one of them
        watch.saw(Found(str(i), MidOfficeCustomer(str(i))) if i % 2 else Failed(str(i), "transient"))
    watch.end_of_pass()
    assert probe.asked == 0


def test_a_pass_without_a_single_answer_stops_without_asking():
    """The identity may answer while every customer request hangs: retrying each would be another deadline."""
    probe = Probe()
    watch = OutageWatch(probe)
    for i in range(3):
        watch.saw(no_answer(str(i), "timeout"))
    with pytest.raises(Unreachable) as info:
        watch.end_of_pass()
    assert probe.asked == 0 and info.value.reason == "outage" and "answered none" in str(info.value)
