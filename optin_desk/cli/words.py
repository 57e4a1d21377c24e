"""The command line in the shop's language: which language, and what each line says in it.

`--ui-language L` chooses, else the system locale (LC_ALL, LC_MESSAGES, LANG), else English.
English is the source text and loads nothing; any other language loads its compiled messages
catalogue (`resources/translations/messages_<lang>.qm`) through QtCore's QTranslator, only
then. Call sites write `translate("Cli", "literal")` (and `translate("Cli", "%n row(s)", None,
n)` for counts) so `pyside6-lupdate` extracts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from optin_desk.domain.messages import COUNTRIES, english, worded

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGES = ("en", "es", "pt", "fr", "de", "id", "hi", "ar")
"""The languages of the window and the command line (English is the source)."""

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where the system's language is read, the first one set winning (as POSIX orders them)."""

_SPEAKING: ContextVar[QTranslator | None] = ContextVar("optin_desk_cli_words", default=None)
"""The catalogue of the command running now (None: English). Set only by `speaking()`."""
_LANGUAGE: ContextVar[str] = ContextVar("optin_desk_cli_language", default="en")
"""The language of the command running now (countries are named in it). Set by `speaking()`."""


def system_language(environ: Mapping[str, str]) -> str:
    """The language of the system locale among LANGUAGES, English when none fits."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            code = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def chosen_language(option: str | None, environ: Mapping[str, str]) -> str:
    """The language the command speaks: the option, else the system locale, else English."""
    return option if option else system_language(environ)


def load_catalogue(language: str) -> QTranslator | None:
    """The messages catalogue of `language`; None for English or when it is not installed."""
    if language == "en":
        return None
    from PySide6.QtCore import QTranslator

    from optin_desk.resources import resources_dir

    path = resources_dir() / "translations" / f"messages_{language}.qm"
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Say everything within in `language` (the catalogue is dropped again afterwards)."""
    token = _SPEAKING.set(load_catalogue(language))
    named = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(named)
        _SPEAKING.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (a literal, found by lupdate) in the language being spoken; `%n` is the count.
    Under COUNTRIES, `text` is a region code and the answer that country's name."""
    if context == COUNTRIES:
        return country(text)
    translator = _SPEAKING.get()
    if translator is None:
        return english(text, n)
    found = translator.translate(context, text, disambiguation, n)
    if not found:
        return english(text, n)
    return found.replace("%n", str(n)) if n >= 0 else found


def country(code: str) -> str:
    """The name of the country with region code `code` in the language being spoken."""
    from optin_desk.countries import country_name  # Babel: only when a country is named

    return country_name(code, _LANGUAGE.get())


def message(error: BaseException | str) -> str:
    """An error's message in the language being spoken (its English when not marked)."""
    return worded(error, translate)
