"""Screenshots of every wizard page on the demo data, and the layout check behind tests/ui/test_layout.py.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]           # docs/screenshots/, German, 1366×768
    QT_SCALE_FACTOR=1.25 .venv/bin/python scripts/screenshots.py docs/screenshots/125   # the same at 125 %
    .venv/bin/python scripts/screenshots.py --check OUT_DIR     # both wizards, every page and dialog, at
                                                                # 100/125/150 % on 1366×768 and 1280×720, German
                                                                # and English; OUT_DIR/layout.json says what's wrong

Drives the real wizards against the in-process sandbox (like `paxdesk demo`) on Qt's offscreen platform.
How a laptop's screen is emulated (what works with PySide6's offscreen plugin):

* the screens come from the plugin's config file (``offscreen:configfile=screens.json``, a list of screens
  with their size in device pixels); each screen lacks a 40-pixel taskbar (at 100 %, scaled with the screen),
  since the offscreen plugin's free area is the whole screen and Windows' is not;
* the scaling is ``QT_SCALE_FACTOR``, read once as QApplication starts: so --check runs one child process per
  scale and language (``--check-one``), each walking both wizards once and, on every page and dialog, placing
  the window on each screen in turn (``fit_to_screen``, as on Windows; a dialog is opened anew on each);
* what is judged is in scripts/layout_checks.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (same folder; first: it sets the screens up before Qt starts)
from offscreen_screens import SCALE, Answers, box_for, pump, start_application, wait_until  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from layout_checks import all_in_view, problems  # noqa: E402  (same folder)
from paxdesk.domain.plan import Action  # noqa: E402
from paxdesk.sandbox.server import SandboxServer  # noqa: E402
from paxdesk.bootstrap import open_session, settings_from  # noqa: E402
from paxdesk.places import Places  # noqa: E402
from paxdesk.demo.conversion import DEMO_TOKEN, prepare_demo  # noqa: E402
from paxdesk.services.review.gate import question_for  # noqa: E402
from paxdesk.ui.dialogs import confirm_box  # noqa: E402
from paxdesk.ui.guard_dialog import SamePersonDialog  # noqa: E402
from paxdesk.ui.search_dialog import SearchDialog  # noqa: E402
from paxdesk.ui.wizard import ConversionWizard  # noqa: E402

BUTTONS = {"next": QWizard.WizardButton.NextButton, "back": QWizard.WizardButton.BackButton,
           "cancel": QWizard.WizardButton.CancelButton, "finish": QWizard.WizardButton.FinishButton}
SCALES = (1.0, 1.25, 1.5)
LANGUAGES = ("de", "en")


def geometry(window, screen) -> dict:
    """Where the window and its visible wizard buttons are, against the screen's free area."""
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    buttons = {}
    for name, which in BUTTONS.items() if isinstance(window, QWizard) else ():
        button = window.button(which)
        if button.isVisible():
            top_left = button.mapToGlobal(button.rect().topLeft())
            buttons[name] = [top_left.x(), top_left.y(), button.width(), button.height()]
    return {"screen": [area.x(), area.y(), area.width(), area.height()],
            "window": [frame.x(), frame.y(), frame.width(), frame.height()], "buttons": buttons}


class Checker:
    """--check: each page and dialog placed on every screen in turn, its geometry and problems recorded."""

    def __init__(self, screens, out: Path, tag: str):
        self.screens, self.out, self.tag = screens, out, tag
        self.record: dict[str, dict] = {s.name(): {} for s in screens}

    def _judge(self, name: str, window, screen, extra) -> None:
        pump(80)
        found = problems(window, screen.availableGeometry()) + (extra() if extra else [])
        if found:  # a busy machine may not have laid the window out yet: only what is still wrong counts
            pump(500)
            found = problems(window, screen.availableGeometry()) + (extra() if extra else [])
        self.record[screen.name()][name] = {**geometry(window, screen), "problems": found}
        if found:  # a picture of what was wrong, to look at
            window.grab().save(str(self.out / f"layout-{self.tag}-{screen.name()}-{name}.png"))

    def page(self, name: str, wizard, extra=None) -> None:
        for screen in self.screens:
            wizard.fit_to_screen(screen)
            self._judge(name, wizard, screen, extra)
        wizard.fit_to_screen(self.screens[0])

    def dialog(self, name: str, wizard, make, ready=None) -> None:
        """``make()`` builds the dialog anew for each screen: it places itself over the wizard as it opens."""
        for screen in self.screens:
            wizard.fit_to_screen(screen)
            pump(50)
            dialog = make()
            dialog.show()
            if ready:
                wait_until(lambda: ready(dialog), 20)
            self._judge(name, dialog, screen, None)
            dialog.done(0)
            dialog.deleteLater()
        wizard.fit_to_screen(self.screens[0])

    def questions(self, prefix: str, wizard, asked) -> None:
        """Each question a walk asked, in the box the agent would have seen (the same text once)."""
        seen = set()
        for number, (kind, title, text, button) in enumerate(asked):
            if (kind, text) not in seen:
                seen.add((kind, text))
                self.dialog(f"{prefix}-{kind}-{number}", wizard,
                            lambda: box_for(wizard, kind, title, text, button))


def review_in_view(review) -> list[str]:
    """The review's context and its decision buttons together, without scrolling (issue 30)."""
    rows = review.table.verticalHeader().defaultSectionSize()
    widgets = {"tabs": review.tabs, "search": review.search, "table": review.table}
    for name in ("convert_button", "local_button", "skip_button", "relink_button", "next_button", "undo_button"):
        widgets[name] = getattr(review, name)
    return all_in_view(widgets, review.scroll, {"table": review.table.horizontalHeader().height() + 3 * rows})


def walk(screen, out: Path | None, prefix: str, copies: int, extras: bool = False, german: bool = True,
         checker: Checker | None = None) -> None:
    """The whole wizard on ``screen``: a screenshot of every page into ``out`` (or each page and dialog judged
    by ``checker``)."""
    home = Path(tempfile.mkdtemp(prefix=f"paxdesk-{screen.name()}-"))
    db_url, fixture = prepare_demo(home, copies=copies)
    with SandboxServer(fixture) as server:
        settings = settings_from(places=Places.under(home))  # the demo's folder, as `paxdesk demo` uses it
        session = open_session(db_url, settings=settings, midoffice="midoco", base_url=server.api_url("midoco"),
                               token=DEMO_TOKEN, remember_token=False)
        wizard = ConversionWizard(session, german=german)
        answers = wizard.dialogs = Answers()
        wizard.fit_to_screen(screen)
        wizard.show()
        pages = wizard.pages

        def shot(name: str, extra=None) -> None:
            pump(300 if out is not None else 30)
            if out is not None:
                wizard.grab().save(str(out / f"{prefix}{name}.png"))
            if checker is not None:
                checker.page(name, wizard, extra)

        def dialog(name: str, make, ready=None) -> None:
            if checker is not None:
                checker.dialog(name, wizard, make, ready)
            if out is not None:
                shown = make()
                shown.show()
                if ready:
                    wait_until(lambda: ready(shown), 20)
                pump(400)
                shown.grab().save(str(out / f"{prefix}{name}.png"))
                shown.done(0)

        shot("1-willkommen")
        wizard.next()
        if extras:
            pages[1].advanced.setChecked(True)
        shot("2-midoffice-token")
        wizard.next()
        wait_until(lambda: pages[2]._sessions is not None and session.lock_held)
        shot("3-vorbereitung")
        pages[2].force.setChecked(True)
        wizard.next()
        wait_until(lambda: pages[3].report is not None)
        shot("4-zugangspruefung")
        wizard.next()
        wait_until(lambda: pages[4].bar.value() > pages[4].bar.maximum() // 3, 60)
        shot("5-abgleich")
        wait_until(pages[4].isComplete)
        wizard.next()
        review = pages[5]
        if extras:  # a different person in the warnings, the question it asks, re-link candidates, a duplicate group
            review.tabs.setCurrentIndex(review._keys.index("warnings"))
            question = lambda r: question_for(r, Action.CONVERT, None, confirmed=False)  # noqa: E731
            major = next(r for r in review.model.visible_rows() if question(r) and not question(r).same_names)
            review.table.selectRow(review.model.position(major))
            wait_until(lambda: review._crm.get("id") == major.item.customer_id, 10)
        else:
            review.table.selectRow(3)
        shot("6-pruefung", lambda: review_in_view(review))
        if extras:
            dialog("6b-andere-person", lambda: SamePersonDialog(question(major), wizard))
            dialog("6c-neu-verknuepfen", lambda: SearchDialog(session, major.item.customer_id, review._crm, wizard),
                   ready=lambda d: d.results.rowCount() > 0)
            review.tabs.setCurrentIndex(review._keys.index("duplicates"))
            review.table.selectRow(1)
            wait_until(lambda: review.comparison.toPlainText().count("\n") > 3, 10)
            shot("6d-dubletten", lambda: review_in_view(review))
        wizard.next()
        wait_until(pages[6].start.isEnabled, 20)  # the checkpoint has been counted
        shot("7-konvertierung")
        pages[6].run()
        wait_until(pages[6].isComplete)
        shot("7b-konvertierung-fertig")
        wizard.next()
        gdpr = pages[7]
        wait_until(lambda: bool(gdpr.entries) and bool(gdpr.files))
        shot("8-dsgvo")
        if extras:  # keep one with a reason, delete another: the list keeps both with their status
            gdpr.table.selectRow(0)
            answers.text = "Reise im März noch offen"
            gdpr._keep()
            wait_until(lambda: gdpr.entries[0].status == "kept")
            gdpr.table.selectRow(1)
            gdpr._delete()
            wait_until(lambda: gdpr.entries[1].status == "deleted")
            shot("8b-dsgvo-entschieden")
        wizard.next()
        wait_until(lambda: len(pages[8].paths) == 2 and not pages[8]._saving)
        shot("9-abschluss")
        if checker is not None:
            checker.questions("frage", wizard, answers.asked)
            checker.dialog("frage-beenden", wizard, lambda: confirm_box(
                wizard, wizard.tr("Quit paxdesk?"), wizard._quit_question(), wizard.tr("Quit")))
        if extras:
            wizard.done(0)
            QApplication.processEvents()
            reopened = ConversionWizard(open_session(db_url, settings=settings, midoffice="midoco", base_url=server.api_url(
                "midoco"), token=DEMO_TOKEN, remember_token=False), german=german)
            reopened.dialogs = Answers()
            reopened.fit_to_screen(screen)
            reopened.show()
            pump(300)
            if out is not None:
                reopened.grab().save(str(out / f"{prefix}1b-fortsetzen.png"))
            if checker is not None:
                checker.page("1b-fortsetzen", reopened)
            reopened.done(0)
        else:
            wizard.done(0)
    QApplication.processEvents()


def check_one(out: Path) -> int:
    """A child of --check: both wizards at this process's scale and language, judged on every screen."""
    german = os.environ["PAXDESK_LANG"] == "de"
    app = start_application(german)
    screens = app.screens()
    tag = f"{round(SCALE * 100)}-{os.environ['PAXDESK_LANG']}"
    checker = Checker(screens, out, tag)
    walk(screens[0], None, "", copies=60, extras=True, german=german, checker=checker)
    from screenshots_migration import walk_migration  # after QApplication
    walk_migration(screens[0], None, checker)
    (out / f"layout-{tag}.json").write_text(json.dumps(checker.record, indent=1), encoding="utf-8")
    return 0


def check(out: Path) -> int:
    """One child per scale and language (QT_SCALE_FACTOR is read once per process), three at a time (they
    mostly wait for the sandbox and the event loop)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")])}
    jobs = [(scale, language) for scale in SCALES for language in LANGUAGES]
    running, failed = [], []
    while jobs or running:
        while jobs and len(running) < 3:
            scale, language = jobs.pop(0)
            child_env = {**env, "QT_SCALE_FACTOR": str(scale), "PAXDESK_LANG": language}
            child_env.pop("QT_QPA_PLATFORM", None)
            running.append(((scale, language), subprocess.Popen(
                [sys.executable, __file__, "--check-one", str(out)], env=child_env)))
        time.sleep(0.2)
        for job in [j for j in running if j[1].poll() is not None]:
            running.remove(job)
            if job[1].returncode:
                failed.append(job[0])
    layout = {}
    for scale in SCALES:
        for language in LANGUAGES:
            tag = f"{round(scale * 100)}-{language}"
            path = out / f"layout-{tag}.json"
            layout[tag] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    (out / "layout.json").write_text(json.dumps(layout, indent=1), encoding="utf-8")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check-one"]:
        return check_one(Path(argv[1]).resolve())
    if argv[:1] == ["--check"]:
        out = Path(argv[1]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        return check(out)
    out = (Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    german = os.environ["PAXDESK_LANG"] == "de"
    app = start_application(german)
    walk(app.screens()[0], out, "", copies=600, extras=True, german=german)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
