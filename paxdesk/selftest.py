"""`paxdesk --selftest`: proves an installed or frozen paxdesk works, end to end, in a few seconds.

Imports every module, opens a temporary CRM (schema migrations included), starts the
sandbox, runs a small dry-run conversion through the use case ``paxdesk convert`` runs,
builds the wizard offscreen, and removes its temporary folder (on Windows that fails while
any file in it is still open). Prints one line per step; exit code 0 only when all passed.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import sys
import tempfile
import time
from pathlib import Path

import paxdesk


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(paxdesk.__path__, "paxdesk.")
             if ".migrations" not in m.name and m.name != "paxdesk.__main__"]
    return names or ["paxdesk.cli"]  # a frozen bundle may not list modules; import what it ships


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = []

    def step(name, fn):
        started = time.monotonic()
        try:
            fn()
        except Exception as exc:  # report every failure, then fail
            print(f"FAILED {name}: {exc.__class__.__name__}: {exc}", flush=True)
            steps.append(False)
            return
        print(f"ok     {name} ({time.monotonic() - started:.1f}s)", flush=True)
        steps.append(True)

    # Removing the folder is a step (below): a file left open fails that step instead of ending the run.
    with tempfile.TemporaryDirectory(prefix="paxdesk-selftest-", ignore_cleanup_errors=True) as folder:
        from paxdesk.bootstrap import settings_from
        from paxdesk.places import Places

        settings = settings_from(places=Places.under(Path(folder) / "home"))  # nothing of the user's is touched
        step("import every module", lambda: [importlib.import_module(n) for n in _modules()])
        state = {}

        def crm():
            from paxdesk.crm.db import close_crm, open_crm
            from paxdesk.crm.exchange import import_document
            from paxdesk.sandbox.scenario import build_scenario

            state["scenario"] = build_scenario(copies=40, midoffice="myjack", seed=1, token="selftest-token")
            state["db"] = f"sqlite:///{(Path(folder) / 'crm.sqlite').as_posix()}"
            engine = open_crm(state["db"])
            import_document(engine, state["scenario"].crm, "selftest")
            close_crm(engine)
        step("open a temporary CRM", crm)

        def conversion():
            from paxdesk.sandbox.fixture import parse_fixture
            from paxdesk.sandbox.server import SandboxServer
            from paxdesk.bootstrap import open_session
            from paxdesk.services.convert_flow import ConvertRequest, convert

            with SandboxServer(parse_fixture(state["scenario"].fixture)) as server, open_session(
                    state["db"], settings=settings, midoffice="myjack", base_url=server.api_url("myjack"),
                    token="selftest-token", remember_token=False) as session:
                report = list(convert(session, ConvertRequest(dry_run=True)))[-1]
            summary = report.summary
            if summary.total != len(state["scenario"].expected):
                raise RuntimeError(f"the dry run gave the summary {summary}")
        step("start the sandbox and run a dry-run conversion", conversion)

        def wizard():
            from paxdesk.bootstrap import open_session
            from paxdesk.ui.app import application
            from paxdesk.ui.wizard import ConversionWizard

            app = application(german=True)
            window = ConversionWizard(open_session(state["db"], settings=settings, token="selftest-token",
                                                   remember_token=False))
            window.show()
            app.processEvents()
            if window.currentPage() is None or not window.grab().width():
                raise RuntimeError("the wizard did not render")
            window.done(0)
        step("build the wizard offscreen", wizard)
        step("remove the temporary folder", lambda: shutil.rmtree(folder))
    ok = all(steps)
    print("selftest passed" if ok else "selftest FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(run())
