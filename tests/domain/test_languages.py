"""Every bundled language: a statement and a confirmation that satisfy the policy."""

from __future__ import annotations

import pytest

from optin_desk.documents.templates import available_languages, language_template
from optin_desk.domain.consent import DEFAULT_CATEGORIES
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
