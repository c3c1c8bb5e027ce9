"""The wizard fits the laptops agents use: on 1366×768 (at 100 % and 125 % scaling) and 1280×720, on every
page, Weiter / Zurück / Abbrechen (Fertig on the last) lie inside the screen.

Qt's offscreen platform is configured with those screens by scripts/screenshots.py (a process of its own:
screens are fixed when Qt starts); the script walks the whole demo wizard on each and records geometry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _inside(box, area) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_every_page_keeps_its_buttons_on_small_screens(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--check", str(tmp_path)],
                   check=True, env=env, timeout=600, cwd=ROOT)
    layout = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))
    assert set(layout) == {"1366x768", "1366x768-125", "1280x720"}
    assert layout["1366x768-125"]["1"]["screen"][2:] == [1093, 614]  # 125 %: fewer device-independent pixels
    for screen, pages in layout.items():
        assert sorted(pages, key=int) == [str(n) for n in range(1, 10)], screen
        for page, geometry in pages.items():
            expected = {"Fertig"} if page == "9" else {"Weiter", "Zurück", "Abbrechen"}
            assert set(geometry["buttons"]) == expected, (screen, page)
            assert _inside(geometry["window"], geometry["screen"]), (screen, page, geometry)
            for name, box in geometry["buttons"].items():
                assert _inside(box, geometry["screen"]), (screen, page, name, box)
                assert box[2] >= 60 and box[3] >= 20, (screen, page, name, box)  # not squeezed away
    assert len(list(tmp_path.glob("layout-*.png"))) == 3 * 10  # nine pages, and step 7 after the run
