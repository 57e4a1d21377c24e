"""Categories in one language: each category's label and description per language.

A shop prints forms and writes confirmations in several languages. A category without a text
in the wanted language falls back to the shop's own language, and the caller is told which
categories fell back, so that nobody ticks a line they may not be able to read unawares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from optin_desk.domain.consent import Category

MAX_LABEL = 200
MAX_DESCRIPTION = 1000

Texts = Mapping[str, Mapping[str, tuple[str, str]]]
"""category key -> language -> (label, description)"""


@dataclass(frozen=True)
class CategoriesIn:
    """The shop's categories as they read in one language, and which ones fell back."""

    language: str
    fallback: str
    categories: tuple[Category, ...]
    untranslated: tuple[Category, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every category has its own text in the language."""
        return not self.untranslated


def categories_in(
    categories: Sequence[Category], texts: Texts, language: str, fallback: str
) -> CategoriesIn:
    """`categories` in `language`, falling back to `fallback` and then to their stored text.

    `untranslated` lists the (active) categories that have no text in `language`.
    """
    shown: list[Category] = []
    missing: list[Category] = []
    for category in categories:
        by_language = texts.get(category.key, {})
        text = by_language.get(language) or by_language.get(fallback)
        if language not in by_language and not category.archived:
            missing.append(category)
        if text is None:
            shown.append(category)
        else:
            shown.append(replace(category, label=text[0], description=text[1]))
    return CategoriesIn(language, fallback, tuple(shown), tuple(missing))


def category_text_problems(key: str, label: str, description: str) -> list[str]:
    """What keeps a category's text in one language from being stored (empty when fine)."""
    problems: list[str] = []
    if not label.strip():
        problems.append(f"category {key!r} needs a label")
    elif len(label.strip()) > MAX_LABEL:
        problems.append(f"the label of {key!r} is longer than {MAX_LABEL} characters")
    if len(description.strip()) > MAX_DESCRIPTION:
        problems.append(f"the description of {key!r} is longer than {MAX_DESCRIPTION} characters")
    for what, text in (("label", label), ("description", description)):
        if any(ord(ch) < 32 and ch not in "\t" for ch in text):
            problems.append(f"the {what} of {key!r} holds a line break or control character")
    return problems
