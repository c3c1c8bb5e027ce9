"""Draw paxdesk's icon (a suitcase-blue rounded square with "px") as PNG and ICO. Run once; output committed."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402

app = QGuiApplication(sys.argv[:1])
out = Path(__file__).resolve().parents[1] / "resources" / "icons"
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
painter.setBrush(QColor("#1f5fa8"))
painter.setPen(Qt.PenStyle.NoPen)
painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
painter.setPen(QColor("white"))
font = QFont("DejaVu Sans", 110)
font.setBold(True)
painter.setFont(font)
painter.drawText(QRectF(8, 8, 240, 240), Qt.AlignmentFlag.AlignCenter, "px")
painter.end()
image.save(str(out / "paxdesk.png"))
image.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation).save(
    str(out / "paxdesk.ico"))
print("written", out)
