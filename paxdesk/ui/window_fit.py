"""A window sized from the screen it opens on: as large as preferred where the screen allows, never larger than
its free area (a 1366×768 laptop at 125 % has 1093×614 logical pixels), centred on it. Both wizards use it, and
so do their larger dialogs (the re-link search was a fixed 1000×640: OK and Abbrechen lay below such a screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # title bar and borders the window manager adds (not known before showing)


def screen_of(widget: QWidget | None) -> QScreen | None:
    """The screen showing the middle of ``widget``'s window (where a dialog over it opens), if any."""
    if widget is None:
        return None
    window = widget.window()
    return QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()


def fit_to_screen(window: QWidget, preferred: QSize, minimum: QSize, screen: QScreen | None = None) -> None:
    screen = screen or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    size = preferred.boundedTo(area.size() - FRAME)
    window.setMinimumSize(minimum.boundedTo(size))
    window.resize(size)
    window.move(area.x() + (area.width() - size.width() - FRAME.width()) // 2,
                area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2))
