"""Countries by name in the reader's language (CLDR's names, through Babel).

The records and the rules know a country by its two-letter region code ("GB", "ES"); people
read its name ("United Kingdom", "Reino Unido", "المملكة المتحدة"). The domain marks a country
in a message (`domain.messages.Country`) and a front door names it here, in the language it
speaks: naming is wording, so the domain never does it.

Babel is imported only when a name is first asked for, so a command that names no country
(`status`, a check whose numbers are all valid) never loads it; each language's names are
read once, and every name after that is a dictionary look-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

FALLBACK = "en"
"""The language whose names stand in when Babel has none for the one asked for."""


@cache
def _names(language: str) -> Mapping[str, str]:
    """Every territory's name in `language` (English's when Babel does not know it)."""
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError, TypeError):
        return dict(Locale.parse(FALLBACK).territories) if language != FALLBACK else {}


def country_name(code: str, language: str) -> str:
    """The name of the country whose region code is `code`, in `language` (an ISO 639-1
    code such as "es"); the code itself when no country has it."""
    return _names(language).get(code.strip().upper(), code)


def country_names(codes: Iterable[str], language: str) -> dict[str, str]:
    """Each of `codes` with its name in `language` (a code without one named by itself)."""
    names = _names(language)
    return {code: names.get(code, code) for code in codes}
