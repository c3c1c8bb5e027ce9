"""The review's tabs in words: each tab's title and what it holds (the facts are ``services/review/rows``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.ui import texts

SELECTION = "selection"  # rows named by the checkpoint ("show me those")
_T = QCoreApplication  # literal _T.translate(...) calls: pyside6-lupdate only finds those


def shortcut(name: str) -> str:
    """The review's shortcut letters, from the UI's language (English C for Convert, German K for Konvertieren):
    the buttons, the hints and the keys themselves take them from here."""
    return {"convert": _T.translate("ReviewKeys", "C", "shortcut key: convert"),
            "local": _T.translate("ReviewKeys", "L", "shortcut key: keep as paxlounge customer (local)"),
            "skip": _T.translate("ReviewKeys", "S", "shortcut key: skip"),
            "relink": _T.translate("ReviewKeys", "R", "shortcut key: re-link"),
            "next": _T.translate("ReviewKeys", "N", "shortcut key: next open warning")}[name]


def filter_title(key: str) -> str:
    return {"all": texts.tr("All"), "open": texts.tr("Open"), "auto": texts.tr("Automatic"),
            "warnings": texts.tr("Warnings"), "deleted": texts.tr("Deleted"), "error": texts.tr("Errors"),
            "no_reference": texts.tr("No reference"), "duplicates": texts.tr("Duplicates"),
            # Short, as the column header: the "show" link adds a tenth tab, all must fit 1366 px (the line
            # above the table says what each holds).
            "crm_only": texts.tr("Only in the CRM"), SELECTION: texts.tr("Selection")}[key]


def filter_hint(key: str) -> str:
    """What a tab holds and what happens to its rows if nobody decides (the line above the table, the tooltip)."""
    return {
        "all": texts.tr("Every CRM copy of the comparison."),
        "open": texts.tr("Warnings not decided yet: decide each with {0}, {1} or {2}. Left open, they stay "
                         "unchanged (skipped).").replace("{0}", shortcut("convert")).replace("{1}", shortcut("local"))
                                                .replace("{2}", shortcut("skip")),
        "auto": texts.tr("Same data as in the MidOffice: converted unless you decide otherwise."),
        "warnings": texts.tr("Data differs from the MidOffice (minor or major difference) — decided and not yet "
                             "decided."),
        "deleted": texts.tr("Deleted in the MidOffice: kept as paxlounge customers unless you decide otherwise."),
        "error": texts.tr("The MidOffice gave no reliable answer for these customers (network or server error); "
                          "they are not deleted. If you do nothing, they stay unchanged (skipped). To check them: "
                          "make sure the connection works, go back to step 5 and click \"Start comparison again\" "
                          "— your decisions are kept."),
        "no_reference": texts.tr("No MidOffice customer no. in the CRM: they stay unchanged unless you keep them "
                                 "as paxlounge customers ({0}).").replace("{0}", shortcut("local")),
        "duplicates": texts.tr("Several CRM copies with the same MidOffice customer no.: the comparison shows "
                               "where their consultations and offers go."),
        "crm_only": texts.tr("Data the CRM has and the chosen MidOffice record lacks: converting drops it."),
        SELECTION: texts.tr("From the summary before converting (step 7):"),
    }[key]

