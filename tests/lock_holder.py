"""Child process for the lock tests: try the conversion lock, say how it went, hold it a while."""

import sys
import time

from paxdesk.crm.db import open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.errors import LockHeld

url, hold, start_at = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
engine = open_crm(url)
lock = ConversionLock(engine)
while time.time() < start_at:  # both racers start at the same instant
    time.sleep(0.001)
try:
    lock.acquire()
except LockHeld:
    print("lost", flush=True)
    sys.exit(4)
print("won", flush=True)
time.sleep(hold)
lock.release()
