"""Reading and writing the categories' texts per language (the caller commits)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.category_texts import CategoriesIn, categories_in
from optin_desk.storage.ledger import load_categories
from optin_desk.storage.models import BusinessProfile, CategoryText


def load_category_texts(session: Session) -> dict[str, dict[str, tuple[str, str]]]:
    """Every stored text: category key -> language -> (label, description)."""
    texts: dict[str, dict[str, tuple[str, str]]] = {}
    for row in session.execute(
        select(CategoryText.category_key, CategoryText.language, CategoryText.label)
        .add_columns(CategoryText.description)
        .order_by(CategoryText.category_key, CategoryText.language)
    ):
        texts.setdefault(row.category_key, {})[row.language] = (row.label, row.description)
    return texts


def put_category_text(
    session: Session, key: str, language: str, label: str, description: str
) -> None:
    """Store one category's text in one language (replacing what that language had)."""
    row = session.get(CategoryText, (key, language))
    if row is None:
        session.add(
            CategoryText(category_key=key, language=language, label=label, description=description)
        )
    else:
        row.label, row.description = label, description


def shop_categories_in(
    session: Session, language: str, include_archived: bool = False
) -> CategoriesIn:
    """The shop's categories worded in `language`, falling back to the shop's own language."""
    profile = session.get(BusinessProfile, 1)
    fallback = profile.language if profile is not None else language
    categories = load_categories(session, include_archived=include_archived)
    return categories_in(categories, load_category_texts(session), language, fallback)
