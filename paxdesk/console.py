"""Console output that survives the Windows code pages.

Redirected to a file or a pipe, Python on Windows writes in the ANSI code page (cp1252 on German
systems), which has no "→" and not every customer's letters: one such character would end a
command with ``UnicodeEncodeError`` in the middle of its message. The encoding stays what the
reader of the file or pipe expects; a character it cannot hold is written as a stand-in ("->",
else "?"). A windowed program (the bundle's paxdesk.exe) has no console streams at all.
"""

from __future__ import annotations

import codecs
import sys

_STAND_INS = {"\u2192": "->", "\u2190": "<-"}
ERRORS = "paxdesk-stand-in"


def _stand_in(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    missing = error.object[error.start:error.end]
    return "".join(_STAND_INS.get(char, "?") for char in missing), error.end


codecs.register_error(ERRORS, _stand_in)


def make_console_robust() -> None:
    """stdout and stderr write what their encoding cannot hold as a stand-in instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None: no console (windowed), or not a text stream
        if reconfigure is not None:
            reconfigure(errors=ERRORS)


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), *range(0x7f, 0xa0)] if c != 0x0a}


def printable(text: str) -> str:
    """``text`` with control characters escaped but its own line breaks kept (paxdesk's messages may list
    problems on lines; a server's or a file's text quoted in them is escaped whole by ``errors.quoted``)."""
    return str(text).translate(_CONTROL)
