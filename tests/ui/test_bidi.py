"""Numbers and dates read as written in the Arabic window; Arabic text is left alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.bidi import as_written, in_own_direction
from optin_desk.ui.language import install_language, uninstall_language

from .conftest import FakeDialogs, open_window


def test_only_a_right_to_left_window_isolates_text_without_arabic_letters(
    qapp: QApplication,
) -> None:
    assert as_written("+44 7700 900123") == "+44 7700 900123"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert as_written("+44 7700 900123") == "\u2066+44 7700 900123\u2069"
        assert as_written("2026-09-26 08:42") == "\u20662026-09-26 08:42\u2069"
        assert as_written("✓ مشترك") == "✓ مشترك"
        assert as_written("") == ""
        assert as_written(7) == 7
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_text_keeps_the_direction_of_most_of_its_letters_in_either_window(
    qapp: QApplication,
) -> None:
    arabic = "Ann's Deli & Co: لن نرسل إليك بعد الآن أي رسائل عبر WhatsApp."
    spanish = "مخبز الأمل: ya no le enviaremos ningún mensaje."
    assert in_own_direction(arabic) == f"\u2067{arabic}\u2069"  # a Latin name leads it
    assert in_own_direction(spanish) == spanish
    assert in_own_direction("") == ""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert in_own_direction(arabic) == arabic
        assert in_own_direction(spanish) == f"\u2066{spanish}\u2069"
        assert in_own_direction("stop") == "\u2066stop\u2069"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_contacts_numbers_keep_their_order_in_arabic(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
) -> None:
    from optin_desk.services.consent import OptInRequest, record_opt_in

    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(
                phone="07911 123456",
                scopes=["orders"],
                method="in_person",
                by="Ann",
            ),
            database.evidence_dir,
        )
    install_language(qapp, "ar")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        assert window.contacts_page is not None
        window.show_page(window.stack.indexOf(window.contacts_page))
        model = window.contacts_page.model
        assert model is not None
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        shown = str(model.data(model.index(0, 1)))
        assert shown.startswith("\u2066")
        assert shown.endswith("\u2069")
        assert "07911 123456" in shown
    finally:
        uninstall_language(qapp)


def test_editable_cells_paint_latin_text_left_to_right_without_changing_it(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget, QTableWidgetItem

    from optin_desk.ui.bidi import FollowTextDirection

    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.setItem(0, 0, QTableWidgetItem("Order & payment updates."))
    table.setItem(1, 0, QTableWidgetItem("تحديثات الطلبات."))
    delegate = FollowTextDirection(table)
    directions = []
    for row in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(table)
        delegate.initStyleOption(option, table.model().index(row, 0))
        directions.append(option.direction)
    assert directions == [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
    assert table.item(0, 0).text() == "Order & payment updates."


def test_a_lists_numbers_keep_their_order_in_the_arabic_preview(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Teléfono\nAna,+34 612 100 001\nعلي,0791 123456\n", encoding="utf-8")
    install_language(qapp, "ar")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        window.show_page_named("check-list")
        page = window.check_page
        assert page is not None
        dialogs.files.append(listing)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.loading is None, timeout=20_000)
        assert page.preview.item(0, 1).text() == "\u2066+34 612 100 001\u2069"
        assert page.preview.item(1, 0).text() == "علي"  # Arabic letters: left to the algorithm
        assert page.preview.item(0, 1).toolTip() == "+34 612 100 001"
    finally:
        uninstall_language(qapp)
