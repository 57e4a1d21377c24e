"""The Quality page: read a delivery report (see it, then keep it), enter what WhatsApp
Manager shows, read the warnings, look at the charts, save one as PNG or print the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optin_desk.domain.phones import format_for_people
from optin_desk.domain.quality import QualityOverview
from optin_desk.private_files import writing_privately
from optin_desk.services.deliveries import (
    DeliveryPlan,
    apply_deliveries,
    plan_deliveries,
    read_delivery_file,
)
from optin_desk.services.profile import Profile
from optin_desk.services.quality import QualityReading, add_readings
from optin_desk.services.quality_overview import write_quality_report
from optin_desk.ui import labels
from optin_desk.ui.bidi import as_written
from optin_desk.ui.context import UiContext
from optin_desk.ui.palette import ERROR_STYLE
from optin_desk.ui.quality_charts import broadcast_chart, quality_chart, rate_chart
from optin_desk.ui.quality_reading import FiguresReader
from optin_desk.ui.words import said, translate

TWO_CHARTS_WIDTH = 940
"""The page's width from which two charts (420 px at least, with their margins) fit a row."""


class QualityPage(QWidget):
    """What came of the sends: delivery reports in, the quality log, warnings and charts."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.plan: DeliveryPlan | None = None
        self.overview: QualityOverview | None = None
        self._region = ""
        self.figures = FiguresReader(context, self._show, self)
        self.read_button = QPushButton(self.tr("&Read a delivery report…"))
        self.keep_button = QPushButton(self.tr("&Keep what was read"))
        self.keep_button.setEnabled(False)
        self.report_button = QPushButton(self.tr("Save the one-page &report…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Error"),
                self.tr("Send"),
                self.tr("Then"),
            ]
        )
        self.table.setMaximumHeight(180)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ERROR_STYLE)
        self.number = QComboBox()  # numbers arrive after the page is first shown
        self.number.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.observed = QDateEdit(QDate.currentDate())
        self.observed.setCalendarPopup(True)
        # 2026-12-01 in Arabic too: set before the format, as Qt turns a right-to-left
        # widget's sections round when the format is set
        self.observed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.observed.setDisplayFormat("yyyy-MM-dd")  # as Sign-ups shows dates: one way for all
        self.rating = QComboBox()
        for label, value in (
            (self.tr("high"), "high"),
            (self.tr("medium"), "medium"),
            (self.tr("low"), "low"),
        ):
            self.rating.addItem(label, value)
        self.status = QComboBox()
        for label, value in (
            (self.tr("connected"), "connected"),
            (self.tr("flagged"), "flagged"),
            (self.tr("restricted"), "restricted"),
        ):
            self.status.addItem(label, value)
        self.limit = QLineEdit()
        self.limit.setPlaceholderText(self.tr("e.g. 1K"))
        self.blocks = QSpinBox()
        self.blocks.setRange(-1, 10_000_000)
        self.blocks.setSpecialValueText(self.tr("not known"))
        self.blocks.setValue(-1)
        self.add_button = QPushButton(self.tr("&Add reading"))
        self.charts = QGridLayout()
        self.chart_views: list[tuple[str, QWidget]] = []
        self.save_buttons: list[QPushButton] = []
        self._chart_boxes: list[QWidget] = []
        self._chart_columns = 2
        self._layout()
        self.read_button.clicked.connect(self.read_report)
        self.keep_button.clicked.connect(self.keep_report)
        self.report_button.clicked.connect(self.save_report)
        self.add_button.clicked.connect(self.add_reading)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.read_button, self.keep_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QGroupBox(self.tr("What WhatsApp Manager shows"))
        row = QGridLayout(form)  # two rows of three: it fits a 1024-pixel screen
        for place, (label, widget) in enumerate(
            (
                (self.tr("Number"), self.number),
                (self.tr("Day"), self.observed),
                (self.tr("Quality"), self.rating),
                (self.tr("Status"), self.status),
                (self.tr("Limit"), self.limit),
                (self.tr("Blocks"), self.blocks),
            )
        ):
            row.addWidget(QLabel(label), place // 3, 2 * (place % 3))
            row.addWidget(widget, place // 3, 2 * (place % 3) + 1)
        row.addWidget(self.add_button, 1, 6)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.figures)
        column.addLayout(buttons)
        column.addWidget(self.summary)
        column.addWidget(self.table)
        column.addWidget(self.warnings)
        column.addWidget(form)
        column.addLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)

    @property
    def reading(self) -> bool:
        """Whether the figures are being read (off the GUI thread)."""
        return self.figures.reading

    def refresh(self) -> None:
        """Read the sender numbers, warnings and charts again, off the GUI thread: the page is
        usable at once, the figures come with progress and a button to stop."""
        self.figures.start()

    def _show(self, read: tuple[Profile, QualityOverview]) -> None:
        profile, self.overview = read
        self._region = profile.country
        chosen = self.number.currentData()
        self.number.clear()
        for sender in profile.senders:
            shown = as_written(format_for_people(sender, profile.country))
            self.number.addItem(str(shown), sender)  # read as written in an Arabic window
        self.number.setCurrentIndex(max(self.number.findData(chosen), 0))
        lines = (said(line) for line in self.overview.warnings)
        self.warnings.setText("\n".join(f"• {line}" for line in lines))
        self._draw_charts(self.overview)

    def _draw_charts(self, overview: QualityOverview) -> None:
        self._chart_boxes = []
        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        views = [
            ("broadcasts", broadcast_chart(overview)),
            (
                "by-method",
                rate_chart(self.tr("Opt-out rate by how people opted in"), overview.by_method),
            ),
            (
                "by-wording",
                rate_chart(self.tr("Opt-out rate by wording version signed"), overview.by_wording),
            ),
            ("quality", quality_chart(overview)),
        ]
        self.chart_views = []
        self.save_buttons = []
        for name, view in views:
            box = QWidget()
            column = QVBoxLayout(box)
            column.addWidget(view)
            save = QPushButton(self.tr("Save as PNG…"))
            save.clicked.connect(lambda _=False, v=view, n=name: self.save_png(v, n))
            column.addWidget(save)
            self.save_buttons.append(save)
            self._chart_boxes.append(box)
            self.chart_views.append((name, view))
        self._place_charts()

    def _place_charts(self) -> None:
        """Two charts a row when the page is wide enough for two, else one (a small screen)."""
        columns = self._chart_columns
        for index, box in enumerate(self._chart_boxes):
            self.charts.addWidget(box, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Put the charts one a row, or two, to fit the new width."""
        columns = 2 if event.size().width() >= TWO_CHARTS_WIDTH else 1
        if columns != self._chart_columns:
            self._chart_columns = columns
            for box in self._chart_boxes:
                self.charts.removeWidget(box)
            self._place_charts()
        super().resizeEvent(event)

    def save_png(self, view: QWidget, name: str) -> None:
        """Save one chart as a PNG picture where the person chooses."""
        target = self._context.dialogs.save_file(
            self, self.tr("Save the chart"), f"{name}.png", self.tr("PNG pictures (*.png)")
        )
        if target is None:
            return
        try:
            with writing_privately(target) as partial:  # owner-only, whole or not at all
                if not view.grab().save(str(partial), "PNG"):
                    raise OSError(f"{target} could not be written")
        except OSError as error:
            self._context.dialogs.show_error(self, self.tr("Save the chart"), str(error))
            return
        self._context.status(self.tr("Chart saved to %s") % target)

    def read_report(self) -> None:
        """Read a delivery report and show what keeping it would do (nothing kept yet)."""
        path = self._context.dialogs.open_file(
            self,
            self.tr("Read a delivery report"),
            self.tr("Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)"),
        )
        if path is None:
            return
        plan = self._context.act(
            self,
            self.tr("Read a delivery report"),
            lambda session: plan_deliveries(session, read_delivery_file(session, path)),
        )
        if plan is None:
            return
        self.plan = plan
        self.table.setRowCount(len(plan.rows))
        for index, row in enumerate(plan.rows):
            cells = (
                format_for_people(row.outcome.phone, self._region),
                labels.label(labels.DELIVERY_STATUSES[row.outcome.status]),
                row.error,
                said(row.matched),
                said(row.action) if row.new else self.tr("already read"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        new = len(plan.new_rows)
        self.summary.setText(
            self.tr("%1: %2, %3 new; %4, %5")
            .replace("%2", self.tr("%n messages", "", len(plan.rows)))
            .replace("%3", str(new))
            .replace("%4", self.tr("%n lines not read", "", len(plan.problems)))
            .replace("%5", self.tr("%n incoming messages left aside", "", plan.incoming))
            .replace("%1", plan.source)  # last: a file name may hold a "%2"
            + "".join("\n" + said(note) for note in plan.notes)
            + "".join(
                "\n" + self.tr("line %s: %s") % (line, problem)
                for line, problem in plan.problems[:5]
            )
        )
        self.keep_button.setEnabled(new > 0)

    def keep_report(self) -> None:
        """Keep the report read and act on its errors."""
        plan, title = self.plan, self.tr("Keep the delivery report")
        by = self._context.recorder(self, title)
        if plan is None or by is None:
            return
        applied = self._context.act(
            self, title, lambda session: apply_deliveries(session, plan, by)
        )
        if applied is None:
            return
        self.keep_button.setEnabled(False)
        self.plan = None
        self._context.status(
            self.tr("Kept %1; %2")
            .replace("%1", self.tr("%n outcomes", "", applied.added))
            .replace(
                "%2",
                self.tr(
                    "%n opted out of marketing with WhatsApp's stop button",
                    "",
                    len(applied.opted_out),
                ),
            )
        )
        self.refresh()

    def add_reading(self) -> None:
        """Keep one reading of a sender number from WhatsApp Manager."""
        day = self.observed.date()
        reading = QualityReading(
            str(self.number.currentData() or ""),
            date(day.year(), day.month(), day.day()),
            str(self.rating.currentData()),
            str(self.status.currentData()),
            self.limit.text(),
            self.blocks.value() if self.blocks.value() >= 0 else None,
        )
        added = self._context.act(
            self,
            self.tr("Add a quality reading"),
            lambda session: add_readings(session, [reading], self._context.staff_name()),
        )
        if added is None:
            return
        self._context.status(
            self.tr("Reading kept") if added else self.tr("That reading was already kept")
        )
        self.refresh()

    def save_report(self) -> None:
        """Save the owner's one-page PDF report."""
        target = self._context.dialogs.save_file(
            self, self.tr("Save the report"), "quality-report.pdf", self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return
        done = self._context.act(
            self,
            self.tr("Save the report"),
            lambda session: write_quality_report(session, Path(target), translate),
        )
        if done is not None:
            self._context.status(self.tr("Report saved to %s") % target)
