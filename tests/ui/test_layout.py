"""Both wizards fit the laptops agents use (issue 30): 1366×768 and 1280×720, at 100 %, 125 % and 150 % scaling
(Windows' usual steps), in German and in English — every page and every dialog a walk opens (the re-link
search, "probably another person", each question asked, the quit question).

``scripts/screenshots.py --check`` does the walking, in one child process per scale and language: Qt reads
``QT_SCALE_FACTOR`` once, as QApplication starts, so a scale cannot change inside a process. Each child runs on
Qt's offscreen platform with two screens from the plugin's config file (``offscreen:configfile=…``), each less
a taskbar (the offscreen plugin's free area is the whole screen, Windows' is not), and places every page and
dialog on each screen in turn as the app does (``fit_to_screen``; a dialog is opened anew over the wizard).
What counts as a problem is in scripts/layout_checks.py: a widget outside the screen's free area, a page
scrolling sideways, a button's, label's, tab's or header's text wider than its room
(``fontMetrics().horizontalAdvance``), and on the review page the tabs, the search, the table and the decision
buttons not in view together.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TAGS = [f"{scale}-{language}" for scale in (100, 125, 150) for language in ("de", "en")]


def _inside(box, area) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_every_page_and_dialog_fits_small_and_scaled_screens_in_both_languages(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--check", str(tmp_path)],
                          env=env, timeout=600, cwd=ROOT, capture_output=True, text=True)
    layout = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))
    assert done.returncode == 0 and all(layout[tag] for tag in TAGS), done.stderr[-3000:]
    assert layout["125-de"]["1366x768"]["1-willkommen"]["screen"][2:] == [1093, 574]  # less a 40 px taskbar
    assert layout["150-en"]["1280x720"]["1-willkommen"]["screen"][2:] == [853, 440]
    found = []
    for tag in TAGS:
        for screen, windows in layout[tag].items():
            assert {"6-pruefung", "6c-neu-verknuepfen", "6b-andere-person", "frage-beenden", "9-abschluss",
                    "m5b-schon-in-myjack", "m9-abschluss"} <= set(windows), (tag, screen)
            for name, geometry in windows.items():
                found += [f"{tag} {screen} {name}: {problem}" for problem in geometry["problems"]]
                for button, box in geometry["buttons"].items():
                    assert box[2] >= 60 and box[3] >= 20, (tag, screen, name, button, box)  # not squeezed away
                    assert _inside(box, geometry["screen"]), (tag, screen, name, button, box)
    assert not found, "\n".join(found)
