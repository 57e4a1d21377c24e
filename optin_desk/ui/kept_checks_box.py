"""The checks kept, newest first, to show one of them again on the Check list page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QComboBox, QWidget

from optin_desk.services.check import CheckResult
from optin_desk.services.kept_checks import KeptCheck, read_kept, read_kept_checks, read_last_kept
from optin_desk.ui.bidi import as_written
from optin_desk.ui.check_summary import kept_when
from optin_desk.ui.context import UiContext

Shown = Callable[[CheckResult, bool], None]
"""Shows a kept check on the page; the flag says whether it is the latest one kept."""


class KeptChecksBox(QComboBox):
    """Every check kept, newest first: choosing one shows its rows as they were judged.

    Lists and checks are read off the GUI thread (a kept check may hold a million rows).
    """

    def __init__(
        self,
        context: UiContext,
        show: Shown,
        failed: Callable[[str], None],
        names: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._show = show
        self._failed = failed
        self._names = names
        self._latest = 0
        self._wanted = 0  # the kept check last chosen
        self.setAccessibleName(self.tr("Checks kept"))
        self.setToolTip(self.tr("Show a check kept earlier, with its rows as they were judged"))
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activated.connect(self._chosen)
        self._fill([])

    def refresh(self) -> None:
        """Read the list of kept checks again (after a check was kept, or on showing)."""
        self._context.jobs.start(
            partial(read_kept_checks, self._context.database), self._fill, self._failed
        )

    def show_latest(self, unless: Callable[[], bool]) -> None:
        """Show the latest check kept, unless `unless()` holds when it has been read (a list
        opened meanwhile wins)."""

        def shown(kept: CheckResult | None) -> None:
            if kept is not None and not unless() and not self._wanted:  # nor one chosen
                self._show(kept, True)

        self._context.jobs.start(
            partial(read_last_kept, self._context.database), shown, self._failed
        )

    def forget_choice(self) -> None:
        """Another list is on the page: no kept check is chosen (one being read is not shown)."""
        self._wanted = 0
        self.setCurrentIndex(0)

    def _fill(self, checks: list[KeptCheck]) -> None:
        chosen = int(self.currentData() or 0)
        self.clear()
        self.addItem(self.tr("Checks kept: %n", "", len(checks)), 0)  # 0: no check (not None:
        # PySide6 gives None back from a QVariant one reference short)
        names = self._names()
        for kept in checks:
            self.addItem(
                self._named(kept, names.get(kept.category_key, kept.category_key)), kept.check_id
            )
        self._latest = checks[0].check_id if checks else 0
        self.setCurrentIndex(max(self.findData(chosen), 0))

    def _named(self, kept: KeptCheck, category: str) -> str:
        """`12 · 2026-10-03 14:05 · list.csv · Offers · 1,234 rows`, and when it was sent
        (dates, names and numbers as written in a right-to-left window too)."""
        text = self.tr("%1 · %2 · %3 · %4 · %n rows", "", kept.row_count)
        text = (
            text.replace("%1", str(kept.check_id))
            .replace("%2", str(as_written(kept_when(kept.kept_at))))
            .replace("%3", str(as_written(kept.file_name)))
            .replace("%4", str(as_written(category)))
        )
        if kept.sent_at:
            sent = self.tr("sent %1")
            text = f"{text} · {sent.replace('%1', str(as_written(kept.sent_at[:10])))}"
        return text

    def _chosen(self, index: int) -> None:
        check_id = int(self.itemData(index) or 0)
        if not check_id:
            return
        work = partial(read_kept, self._context.database, check_id)
        self._wanted = check_id  # one chosen while another was read wins, whichever ends last
        self._context.jobs.start(work, self._read, self._failed)

    def _read(self, kept: CheckResult) -> None:
        if kept.check_id == self._wanted and self.currentData() == kept.check_id:
            self._show(kept, kept.check_id == self._latest)
