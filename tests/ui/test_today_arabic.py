"""The Today page in Arabic reads right to left, card by card, with the digits the rest of the
window writes (Western), even on a computer whose own locale writes Arabic-Indic digits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.language import install_language, uninstall_language

from ..services.test_today import seed_shop
from .conftest import FakeDialogs, open_window
from .test_today_page import shown, today_of


@pytest.fixture
def arabic_computer(qapp: QApplication) -> Iterator[None]:
    """A computer set to Arabic (its locale writes ٣ for 3), the window in Arabic."""
    before = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    install_language(qapp, "ar")
    yield
    uninstall_language(qapp)
    QLocale.setDefault(before)


def ink(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns a label's text is drawn in."""
    image = label.grab().toImage()
    background = QColor(image.pixel(0, 0))
    columns = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)) != background for y in range(image.height()))
    ]
    assert columns, f"nothing drawn in {label.text()!r}"
    return columns[0], columns[-1]


def left_in(widget: QWidget, card: QWidget) -> int:
    return widget.mapTo(card, QPoint(0, 0)).x()


@pytest.mark.usefixtures("arabic_computer")
def test_the_arabic_today_page_reads_right_to_left_in_western_digits(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, tmp_path: Path
) -> None:
    with database.sessions() as session:
        seed_shop(session, database, tmp_path)
    window = open_window(qtbot, database, dialogs, qsettings)
    window.resize(1024, 768)
    page = today_of(qtbot, window)
    QApplication.processEvents()
    assert page.people.figure.text() == "3"
    assert page.forms.figure.text() == "3"
    rows = page.kinds.rows()
    assert rows[0] == ["", "وافقوا", "أوقفوا"]
    assert [row[1:] for row in rows[1:]] == [["1", "0"], ["0", "1"], ["1", "1"]]
    digits = "".join(cell for row in rows for cell in row) + shown(page.check.detail.text())
    assert not set(digits) & set("٠١٢٣٤٥٦٧٨٩")
    # the kind of message at the right, then agreed, then stopped further left
    card = page.people
    for cells in page.kinds.cells:
        label, agreed, stopped = (left_in(cell, card) for cell in cells)
        assert label > agreed > stopped
    # the big count stands at the card's right edge, as its heading does
    for figure_card in (page.people, page.signups, page.check):
        assert ink(figure_card.figure)[0] > figure_card.figure.width() // 2
    assert abs(ink(page.people.figure)[1] - ink(page.people.heading)[1]) < 6
    # a date inside an Arabic sentence reads as written
    assert "\u2066" in page.check.detail.text()


@pytest.mark.usefixtures("arabic_computer")
def test_the_window_writes_western_digits_in_qts_own_boxes_too(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    assert page.count.lineEdit().text() == "20"
