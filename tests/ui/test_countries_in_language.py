"""Countries named in the window's language: the Setup and Settings lists, and the reasons
that name one (outside test: the list was in English whatever the language, and a Spanish
reason read 'demasiado corto para un número de ES')."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.language import install_language, uninstall_language

from .conftest import FakeDialogs, open_window, type_text


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "es")
    try:
        yield
    finally:
        uninstall_language(qapp)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(at) for at in range(combo.count())]


def test_the_setup_list_names_countries_in_spanish_sorted_as_spanish_sorts_and_typeable(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    spanish: None,
) -> None:
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    setup = window.setup_page
    assert setup is not None
    shown = items(setup.country)
    assert shown[:3] == ["Afganistán (AF)", "Albania (AL)", "Alemania (DE)"]
    assert "Spain (ES)" not in shown
    # accents sort with their letter (a code-point sort puts "Irán" after "Irlanda")
    at = {text.rsplit(" (", 1)[0]: index for index, text in enumerate(shown)}
    assert at["Irak"] < at["Irán"] < at["Irlanda"] < at["Islandia"]
    assert at["Emiratos Árabes Unidos"] < at["Eritrea"] < at["España"] < at["Estados Unidos"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.business, timeout=2000)
    setup.country.setFocus()
    type_text(qtbot, "Esp")  # keyboard first: the start of a name finds it
    assert setup.country.currentText() == "España (ES)"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search
    type_text(qtbot, "Rei")
    assert setup.country.currentData() == "GB"
    assert setup.country.currentText() == "Reino Unido (GB)"
    # a sender number that is too short is refused naming the country in Spanish
    setup.business.setFocus()
    type_text(qtbot, "Tienda Luz")
    setup.senders.setFocus()
    type_text(qtbot, "07911 12")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    assert "número remitente '07911 12': demasiado corto para Reino Unido" in (
        setup.problems.text()
    )


def test_settings_show_the_shops_country_by_its_spanish_name(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, spanish: None
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings)
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    assert page.country.currentText() == "Reino Unido (GB)"  # the test shop is in Britain
    assert "España (ES)" in items(page.country)
