"""What the services and the domain say, in the window's language.

`translate` is Qt's own look-up (the installed catalogues) that also names countries: under
`COUNTRIES` its text is a region code and its answer the country's name in the window's
language. `said` puts a message (a Said reason, a refusal) into words with it. Every page
shows messages through `said`, so a reason reads "demasiado corto para Reino Unido" in
Spanish and "too short for United Kingdom" in English, never a bare "GB".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.messages import COUNTRIES, worded
from optin_desk.ui.language import window_language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`, and a country's name under COUNTRIES."""
    if context == COUNTRIES:
        return country(text)
    return QCoreApplication.translate(context, text, disambiguation, n)


def country(code: str) -> str:
    """The name of the country with region code `code` in the window's language."""
    from optin_desk.countries import country_name  # Babel: only when a country is named

    return country_name(code, window_language())


def said(message: BaseException | str) -> str:
    """A message (Said, a WordedError, or plain text) in the window's language."""
    return worded(message, translate)
