"""A window sized from the screen it opens on: as large as preferred where the screen allows, never larger than
its free area (a 1366×768 laptop at 125 % has 1093×614 logical pixels), centred on it. Both wizards use it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # title bar and borders the window manager adds (not known before showing)


def fit_to_screen(window: QWidget, preferred: QSize, minimum: QSize, screen: QScreen | None = None) -> None:
    screen = screen or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    size = preferred.boundedTo(area.size() - FRAME)
    window.setMinimumSize(minimum.boundedTo(size))
    window.resize(size)
    window.move(area.x() + (area.width() - size.width() - FRAME.width()) // 2,
                area.y() + max(0, (area.height() - size.height() - FRAME.height()) // 2))
