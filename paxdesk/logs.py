"""Log files a support person can read — without tokens or customer data.

Every record passes ``Redactor`` on its way to a handler: secrets registered at
runtime (the token, access tokens), ``Authorization``/Bearer values, ``token=``
form fields and e-mail addresses are replaced. Crash reports hold the version,
the OS and a traceback without local variables, redacted the same way.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from paxdesk import __version__

REDACTED = "«redacted»"
_PATTERNS = [
    re.compile(r"(?i)(bearer\s+)[^\s'\"]+"),
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\"\n]+"),
    re.compile(r"(?i)((?:access_)?token['\"]?\s*[:=]\s*['\"]?)[^&\s'\",}]+"),
    re.compile(r"()[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses are personal data
]
_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Never let this value reach a log file or crash report."""
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class Redactor(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info:
            record.exc_text = redact(describe_exception(record.exc_info[1]))
            record.exc_info = None
        return True


class _OwnerOnlyFileHandler(logging.handlers.RotatingFileHandler):
    """Log files (which name customer ids and runs) readable by their owner only, from the first byte."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(folder: Path, debug: bool = False) -> Path:
    """A rotating log file in ``folder`` (1 MB × 5); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "paxdesk.log"
    close_logging()
    root = logging.getLogger()
    handler = _OwnerOnlyFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler._paxdesk = True
    handler.addFilter(Redactor())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for noisy in ("httpx", "httpcore", "hpack", "faker"):  # httpx: a line per request (100,000 a conversion)
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.WARNING)
    return path


def close_logging() -> None:
    """Detach and close the log file: Windows cannot delete a folder while a file in it is open."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_paxdesk", False):
            root.removeHandler(handler)
            handler.close()


def describe_exception(exc: BaseException) -> str:
    """Frames (file, line, function, code) and exception types, chained causes included.

    Messages are kept only for paxdesk's own errors: foreign ones may carry data (SQLAlchemy
    puts SQL parameters — customer names — into its messages), and no filter can recognise a name.
    """
    from paxdesk.errors import PaxdeskError

    parts = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        message = f": {exc}" if isinstance(exc, PaxdeskError) else " (message withheld: it may hold data)"
        parts.append(f"Traceback (most recent call last):\n{frames}{type(exc).__module__}.{type(exc).__qualname__}"
                     f"{message}\n")
        exc = exc.__cause__ or exc.__context__
    return "\nCaused by / during:\n".join(reversed(parts))


def _new_private_file(folder: Path, stem: str, suffix: str) -> Path:
    """A file of our own, owner-only: two crashes in the same instant still get two reports."""
    for number in range(1, 1000):
        path = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free crash report name in {folder}")


def write_crash_report(folder: Path, exc: BaseException) -> Path:
    """Version, OS and a traceback without local variables or foreign messages; redacted."""
    from paxdesk.files import private_dir

    private_dir(folder)
    now = datetime.now()
    frames = describe_exception(exc)
    text = (f"paxdesk {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n"
            f"{now.isoformat(timespec='seconds')}\n\n{frames}")
    path = _new_private_file(folder, f"crash-{now:%Y-%m-%dT%H-%M-%S-%f}", ".txt")
    path.write_text(redact(text), encoding="utf-8")
    logging.getLogger("paxdesk").error("unhandled %s; crash report %s", type(exc).__name__, path.name)
    return path
