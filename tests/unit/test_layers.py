"""Nothing below paxdesk.ui imports Qt, and the layers point downwards (ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import pkgutil
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import paxdesk
from tests.helpers import ROOT

PACKAGE = Path(paxdesk.__file__).parent
CORE = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], "paxdesk.")
        if not m.name.startswith("paxdesk.ui") and ".migrations" not in m.name and m.name != "paxdesk.__main__"]


def test_every_core_module_imports_with_pyside6_blocked():
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('Qt is not allowed below paxdesk.ui: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(CORE) > 25


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_point_downwards():
    below = {"domain": {"crm", "midoffice", "services", "ui", "sandbox", "cli"},
             "crm": {"services", "ui", "midoffice", "sandbox"},
             "midoffice": {"services", "ui", "crm", "sandbox", "migration"},
             "migration": {"services", "ui", "crm", "midoffice", "sandbox", "cli"},
             "services": {"ui", "cli"}}
    problems = []
    for layer, forbidden in below.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] == "paxdesk" and len(parts) > 1 and parts[1] in forbidden:
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_import_linter_contracts_are_kept():
    """The contracts in pyproject.toml (Qt only in the UI, layers, CLI and wizard talk to services only)."""
    lint_imports = shutil.which("lint-imports", path=sysconfig.get_path("scripts"))  # bin/ or Scripts\*.exe
    assert lint_imports, "import-linter is not installed"
    result = subprocess.run([lint_imports, "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert "broken" in result.stdout, result.stdout + result.stderr  # the summary line was printed
    assert result.returncode == 0, result.stdout


def test_every_cli_module_is_bound_by_the_cli_contract():
    """A new ``paxdesk/cli_*.py`` must not escape 'the CLI talks to the services only'."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}
    bound = set(contracts["The CLI talks to the services, never to the CRM or a MidOffice directly"]["source_modules"])
    modules = {f"paxdesk.{p.stem}" for p in PACKAGE.glob("cli*.py")}
    assert modules - bound == set()


def test_no_import_cycles_between_paxdesk_modules():
    """Import cycles (also through imports inside functions) make modules impossible to reason about alone."""
    import grimp

    graph = grimp.build_graph("paxdesk")
    modules = sorted(m for m in graph.modules if ".migrations" not in m)
    cycles = set()
    for importer in modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            if imported.startswith("paxdesk.") and graph.find_shortest_chain(imported, importer):
                cycles.add(tuple(sorted((importer, imported))))
    assert sorted(cycles) == []


ENGINE = ("services", "crm", "midoffice", "migration", "domain", "secrets.py", "places.py", "files.py", "logs.py")


def _reads_environment(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv", "environb") and \
                isinstance(node.value, ast.Name) and node.value.id == "os":
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "os" and any(
                a.name in ("environ", "getenv") for a in node.names):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} from os import")
    return found


def test_the_engine_never_reads_the_environment():
    """The bootstrap reads it once (issue 31): a service that read PAXDESK_HOME itself would write into the
    user's folders during the demo or a test that handed it other Places."""
    files = [f for name in ENGINE for f in ([PACKAGE / name] if name.endswith(".py")
                                            else (PACKAGE / name).rglob("*.py"))]
    assert len(files) > 40
    assert [hit for f in files for hit in _reads_environment(f)] == []
