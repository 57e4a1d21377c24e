"""Categories in every language the shop prints: read and set a category's text per language.

Setting a text changes what forms and confirmations in that language say, so the language's
consent statement gets a new wording version at once; earlier records keep the version they
were shown. The shop's own language's text is also the category's label everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import default_category_texts, language_template
from optin_desk.domain.category_texts import category_text_problems
from optin_desk.domain.consent import CategoryKind
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.services.profile import current_wording, forget_profile
from optin_desk.storage.category_texts import load_category_texts, put_category_text
from optin_desk.storage.models import BusinessProfile, CategoryRow


@dataclass(frozen=True)
class CategoryTextRow:
    """One category as a language editor shows it."""

    key: str
    kind: CategoryKind
    shop_label: str
    label: str
    description: str
    translated: bool
    """False when the language has no text yet: `label` and `description` are then the
    bundled wording offered for a default category, or empty."""


@dataclass(frozen=True)
class CategoryTextSet:
    """What `set_category_text` stored."""

    key: str
    language: str
    label: str
    wording_version: int


def _language(language: str) -> str:
    try:
        language_template(language)
    except ValueError as error:
        raise InputError.of(error) from None
    return language


def texts_for_editing(session: Session, language: str) -> list[CategoryTextRow]:
    """The active categories in `language`, with the bundled wording offered where missing."""
    _language(language)
    stored = load_category_texts(session)
    offered = default_category_texts(language)
    rows = []
    for row in session.scalars(
        select(CategoryRow)
        .where(CategoryRow.archived_at.is_(None))
        .order_by(CategoryRow.position, CategoryRow.id)
    ):
        own = stored.get(row.key, {}).get(language)
        label, description = own or offered.get(row.key, ("", ""))
        rows.append(
            CategoryTextRow(
                row.key, CategoryKind(row.kind), row.label, label, description, own is not None
            )
        )
    return rows


def save_category_texts(
    session: Session,
    language: str,
    texts: Mapping[str, tuple[str, str]],
    pin: str | None = None,
) -> int:
    """Store categories' texts in one language (owner PIN); commit. Returns the language's
    wording version after the change."""
    require_owner(session, pin)
    _language(language)
    profile = session.get(BusinessProfile, 1)
    if profile is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "no business profile yet: run 'optin-desk init' first")
        )
    rows = {row.key: row for row in session.scalars(select(CategoryRow))}
    problems = [f"there is no category {key!r}" for key in texts if key not in rows]
    for key, (label, description) in texts.items():
        problems += category_text_problems(key, label, description)
    if problems:
        raise InputError("; ".join(problems))
    for key, (label, description) in texts.items():
        put_category_text(session, key, language, label.strip(), description.strip())
        if language == profile.language:
            rows[key].label, rows[key].description = label.strip(), description.strip()
    session.flush()
    forget_profile(session)
    version = current_wording(session, language).version
    session.commit()
    return version


def set_category_text(
    session: Session,
    key: str,
    language: str,
    label: str,
    description: str,
    pin: str | None = None,
) -> CategoryTextSet:
    """Set one category's label and description in one language (owner PIN); commit."""
    version = save_category_texts(session, language, {key.strip(): (label, description)}, pin)
    return CategoryTextSet(key.strip(), language, label.strip(), version)
