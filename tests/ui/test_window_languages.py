"""The window in each of its eight languages: every word a person sees is translated where the
catalogue has a translation, no label is cut off at 1024x768, Arabic reads right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from optin_desk.documents.templates import default_categories
from optin_desk.storage.engine import Database
from optin_desk.ui.language import (
    LANGUAGES,
    NATIVE_NAMES,
    install_language,
    uninstall_language,
)
from optin_desk.ui.main_window import MainWindow

from .conftest import FakeDialogs, open_window
from .visible_words import Seen, catalogue, clipped_labels, unfinished, visible_texts

COMPLETE = {"en", "es", "pt", "fr", "de", "id", "hi", "ar"}
"""Languages whose window catalogue is translated in full (the lead adds each one done)."""


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language for one test; back to the sources' English afterwards."""
    code = str(request.param)
    install_language(qapp, code)
    yield code
    uninstall_language(qapp)


def every_page(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Show each page in turn (and each tab inside it); yields the page's name each time."""
    for index, title in enumerate(window.page_titles()):
        window.show_page(index)  # a page not built yet is built when first shown
        page = window.pages[index][1]
        qtbot.waitUntil(lambda page=page: window.stack.currentWidget() is page)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tab_widget in tabs:
            for tab in range(tab_widget.count() if tab_widget is not None else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(tab)
                QApplication.processEvents()
                yield f"{title} (tab {tab})"


def english_left(seen: list[Seen], language: str) -> list[str]:
    """Texts on screen that are still the English of a catalogue entry translated here (a
    language chooser names each language in its own words, English as "English")."""
    translated = catalogue(language)
    own_names = set(NATIVE_NAMES.values())
    return [
        f"{s.where}: {s.text!r}" for s in seen if s.text in translated and s.text not in own_names
    ]


def test_every_page_is_in_the_chosen_language_and_nothing_is_cut_off(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings, language: str
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings)
    window.resize(1024, 768)
    left: list[str] = []
    clipped: list[str] = []
    too_wide: list[str] = []
    pages = 0
    for page in every_page(qtbot, window):
        pages += 1
        seen = visible_texts(window)
        left += [f"{page}: {x}" for x in english_left(seen, language)]
        clipped += [f"{page}: {x}" for x in clipped_labels(window)]
        if window.width() > 1024:
            too_wide.append(f"{page}: {window.width()} pixels")
    assert pages >= len(window.pages)
    assert left == []
    assert clipped == []
    if language != "hi":  # Hindi is measured in a process of its own: test_hindi_fits.py
        assert too_wide == []  # the window fits a 1024-pixel shop screen
    expected = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected


def test_the_setup_of_a_new_shop_is_in_the_chosen_language(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    language: str,
) -> None:
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    window.resize(1024, 768)
    QApplication.processEvents()
    assert window.setup_page is not None
    assert english_left(visible_texts(window), language) == []
    assert clipped_labels(window) == []
    # forms and messages are offered in the window's language, its kinds of message worded in it
    assert window.setup_page.language.code() == language
    labels = [category.label for category in window.setup_page.categories.categories()]
    assert labels == [category.label for category in default_categories(language)]


@pytest.mark.parametrize("code", sorted(COMPLETE - {"en"}))
def test_a_complete_language_leaves_nothing_untranslated(code: str) -> None:
    assert unfinished(code) == []


def test_english_has_its_singulars_for_every_count() -> None:
    """English needs translating only where a count has a singular ("1 row", not "1 rows")."""
    counts = [source for source in unfinished("en") if "%n" in source]
    assert counts == []


@pytest.mark.parametrize("code", sorted(COMPLETE - {"en"}))
def test_a_translated_window_shows_the_translations_not_the_sources(
    qtbot: QtBot,
    database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    qapp: QApplication,
    code: str,
) -> None:
    install_language(qapp, code)
    try:
        window = open_window(qtbot, database, dialogs, qsettings)
        translations = set(catalogue(code).values())
        shown = {s.text for page in every_page(qtbot, window) for s in visible_texts(window)}
        assert len(shown & translations) > 100  # the check above looks at real words
        assert window.page_titles()[0] == catalogue(code)["Today"]
    finally:
        uninstall_language(qapp)


def test_the_checks_see_english_left_and_a_label_cut_off(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    narrow = QLabel("Opt-out option again after a &gap of:")
    narrow.setFixedWidth(40)
    layout.addWidget(narrow)
    layout.addWidget(QLabel("Fits"))
    box.show()
    qtbot.waitExposed(box)
    assert len(clipped_labels(box)) == 1
    assert "needs" in clipped_labels(box)[0]
    seen = visible_texts(box)
    assert english_left(seen, "es") == ["QLabel(-): 'Opt-out option again after a &gap of:'"]
    assert english_left(seen, "en") == []  # English is the sources' own language


def test_the_sidebar_fits_the_longest_page_name(
    qtbot: QtBot, database: Database, dialogs: FakeDialogs, qsettings: QSettings
) -> None:
    window = open_window(qtbot, database, dialogs, qsettings)
    window.navigation.setFixedWidth(30)  # as narrow as it once was, and narrower
    QApplication.processEvents()
    assert any("Check list" in x for x in clipped_labels(window))
