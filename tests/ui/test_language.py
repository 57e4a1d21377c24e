"""Choosing and installing the window's language; the Settings box that keeps the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from optin_desk.ui.language import (
    INSTALLED_NAME,
    LANGUAGE_KEY,
    LANGUAGES,
    NATIVE_NAMES,
    choose_language,
    chosen_language,
    install_language,
    start_language,
    translations_dir,
    uninstall_language,
)
from optin_desk.ui.language_box import LanguageBox


@pytest.mark.parametrize(
    ("chosen", "system", "expected"),
    [
        ("es", "de_DE", "es"),  # Settings' choice first
        ("", "pt_BR", "pt"),  # then the computer's language
        ("", "ar_EG", "ar"),
        ("", "id_ID", "id"),
        ("", "ja_JP", "en"),  # a language without catalogues: English
        ("xx", "fr_FR", "fr"),  # a choice the program does not know is no choice
    ],
)
def test_the_language_is_settings_then_the_computer_then_english(
    chosen: str, system: str, expected: str
) -> None:
    assert choose_language(chosen, QLocale(system)) == expected


def test_every_language_has_both_catalogues_compiled() -> None:
    for code in LANGUAGES:
        for name in ("window", "messages"):
            assert (translations_dir() / f"{name}_{code}.qm").is_file(), (name, code)
            assert (translations_dir() / f"{name}_{code}.ts").is_file(), (name, code)
        assert NATIVE_NAMES[code]


def test_installing_a_language_translates_and_arabic_mirrors_the_window(
    qapp: QApplication,
) -> None:
    try:
        install_language(qapp, "es")
        assert QCoreApplication.translate("Navigation", "Sign-ups") == "Altas"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        install_language(qapp, "ar")  # replaces Spanish, not added on top of it
        assert QCoreApplication.translate("Navigation", "Sign-ups") == "التسجيلات"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert all("_ar" in t.filePath() for t in qapp.findChildren(QTranslator, INSTALLED_NAME))
    finally:
        uninstall_language(qapp)
    assert QCoreApplication.translate("Navigation", "Sign-ups") == "Sign-ups"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_hindi_window_has_devanagari_letters_even_on_a_computer_without_the_font(
    qapp: QApplication,
) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    try:
        install_language(qapp, "hi")
        families = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
        assert "Noto Sans Devanagari" in families  # shipped with the forms, known to Qt
        assert QFontMetrics(QFont("Noto Sans Devanagari")).inFontUcs4(ord("क"))
    finally:
        uninstall_language(qapp)


@pytest.mark.parametrize(
    ("language", "one", "two", "five"),
    [
        ("en", "Checking 1 row…", "Checking 2 rows…", "Checking 5 rows…"),
        ("es", "Revisando 1 fila…", "Revisando 2 filas…", "Revisando 5 filas…"),
        ("ar", "جارٍ فحص 1 صف…", "جارٍ فحص صفين…", "جارٍ فحص 5 صفوف…"),
    ],
)
def test_counts_take_the_languages_singular_and_plural(
    qapp: QApplication, language: str, one: str, two: str, five: str
) -> None:
    try:
        install_language(qapp, language)
        said = [
            QCoreApplication.translate("CheckPage", "Checking %n rows…", "", n) for n in (1, 2, 5)
        ]
    finally:
        uninstall_language(qapp)
    assert said == [one, two, five]


def test_the_start_follows_the_command_line_then_settings(
    qapp: QApplication, qsettings: QSettings
) -> None:
    qsettings.setValue(LANGUAGE_KEY, "ar")
    try:
        assert chosen_language(qsettings) == "ar"
        assert start_language(qapp, qsettings) == "ar"
        assert start_language(qapp, qsettings, "es") == "es"
        assert QCoreApplication.translate("Navigation", "Settings") == "Ajustes"
    finally:
        uninstall_language(qapp)


def test_the_settings_box_keeps_the_choice_on_this_computer(
    qtbot: QtBot, qsettings: QSettings
) -> None:
    box = LanguageBox(qsettings)
    qtbot.addWidget(box)
    assert box.choice.currentText() == "Same as this computer"
    names = [box.choice.itemText(i) for i in range(box.choice.count())]
    assert "Español" in names
    assert "العربية" in names
    box.choice.setCurrentIndex(names.index("Español"))
    assert qsettings.value(LANGUAGE_KEY) == "es"
    again = LanguageBox(qsettings)  # the next start shows what was chosen
    qtbot.addWidget(again)
    assert again.choice.currentText() == "Español"
    again.choice.setCurrentIndex(0)
    assert chosen_language(qsettings) == ""


def test_the_quality_charts_name_the_ways_of_opting_in_in_the_windows_language(
    qapp: QApplication,
) -> None:
    from datetime import date

    from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
    from optin_desk.domain.quality import Marker, Rate
    from optin_desk.ui.quality_charts import marker_words, rate_words

    rate = Rate("paper form", 22, 6, "paper_form")  # the service's English word and the code
    started = Marker(date(2026, 3, 2), "first opt-in by paper form", "paper_form")
    try:
        install_language(qapp, "es")
        assert rate_words(rate) == "Formulario en papel"
        assert marker_words(started) == "primera alta con «Formulario en papel»"
        assert marker_words(Marker(date(2026, 3, 2), "en v2")) == "en v2"
        wording = Said(
            QT_TRANSLATE_NOOP("Messages", "wording {language} v{version}"), language="en", version=2
        )
        assert marker_words(Marker(date(2026, 3, 2), wording)) == "texto en v2"
    finally:
        uninstall_language(qapp)
    assert rate_words(rate) == "Paper form"


def test_the_broadcast_chart_names_its_days_in_the_windows_language(qapp: QApplication) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCharts import QBarCategoryAxis

    from optin_desk.domain.quality import BroadcastSummary, QualityOverview
    from optin_desk.ui.quality_charts import broadcast_chart

    sent = datetime(2026, 8, 14, 12, 0, tzinfo=UTC)
    overview = QualityOverview(
        "Tienda", sent, (BroadcastSummary(1, "ofertas.csv", sent, 10, {}, 0),), (), (), (), ()
    )
    try:
        install_language(qapp, "es")
        view = broadcast_chart(overview)
        [axis] = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
        assert axis.categories() == ["14 ago ofertas.csv"]
        assert view.chart().locale().language() == QLocale.Language.Spanish
    finally:
        uninstall_language(qapp)
