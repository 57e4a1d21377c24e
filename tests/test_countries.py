"""Countries by name in each language of the program (CLDR's names, read through Babel)."""

from __future__ import annotations

import phonenumbers
import pytest

from optin_desk.cli.words import LANGUAGES
from optin_desk.countries import country_name, country_names


@pytest.mark.parametrize(
    ("language", "spain", "britain"),
    [
        ("en", "Spain", "United Kingdom"),
        ("es", "España", "Reino Unido"),
        ("pt", "Espanha", "Reino Unido"),
        ("fr", "Espagne", "Royaume-Uni"),
        ("de", "Spanien", "Vereinigtes Königreich"),
        ("id", "Spanyol", "Inggris Raya"),
        ("hi", "स्पेन", "यूनाइटेड किंगडम"),
        ("ar", "إسبانيا", "المملكة المتحدة"),
    ],
)
def test_each_language_names_the_countries_in_its_own_words(
    language: str, spain: str, britain: str
) -> None:
    assert country_name("ES", language) == spain
    assert country_name("gb", language) == britain


def test_every_region_the_numbers_know_has_a_name_in_every_language() -> None:
    for language in LANGUAGES:
        names = country_names(phonenumbers.SUPPORTED_REGIONS, language)
        unnamed = sorted(code for code, name in names.items() if name == code)
        assert unnamed == [], language


def test_a_language_without_names_falls_back_to_english_and_a_code_without_a_country_stays() -> (
    None
):
    assert country_name("ES", "xx") == "Spain"
    assert country_name("ZZ9", "es") == "ZZ9"
