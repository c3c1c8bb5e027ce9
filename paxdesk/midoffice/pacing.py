"""Pacing new requests to the rate a MidOffice allows: learnt from its 429s and read from its headers.

Each request books the next slot of an even schedule at just under the server's rate:

- **slow start**: a run sends ``START_WINDOW`` requests at once, then begins at ``START_RATE`` and
  doubles its pace every ``START_DOUBLING``
  seconds while answers come back without a bucket's 429s (TCP's slow start), so a limit is
  met from below: a short run no longer pays a round of 32 refused requests. Past
  ``START_CEILING`` nothing is paced (only the concurrency bounds a run);
- **headers** (``ratelimit_headers.py``): a stated policy (``q`` per ``w`` seconds) is
  the rate at once, before any 429; ``remaining: 0`` without a stated policy, or a
  ``Retry-After`` longer than a per-second bucket would send, holds new requests until then;
- **a bucket's 429s or noise**: a bucket refuses *every* request above its rate, so its
  429s come in clusters (``DENSE``: 5 of the last 8 answers). An isolated 429 between
  accepted requests — a quota shared with other clients, a gateway's brief overload — costs
  only the refused request's own ``Retry-After``: it never lowers the pace;
- **429s of a bucket**: the first cluster ends the slow start at the rate the accepted
  requests prove (``proven_rate``: the most requests any stretch before the refusal carried,
  less one second's burst). A refusing bucket is empty, so the requests it accepted between
  two refusals are what it refilled meanwhile: their count over the time between (the
  spacing of the 429s, ``spaced_rate``) is the server's rate; until that is measured, each later
  cluster for a request sent after the last cut lowers the rate by the margin (the three
  measurements are pure functions in ``rate_evidence.py``);
- **probing**: after a quiet spell without 429s the pace creeps up slowly, so a server
  that raised its limit (or a first estimate too low) is found again. A server's bucket
  refills while paxdesk runs below its rate, so the probe costs nearly nothing.

Everything takes ``now`` from an injected clock: the unit tests drive it with a fake one.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from paxdesk.midoffice.rate_evidence import MIN_RATE, REGULAR, proven_rate, regular_rate, spaced_rate
from paxdesk.midoffice.ratelimit_headers import RateLimitInfo

MARGIN = 0.03           # run this far below a rate learnt from 429s ...
HEADER_MARGIN = 0.01    # ... or stated by the headers
MEASURE_HORIZON = 5.0   # seconds of 429s the spacing is measured over
PROBE = {True: (10.0, 30.0), False: (1.0, 5.0)}  # a rate confirmed by 429s, or a first guess: after
#   `quiet` seconds without a 429 the pace rises by ((t - quiet) / probe)**2 - slowly near a
#   confirmed rate (+11 % after 10 s of probing), quickly from a guess (x2 after 5 s)
PROBE_BACKOFF = 0.1     # a probe refused: the server's rate is taken as this much below the probe's pace
LONG_RETRY_AFTER = 2.0  # a longer Retry-After closes the door for every request, not just the refused one
BOOK_AHEAD = 0.2        # seconds: a slot further ahead is not booked (the pace may rise meanwhile)
TOLERANCE = 1e-6        # seconds: after waiting until a slot can be booked, rounding never refuses it again
START_RATE = 20.0       # requests per second at the start of a run, before any limit showed ...
START_DOUBLING = 0.5    # ... doubled every this many seconds while no bucket refuses ...
START_CEILING = 2000.0  # ... until past this pace nothing is paced (32 in flight at 20 ms: 1,600/s)
START_WINDOW = 4        # the first requests go at once, as TCP's initial window: a run of a few large
#   requests (myJack's lookups of 100) stays parallel; every bucket holds more than these
DENSE = (5, 8)          # a bucket's 429: at least 5 of the last 8 answers refused (5 % noise: 1 in 50,000)
RECOVER = (1.0, 0.9)    # for 1 s after the slow start's cut, 0.9 of the pace: the bucket it emptied gets a few
#   tokens back, so requests arriving together are not refused (at 30/s that halved the 429s after the cut)
SETTLE = 1.0            # seconds after a cut whose 429s do not cut again: the bucket the run emptied is still
#   nearly empty, and requests arriving together are refused until it has a few tokens (at 300/s three such
#   cuts of 3 % each cost a short run 8 % of the limit)
SEND_LOG = 5.0          # seconds of accepted requests kept for the first estimate


class Pacer:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._lock = threading.Lock()
        self._next = 0.0                 # the earliest start of the next booked request
        self._paused_until = 0.0
        self._generation = 0             # bumped when the pace drops: booked slots are void
        self._accepted = 0               # answers the server's limit let through
        self._marks: deque[tuple[float, int]] = deque()   # (time, accepted so far) at each 429
        self._learnt: float | None = None     # the server's rate as learnt from its 429s
        self._confirmed = False               # ... by 429s at a known pace, not a first guess
        self._stated: float | None = None     # ... as its headers state it
        self._stated_policy = False           # the headers name a window (not just a quota)
        self._longest_reset = 1.0             # the window of a quota stated without one
        self._last_refusal: float | None = None
        self._last_cut = float("-inf")
        self._origin: float | None = None     # the first booking: the slow start's clock
        self._starting = True                 # no limit known yet: the pace grows from START_RATE
        self._opening = START_WINDOW          # requests of the slow start not paced at all
        self._recover_until = float("-inf")   # after the slow start's overshoot: a little slower, for a moment
        self._answers: deque[bool] = deque(maxlen=DENSE[1])  # the last answers: refused or not
        self._sends: deque[float] = deque()   # when the accepted requests of the last SEND_LOG s were sent
        self._isolated: deque[tuple[float, int]] = deque(maxlen=REGULAR[0] + 1)  # (time, accepted) at each

    # -- the rate --------------------------------------------------------------------------
    def rate(self, now: float | None = None) -> float | None:
        """Requests per second paxdesk paces to now; None while no limit has shown."""
        with self._lock:
            return self._rate(self.clock() if now is None else now)

    def _rate(self, now: float) -> float | None:
        paces = []
        if self._stated is not None:
            paces.append(self._stated * (1 - HEADER_MARGIN))
        if self._learnt is not None:
            recovering = RECOVER[1] if now < self._recover_until else 1.0
            paces.append(self._learnt * (1 - MARGIN) * self._probe(now) * recovering)
        if paces:
            return max(MIN_RATE, min(paces))
        return self._start_pace(now)

    def _start_pace(self, now: float) -> float | None:
        """The slow start's pace now, or None once it has passed the ceiling (unpaced from then on)."""
        if not self._starting or self._origin is None:
            return None
        pace = START_RATE * 2 ** ((now - self._origin) / START_DOUBLING)
        if pace > START_CEILING:
            self._starting = False
            return None
        return pace

    def _probe(self, now: float) -> float:
        quiet, probe = PROBE[self._confirmed]
        since = now - (self._last_refusal if self._last_refusal is not None else now)
        return 1 + (max(0.0, since - quiet) / probe) ** 2

    @property
    def learnt_rate(self) -> float | None:
        """The server's rate as learnt from a bucket's 429s; None while none showed."""
        return self._learnt

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def paused_until(self) -> float:
        return self._paused_until

    # -- booking -----------------------------------------------------------------------------
    def book(self, now: float | None = None) -> tuple[float, int | None]:
        """(seconds to wait, generation). Book again after the wait if the generation changed or is None
        (then the wait is until the slot can be booked: the caller keeps its turn, ``HttpClient._paced``)."""
        with self._lock:
            now = self.clock() if now is None else now
            if self._origin is None:
                self._origin = now
            start = max(now, self._paused_until)
            rate = self._rate(now)
            if self._starting and self._learnt is None and self._stated is None and self._opening > 0:
                self._opening -= 1  # the slow start's first few go at once (TCP's initial window)
                return start - now, self._generation
            if rate is not None:
                start = max(start, self._next)
                if start - now > BOOK_AHEAD + TOLERANCE:
                    return start - now - BOOK_AHEAD, None  # not booked: when it can be (the pace may rise)
                self._next = start + 1 / rate
            return start - now, self._generation

    def _replan(self, now: float) -> None:
        """The pace dropped: slots booked at the old pace are void, the schedule restarts."""
        self._generation += 1
        rate = self._rate(now)
        self._next = now + (1 / rate if rate else 0.0)

    def _pause(self, until: float) -> None:
        if until > self._paused_until:
            self._paused_until = until
            self._generation += 1

    # -- what the server answered -------------------------------------------------------------
    def on_answer(self, status: int, sent_at: float, *, retry_after: float | None = None,
                  info: RateLimitInfo | None = None, now: float | None = None) -> None:
        """Learn from one answer: its status, when its request was sent, Retry-After and headers."""
        with self._lock:
            now = self.clock() if now is None else now
            before = self._rate(now)
            if info is not None:
                self._read(info, now)
            if status == 429:
                self._answers.append(True)
                self._refused(now, sent_at, before)
                if retry_after is not None and retry_after > LONG_RETRY_AFTER:
                    self._pause(now + retry_after)
            elif status < 500:  # a 503 or a timeout never reached the limit; everything else passed it
                self._accepted += 1
                self._answers.append(False)
                self._sends.append(sent_at)
            while self._sends and self._sends[0] < now - SEND_LOG:
                self._sends.popleft()
            after = self._rate(now)
            if after is not None and (before is None or after < before):
                self._replan(now)

    def _read(self, info: RateLimitInfo, now: float) -> None:
        if info.rate is not None and info.rate > 0:
            self._stated, self._stated_policy = info.rate, True
        elif info.limit is not None and info.limit > 0 and not self._stated_policy:
            if info.reset is not None:  # a quota restored every so often: the longest reset seen is its window
                self._longest_reset = max(self._longest_reset, info.reset)
            self._stated = info.limit / self._longest_reset
        if info.remaining is not None and info.remaining < 1 and info.reset and not self._stated_policy:
            self._pause(now + info.reset)  # used up, and no stated pace says when the next one comes

    def _refused(self, now: float, sent_at: float, rate_before: float | None) -> None:
        probing = self._learnt is not None and self._probe(now) > 1
        self._last_refusal = now  # the probe waits for a quiet spell again
        if sum(self._answers) < DENSE[0]:  # isolated: noise, a probe just past the rate, or a pace just above it
            if probing and rate_before is not None and sent_at >= self._last_cut:  # never lowers it:
                self._learnt = max(self._learnt, min(rate_before, proven_rate(self._sends, sent_at)))
                self._confirmed, self._last_cut = True, now  # the probe found the bucket: probe gently now
                self._isolated.clear()
            elif self._learnt is not None:
                self._isolated.append((now, self._accepted))
                if (regular := regular_rate(self._isolated)) is not None:
                    self._learnt, self._confirmed, self._last_cut = regular, True, now
                    self._isolated.clear()
            return
        self._marks.append((now, self._accepted))
        while self._marks and self._marks[0][0] < now - MEASURE_HORIZON:
            self._marks.popleft()
        measured = spaced_rate(self._marks)
        if measured is not None:
            self._learnt, self._confirmed = measured, True
        elif self._learnt is None:
            if self._stated is not None:
                return
            self._learnt = proven_rate(self._sends, sent_at)  # the end of the slow start
            self._recover_until = now + RECOVER[0]
        elif rate_before is not None and sent_at >= self._last_cut + SETTLE:  # refused at the current pace: too fast
            if probing:  # the server's rate lies between the last one and the probe's
                self._learnt = max(self._learnt, rate_before * (1 - PROBE_BACKOFF))
            else:
                self._learnt = max(MIN_RATE, min(self._learnt, rate_before))
            self._confirmed = True
        else:
            return
        self._starting = False
        self._isolated.clear()
        self._last_cut = now
