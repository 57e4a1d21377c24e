"""Shop settings: profile changes, categories, staff names, and the shop's own wording."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template
from optin_desk.domain.check import CheckSettings
from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Category,
    CategoryKind,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, joined
from optin_desk.domain.phones import normalise_region, parse_phone
from optin_desk.domain.privacy import ShopPrivacy
from optin_desk.domain.when import canonical, utc_now
from optin_desk.domain.wording import (
    confirmation_problems,
    render_confirmation,
    render_statement,
    wording_problems,
)
from optin_desk.services.check import save_check_settings
from optin_desk.services.errors import InputError
from optin_desk.services.owner import require_owner
from optin_desk.services.privacy import stage_privacy
from optin_desk.services.profile import (
    Profile,
    add_category,
    current_wording,
    forget_profile,
    load_profile,
    shop_problems,
)
from optin_desk.services.shop_texts import (
    CONFIRMATION_KEY,
    STATEMENT_KEY,
    put_setting,
)
from optin_desk.services.staff import put_staff
from optin_desk.services.staff import staff_names as staff_names  # the Settings page's list
from optin_desk.storage.category_texts import put_category_text
from optin_desk.storage.ledger import load_categories, refresh_state
from optin_desk.storage.models import (
    BusinessProfile,
    CategoryRow,
    ConsentEvent,
    SenderNumber,
)


@dataclass(frozen=True)
class ProfileUpdate:
    """Everything the Settings page edits, as the user left it."""

    name: str
    address: str
    country: str
    senders: Sequence[str]
    categories: Sequence[Category]
    staff: Sequence[str]
    statement_template: str
    confirmation_template: str
    broadcast_rules: CheckSettings | None = None
    privacy: ShopPrivacy | None = None


@dataclass(frozen=True)
class WordingPreview:
    """What the wording and an example confirmation would read like, and what they lack."""

    statement: str
    confirmation: str
    problems: tuple[str, ...]


def preview_wording(update: ProfileUpdate, language: str) -> WordingPreview:
    """Render the statement and a marketing opt-out confirmation from unsaved settings."""
    base = language_template(language)
    template = replace(
        base,
        statement=update.statement_template or base.statement,
        confirmation=update.confirmation_template or base.confirmation,
    )
    problems: list[str] = []
    active = [c for c in update.categories if not c.archived]
    try:
        statement = render_statement(template, update.name.strip(), active)
        problems += [
            f"Consent wording: {p}"
            for p in wording_problems(statement, update.name.strip(), active, base.stop_keyword)
        ]
    except ValueError as error:
        statement, problems = "", [f"Consent wording: {error}"]
    service = [c.key for c in active if c.kind is CategoryKind.SERVICE]
    try:
        confirmation = render_confirmation(
            template, update.name.strip(), SCOPE_MARKETING, active, service
        )
        problems += [
            f"Opt-out confirmation: {p}"
            for p in confirmation_problems(confirmation, update.name.strip(), base.start_keyword)
        ]
    except ValueError as error:
        confirmation = ""
        problems.append(f"Opt-out confirmation: {error}")
    return WordingPreview(statement, confirmation, tuple(problems))


def update_problems(update: ProfileUpdate, language: str) -> list[str]:
    """Everything that keeps these settings from being saved."""
    problems = shop_problems(update.name, update.country, update.senders, update.categories)
    return problems + list(preview_wording(update, language).problems)


def save_settings(session: Session, update: ProfileUpdate, pin: str | None = None) -> Profile:
    """Save the Settings page (owner PIN); a changed wording becomes a new version. Commit."""
    require_owner(session, pin)
    forget_profile(session)
    row = session.get(BusinessProfile, 1)
    if row is None:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "no business profile yet"))
    problems = update_problems(update, row.language)
    if problems:
        raise InputError.of(joined(problems))
    region = normalise_region(update.country)
    now = canonical(utc_now())
    row.name = update.name.strip()
    row.address = update.address.strip()
    row.country = region
    _save_senders(session, region, update.senders, now)
    added = _save_categories(session, update.categories, now)
    session.flush()
    for category in update.categories:  # the page edits the shop's own language's text
        put_category_text(
            session,
            category.key,
            row.language,
            category.label.strip(),
            category.description.strip(),
        )
    put_staff(session, update.staff)
    base = language_template(row.language)
    for key, text, default in (
        (STATEMENT_KEY, update.statement_template, base.statement),
        (CONFIRMATION_KEY, update.confirmation_template, base.confirmation),
    ):
        put_setting(session, key.format(language=row.language), "" if text == default else text)
    if update.broadcast_rules is not None:
        save_check_settings(session, update.broadcast_rules)
    if update.privacy is not None:
        stage_privacy(session, update.privacy, region)
    session.flush()
    forget_profile(session)
    if added:
        _refresh_broad_scopes(session, added)
    current_wording(session, row.language)
    session.commit()
    return load_profile(session)


def _save_senders(session: Session, region: str, senders: Sequence[str], now: str) -> None:
    wanted = []
    for sender in senders:
        e164 = parse_phone(sender, region).e164
        if e164 and e164 not in wanted:
            wanted.append(e164)
    for existing in session.scalars(select(SenderNumber)):
        if existing.phone_e164 in wanted:
            existing.archived_at = None
            wanted.remove(existing.phone_e164)
        elif existing.archived_at is None:
            existing.archived_at = now
    for e164 in wanted:
        session.add(SenderNumber(phone_e164=e164, label=""))


def _save_categories(session: Session, categories: Sequence[Category], now: str) -> list[Category]:
    """Relabel, archive and add categories (never delete, never change a kind)."""
    rows = {row.key: row for row in session.scalars(select(CategoryRow))}
    added: list[Category] = []
    for position, category in enumerate(categories):
        row = rows.pop(category.key, None)
        if row is None:
            add_category(session, category, position, now)
            added.append(category)
            continue
        if row.kind != category.kind.value:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "category {key!r} stays {kind}: add a new category instead"
                ),
                key=category.key,
                kind=row.kind,
            )
        row.label = category.label.strip()
        row.description = category.description.strip()
        row.position = position
        if category.archived and row.archived_at is None:
            row.archived_at = now
        elif not category.archived:
            row.archived_at = None
    for row in rows.values():  # left out of the list: archived, never deleted
        if row.archived_at is None:
            row.archived_at = now
    return added


def _refresh_broad_scopes(session: Session, added: Sequence[Category]) -> None:
    """`all` and `marketing` cover categories added later: bring their holders up to date."""
    scopes = {SCOPE_ALL}
    if any(c.kind is CategoryKind.MARKETING for c in added):
        scopes.add(SCOPE_MARKETING)
    contact_ids = session.scalars(
        select(ConsentEvent.contact_id)
        .where(ConsentEvent.scope.in_(scopes), ConsentEvent.contact_id.is_not(None))
        .distinct()
    ).all()
    categories = load_categories(session)
    for contact_id in contact_ids:
        if contact_id is not None:  # shop events (filtered above) have no person
            refresh_state(session, contact_id, categories)
