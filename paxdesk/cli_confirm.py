"""Asking before a destructive command: on a terminal only, and never with ``--yes``."""

from __future__ import annotations

import sys


def confirm(question: str, yes: bool) -> bool:
    """True with ``--yes`` or without a terminal to ask (scripts); otherwise the answer to a [y/N] question."""
    if yes or not sys.stdin.isatty():
        return True
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")
