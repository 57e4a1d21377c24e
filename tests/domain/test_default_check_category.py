"""Check list's kind of message, unless staff choose: the first marketing one in use."""

from __future__ import annotations

from optin_desk.domain.check import default_check_category
from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category, CategoryKind


def test_the_first_marketing_kind_in_use_comes_first() -> None:
    assert DEFAULT_CATEGORIES[0].kind is CategoryKind.SERVICE
    assert default_check_category(DEFAULT_CATEGORIES) == "offers"
    news = Category("news", "News", CategoryKind.MARKETING)
    old = Category("promo", "Promotions", CategoryKind.MARKETING, archived=True)
    assert default_check_category([*DEFAULT_CATEGORIES[:1], old, news]) == "news"


def test_without_marketing_the_first_kind_in_use_else_none() -> None:
    service = [c for c in DEFAULT_CATEGORIES if c.kind is CategoryKind.SERVICE]
    assert default_check_category(service) == service[0].key
    assert default_check_category([]) == ""
