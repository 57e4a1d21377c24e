"""The language of the window: chosen in Settings, else the computer's, else English.

Two catalogues per language (`window_<lang>.qm` for the window, `messages_<lang>.qm` for what
the services and the command line say), plus Qt's own words (`qtbase_<lang>.qm`: OK, Cancel,
the file pickers) where Qt ships them. Arabic lays the whole window out right to left.

The window writes every number in Western digits (its counts are Qt's `%n`, its dates and
phone numbers are written as stored): the locale Qt's own widgets follow (a spin box, a date
box) is the window's language with those digits (`window_locale`), not the computer's, which
in Arabic would write ٢٠ in one box beside 20 in the next line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from optin_desk.resources import resources_dir

LANGUAGES = ("en", "es", "pt", "fr", "de", "id", "hi", "ar")
"""Every language the window can be shown in (ISO 639-1)."""
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "de": "Deutsch",
    "id": "Bahasa Indonesia",
    "hi": "हिन्दी",
    "ar": "العربية",
}
"""Each language in its own words (never translated: a person looks for their own)."""
RIGHT_TO_LEFT = frozenset({"ar"})
CATALOGUES = ("window", "messages")
SCRIPT_FONTS = {
    "ar": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hi": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
}
"""The fonts shipped for the forms that the window also needs in a language whose script a
computer may have no font for (a Linux till without Devanagari shows boxes otherwise)."""
FONTS_ADDED = "optin_desk_fonts_added"
LANGUAGE_KEY = "window/language"
"""Where the choice is kept, per computer ("" or missing: follow the computer)."""
INSTALLED_NAME = "optin-desk-language"
"""The object name of the translators this module installed (so a switch can remove them)."""


def translations_dir() -> Path:
    """The folder of the compiled catalogues inside the installed package."""
    return resources_dir() / "translations"


def chosen_language(settings: QSettings) -> str:
    """The language picked in Settings on this computer, or "" to follow the computer."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def choose_language(chosen: str, system: QLocale) -> str:
    """Settings' choice, else the computer's language when there is a catalogue, else English."""
    if chosen in LANGUAGES:
        return chosen
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def window_locale(language: str) -> QLocale:
    """The conventions of `language` as the window writes it: with Western digits (Arabic's
    own "ar" locale writes Arabic-Indic ones; the Arabic of the whole Arab world does not)."""
    own = QLocale(language)
    if own.zeroDigit() == "0":
        return own
    others = QLocale.matchingLocales(own.language(), own.script(), QLocale.Country.AnyTerritory)
    for other in [QLocale(f"{language}_001"), *others]:
        if other.language() == own.language() and other.zeroDigit() == "0":
            return other
    return QLocale.c()


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Put the window into `language` (replacing a language installed before); returns the
    translators that loaded. Widgets built afterwards read their words in it."""
    uninstall_language(app)
    loaded: list[QTranslator] = []
    files = [(translations_dir(), f"{catalogue}_{language}") for catalogue in CATALOGUES]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        files.append((Path(qt_folder), f"qtbase_{language}"))
    for folder, name in files:
        translator = QTranslator(app)  # the application keeps it alive
        translator.setObjectName(INSTALLED_NAME)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            loaded.append(translator)
        else:
            translator.deleteLater()
    app.setProperty(INSTALLED_NAME, language)
    QLocale.setDefault(window_locale(language))  # for the widgets built from now on
    if isinstance(app, QApplication):
        add_script_fonts(app, language)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return loaded


def add_script_fonts(app: QApplication, language: str) -> None:
    """Make the shipped fonts of `language`'s script known to Qt (once), so that the window
    falls back to them for letters the computer's own fonts lack."""
    from PySide6.QtGui import QFontDatabase

    added = set(str(app.property(FONTS_ADDED) or "").split())
    for name in SCRIPT_FONTS.get(language, ()):
        if name not in added:
            QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            added.add(name)
    app.setProperty(FONTS_ADDED, " ".join(sorted(added)))


def uninstall_language(app: QCoreApplication) -> None:
    """Back to the words of the sources (English), laid out left to right."""
    for old in app.findChildren(QTranslator, INSTALLED_NAME):
        app.removeTranslator(old)
        old.setParent(None)  # gone now: a later findChildren must not see it again
        old.deleteLater()
    app.setProperty(INSTALLED_NAME, "en")
    QLocale.setDefault(window_locale("en"))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def window_language() -> str:
    """The language the window is shown in now ("en" before one is installed)."""
    app = QCoreApplication.instance()
    value = app.property(INSTALLED_NAME) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else "en"


def start_language(app: QCoreApplication, settings: QSettings, override: str | None = None) -> str:
    """At start: choose the language (`override`, e.g. from the command line, else this
    computer's choice, else its locale) and install it; returns its code."""
    language = choose_language(override or chosen_language(settings), QLocale.system())
    install_language(app, language)
    return language
