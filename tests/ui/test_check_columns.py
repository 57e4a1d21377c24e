"""The Check list's reasons keep room to be read on a 1024x768 screen (a fifth of the table at
least, with long names and German titles), in Spanish and Arabic too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from optin_desk.domain.check import Verdict
from optin_desk.services.check_rows import CheckedRow
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.storage.engine import Database
from optin_desk.ui.check_model import INPUT_COLUMN, NAME_COLUMN, PHONE_COLUMN, REASON_COLUMN
from optin_desk.ui.language import install_language, uninstall_language

from .conftest import FakeDialogs, open_window

FREE = QSize(1024, 768) - QSize(16, 80)
"""The window on a 1024x768 screen, less its frame, title bar and a taskbar."""
REASON = REASON_COLUMN
LEAST_SHARE = 0.2
"""A fifth of the table at least: two lines of about 30 characters (it had 11% in Spanish)."""


@pytest.fixture(params=["en", "es", "de", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_language(qapp, code)
    yield code
    uninstall_language(qapp)


def test_the_reason_keeps_room_to_be_read_and_nothing_scrolls_sideways(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    language: str,
    tmp_path: Path,
) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone="07911 123456", scopes=["offers"], method="in_person"),
            database.evidence_dir,
        )
    listing = tmp_path / "list.csv"
    names = ["Maria del Carmen Fernández-Villaverde", "Ana", "Luis"]
    numbers = ["+44 (0) 7911 123 456", "07400 123456", "0791"]
    listing.write_text(
        "Name,Phone\n" + "".join(f"{n},{p}\n" for n, p in zip(names, numbers, strict=True))
    )
    window = open_window(qtbot, database, dialogs, qsettings)
    window.resize(FREE)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    dialogs.files.append(listing)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loading is None, timeout=20_000)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.result is not None, timeout=20_000)
    QApplication.processEvents()
    table = page.results
    view = table.viewport().width()
    assert table.columnWidth(REASON) >= int(view * LEAST_SHARE)
    assert sum(table.columnWidth(c) for c in range(7)) <= view + 2
    sideways = table.horizontalScrollBar()
    assert not (sideways.isVisible() and sideways.maximum() > 0)


def test_numbers_are_cut_never_wrapped(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    """A number wrapped onto two lines reads out of order in an Arabic window: the number
    columns draw on one line (cut at the edge, whole in the tooltip); names still wrap."""
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    page.results_model.set_rows(
        [CheckedRow(1, "+44 (0) 7911 123 456", "Maria del Carmen", "+447911123456",
                    Verdict.SEND, "opted in", False)],
        "GB",
    )  # fmt: skip
    wraps = QStyleOptionViewItem.ViewItemFeature.WrapText
    for column, wrapped in ((INPUT_COLUMN, False), (PHONE_COLUMN, False), (NAME_COLUMN, True)):
        index = page.filtered.index(0, column)
        option = QStyleOptionViewItem()
        option.features |= wraps  # as the view hands it over (its word wrap is on)
        page.results.itemDelegateForIndex(index).initStyleOption(option, index)
        assert bool(option.features & wraps) is wrapped, column
