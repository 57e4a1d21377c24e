"""Reading replies: keywords in every language, whole words, accents optional, free text flagged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.documents.templates import available_languages, reply_vocabulary
from optin_desk.domain.replies import (
    LanguageWords,
    ReplyKind,
    _find,
    build_vocabulary,
    classify_reply,
    words_of,
)

VOCABULARY = reply_vocabulary()

OPT_OUTS = [
    ("STOP", "en"),
    ("Stop!", "en"),
    ("stop please", "en"),
    ("UNSUBSCRIBE", "en"),
    ("cancel", "en"),
    ("Quit.", "en"),
    ("opt-out", "en"),
    ("REVOKE", "en"),
    ("BAJA", "es"),
    ("baja por favor", "es"),
    ("Parar", "es"),
    ("SAIR", "pt"),
    ("descadastrar", "pt"),
    ("ARRÊT", "fr"),
    ("arret", "fr"),
    ("Désabonner svp", "fr"),
    ("ABMELDEN", "de"),
    ("abmelden bitte", "de"),
    ("Stopp", "de"),
    ("BERHENTI", "id"),
    ("berhenti terima kasih", "id"),
    ("बंद", "hi"),
    ("रोकें", "hi"),
    ("band", "hi"),  # Hindi typed in Latin letters, as many do
    ("BAND KARO", "hi"),
    ("إيقاف", "ar"),
    ("ايقاف", "ar"),
    ("توقف", "ar"),
]


@pytest.mark.parametrize(("message", "language"), OPT_OUTS)
def test_opt_out_keywords_of_every_language_are_clear(message: str, language: str) -> None:
    reading = classify_reply(message, VOCABULARY)
    assert reading.kind is ReplyKind.OPT_OUT, reading
    assert language in reading.languages
    assert reading.matched


def test_every_bundled_language_has_reply_words() -> None:
    for language in available_languages():
        assert any(language in langs for langs in VOCABULARY.opt_out.values()), language
        assert any(language in langs for langs in VOCABULARY.opt_in.values()), language
        assert any(language in langs for langs in VOCABULARY.phrases.values()), language


@pytest.mark.parametrize(
    "message",
    ["stopwatch", "Stopover in Paris", "the bus stops here?", "Cancellation fee?", "ending"],
)
def test_a_keyword_inside_another_word_is_no_opt_out(message: str) -> None:
    assert classify_reply(message, VOCABULARY).kind is ReplyKind.OTHER


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("please don't message me again", "en"),
        ("Stop sending me these", "en"),
        ("no más mensajes", "es"),
        ("No me escriban más por favor", "es"),
        ("não quero mais", "pt"),
        ("ne m'envoyez plus rien", "fr"),
        ("keine Nachrichten mehr", "de"),
        ("jangan kirim lagi", "id"),
        ("मत भेजो", "hi"),
        ("لا ترسلوا لي", "ar"),
    ],
)
def test_free_text_that_may_mean_stop_waits_for_a_person(message: str, language: str) -> None:
    reading = classify_reply(message, VOCABULARY)
    assert reading.kind is ReplyKind.MAYBE_OPT_OUT, reading
    assert "a person decides" in reading.why
    assert language in reading.languages


def test_a_keyword_among_other_words_waits_for_a_person() -> None:
    reading = classify_reply("Stop, when does the sale end?", VOCABULARY)
    assert reading.kind is ReplyKind.MAYBE_OPT_OUT
    assert "STOP" in reading.why


def test_stop_and_start_together_wait_for_a_person() -> None:
    assert classify_reply("stop start", VOCABULARY).kind is ReplyKind.MAYBE_OPT_OUT


@pytest.mark.parametrize(
    ("message", "language"),
    [("START", "en"), ("Yes", "en"), ("ALTA", "es"), ("VOLTAR", "pt"), ("MULAI", "id")],
)
def test_opt_in_keywords_are_requests(message: str, language: str) -> None:
    reading = classify_reply(message, VOCABULARY)
    assert reading.kind is ReplyKind.OPT_IN_REQUEST
    assert language in reading.languages
    assert "staff confirm" in reading.why


def test_yes_in_a_sentence_is_no_request() -> None:
    assert classify_reply("yes I got the parcel", VOCABULARY).kind is ReplyKind.OTHER


def test_stop_all_stops_everything() -> None:
    assert classify_reply("STOP ALL", VOCABULARY).stops_all
    assert not classify_reply("STOP", VOCABULARY).stops_all


def test_the_match_is_shown_as_written() -> None:
    assert classify_reply("arrêt", VOCABULARY).matched == "ARRÊT"
    assert classify_reply("बंद", VOCABULARY).matched == "बंद"


def test_the_language_prefers_the_customers_own() -> None:
    reading = classify_reply("STOP", VOCABULARY)
    assert reading.language(["fr", "es"]) == "fr"
    assert reading.language(["es"]) == "en"


def test_words_fold_case_and_accents_but_keep_whole_words() -> None:
    assert words_of("Désabonner, SVP!") == ("desabonner", "svp")
    assert words_of("") == ()


def test_a_vocabulary_built_from_plain_lists() -> None:
    vocabulary = build_vocabulary(
        [LanguageWords("xx", opt_out=("HALT",), opt_in=("GO",), filler=("pls",))]
    )
    assert classify_reply("halt pls", vocabulary).kind is ReplyKind.OPT_OUT
    assert classify_reply("go", vocabulary).kind is ReplyKind.OPT_IN_REQUEST
    assert classify_reply("   ", vocabulary).kind is ReplyKind.OTHER


def _each_phrase_in_order(
    words: tuple[str, ...], wanted: dict[tuple[str, ...], tuple[str, ...]]
) -> list[tuple[int, tuple[str, ...]]]:
    """The plain reading `_find` must agree with: each phrase in the table's order, every
    place it occurs, unless an earlier phrase took those words."""
    found: list[tuple[int, tuple[str, ...]]] = []
    taken: set[int] = set()
    for phrase in wanted:
        for start in range(len(words) - len(phrase) + 1):
            span = set(range(start, start + len(phrase)))
            if words[start : start + len(phrase)] == phrase and not span & taken:
                found.append((start, phrase))
                taken |= span
    return sorted(found)


_VOCABULARY = reply_vocabulary()
_POOL = sorted(
    {
        w
        for t in (_VOCABULARY.opt_out, _VOCABULARY.opt_in, _VOCABULARY.phrases)
        for k in t
        for w in k
    }
    | {"hello", "please", "x"}
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_POOL), max_size=8))
def test_phrases_are_found_as_reading_each_phrase_in_order_finds_them(words: list[str]) -> None:
    message = tuple(words)
    for table in (_VOCABULARY.opt_out, _VOCABULARY.opt_in, _VOCABULARY.phrases):
        expected = _each_phrase_in_order(message, dict(table))
        assert _find(message, table, _VOCABULARY.longest) == expected


@pytest.mark.parametrize("message", ["shuru", "Shuru karo", "शुरू"])
def test_hindi_in_either_script_asks_to_start_again(message: str) -> None:
    reading = classify_reply(message, VOCABULARY)
    assert reading.kind is ReplyKind.OPT_IN_REQUEST, reading
    assert "hi" in reading.languages
