"""Categories per language in the window: setup, Settings, and the Forms page's warning."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import Category, CategoryKind
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.privacy import privacy_block
from optin_desk.services.profile import current_wording, load_profile
from optin_desk.services.settings import ProfileUpdate, save_settings
from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window, type_text


def test_setup_in_spanish_offers_the_categories_in_spanish(
    qtbot: QtBot, empty_database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    setup = window.setup_page
    assert setup is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.business, timeout=2000)
    type_text(qtbot, "Tienda Luz")
    setup.country.setCurrentIndex(setup.country.findData("ES"))
    setup.language.choose("es")
    assert setup.categories.item(0, 1).text() == "Avisos de pedidos y pagos"
    setup.categories.setItem(2, 1, QTableWidgetItem("Ofertas de la semana"))
    setup.language.choose("pt")  # changed by the person: their words stay
    assert setup.categories.item(2, 1).text() == "Ofertas de la semana"
    setup.language.choose("es")
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    with empty_database.reading() as session:
        profile = load_profile(session)
        assert profile.language == "es"
        assert [c.label for c in profile.categories] == [
            "Avisos de pedidos y pagos",
            "Avisos de entrega",
            "Ofertas de la semana",
        ]
        assert "- Livraisons :" in current_wording(session, "fr").text


def test_settings_edit_the_categories_in_another_language(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    editor = page.languages
    editor.language.choose("fr")
    assert editor.table.item(1, 1).text() == "Livraisons"
    assert "Every kind of message" in editor.note.text()
    editor.table.setItem(1, 1, QTableWidgetItem("Livraison à domicile"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Kinds of messages saved in Français (wording v1)" in (
        window.statusBar().currentMessage()
    )
    with database.reading() as session:
        assert "- Livraison à domicile :" in current_wording(session, "fr").text


def test_settings_save_the_privacy_details_printed_on_forms(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.show_page_named("settings")
    page = window.settings_page
    assert page is not None
    page.privacy.email.setText("ann@deli.example")
    page.privacy.notice.setText("https://deli.example/privacy")
    page.privacy.years.setValue(4)
    page.save()
    assert "Settings saved" in window.statusBar().currentMessage()
    with database.reading() as session:
        block = " ".join(privacy_block(session, "es"))
    assert "Correo electrónico: ann@deli.example." in block
    assert "durante 4 años" in block
    page.refresh()
    assert page.privacy.email.text() == "ann@deli.example"


def test_the_forms_page_warns_before_printing_untranslated_categories(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.sessions() as session:
        profile = load_profile(session)
        save_settings(
            session,
            ProfileUpdate(
                name=profile.name,
                address="",
                country="GB",
                senders=list(profile.senders),
                categories=[
                    *profile.categories,
                    Category("vip", "VIP evenings", CategoryKind.MARKETING),
                ],
                staff=[],
                statement_template="",
                confirmation_template="",
            ),
        )
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    page.language.setCurrentIndex(page.language.findData("en"))
    assert not page.untranslated.isVisible()
    page.language.setCurrentIndex(page.language.findData("ar"))
    assert page.untranslated.isVisible()
    assert "Not translated into العربية: VIP evenings." in page.untranslated.text()


def test_a_pre_filled_form_is_offered_in_the_customers_language(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(
                phone="+34 612 345 678",
                scopes=["orders"],
                method="in_person",
                name="María",
                language="es",
            ),
            database.evidence_dir,
        )
    window.show_page_named("forms")
    page = window.forms_page
    assert page is not None
    page.start_for("+34612345678")
    assert page.language.currentData() == "es"
