"""The Quality page's figures, read off the GUI thread: a line saying so, progress, a button
to stop. The page shows at once; the figures read the whole ledger (seconds at a year)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from optin_desk.domain.quality import QualityOverview
from optin_desk.services.profile import Profile, load_profile
from optin_desk.services.quality_overview import OverviewCancelled, quality_overview
from optin_desk.ui.context import UiContext
from optin_desk.ui.jobs import Cancelled, Control, Job

Figures = tuple[Profile, QualityOverview]


class FiguresReader(QWidget):
    """Reads the profile and the quality overview in a job; hands them to `arrived`."""

    def __init__(
        self, context: UiContext, arrived: Callable[[Figures], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._arrived = arrived
        self._job: Job | None = None
        self._again = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading the figures"))
        self.cancel_button = QPushButton(self.tr("&Stop reading"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    @property
    def reading(self) -> bool:
        """Whether the figures are being read."""
        return self._job is not None

    def start(self) -> None:
        """Read the figures (once more afterwards if a read is under way)."""
        if self._job is not None:
            self._again = True
            return
        database = self._context.database

        def work(control: Control) -> Figures:
            with database.reading() as session:
                try:
                    figures = quality_overview(session, control.progress, control.stop_requested)
                except OverviewCancelled:
                    raise Cancelled from None
                return load_profile(session), figures

        self.show()
        self.label.setText(self.tr("Reading the figures from the records…"))
        self.progress.setRange(0, 0)  # busy until the first chunk says how many rows there are
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._job = self._context.jobs.start(
            work,
            self._done,
            self._failed,
            cancelled=self._stopped,
            progress=self._progressed,
            ended=self._ended,
        )

    def cancel(self) -> None:
        """Stop reading (what the page showed before stays)."""
        if self._job is not None:
            self._again = False
            self.cancel_button.setEnabled(False)
            self._job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, figures: Figures) -> None:
        self.label.setText("")
        self._arrived(figures)

    def _failed(self, text: str) -> None:
        self.label.setText(self.tr("The figures could not be read: %1").replace("%1", text))

    def _stopped(self) -> None:
        self.label.setText(
            self.tr("Stopped: the figures were not read. Open the page again to read them.")
        )

    def _ended(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.setVisible(bool(self.label.text()))  # a line only when it has something to say
        if self._again:
            self._again = False
            self.start()
