"""Walk the real wizard page by page against the sandbox, as an agent would (for tests that visit every page)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import Qt

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.bootstrap import open_session
from paxdesk.ui.wizard import ConversionWizard
from tests.helpers import import_crm
from tests.ui.conftest import FakeDialogs, press_next

TOKEN = "walk-token-SECRET-12"
PAGES = 9


class World:
    """A CRM with every status (and, if asked, colleagues logged in) and the sandbox serving its MidOffice."""

    def __init__(self, tmp_path, midoffice: str = "midoco", copies: int = 40, colleagues: int = 0, seed: int = 5):
        self.midoffice = midoffice
        self.scenario = build_scenario(copies=copies, midoffice=midoffice, seed=seed, token=TOKEN)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        users = self.scenario.crm["users"]
        self.scenario.crm["sessions"] = [{"user": users[i]["id"], "host": f"PC-{i + 1}", "last_seen": now}
                                         for i in range(colleagues)]
        self.url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
        import_crm(self.url, self.scenario.crm)
        self._server = SandboxServer(parse_fixture(self.scenario.fixture))

    def __enter__(self) -> "World":
        self.server = self._server.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._server.__exit__(*exc)

    def wizard(self, qtbot, german: bool = True, **session) -> ConversionWizard:
        wizard = ConversionWizard(open_session(self.url, **session), german)
        wizard.dialogs = FakeDialogs()
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    def walked(self, qtbot, to: int, german: bool = True, **session) -> ConversionWizard:
        """A new wizard, walked from its first page to page ``to`` (0-based): where most tests begin."""
        wizard = self.wizard(qtbot, german, **session)
        walk(qtbot, wizard, self, to=to)
        return wizard


def settle(qtbot, wizard: ConversionWizard, index: int) -> None:
    """Wait until the page at ``index`` shows what it loads in the background."""
    page = wizard.pages[index]
    waits = {2: lambda: page._sessions is not None and wizard.state.context.lock_held,
             3: lambda: page.report is not None, 4: page.isComplete, 7: lambda: bool(page.entries),
             8: lambda: len(page.paths) == 2 and not page._saving}
    if index in waits:
        qtbot.waitUntil(waits[index], timeout=60_000)


def walk(qtbot, wizard: ConversionWizard, world: World, to: int = PAGES - 1,
         on_page: Callable[[int], None] | None = None) -> None:
    """From the current page to page ``to`` (0-based), calling ``on_page(index)`` once each page has settled."""
    while True:
        index = wizard.currentId()
        page = wizard.currentPage()
        if index == 1 and not page.token.text() and not page._has_token:
            (page.myjack if world.midoffice == "myjack" else page.midoco).setChecked(True)
            page.base_url.setText(world.server.api_url(world.midoffice))
            page.token.setText(TOKEN)
        if index == 2:
            settle(qtbot, wizard, 2)
            if page._sessions and not page.force.isChecked():
                page.force.setChecked(True)
        if index == 6 and page.report is None:
            on_page and on_page(index)
            qtbot.waitUntil(page.start.isEnabled, timeout=30_000)  # the checkpoint has been counted
            qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(page.isComplete, timeout=60_000)
        settle(qtbot, wizard, index)
        if on_page:
            on_page(index)
        if index >= to:
            return
        press_next(qtbot, wizard)
