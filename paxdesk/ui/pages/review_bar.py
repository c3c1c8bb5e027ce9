"""The review's buttons below the comparison: the decisions on the current row (K, L, S, R, N), and under
them undo, the decisions for the whole view and the status line.

A part of ReviewPage, not a widget of its own: it adds its two rows to the page's layout, so the page keeps
one layout (its spacing and Tab order as before). The buttons call the page's ``decide``, ``relink``,
``next_open``, ``undo`` and ``bulk``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from paxdesk.domain.plan import Action
from paxdesk.ui import review_texts


class DecisionBar(QObject):
    """Each button names its key (``review_texts.shortcut``); none is a default button (Enter stays on the rows)."""

    def __init__(self, page):
        super().__init__(page)
        buttons = QHBoxLayout()  # the decisions on the current row; below them undo, the whole view, the status
        key = review_texts.shortcut
        self.convert_button = QPushButton(self.tr("Convert ({0})").replace("{0}", key("convert")))
        self.local_button = QPushButton(self.tr("Keep as paxlounge customer ({0})").replace("{0}", key("local")))
        self.skip_button = QPushButton(self.tr("Skip ({0})").replace("{0}", key("skip")))
        self.relink_button = QPushButton(self.tr("Re-link… ({0})").replace("{0}", key("relink")))
        self.next_button = QPushButton(self.tr("Next open ({0})").replace("{0}", key("next")))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        for button in (self.convert_button, self.local_button, self.skip_button, self.relink_button,
                       self.next_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        page.layout_.addLayout(buttons)
        bulk = QHBoxLayout()
        self.bulk_convert = QPushButton(self.tr("Convert all in this view…"))
        self.bulk_skip = QPushButton(self.tr("Skip all in this view…"))
        for button in (self.undo_button, self.bulk_convert, self.bulk_skip):
            button.setAutoDefault(False)
            bulk.addWidget(button)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        bulk.addWidget(self.status_line, 1)
        page.layout_.addLayout(bulk)
        self.convert_button.clicked.connect(lambda: page.decide(Action.CONVERT))
        self.local_button.clicked.connect(lambda: page.decide(Action.LOCAL))
        self.skip_button.clicked.connect(lambda: page.decide(Action.SKIP))
        self.relink_button.clicked.connect(page.relink)
        self.next_button.clicked.connect(page.next_open)
        self.undo_button.clicked.connect(page.undo)
        self.bulk_convert.clicked.connect(lambda: page.bulk(Action.CONVERT))
        self.bulk_skip.clicked.connect(lambda: page.bulk(Action.SKIP))
