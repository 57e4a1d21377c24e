"""Every bundled language: a statement and a confirmation that satisfy the policy."""

from __future__ import annotations

import pytest

from optin_desk.documents.templates import (
    available_languages,
    language_template,
    reply_vocabulary,
)
from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.domain.replies import ReplyKind, classify_reply
from optin_desk.domain.wording import (
    confirmation_problems,
    render_confirmation,
    render_statement,
    wording_problems,
)

SHOP = "Café Lumière & Co"
LANGUAGES = ["ar", "de", "en", "es", "fr", "hi", "id", "pt"]


def test_the_languages_forms_and_confirmations_speak() -> None:
    assert available_languages() == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_and_confirmation_in_every_language(language: str) -> None:
    template = language_template(language)
    assert template.language == language
    statement = render_statement(template, SHOP, DEFAULT_CATEGORIES)
    assert wording_problems(statement, SHOP, DEFAULT_CATEGORIES, template.stop_keyword) == []
    assert "$" not in statement
    for scope, still in (("marketing", ["orders"]), ("all", []), ("offers", ["orders"])):
        text = render_confirmation(template, SHOP, scope, DEFAULT_CATEGORIES, still)
        assert confirmation_problems(text, SHOP, template.start_keyword) == []
        assert "$" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_words_a_customer_is_told_to_send_are_read_as_meant(language: str) -> None:
    """The word an opt-out confirmation names to opt in again, and the word the statement
    names to stop, are read by `replies` as that request, as a word of that language; and
    outside English they are the language's own word, not the English one."""
    template = language_template(language)
    vocabulary = reply_vocabulary()
    confirmation = render_confirmation(template, SHOP, "all", DEFAULT_CATEGORIES, [])
    statement = render_statement(template, SHOP, DEFAULT_CATEGORIES)
    assert template.start_keyword in confirmation
    assert template.stop_keyword in statement
    start = classify_reply(template.start_keyword, vocabulary)
    assert start.kind is ReplyKind.OPT_IN_REQUEST
    assert language in start.languages
    stop = classify_reply(template.stop_keyword, vocabulary)
    assert stop.kind is ReplyKind.OPT_OUT
    assert language in stop.languages
    if language != "en":
        assert template.start_keyword != "START"
    if language not in ("en", "fr"):  # STOP is the French keyword too (and ARRÊT is read)
        assert template.stop_keyword != "STOP"
    for english, kind in (("START", ReplyKind.OPT_IN_REQUEST), ("STOP", ReplyKind.OPT_OUT)):
        assert classify_reply(english, vocabulary).kind is kind  # the English word still works


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shops_own_text_with_the_english_word_is_still_accepted(language: str) -> None:
    """A shop's own statement or confirmation written with STOP and START (as every
    template once said) still tells how to opt out and in again."""
    template = language_template(language)
    statement = f"{SHOP} on WhatsApp: reply STOP"
    assert wording_problems(statement, SHOP, [], template.stop_keyword) == []
    confirmation = f"{SHOP}: stopped. Reply START to come back."
    assert confirmation_problems(confirmation, SHOP, template.start_keyword) == []
    assert confirmation_problems(f"{SHOP}: stopped.", SHOP, template.start_keyword) != []
