"""Asking before a destructive command: on a terminal only, and never with ``--yes``."""

from __future__ import annotations

import sys


def confirm(question: str, yes: bool) -> bool:
    """True with ``--yes`` or without a terminal to ask (scripts); otherwise the answer to a [y/N] question."""
    return yes or not sys.stdin.isatty() or ask(question)


def ask(question: str) -> bool:
    """A [y/N] question only a person at a terminal can answer yes to; scripts get no."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")
