"""Every string the wizard shows is in the agent's language: no untranslated source, no internal code.

The .ts files must be complete (German: every string; English: every plural form). Then the real
wizard is walked in German and in English, and the text of every widget shown on every page is read:
German must show no English source sentence, English no German translation, neither an internal code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QLineEdit, QTableView, QTableWidget, QTabBar,
                               QWidget)

from paxdesk.ui.app import I18N, application
from tests.ui.conftest import hidden
from tests.ui.walk import World, walk

# Internal codes (and the words they are in English, which German must not show either); placeholders left over.
CODES = re.compile(r"\b([a-z]+_[a-z_]+|ConnectError|None|True|False)\b|\(s\)|\(e\)|\(nen\)|\{\d\}|%n")
ENGLISH_CODES = re.compile(r"\b(minor|major|match|protocol|skipped|converted|deleted|error)\b", re.IGNORECASE)


def _messages(name: str) -> list[ET.Element]:
    return list(ET.parse(I18N / name).getroot().iter("message"))


def _text(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("name, plural_only", [("paxdesk_de.ts", False), ("paxdesk_en.ts", True)])
def test_the_translation_files_are_complete(name, plural_only):
    messages = _messages(name)
    assert messages
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert all(t.strip() for t in _text(message)), source
        if plural_only:
            assert message.get("numerus") == "yes", source
        if message.get("numerus") == "yes":
            assert len(_text(message)) == 2 and "(s)" not in " ".join(_text(message)), source
    _compiled_file_agrees(name)


def _compiled_file_agrees(name: str) -> None:
    """The .qm the wizard loads says what the .ts says (``scripts/i18n.sh`` was run after the last edit).

    Read through Qt itself, not by file times: a checkout or a merge sets those in any order.
    """
    translator = QTranslator()
    assert translator.load(str(I18N / name.replace(".ts", ".qm"))), name
    for context in ET.parse(I18N / name).getroot().iter("context"):
        context_name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            comment = message.find("comment")
            disambiguation = comment.text if comment is not None else None
            texts = _text(message)
            for n, expected in zip((1, 2), texts) if message.get("numerus") == "yes" else [(-1, texts[0])]:
                assert translator.translate(context_name, source, disambiguation, n) == expected, \
                    f"{name}: {context_name}: {source!r}: the .qm is older than the .ts (run scripts/i18n.sh)"


def _words(texts: list[str]) -> set[str]:
    return {w.casefold() for t in texts for w in re.findall(r"[A-Za-zÄÖÜäöüß]{6,}", re.sub(r"<[^>]+>", " ", t))}


def _shown_texts(root: QWidget) -> list[str]:
    """What the agent can read now: labels, buttons, headers, cells, tabs, placeholders, titles."""
    texts = [root.windowTitle()]
    page = root.currentPage()
    texts += [page.title(), page.subTitle()]
    for widget in root.findChildren(QWidget):
        if hidden(widget) or widget.window() is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, (QTableWidget, QTableView)):
            model = widget.model()
            if model is None:
                continue
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
            for row in range(min(model.rowCount(), 30)):
                texts += [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
    return [re.sub(r"<[^>]+>", " ", t) for t in texts if t]


@pytest.mark.parametrize("german", [True, False], ids=["German", "English"])
def test_every_string_shown_is_in_the_agents_language(tmp_path, qtbot, memory_keyring, german):
    messages = _messages("paxdesk_de.ts")
    english = _words([m.find("source").text for m in messages])
    deutsch = _words([t for m in messages for t in _text(m)])
    foreign = (english - deutsch) if german else (deutsch - english)
    foreign -= {"paxdesk", "paxlounge", "midoffice", "midoco", "myjack", "bewotec", "parameter"}
    application(german=german)
    try:
        with World(tmp_path, copies=40) as world:
            names = _words([" ".join(str(c.get(k) or "") for k in ("first_name", "last_name", "street", "city"))
                            for c in world.scenario.crm["customers"]] + [world.server.api_url("midoco")])
            wizard = world.wizard(qtbot, german)
            problems = []

            def read(index):
                for text in _shown_texts(wizard):
                    text = re.sub(r"\S*[/\\]\S*", " ", text)  # file paths and addresses are not words
                    leaked = (_words([text]) & foreign) - names
                    if leaked or CODES.search(text) or (german and ENGLISH_CODES.search(text)):
                        problems.append((index + 1, text[:120], sorted(leaked)[:5]))
            walk(qtbot, wizard, world, on_page=read)
            wizard.done(0)
        assert not problems, "\n".join(map(str, problems))
    finally:
        application(german=True)


def test_no_hard_coded_date_format_in_the_ui():
    """Dates are written as the UI language writes them (texts.day_text / moment_text / date_label), never with a
    fixed German pattern (issue 30: the GDPR page showed 06.12.2026 in English)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "paxdesk" / "ui"
    # strftime or an f-string's "{day:%d.%m.%Y}", and Qt's QDate/QDateTime.toString("dd.MM.yyyy")
    fixed = re.compile(r"""%d\.%m|\bdd\.MM\b""")
    found = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if fixed.search(line)]
    assert found == []


def test_dates_follow_the_ui_language(qtbot):
    from datetime import datetime

    from paxdesk.ui import texts
    from paxdesk.ui.app import application

    moment = datetime(2026, 12, 6, 9, 5)
    application(german=True)
    assert (texts.day_text(moment), texts.moment_text(moment)) == ("06.12.2026", "06.12.2026 09:05")
    application(german=False)
    assert (texts.day_text(moment), texts.moment_text(moment)) == ("2026-12-06", "2026-12-06 09:05")
    application(german=True)


COUNT_WORDS = ("customers|warnings|findings|bookings|comparisons|consultations|offers|groups|decisions|records|"
               "rows|files|locks|copies|entries|values|duplicates|days|minutes")
# A number put into the text, then (after "of {1}" or an adjective, maybe) a counted thing in the plural.
COUNTED = re.compile(r"(\{\d\}|<b>\{\d\}</b>)\s+(of\s+\{\d\}\s+)?([a-z]+\s+)?(" + COUNT_WORDS + r")\b")


@pytest.mark.parametrize("name", ["paxdesk_de.ts", "paxdesk_migration_de.ts"])
def test_every_english_count_goes_through_a_plural_form(name):
    """Issue 30: "1 consultations, 1 offers". A source text (English) that puts a number before a counted word
    must be a %n message (Qt's plural forms, English and German), or say it as "customers: {0}" instead."""
    found = [message.find("source").text for message in _messages(name)
             if message.get("numerus") != "yes" and COUNTED.search(message.find("source").text or "")]
    assert found == []


@pytest.mark.parametrize("german, expected", [(True, "1.234 Entscheidungen"), (False, "1,234 decisions")])
def test_counts_are_written_as_the_ui_language_writes_numbers(german, expected):
    """Issue 30: the plural forms use %Ln, so a count has the language's thousands separator."""
    from PySide6.QtCore import QCoreApplication
    application(german=german)
    text = QCoreApplication.translate("ConvertPage", "Checking %n decision(s) from an earlier sitting again…", "",
                                      1234)
    assert expected in text, text
