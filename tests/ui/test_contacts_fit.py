"""The contacts table on a 1024x768 shop screen: every column (the last change too) in sight
without scrolling sideways, in every language, each title whole (wrapped onto two lines when
the columns must give way), every cell whole. Hindi is measured in a process of its own
(tests/ui/test_hindi_fits.py: inside the whole run, earlier tests change which font draws
Devanagari)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from optin_desk.documents.templates import default_categories
from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database
from optin_desk.ui.language import LANGUAGES, install_language, uninstall_language
from optin_desk.ui.table_fit import TITLE_LINES

from .conftest import FakeDialogs, open_window

FREE = QSize(1024, 768) - QSize(16, 80)
"""The window on a 1024x768 screen, less its frame, title bar and a taskbar."""


@pytest.fixture(params=[code for code in LANGUAGES if code != "hi"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_language(qapp, code)
    yield code
    uninstall_language(qapp)


def test_every_column_of_the_contacts_table_is_in_sight_at_1024x768(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    language: str,
) -> None:
    with empty_database.sessions() as session:
        setup = BusinessSetup(
            name="Tienda Luz",
            country="ES",
            senders=("612 000 111",),
            categories=default_categories(language),
            language=language,
        )
        create_business(session, setup)
    with empty_database.sessions() as session:
        add_demo_contacts(session, 40)
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    window.resize(FREE)
    window.show_page_named("contacts")
    page = window.contacts_page
    assert page is not None
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 10)
    QApplication.processEvents()
    table, model = page.table, page.model
    assert window.size() == FREE
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    wrap = int(Qt.TextFlag.TextWordWrap.value)
    for column in range(model.columnCount()):  # each title whole, in at most two lines
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        room = QRect(0, 0, header.sectionSize(column) - 2 * margin, 10_000)
        lines = metrics.boundingRect(room, wrap, title).height() // metrics.lineSpacing()
        assert lines <= TITLE_LINES, (language, title)
        assert lines * metrics.lineSpacing() <= header.height(), (language, title)
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), (language, title)
