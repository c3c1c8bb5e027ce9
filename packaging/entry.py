"""Entry point of the frozen bundle (both executables)."""

import multiprocessing
import sys

from paxdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
