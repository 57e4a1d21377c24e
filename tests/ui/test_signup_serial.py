"""A paper form is saved with its serial (DESIGN.md rule 6): the Sign-ups page says what to type
where it says a serial is mistyped or never printed, keeps the form as typed and puts the cursor
back in the serial field; a sign-up made another way needs no serial."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from optin_desk.services.contacts import contact_history
from optin_desk.services.this_computer import remember_recorder
from optin_desk.storage.engine import Database
from optin_desk.storage.models import ConsentEvent
from optin_desk.ui.main_window import MainWindow
from optin_desk.ui.signup_page import SignupPage
from tests.paper_forms import printed_serials

from .conftest import FakeDialogs, focused, open_window, press, type_text
from .test_signup_page import enter_form

TAB = Qt.Key.Key_Tab
NEEDED = (
    "a paper form needs its serial: type the one printed at the top of the form (a form the"
    " shop printed elsewhere: type the number it carries and tick “Form from another print run”)"
)
SAID = {
    "es": "un formulario en papel necesita su número de serie: escriba el impreso arriba en el"
    " formulario (un formulario que la tienda imprimió en otro sitio: escriba el número que"
    " lleva y marque «Formulario de otra impresión»)",
    "pt": "um formulário em papel precisa do seu número de série: digite o que está impresso no"
    " alto do formulário (um formulário que a loja imprimiu em outro lugar: digite o número que"
    " ele traz e marque “Formulário de outra impressão”)",
    "fr": "un formulaire papier a besoin de son numéro de série : saisissez celui imprimé en haut"
    " du formulaire (un formulaire que la boutique a imprimé ailleurs : saisissez le numéro"
    " qu'il porte et cochez « Formulaire d'une autre impression »)",
    "de": "ein Papierformular braucht seine Seriennummer: Geben Sie die oben auf das Formular"
    " gedruckte ein (ein Formular, das das Geschäft anderswo gedruckt hat: Geben Sie die Nummer"
    " ein, die es trägt, und haken Sie „Formular aus anderem Druck“ an)",
    "id": "formulir kertas perlu nomor serinya: ketik nomor seri yang tercetak di bagian atas"
    " formulir (formulir yang dicetak toko di tempat lain: ketik nomor yang tertera padanya dan"
    " centang “Formulir dari cetakan lain”)",
    "hi": "काग़ज़ी फ़ॉर्म के लिए उसका सीरियल चाहिए: फ़ॉर्म के ऊपर छपा सीरियल लिखें (दुकान ने जो"
    " फ़ॉर्म कहीं और छपवाया: उस पर लिखा नंबर लिखें और “दूसरी छपाई का फ़ॉर्म” पर टिक करें)",
    "ar": "الاستمارة الورقية تحتاج إلى رقمها التسلسلي: اكتب الرقم المطبوع أعلى الاستمارة"
    " (استمارة طبعها المتجر في مكان آخر: اكتب الرقم الذي تحمله وحدّد «نموذج من طباعة أخرى»)",
}


@pytest.fixture
def page(window: MainWindow) -> SignupPage:
    window.show_page_named("sign-ups")
    shown = window.signup_page
    assert shown is not None
    return shown


def people_events(database: Database) -> int:
    with database.sessions() as session:
        query = select(func.count()).select_from(ConsentEvent)
        return int(session.scalar(query.where(ConsentEvent.contact_id.is_not(None))) or 0)


def test_a_paper_form_without_its_serial_is_not_saved_and_the_cursor_goes_back_to_it(
    qtbot: QtBot, window: MainWindow, page: SignupPage, database: Database, tmp_path: Path
) -> None:
    assert focused() is page.serial
    assert page.method.currentData() == "paper_form"  # the page's first way of agreeing
    assert page.serial_feedback.text() == ""  # a new form's empty field is no complaint yet
    enter_form(qtbot, "", "Ann Lee", "07911 123456", [Qt.Key.Key_1, Qt.Key.Key_3])
    assert page.message.text() == f"The form serial: {NEEDED}."
    assert page.serial_feedback.text() == f"✗ {NEEDED}"
    assert focused() is page.serial
    assert (page.name.text(), page.phone.text()) == ("Ann Lee", "07911 123456")
    ticked = [key for key, box in page.category_boxes.items() if box.isChecked()]
    assert ticked == ["orders", "offers"]
    assert page.counter.text() == "Entered this session: 0"
    assert people_events(database) == 0
    with database.sessions() as session:
        (serial,) = printed_serials(session, tmp_path)
    type_text(qtbot, serial)  # read off the form; the rest is still there
    assert page.serial_feedback.text().startswith(f"✓ form {serial}: en wording v1")
    press(qtbot, Qt.Key.Key_Return)
    status = window.statusBar().currentMessage()
    assert "Saved Ann Lee: Order & payment updates, Offers & new products" in status
    assert page.message.text() == ""
    assert focused() is page.serial
    assert page.serial_feedback.text() == ""  # the next form starts clean
    with database.sessions() as session:
        _, events = contact_history(session, "07911 123456")
    assert {(e.method.value, e.form_serial) for e in events} == {("paper_form", serial)}


def test_a_sign_up_given_another_way_needs_no_serial(
    qtbot: QtBot, window: MainWindow, page: SignupPage, database: Database
) -> None:
    enter_form(qtbot, "", "Bob Stone", "07400 123456", [Qt.Key.Key_2])  # paper, as it opens
    assert page.message.text() == f"The form serial: {NEEDED}."
    assert page.serial_feedback.text() == f"✗ {NEEDED}"
    page.method.setCurrentIndex(page.method.findData("in_person"))  # he said yes at the counter
    assert page.serial_feedback.text() == ""
    press(qtbot, Qt.Key.Key_Return)  # the form is still filled in
    assert "Saved Bob Stone: Delivery updates" in window.statusBar().currentMessage()
    with database.sessions() as session:
        _, events = contact_history(session, "07400 123456")
    assert [(e.method.value, e.form_serial) for e in events] == [("in_person", None)]
    page.method.setCurrentIndex(page.method.findData("paper_form"))  # back to the stack
    assert page.serial_feedback.text() == ""  # a new form's empty field is no complaint yet
    enter_form(qtbot, "", "Cy Bell", "07400 123457", [Qt.Key.Key_1])
    assert page.message.text() == f"The form serial: {NEEDED}."
    assert people_events(database) == 1


def test_a_form_from_another_print_run_is_entered_with_the_number_it_carries(
    qtbot: QtBot, window: MainWindow, page: SignupPage, database: Database
) -> None:
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # ticked, nothing typed yet
    assert page.elsewhere.isChecked()
    assert page.serial_feedback.text() == f"✗ {NEEDED}"
    press(qtbot, TAB)
    type_text(qtbot, "Ann Lee")
    press(qtbot, TAB)
    type_text(qtbot, "07911 123456")
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Return)
    assert page.message.text() == f"The form serial: {NEEDED}."
    assert focused() is page.serial
    assert people_events(database) == 0
    type_text(qtbot, "K3M9")
    press(qtbot, Qt.Key.Key_Return)
    assert "Saved Ann Lee" in window.statusBar().currentMessage()
    with database.sessions() as session:
        _, events = contact_history(session, "07911 123456")
    assert [(e.form_serial, e.note) for e in events] == [("K3M9", "form from another print run")]


@pytest.mark.parametrize("language", SAID)
def test_what_to_type_is_said_in_the_window_language(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
    language: str,
) -> None:
    from optin_desk.ui.language import install_language, uninstall_language

    install_language(qapp, language)
    remember_recorder("Sam")
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        window.show_page_named("sign-ups")
        page = window.signup_page
        assert page is not None
        page.serial.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.serial)  # window active
        enter_form(qtbot, "", "Ann", "07911 123456", [Qt.Key.Key_1])
        assert page.serial_feedback.text() == f"✗ {SAID[language]}"
        assert SAID[language] in page.message.text()
        assert focused() is page.serial
        assert people_events(database) == 0
    finally:
        uninstall_language(qapp)
