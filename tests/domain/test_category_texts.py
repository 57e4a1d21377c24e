"""Categories worded per language, quoted labels in confirmations, the privacy block."""

from __future__ import annotations

import pytest

from optin_desk.documents.templates import (
    available_languages,
    default_categories,
    language_template,
    privacy_texts,
)
from optin_desk.domain.category_texts import categories_in, category_text_problems
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category, CategoryKind
from optin_desk.domain.privacy import ShopPrivacy, privacy_paragraphs, privacy_problems, years_text
from optin_desk.domain.wording import render_confirmation, render_statement

SHOP = "Café Lumière & Co"
HOME = Category("home", "Home delivery", CategoryKind.SERVICE, "Parcels at your door.")


def test_a_category_without_text_in_the_language_falls_back_and_is_named() -> None:
    texts = {
        "orders": {"en": ("Orders", "o"), "es": ("Pedidos", "p")},
        "home": {"en": ("Home delivery", "h")},
    }
    worded = categories_in([DEFAULT_CATEGORIES[0], HOME], texts, "es", "en")
    assert [c.label for c in worded.categories] == ["Pedidos", "Home delivery"]
    assert [c.key for c in worded.untranslated] == ["home"]
    assert not worded.complete
    assert categories_in([DEFAULT_CATEGORIES[0]], texts, "es", "en").complete


def test_archived_categories_are_never_reported_missing() -> None:
    archived = Category("old", "Old", CategoryKind.MARKETING, archived=True)
    assert categories_in([archived], {}, "fr", "en").untranslated == ()


def test_a_category_text_needs_a_label_and_one_line() -> None:
    assert category_text_problems("offers", "Ofertas", "Descuentos.") == []
    assert category_text_problems("offers", " ", "")
    assert category_text_problems("offers", "Ofertas\nmás", "")
    assert category_text_problems("offers", "x" * 201, "")


@pytest.mark.parametrize("language", ["ar", "de", "en", "es", "fr", "hi", "id", "pt"])
def test_every_language_offers_the_default_categories_in_its_own_words(language: str) -> None:
    worded = default_categories(language)
    assert [c.key for c in worded] == [c.key for c in DEFAULT_CATEGORIES]
    assert [c.kind for c in worded] == [c.kind for c in DEFAULT_CATEGORIES]
    if language != "en":
        assert all(
            mine.label != english.label and mine.description != english.description
            for mine, english in zip(worded, DEFAULT_CATEGORIES, strict=True)
        )


@pytest.mark.parametrize("language", ["ar", "de", "en", "es", "fr", "hi", "id", "pt"])
def test_a_label_is_always_quoted_in_a_confirmation(language: str) -> None:
    template = language_template(language)
    worded = default_categories(language)
    for scope, still in (("delivery", ["orders"]), ("marketing", ["orders", "delivery"])):
        text = render_confirmation(template, SHOP, scope, worded, still)
        for category in worded:
            if category.label in text:
                quoted = template.quoted.replace("$label", category.label)
                assert quoted in text, (language, text)


def test_spanish_confirmations_introduce_the_label_and_use_usted() -> None:
    template = language_template("es")
    worded = default_categories("es")
    one = render_confirmation(template, SHOP, "delivery", worded, ["orders"])
    assert "ya no le enviaremos los mensajes de «Avisos de entrega» por WhatsApp" in one
    assert "Seguirá recibiendo estos mensajes: «Avisos de pedidos y pagos»." in one
    assert "responda ALTA en este chat" in one
    assert "recibirás" not in one
    assert "responde " not in one


def test_hindi_agreement_does_not_hang_on_the_label() -> None:
    template = language_template("hi")
    worded = default_categories("hi")
    text = render_confirmation(template, SHOP, "all", worded, [])
    assert "सभी संदेश भेजना बंद कर दिया है" in text
    assert "मिलेंगे" not in text.split("।")[0]
    one = render_confirmation(template, SHOP, "delivery", worded, ["orders"])
    assert "“डिलीवरी की जानकारी” वाले संदेश भेजना बंद कर दिया है" in one


def test_the_grammar_points_of_issue_16() -> None:
    assert "in this chat" in language_template("en").confirmation
    assert "Berhenti berlangganan penawaran" in language_template("id").statement
    statement = render_statement(language_template("pt"), SHOP, default_categories("pt"))
    assert "os meus" not in statement
    from optin_desk.documents.templates import form_labels

    assert form_labels("de").title == "Einwilligung zum Erhalt von WhatsApp-Nachrichten"
    assert form_labels("ar").entered_by == "تم الإدخال بواسطة"


def test_years_are_written_in_the_language() -> None:
    arabic = privacy_texts("ar")
    assert [years_text(arabic, n) for n in (1, 2, 3, 11)] == [
        "سنة واحدة",
        "سنتين",
        "3 سنوات",
        "11 سنة",
    ]
    assert years_text(privacy_texts("en"), 1) == "1 year"
    assert years_text(privacy_texts("de"), 5) == "5 Jahre"


@pytest.mark.parametrize("language", ["ar", "de", "en", "es", "fr", "hi", "id", "pt"])
def test_the_privacy_block_says_everything_in_every_language(language: str) -> None:
    shop = ShopPrivacy("+44 7911 000111", "ann@example.com", "https://ann.example/privacy", 2)
    texts = privacy_texts(language)
    paragraphs = privacy_paragraphs(texts, SHOP, "1 High St, Leeds", shop, "STOP")
    joined = " ".join(paragraphs)
    for needed in (SHOP, "1 High St, Leeds", "+44 7911 000111", "ann@example.com", "STOP"):
        assert needed in joined
    assert "https://ann.example/privacy" in joined
    assert years_text(texts, 2) in joined
    assert "$" not in joined
    bare = " ".join(privacy_paragraphs(texts, SHOP, "", ShopPrivacy(), "STOP"))
    assert "()" not in bare
    assert texts.no_notice in bare
    assert "@" not in bare


def test_privacy_settings_are_checked() -> None:
    assert privacy_problems("ann@example.com", "At the till", 3) == []
    assert privacy_problems("ann example.com", "", 3)
    assert privacy_problems("", "line\nbreak", 3)
    assert privacy_problems("", "", 0)
    assert privacy_problems("", "x" * 301, 3)


def test_every_bundled_language_has_the_new_texts() -> None:
    for language in available_languages():
        template = language_template(language)
        assert "$labels" in template.stopped_some
        assert "$label" in template.quoted
