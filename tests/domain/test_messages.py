"""Messages marked for translation: their English, counts and fields."""

from __future__ import annotations

import json

import pytest

from optin_desk.domain.messages import (
    COUNTRIES,
    FORMER_COUNTRY_TEXTS,
    Country,
    Plural,
    Said,
    WordedError,
    english,
    filled,
    joined,
    said_data,
    said_from_data,
    worded,
)
from optin_desk.domain.phones import parse_phone

PHONE_TEXTS = {  # each reason that names a country, as the domain words it now
    getattr(parse_phone(written, region).reason, "text", None)
    for written, region in [
        ("123", "GB"),
        ("079111234567890123", "GB"),
        ("253 0000", "US"),
        ("07700 900123", "GB"),
    ]
}


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


def _spanish(context: str, text: str, disambiguation: None, n: int) -> str:
    """A front door's lookup in Spanish: a few words, and two countries by name."""
    if context == COUNTRIES:
        return {"GB": "Reino Unido", "ES": "España"}.get(text, text)
    return {
        "too short for {country}": "demasiado corto para {country}",
        "sender number {sender!r}: {reason}": "número remitente {sender!r}: {reason}",
    }.get(text, english(text, n))


def test_a_country_in_a_message_is_named_by_the_front_door_its_code_otherwise() -> None:
    reason = parse_phone("07911 12", "GB").reason
    assert isinstance(reason, Said)
    assert reason == "too short for GB"  # the domain names no country: its English keeps the code
    assert reason.fields == {"country": Country("GB")}
    assert worded(reason, _spanish) == "demasiado corto para Reino Unido"
    assert worded(parse_phone("+34 612 34", "GB").reason or "", _spanish) == (
        "demasiado corto para España"  # the number's own country, not the shop's
    )
    nested = WordedError("sender number {sender!r}: {reason}", sender="07911 12", reason=reason)
    assert (
        worded(nested, _spanish) == "número remitente '07911 12': demasiado corto para Reino Unido"
    )

    def knows_no_names(context: str, text: str, disambiguation: None, n: int) -> str:
        return english(text, n)

    assert worded(reason, knows_no_names) == "too short for GB"


def test_a_kept_reason_keeps_its_country_and_an_older_one_reads_as_today() -> None:
    reason = parse_phone("07911 12", "GB").reason
    data = said_data(reason)
    assert data == {
        "said": "too short for {country}",
        "n": -1,
        "fields": {"country": {"country": "GB"}},
    }
    again = said_from_data(json.loads(json.dumps(data)))
    assert worded(again, _spanish) == "demasiado corto para Reino Unido"
    # a check kept by an earlier version: the code as {region}, in the words of then
    former = {"said": "too short for a {region} number", "n": -1, "fields": {"region": "GB"}}
    assert worded(said_from_data(former), _spanish) == "demasiado corto para Reino Unido"
    assert set(FORMER_COUNTRY_TEXTS.values()) == PHONE_TEXTS  # each is what the domain says now


def test_several_problems_said_as_one_line_each_in_the_readers_words() -> None:
    reason = parse_phone("123", "ES").reason or ""
    line = joined(
        [
            "a plain {brace} line",
            Said("sender number {sender!r}: {reason}", sender="123", reason=reason),
        ]
    )
    assert str(line) == "a plain {brace} line; sender number '123': too short for ES"
    assert worded(WordedError.of(line), _spanish) == (
        "a plain {brace} line; número remitente '123': demasiado corto para España"
    )
