"""Child process for the lock tests: try the conversion lock, say how it went, hold it a while.

With ``--on-go`` it first says "ready" and waits for a line on stdin, so that racers try at the same moment
however long each took to start (seconds under wine, or on a PC with a virus scanner).
"""

import sys
import time

from paxdesk.crm.db import open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.errors import LockHeld

url, hold = sys.argv[1], float(sys.argv[2])
engine = open_crm(url)
lock = ConversionLock(engine)
if "--on-go" in sys.argv[3:]:
    print("ready", flush=True)
    sys.stdin.readline()
try:
    lock.acquire()
except LockHeld:
    print("lost", flush=True)
    sys.exit(4)
print("won", flush=True)
time.sleep(hold)
lock.release()
