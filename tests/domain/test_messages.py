"""Messages marked for translation: their English, counts and fields."""

from __future__ import annotations

import pytest

from optin_desk.domain.messages import Plural, WordedError, english, filled, worded


@pytest.mark.parametrize(
    ("text", "n", "said"),
    [
        ("%n row(s)", 1, "1 row"),
        ("%n row(s)", 0, "0 rows"),
        ("%n row(s)", 2, "2 rows"),
        ("%n box(es) of %n", 1, "1 box of 1"),
        ("%n (person|people) left", 1, "1 person left"),
        ("%n (person|people) left", 7, "7 people left"),
        ("phone menu (IVR)", -1, "phone menu (IVR)"),
    ],
)
def test_english_has_the_form_that_fits_the_count(text: str, n: int, said: str) -> None:
    assert english(text, n) == said


def test_a_worded_error_says_its_english_and_keeps_words_and_fields_apart() -> None:
    error = WordedError("there is no event {event}", event=42)
    assert str(error) == "there is no event 42"
    assert error.text == "there is no event {event}"
    assert dict(error.fields) == {"event": 42}
    counted = WordedError(
        Plural.translate("Messages", "%n (person|people) in {file}", None, 1), 1, file="a.csv"
    )
    assert str(counted) == "1 person in a.csv"
    assert str(WordedError.of(counted)) == "1 person in a.csv"
    assert WordedError.of(ValueError("plain")).text == "plain"


def test_a_text_without_fields_is_left_as_it_is() -> None:
    assert filled("use {braces} freely", {}) == "use {braces} freely"


def test_worded_looks_the_words_up_then_fills_the_fields() -> None:
    def shout(context: str, text: str, disambiguation: None, n: int) -> str:
        assert context == "Messages"
        return english(text, n).replace("rows", "ROWS")

    error = WordedError(Plural.translate("Messages", "%n row(s) of {file}", None, 2), 2, file="a")
    assert worded(error, shout) == "2 ROWS of a"
    assert worded(ValueError("plain words"), shout) == "plain words"

    def mistyped(context: str, text: str, disambiguation: None, n: int) -> str:
        return "{fichero}"

    assert worded(error, mistyped) == "2 rows of a"


def test_a_count_no_catalogue_holds_is_said_in_its_english_forms() -> None:
    def untranslated(context: str, text: str, disambiguation: None, n: int) -> str:
        return text.replace("%n", str(n))  # what Qt gives back without a catalogue

    one = WordedError(Plural.translate("Messages", "%n event(s) in {file}", None, 1), 1, file="a")
    many = WordedError(Plural.translate("Messages", "%n (is|are) left", None, 5), 5)
    assert worded(one, untranslated) == "1 event in a"
    assert worded(many, untranslated) == "5 are left"
