"""Every language words the proof PDF completely, with the same slots as English."""

from __future__ import annotations

import json
from string import Template

import pytest

from optin_desk.documents.proof_words import proof_words
from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.domain.consent import Action, CategoryKind, ConsentState, Method
from optin_desk.resources import resource

LANGUAGES = available_languages()


def section(language: str) -> dict[str, object]:
    data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
    found = data["proof"]
    assert isinstance(found, dict)
    return found


def shape(value: object) -> object:
    """The keys of a section, nested tables as their own key sets."""
    assert isinstance(value, dict)
    return {key: shape(inner) if isinstance(inner, dict) else None for key, inner in value.items()}


def slots(text: str) -> set[str]:
    return {m.group("named") or m.group("braced") for m in Template.pattern.finditer(text)} - {None}


def test_the_eight_languages_are_all_there() -> None:
    assert LANGUAGES == ["ar", "de", "en", "es", "fr", "hi", "id", "pt"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_proof_section_has_the_keys_and_slots_of_english(language: str) -> None:
    english, own = section("en"), section(language)
    assert shape(own) == shape(english)
    for key, text in english.items():
        if isinstance(text, str):
            mine = own[key]
            assert isinstance(mine, str)
            assert slots(mine) == slots(text), key
            assert mine.strip(), key
    if language != "en":  # translated, not copied: the title differs from the English one
        assert own["title"] != english["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_words_in_every_language(language: str) -> None:
    words = proof_words(language)
    for table, codes in (
        ("methods", Method),
        ("states", ConsentState),
        ("kinds", CategoryKind),
        ("actions", Action),
    ):
        assert set(words.tables[table]) == {code.value for code in codes}, table
        assert all(words.tables[table].values()), table
    assert words.name("methods", "paper_form") != "paper_form"
    assert form_labels(language).code_points.startswith("U+…")


def test_methods_read_as_words_and_unknown_codes_stay_readable() -> None:
    assert proof_words("en").name("methods", "paper_form") == "Paper form"
    assert proof_words("es").name("methods", "paper_form") == "Formulario en papel"
    assert proof_words("en").name("methods", "carrier_pigeon") == "carrier pigeon"


def test_slots_are_filled_once_and_values_are_never_read_as_slots() -> None:
    words = proof_words("es")
    assert words.say("note", text="$when 100% <b>") == "Nota: $when 100% <b>"
    assert words.say("how", method="Carta") == "Cómo: Carta"


def test_arabic_is_right_to_left_and_keeps_fixed_values_in_one_island() -> None:
    arabic, english = proof_words("ar"), proof_words("en")
    assert arabic.rtl
    assert not english.rtl
    assert arabic.fixed("2026-11-30 09:00") == "\u20662026-11-30 09:00\u2069"
    assert english.fixed("2026-11-30 09:00") == "2026-11-30 09:00"


def test_an_unknown_language_gets_english() -> None:
    assert proof_words("xx").say("consent_now") == "Consent now:"
