"""Consent statements and opt-out confirmations."""

from __future__ import annotations

from optin_desk.documents.templates import language_template
from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.domain.wording import (
    confirmation_problems,
    render_confirmation,
    render_statement,
    sha256_text,
    wording_problems,
)

EN = language_template("en")
SHOP = "Ann's Deli & Co"


def test_statement_names_business_whatsapp_categories_and_how_to_opt_out() -> None:
    text = render_statement(EN, SHOP, DEFAULT_CATEGORIES)
    assert SHOP in text
    assert "WhatsApp" in text
    for category in DEFAULT_CATEGORIES:
        assert category.label in text
        assert category.description in text
    assert "STOP" in text
    assert wording_problems(text, SHOP, DEFAULT_CATEGORIES, "STOP") == []
    assert text.index("Order & payment updates") < text.index("Offers & new products")


def test_statement_hash_changes_with_the_text() -> None:
    one = render_statement(EN, SHOP, DEFAULT_CATEGORIES)
    other = render_statement(EN, "Bob's Bikes", DEFAULT_CATEGORIES)
    assert sha256_text(one) != sha256_text(other)
    assert len(sha256_text(one)) == 64


def test_a_wording_missing_policy_parts_is_refused() -> None:
    problems = wording_problems("Sign up for news from us!", SHOP, DEFAULT_CATEGORIES, "STOP")
    assert any("name the business" in p for p in problems)
    assert any("WhatsApp" in p for p in problems)
    assert any("missing Order & payment updates" in p for p in problems)
    assert any("opt out" in p for p in problems)


def test_marketing_opt_out_confirmation_says_what_stops_and_continues() -> None:
    text = render_confirmation(EN, SHOP, "marketing", DEFAULT_CATEGORIES, ["orders"])
    assert text.startswith(SHOP)
    assert "Offers & new products" in text
    assert "You will still receive these messages: “Order & payment updates”." in text
    assert "START" in text
    assert confirmation_problems(text, SHOP, "START") == []


def test_opt_out_of_everything_continues_nothing() -> None:
    text = render_confirmation(EN, SHOP, "all", DEFAULT_CATEGORIES, [])
    assert "we will no longer send you any messages on WhatsApp" in text
    assert "still receive" not in text
    assert "any other messages" not in text  # saying it again would only repeat the first line


def test_a_confirmation_without_opt_in_again_instructions_is_refused() -> None:
    problems = confirmation_problems("You are unsubscribed.", SHOP, "START")
    assert len(problems) == 2
    assert confirmation_problems("", SHOP, "START") == ["the confirmation is empty"]


def test_statement_blocks_join_to_exactly_the_stored_statement() -> None:
    import dataclasses

    from optin_desk.documents.templates import available_languages, language_template
    from optin_desk.domain.consent import DEFAULT_CATEGORIES
    from optin_desk.domain.wording import render_statement, statement_blocks

    templates = [language_template(code) for code in available_languages()]
    english = language_template("en")
    templates += [
        dataclasses.replace(
            english, statement="Hi $business on WhatsApp: $categories. $stop_keyword"
        ),
        dataclasses.replace(english, statement="  $business on WhatsApp. Reply $stop_keyword\n"),
    ]
    for template in templates:
        blocks = statement_blocks(template, "Ann & Co", DEFAULT_CATEGORIES)
        joined = "\n".join(block.text for block in blocks)
        assert joined == render_statement(template, "Ann & Co", DEFAULT_CATEGORIES)
    blocks = statement_blocks(english, "Ann & Co", DEFAULT_CATEGORIES)
    ticked = [b.category.key for b in blocks if b.category is not None]
    assert ticked == ["orders", "delivery", "offers"]
    assert [b.kind for b in blocks if b.kind.startswith("heading")] == [
        "heading_service",
        "heading_marketing",
    ]
