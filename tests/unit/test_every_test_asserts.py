"""Every test checks something that could fail (issue: tests without an assertion prove nothing).

A test function counts as asserting when its body (or a helper it calls from this file) holds an
``assert``, a ``pytest.raises``/``pytest.fail``, or a waiting call that fails on a timeout
(``qtbot.waitUntil``/``waitSignal``), or calls a shared checker (``check_*``, ``assert_*``, ``run_trials``).
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
CHECKERS = ("check_", "assert_", "_check", "waitUntil", "waitSignal", "waitSignals", "raises", "fail")


def _asserts(node: ast.AST, helpers: dict[str, ast.FunctionDef], seen: set[str]) -> bool:
    for child in ast.walk(node):
        if isinstance(child, ast.Assert):
            return True
        if isinstance(child, ast.Call):
            name = child.func.attr if isinstance(child.func, ast.Attribute) else getattr(child.func, "id", "")
            if any(name.startswith(c) or name == c for c in CHECKERS):
                return True
            if name in helpers and name not in seen:
                seen.add(name)
                if _asserts(helpers[name], helpers, seen):
                    return True
    return False


def test_every_test_function_asserts_something():
    silent = []
    for path in sorted(TESTS.rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {n.name: n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_"):
                if not _asserts(node, helpers, set()):
                    silent.append(f"{path.relative_to(TESTS)}::{node.name}")
    assert silent == [], "tests without an assertion:\n" + "\n".join(silent)
