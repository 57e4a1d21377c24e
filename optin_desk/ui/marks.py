"""Small round icons that say a verdict at a glance: a coloured disc with a sign on it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from optin_desk.domain.check import Verdict
from optin_desk.ui.palette import VERDICT_COLOURS

SIZE = 32


def _tick(path: QPainterPath) -> None:
    path.moveTo(QPointF(9, 16.5))
    path.lineTo(QPointF(14, 21.5))
    path.lineTo(QPointF(23, 11))


def _cross(path: QPainterPath) -> None:
    path.moveTo(QPointF(11, 11))
    path.lineTo(QPointF(21, 21))
    path.moveTo(QPointF(21, 11))
    path.lineTo(QPointF(11, 21))


def _bar(path: QPainterPath) -> None:
    path.moveTo(QPointF(10, 16))
    path.lineTo(QPointF(22, 16))


def _equal(path: QPainterPath) -> None:
    path.moveTo(QPointF(10, 12.5))
    path.lineTo(QPointF(22, 12.5))
    path.moveTo(QPointF(10, 19.5))
    path.lineTo(QPointF(22, 19.5))


def _clock(path: QPainterPath) -> None:
    path.moveTo(QPointF(16, 9))
    path.lineTo(QPointF(16, 16))
    path.lineTo(QPointF(21, 19))


def _question(path: QPainterPath) -> None:
    path.moveTo(QPointF(16, 8))
    path.lineTo(QPointF(16, 18))
    path.moveTo(QPointF(16, 22.5))
    path.lineTo(QPointF(16, 23.5))


SIGNS = {
    Verdict.SEND: _tick,
    Verdict.NO_CONSENT: _bar,
    Verdict.OPTED_OUT: _cross,
    Verdict.INVALID_NUMBER: _question,
    Verdict.DUPLICATE: _equal,
    Verdict.TOO_FREQUENT: _clock,
}
"""A different sign per verdict, so they differ without colour too."""


def verdict_icon(verdict: Verdict) -> QIcon:
    """A disc in the verdict's colour with its sign in white."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(VERDICT_COLOURS[verdict])
    painter.drawEllipse(QRectF(1, 1, SIZE - 2, SIZE - 2))
    sign = QPainterPath()
    SIGNS[verdict](sign)
    pen = QPen(QColor("white"), 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(sign)
    painter.end()
    return QIcon(pixmap)


def verdict_icons() -> Mapping[Verdict, QIcon]:
    """One icon per verdict (make them once per view: painting costs a little)."""
    return {verdict: verdict_icon(verdict) for verdict in Verdict}
