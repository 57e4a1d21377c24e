"""The quality page's charts (Qt Charts): what each broadcast became, the opt-out rate by opt-in
method and by wording version, and each sender number's rating over time with the days a new
method or wording started. Each is a chart view built from the plain overview figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from optin_desk.domain.consent import Method
from optin_desk.domain.quality import RATING_LEVELS, Marker, QualityOverview, Rate
from optin_desk.ui import labels
from optin_desk.ui.language import window_language, window_locale
from optin_desk.ui.palette import CHART_COLOURS as COLOURS
from optin_desk.ui.palette import CHART_LINES as LINE_COLOURS
from optin_desk.ui.palette import MARKER
from optin_desk.ui.words import said

MAX_BROADCASTS = 8


def _locale() -> QLocale:
    """The window's language, for the months and numbers the charts write."""
    return window_locale(window_language())


def _view(chart: QChart) -> QChartView:
    chart.setLocale(_locale())  # a date axis names its months in the window's language
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(420, 280)
    return view


def broadcast_chart(overview: QualityOverview) -> QChartView:
    """Grouped bars per broadcast: sent, delivered (or read), read, failed, opt-outs in 7 days."""
    chart = QChart()
    chart.setTitle(
        QCoreApplication.translate(
            "QualityCharts", "Each broadcast: what it became, and opt-outs within 7 days"
        )
    )
    items = overview.broadcasts[-MAX_BROADCASTS:]
    names = {
        "sent": QCoreApplication.translate("QualityCharts", "sent"),
        "delivered": QCoreApplication.translate("QualityCharts", "delivered"),
        "read": QCoreApplication.translate("QualityCharts", "read"),
        "failed": QCoreApplication.translate("QualityCharts", "failed"),
        "opt-outs": QCoreApplication.translate("QualityCharts", "opt-outs"),
    }
    sets = {key: QBarSet(label) for key, label in names.items()}
    for key, bar_set in sets.items():
        bar_set.setColor(QColor(COLOURS[key]))
    for item in items:
        sets["sent"].append(item.sent)
        sets["delivered"].append(item.statuses.get("delivered", 0) + item.statuses.get("read", 0))
        sets["read"].append(item.statuses.get("read", 0))
        sets["failed"].append(item.statuses.get("failed", 0))
        sets["opt-outs"].append(item.opt_outs)
    series = QBarSeries()
    for bar_set in sets.values():
        series.append(bar_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    locale = _locale()
    categories.append([f"{_day(locale, b.sent_at)} {b.file_name}"[:28] for b in items] or [""])
    values = QValueAxis()
    values.setLabelFormat("%d")
    most = max([b.sent for b in items] + [1])
    step = -(-most // 5)  # at most six ticks, each a whole number of messages
    ticks = -(-most // step)
    values.setRange(0, step * ticks)
    values.setTickCount(ticks + 1)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    return _view(chart)


def _day(locale: QLocale, moment: datetime) -> str:
    """A broadcast's local day as '3 Dec', in the window's language."""
    local = moment.astimezone()
    return locale.toString(QDate(local.year, local.month, local.day), "d MMM")


def rate_chart(title: str, rates: Sequence[Rate]) -> QChartView:
    """Horizontal bars: the share of people who opted out, per way of opting in (or wording)."""
    chart = QChart()
    chart.setTitle(title)
    shown = list(reversed(rates[:8]))
    bar_set = QBarSet(QCoreApplication.translate("QualityCharts", "opted out since (%)"))
    bar_set.setColor(QColor(COLOURS["opt-outs"]))
    for rate in shown:
        bar_set.append(round(100 * rate.share, 1))
    series = QHorizontalBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([f"{rate_words(r)} ({r.people})" for r in shown] or [""])
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%d%%")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    return _view(chart)


def _moment(day: date, hour: int = 12) -> float:
    """That local hour of `day` (noon unless told) as the chart's axis counts time:
    milliseconds since the epoch."""
    return datetime.combine(day, time(hour)).timestamp() * 1000


def quality_chart(overview: QualityOverview) -> QChartView:
    """Each sender number's rating over time (a step line), with dashed lines on the days a new
    way of opting in or a new wording version started."""
    chart = QChart()
    chart.setTitle(
        QCoreApplication.translate("QualityCharts", "Quality rating of each WhatsApp number")
    )
    days = [p.day for p in overview.quality] + [m.day for m in overview.markers]
    axis_x = QDateTimeAxis()
    axis_x.setFormat("d MMM yyyy")
    axis_y = QCategoryAxis()
    axis_y.setRange(0, 3)
    axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for label, level in (
        (QCoreApplication.translate("QualityCharts", "low"), 0.5),
        (QCoreApplication.translate("QualityCharts", "medium"), 1.5),
        (QCoreApplication.translate("QualityCharts", "high"), 2.5),
    ):
        axis_y.append(label, level)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    if days:
        first, last = min(days), max(days)
        axis_x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_moment(first, 0))),
            QDateTime.fromMSecsSinceEpoch(int(_moment(last, 23))),
        )
    senders = sorted({p.sender for p in overview.quality})
    for index, sender in enumerate(senders):
        line = QLineSeries()
        line.setName(sender)
        line.setPointsVisible(True)
        line.setPen(QPen(QColor(LINE_COLOURS[index % len(LINE_COLOURS)]), 2.5))
        previous: float | None = None
        for point in (p for p in overview.quality if p.sender == sender):
            level = RATING_LEVELS[point.rating] - 0.5
            if previous is not None:
                line.append(_moment(point.day), previous)  # a rating holds until the next one
            line.append(_moment(point.day), level)
            previous = level
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    for marker in overview.markers[:8]:
        edge = QLineSeries()
        edge.setName(marker_words(marker))
        pen = QPen(QColor(MARKER), 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        edge.setPen(pen)
        edge.append(_moment(marker.day), 0)
        edge.append(_moment(marker.day), 3)
        chart.addSeries(edge)
        edge.attachAxis(axis_x)
        edge.attachAxis(axis_y)
    return _view(chart)


def rate_words(rate: Rate) -> str:
    """A rate's group as the window says it: a way of opting in in its words, else as read."""
    return labels.label(labels.METHODS[Method(rate.method)]) if rate.method else rate.label


def marker_words(marker: Marker) -> str:
    """What started on a marker's day, in the window's words."""
    if not marker.method:
        return said(marker.label)  # a wording version
    return QCoreApplication.translate("QualityCharts", "first opt-in by %1").replace(
        "%1", labels.label(labels.METHODS[Method(marker.method)])
    )
