"""The Forms page's printed batches on a 1024x768 shop screen: every column in sight without
scrolling sideways, in every language, each title whole (on at most two lines), a date over
its time when room is short, a long name cut with the whole of it in its tooltip. Hindi is
measured in a process of its own (tests/ui/test_hindi_fits.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from optin_desk.documents.templates import default_categories
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database
from optin_desk.ui.forms_page import BATCH_CUT, FormsPage
from optin_desk.ui.language import LANGUAGES, install_language, uninstall_language
from optin_desk.ui.table_fit import TITLE_LINES

from .conftest import FakeDialogs, open_window

FREE = QSize(1024, 768) - QSize(16, 80)
"""The window on a 1024x768 screen, less its frame, title bar and a taskbar."""
LONG_NAME = "María José Fernández de la Vega"


@pytest.fixture(params=[code for code in LANGUAGES if code != "hi"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_language(qapp, code)
    yield code
    uninstall_language(qapp)


def shop_with_batches(database: Database, language: str, tmp_path: Path, by: str) -> None:
    """A shop in `language` with two printed batches: twenty blank forms, and one pre-filled
    for a customer; both printed by `by`, the customer named `by` too."""
    with database.sessions() as session:
        setup = BusinessSetup(
            name="Tienda Luz",
            country="ES",
            senders=("612 000 111",),
            categories=default_categories(language),
            language=language,
        )
        create_business(session, setup)
        record_opt_in(
            session,
            OptInRequest(phone="612 345 678", scopes=["orders"], method="in_person", name=by),
            database.evidence_dir,
        )
        for number, request in enumerate(
            (
                PrintRequest(count=20, by="Lucía"),
                PrintRequest(count=1, by=by, for_phone="612 345 678"),
            )
        ):
            print_forms(session, request, tmp_path / f"{number}.pdf")


def forms_seen_first_on_a_larger_screen(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> FormsPage:
    """The Forms page shown at 1280x800 (or before the window settled), then at 1024x768."""
    window = open_window(qtbot, database, dialogs, qsettings)
    window.resize(1280, 800)
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    qtbot.waitUntil(lambda: page.batches_model.rowCount() == 2)
    QApplication.processEvents()
    window.resize(FREE)
    QApplication.processEvents()
    assert window.size() == FREE
    return page


def test_every_column_of_the_printed_batches_is_in_sight_at_1024x768(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    language: str,
    tmp_path: Path,
) -> None:
    shop_with_batches(empty_database, language, tmp_path, LONG_NAME)
    page = forms_seen_first_on_a_larger_screen(qtbot, empty_database, dialogs, qsettings)
    table, model = page.batches, page.batches_model
    assert not table.horizontalScrollBar().isVisible(), language
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    inside = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    wrap = int(Qt.TextFlag.TextWordWrap.value)
    for column in range(model.columnCount()):  # each title whole, in at most two lines
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        room = QRect(0, 0, header.sectionSize(column) - 2 * margin, 10_000)
        lines = metrics.boundingRect(room, wrap, title).height() // metrics.lineSpacing()
        assert lines <= TITLE_LINES, (language, title)
        assert lines * metrics.lineSpacing() <= header.height(), (language, title)
        if column not in BATCH_CUT:  # a count, a date, a language: whole on two lines at most
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data())
                width = table.columnWidth(column) - inside
                used = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), wrap, text)
                assert used.width() <= width, (language, text)
                assert used.height() <= table.rowHeight(row), (language, text)
    by = model.index(0, 1)  # newest first: the batch with the long names
    assert model.data(by, Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_short_batches_stay_in_sight_once_the_arabic_window_narrows(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    """Columns that fit as they are, the last stretched to the view's edge: it follows the
    view when it narrows to less room than Qt first gave that column (it kept 100 pixels,
    40 too many: the table scrolled sideways)."""
    install_language(qapp, "ar")
    try:
        shop_with_batches(empty_database, "ar", tmp_path, "عبد الرحمن الهاشمي")
        page = forms_seen_first_on_a_larger_screen(qtbot, empty_database, dialogs, qsettings)
        table = page.batches
        header = table.horizontalHeader()
        assert header.length() == table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
    finally:
        uninstall_language(qapp)
