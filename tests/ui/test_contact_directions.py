"""A contact's history as a shop worker reads it: a confirmation sent in another script reads
in its own direction (an Arabic one in the Spanish window, a Spanish one in the Arabic window:
its sentences in order), a person without a name is "(sin nombre)" in Spanish, and a search
with one match chooses it in the Arabic window too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from optin_desk.services.consent import OptOutRequest, record_opt_out
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database
from optin_desk.ui.contacts_page import ContactsPage
from optin_desk.ui.language import install_language, uninstall_language
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window
from .test_today_page import shown


@pytest.fixture
def window_in(qapp: QApplication) -> Iterator[object]:
    """Puts the window into a language for one test; back to English afterwards."""
    yield lambda code: install_language(qapp, code)
    uninstall_language(qapp)


def opted_out(
    database: Database, language: str, confirmation: str = "", phone: str = "07911 123456"
) -> None:
    """Someone without a name stopped everything by phone, confirmed in `language`."""
    with database.sessions() as session:
        record_opt_out(
            session,
            OptOutRequest(
                phone=phone,
                scope="all",
                method="phone_call",
                language=language,
                confirmation=confirmation,
                by="Íñigo",
            ),
        )


def chosen(qtbot: QtBot, window: MainWindow, search: str) -> ContactsPage:
    """Contacts, a search typed in, its one match chosen."""
    window.show_page_named("contacts")
    page = window.contacts_page
    assert page is not None
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    qtbot.keyClicks(page.search, search)
    qtbot.waitUntil(lambda: page.timeline.count() == 1, timeout=10_000)
    return page


def where_on_screen(timeline: QListWidget, line: str, words: list[str]) -> list[float]:
    """How far from the left each of `words` is drawn in `line` of the timeline (laid out as
    the list lays out its text: in the list's direction, the Unicode bidi algorithm)."""
    layout = QTextLayout(line, timeline.font())
    option = QTextOption()
    option.setTextDirection(timeline.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    text_line = layout.createLine()
    text_line.setLineWidth(100_000)  # one line: the order of the words, not the wrapping
    layout.endLayout()
    return [text_line.cursorToX(line.index(word))[0] for word in words]


def test_an_arabic_confirmation_reads_right_to_left_in_the_spanish_window(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    window_in: object,
) -> None:
    install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    opted_out(database, "ar")
    window = open_window(qtbot, database, dialogs, qsettings)
    page = chosen(qtbot, window, "7911 123456")
    assert shown(page.who.text()) == "(sin nombre) — 07911 123456"
    entry = page.timeline.item(0).text()
    line = next(x for x in entry.split("\n") if "confirmación:" in x)
    assert "Ann's Deli & Co: لن نرسل إليك" in line
    # read right to left: the shop's name first (rightmost), then each sentence to the left
    # of the one before it, the word WhatsApp where the first sentence ends
    name, first, whatsapp, again = where_on_screen(
        page.timeline, line, ["Ann's", "لن نرسل", "WhatsApp", "لإعادة"]
    )
    assert name > first > whatsapp > again
    label = where_on_screen(page.timeline, line, ["confirmación"])[0]
    assert label < again  # the Spanish label still where a Spanish line starts


def test_a_spanish_confirmation_reads_left_to_right_in_the_arabic_window(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    window_in: object,
) -> None:
    install_language(QApplication.instance(), "ar")  # type: ignore[arg-type]
    with empty_database.sessions() as session:
        setup = BusinessSetup(name="مخبز الأمل", country="AE", senders=("050 123 4000",))
        create_business(session, setup)
    sent = (
        "مخبز الأمل: ya no le enviaremos ningún mensaje por WhatsApp. Si desea volver a "
        "recibirlos, responda ALTA."
    )
    opted_out(empty_database, "es", sent, phone="050 123 4567")
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    page = chosen(qtbot, window, "501234567")  # one match: chosen in Arabic too
    assert shown(page.who.text()) == "(بلا اسم) — \u2066050 123 4567\u2069"
    entry = page.timeline.item(0).text()
    line = next(x for x in entry.split("\n") if sent[:12] in x)
    shop, first, again, end = where_on_screen(
        page.timeline, line, ["مخبز", "ya no", "Si desea", "ALTA."]
    )
    assert shop < first < again < end  # left to right, the shop's Arabic name leading
