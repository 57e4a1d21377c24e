"""Stored settings, and the shop's own wording of statements and confirmations."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from optin_desk.services.errors import InputError
from optin_desk.storage.models import Setting

if TYPE_CHECKING:  # the templates load when a text is made, not with every setting read
    from optin_desk.domain.wording import LanguageTemplate

STATEMENT_KEY = "template.statement.{language}"
CONFIRMATION_KEY = "template.confirmation.{language}"


def get_setting(session: Session, key: str, default: str = "") -> str:
    """A stored setting, or `default`."""
    row = session.get(Setting, key)
    return row.value if row else default


def put_setting(session: Session, key: str, value: str) -> None:
    """Store a setting (the caller commits)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def effective_template(session: Session, language: str) -> LanguageTemplate:
    """The language's template with the shop's own statement and confirmation, if any."""
    from optin_desk.documents.templates import language_template

    try:
        template = language_template(language)
    except ValueError as error:
        raise InputError.of(error) from None
    statement = get_setting(session, STATEMENT_KEY.format(language=language))
    confirmation = get_setting(session, CONFIRMATION_KEY.format(language=language))
    return replace(
        template,
        statement=statement or template.statement,
        confirmation=confirmation or template.confirmation,
    )
