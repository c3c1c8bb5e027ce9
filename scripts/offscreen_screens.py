"""The screens the layout check and the screenshots run on, and the agent's answers to the wizards' questions.

Imported first by scripts/screenshots.py and scripts/screenshots_migration.py: it sets Qt's offscreen
platform up with the screens of a laptop (before PySide6 starts), so both walk the same screens.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

SCALE = float(os.environ.get("QT_SCALE_FACTOR") or 1)
TASKBAR = 40  # Windows' taskbar at 100 %, in pixels; the screen's free area lacks it


def _screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height - round(TASKBAR * SCALE),
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


SCREENS = [_screen("1366x768", 0, 1366, 768), _screen("1280x720", 1366, 1280, 720)]
_config = Path(tempfile.mkdtemp(prefix="paxdesk-screens-")) / "screens.json"
_config.write_text(json.dumps({"screens": SCREENS, "windowFrameMargins": True}), encoding="utf-8")
# Qt splits the platform's arguments at ":", a Windows drive letter's too (Qt then dies): the file is named
# relative to its folder, the working directory while the application starts (main).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config.name}"
os.environ.setdefault("PAXDESK_LANG", "de")
os.environ["PAXDESK_HOME"] = tempfile.mkdtemp(prefix="paxdesk-shots-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from paxdesk.ui.app import application  # noqa: E402
from paxdesk.ui.dialogs import confirm_box, message_box, text_box  # noqa: E402


class Answers:
    """Answers the wizard's questions the way an agent would in the demo (and remembers them, to show each
    question's real box in --check)."""

    def __init__(self):
        self.asked = []   # (kind, title, text, button)
        self.text = None

    def error(self, title, text):
        self.asked.append(("error", title, text, None))

    def info(self, title, text):
        self.asked.append(("info", title, text, None))

    def confirm(self, title, text, yes=None):
        self.asked.append(("confirm", title, text, yes))
        return True

    def ask_text(self, title, label, ok=None):
        self.asked.append(("ask", title, label, ok))
        return self.text

    def run(self, dialog):
        return False


def box_for(parent, kind: str, title: str, text: str, button: str | None):
    """The real box the wizard would have shown for a question ``Answers`` answered."""
    if kind == "confirm":
        return confirm_box(parent, title, text, button)
    if kind == "ask":
        return text_box(parent, title, text, button)
    return message_box(parent, title, text, warning=kind == "error")


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout: float = 90) -> None:
    end = time.time() + timeout
    while not condition() and time.time() < end:
        pump(50)
    if not condition():
        raise TimeoutError("the wizard did not get there in time")


def start_application(german: bool) -> QApplication:
    cwd = os.getcwd()
    os.chdir(_config.parent)
    try:
        return application(german=german)
    finally:
        os.chdir(cwd)
