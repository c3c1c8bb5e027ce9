"""``paxdesk`` with a test resolver: ``PAXDESK_TEST_RESOLVE="name=127.0.0.1;other=FAIL"``.

Maps foreign-looking host names to a loopback capture server (or to a DNS failure)
so tests can prove what paxdesk does with such an address without any real foreign host.
"""

from __future__ import annotations

import os
import socket
import sys

_original = socket.getaddrinfo


def _table() -> dict[str, str]:
    pairs = (item.split("=", 1) for item in os.environ.get("PAXDESK_TEST_RESOLVE", "").split(";") if "=" in item)
    return {name.strip().lower(): target.strip() for name, target in pairs}


def _getaddrinfo(host, *args, **kwargs):
    target = _table().get(str(host).lower()) if host else None
    if target == "FAIL":
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return _original(target or host, *args, **kwargs)


if __name__ == "__main__":
    socket.getaddrinfo = _getaddrinfo
    from paxdesk.cli import main

    sys.exit(main(sys.argv[1:]))
