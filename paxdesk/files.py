"""Files with personal data: owner-only from the first byte, written whole or not at all, never onto the CRM.

On POSIX new files are created with mode 0600 and folders with 0700 (not chmod-ed
afterwards, when others could already have opened them). On Windows the mode bits
mean nothing; paxdesk's folders live in the user's profile (``%LOCALAPPDATA%``),
which only that user (and administrators) can read.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from paxdesk.errors import InputError

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700


def restrict_new_files() -> None:
    """For the whole process (the CLI, the wizard): whatever it creates is for its owner only."""
    if POSIX:
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create the folder (and missing parents) as 0700; tighten one of ours that an older paxdesk left open."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX and path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
        os.chmod(path, DIR_MODE)
    return path


def create_private(path: Path) -> bool:
    """Create an empty owner-only file if there is none (e.g. before SQLite opens it). True if created."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        return True
    except FileExistsError:
        return False


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """An owner-only temporary file beside ``path`` to fill; renamed over ``path`` when the block succeeds.

    A failure (disk full, a crash, an exception) leaves ``path`` as it was and no partial file.
    """
    path = Path(path)
    if not path.parent.exists():
        private_dir(path.parent)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")  # 0600
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path, binary: bool = False) -> Iterator[IO]:
    """``atomic_path`` with the temporary file open for writing (UTF-8 text unless ``binary``)."""
    with atomic_path(path) as temp:
        with open(temp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


def same_file(a: Path, b: Path) -> bool:
    """The same file, also through symlinks, ``..`` or hard links."""
    return _same(Path(a), Path(b))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(path: Path, protected: list[Path], what: str) -> Path:
    """Refuse an output path that is (also through symlinks or hard links) one of ``protected`` — the CRM,
    its WAL, its backup source — or that cannot be written. Called before anything is changed."""
    path = Path(path)
    for other in protected:
        if _same(path, other):
            raise InputError(f"{what} {path}: this is the CRM's own file ({other.name}); choose another file — "
                             "nothing was written")
    if path.is_dir():
        raise InputError(f"{what} {path}: is a folder; give a file name — nothing was written")
    parent = path.parent
    existing = next((p for p in (parent, *parent.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        raise InputError(f"{what} {path}: the folder {parent} cannot be created — nothing was written")
    if not os.access(existing, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InputError(f"{what} {path}: no permission to write there — nothing was written")
    return path
