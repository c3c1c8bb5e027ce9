"""What an agent on a small or scaled screen would find wrong with a window, as short sentences (for --check).

Used by scripts/screenshots.py --check on every page and dialog of both wizards. Three kinds of problem:

* a widget the agent could see lying outside the screen's free area (a dialog's OK below the taskbar);
* a page wider than its window (the agent would scroll sideways to find a column or a button);
* a text cut: a button's, a label's, a tab's or a table header's text wider than the room it gets
  (``fontMetrics().horizontalAdvance`` against the width the style leaves for it; a header section cut
  by the table's edge counts, since "Aktion" half out of view is what the agent saw);
* on the review page: the tabs, the search, the table and the decision buttons not all in view at once
  with the page scrolled to its top (the agent must not scroll the context away to reach a button).

Only what the agent can see is judged: hidden widgets and those a scroll area shows none of are skipped.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, Qt as GuiQt, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QCheckBox, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QScrollArea, QStyle, QTabBar, QWidget)

SLACK = 1  # pixels of rounding at fractional scale factors


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` its ancestors leave in view (a scroll area clips its content), in global pixels."""
    rect = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow():
        rect = rect.intersected(global_rect(parent))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return rect


def _name(widget: QWidget, text: str = "") -> str:
    label = text or widget.objectName() or ""
    return f"{type(widget).__name__} {label!r}".strip()


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)  # "&Weiter" shows "Weiter"; "&&" one "&"


def _button_room(button: QAbstractButton) -> int:
    style = button.style()
    if isinstance(button, QPushButton):
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
                      + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button))
        if button.menu() is not None:
            margin += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, (QCheckBox, QRadioButton)):
        metric = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        margin = style.pixelMetric(metric, None, button) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        margin = 8
    if not button.icon().isNull():
        margin += button.iconSize().width() + 4
    return button.width() - margin


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"label cut off below: {text[:60]!r} needs {label.heightForWidth(label.width())} px " \
                   f"height, has {label.height()}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                         and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth())
    else:
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if needed > room + SLACK:
        return f"label text cut: {text[:60]!r} needs {needed} px, has {room}"
    return None


def _header_problems(view: QAbstractItemView) -> list[str]:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    if header is None or not header.isVisible() or view.model() is None:
        return []
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    bold = QFont(header.font())
    bold.setBold(True)  # a header shows its sections bold while their column holds the selected row
    metrics = QFontMetrics(bold)
    width = header.viewport().width()
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(view.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        start = header.sectionViewportPosition(section)
        shown = min(start + header.sectionSize(section), width) - max(start, 0)
        needed = metrics.horizontalAdvance(text) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if needed > shown + SLACK:
            where = "out of view" if shown <= 0 else f"{shown} px shown"
            found.append(f"header cut: {text!r} needs {needed} px, {where}")
    return found


def _tab_problems(tabs: QTabBar) -> list[str]:
    """No tab's text shortened, and the current tab in view. Tabs beyond the bar's edge are allowed when the bar
    offers its scroll arrows (Qt's way; Ctrl+PgDown reaches them too): nine tabs with counts are wider than a
    1280×720 screen at 150 %."""
    found = []
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        text = _plain(tabs.tabText(index))
        rect = tabs.tabRect(index)
        needed = tabs.fontMetrics().horizontalAdvance(text)
        beyond = not tabs.rect().contains(rect)
        if needed > rect.width() - 8 + SLACK or (beyond and (index == tabs.currentIndex()
                                                             or not tabs.usesScrollButtons())):
            found.append(f"tab cut: {text!r} needs {needed} px, has {rect.width()} (bar {tabs.width()} px)")
    return found


def problems(window: QWidget, area: QRect) -> list[str]:
    """Every problem of ``window`` (shown) on a screen whose free area is ``area``."""
    found = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(f"window {frame.getRect()} outside the screen's free area {area.getRect()}")
    for widget in [window] + window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        shown = shown_rect(widget)
        if shown.isEmpty():
            continue
        if widget is not window and not area.contains(shown):
            if isinstance(widget, (QAbstractButton, QLabel, QLineEdit, QAbstractItemView, QTabBar)):
                text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
                found.append(f"{_name(widget, _plain(text)[:40])} at {shown.getRect()} outside the screen")
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"page wider than the window: scrolls {widget.horizontalScrollBar().maximum()} px sideways")
        if shown != global_rect(widget):
            continue  # partly scrolled out of view: scrolling shows it whole
        if isinstance(widget, QAbstractButton) and widget.text():
            text = _plain(widget.text())
            needed = widget.fontMetrics().horizontalAdvance(text)
            if needed > _button_room(widget) + SLACK:
                found.append(f"button text cut: {text!r} needs {needed} px, has {_button_room(widget)}")
        elif isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                found.append(problem)
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            room = widget.width() - 12 - (20 if widget.isClearButtonEnabled() else 0)
            if needed > room + SLACK:
                found.append(f"hint cut: {widget.placeholderText()[:60]!r} needs {needed} px, has {room}")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
    return found


def all_in_view(widgets: dict[str, QWidget], scroll=None, min_height: dict[str, int] | None = None) -> list[str]:
    """Each of ``widgets`` fully in view at once, with ``scroll`` (the page's scroll area) at its top."""
    if scroll is not None:
        scroll.verticalScrollBar().setValue(0)
        scroll.horizontalScrollBar().setValue(0)
    found = []
    for name, widget in widgets.items():
        if not widget.isVisible():
            found.append(f"{name} not shown")
        elif shown_rect(widget) != global_rect(widget):
            found.append(f"{name} not fully in view without scrolling ({shown_rect(widget).getRect()} of "
                         f"{global_rect(widget).getRect()})")
        elif min_height and widget.height() < min_height.get(name, 0):
            found.append(f"{name} squeezed to {widget.height()} px (needs {min_height[name]})")
    return found
