"""The confirmation text an opt-out stores, worded for many opt-outs at a time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from optin_desk.domain.consent import (
    Action,
    Category,
    ConsentState,
    LedgerEntry,
    Method,
    fold_consent,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.wording import (
    LanguageTemplate,
    confirmation_problems,
    render_confirmation,
)
from optin_desk.services.errors import InputError
from optin_desk.services.profile import Profile
from optin_desk.services.shop_texts import effective_template
from optin_desk.storage.category_texts import shop_categories_in


class OptOutAsked(Protocol):
    """What a confirmation reads of an opt-out request (services.consent.OptOutRequest)."""

    @property
    def scope(self) -> str:
        """The scope opted out of."""

    @property
    def confirmation(self) -> str:
        """The confirmation text given, or empty for the template's."""


class ShopTexts:
    """The confirmation template and category words of a language, read once per language."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._texts: dict[str, tuple[LanguageTemplate, tuple[Category, ...]]] = {}
        self._worded: dict[tuple[str, str, str, tuple[str, ...]], tuple[str, list[str]]] = {}

    def of(self, language: str) -> tuple[LanguageTemplate, tuple[Category, ...]]:
        """(template, categories worded in `language`)."""
        if language not in self._texts:
            template = effective_template(self._session, language)
            worded = tuple(shop_categories_in(self._session, language).categories)
            self._texts[language] = (template, worded)
        return self._texts[language]

    def rendered(
        self, language: str, business: str, scope: str, still_in: tuple[str, ...]
    ) -> tuple[str, list[str]]:
        """The template's confirmation and what it lacks, worded once for each language,
        scope and set of categories still opted in to (a batch repeats them)."""
        key = (language, business, scope, still_in)
        if key not in self._worded:
            template, worded = self.of(language)
            try:
                text = render_confirmation(template, business, scope, worded, still_in)
            except ValueError as error:
                raise InputError(
                    QT_TRANSLATE_NOOP("Messages", "the confirmation template is broken: {error}"),
                    error=error,
                ) from None
            problems = confirmation_problems(text, business, template.start_keyword)
            self._worded[key] = (text, problems)
        return self._worded[key]


def worded_confirmation(
    request: OptOutAsked,
    now: datetime,
    profile: Profile,
    entries: Sequence[LedgerEntry],
    texts: ShopTexts,
    language: str,
) -> str:
    """The confirmation an opt-out after `entries` stores: the one given, else the template's
    in `language`, naming what the person is still opted in to; refused when it is unusable."""
    probe = LedgerEntry(
        max((e.event_id for e in entries), default=0) + 1,
        Action.OPT_OUT,
        request.scope,
        Method.OTHER,
        now,
    )
    after = fold_consent([*entries, probe], profile.categories)
    still_in = tuple(k for k, c in after.items() if c.state is ConsentState.OPTED_IN)
    if request.confirmation.strip():
        text = " ".join(request.confirmation.split())
        start_keyword = texts.of(language)[0].start_keyword
        problems = confirmation_problems(text, profile.name, start_keyword)
    else:
        text, problems = texts.rendered(language, profile.name, request.scope, still_in)
    if problems:
        raise InputError("the confirmation is refused: " + "; ".join(problems))
    return text
