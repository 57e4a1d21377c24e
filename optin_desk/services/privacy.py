"""The shop's privacy details (contact, notice, how long records are kept) and the privacy
block of a form in the form's language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template, privacy_texts
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import format_for_people, parse_phone
from optin_desk.domain.privacy import (
    DEFAULT_YEARS,
    ShopPrivacy,
    privacy_paragraphs,
    privacy_problems,
)
from optin_desk.services.errors import InputError
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.models import BusinessProfile, SenderNumber

WHATSAPP_KEY = "privacy.whatsapp"
EMAIL_KEY = "privacy.email"
NOTICE_KEY = "privacy.notice"
YEARS_KEY = "privacy.retention_years"
STORAGE_KEY = "privacy.storage"
RECIPIENTS_KEY = "privacy.recipients"


def stored_privacy(session: Session) -> ShopPrivacy:
    """The privacy details as stored (the WhatsApp number as written, E.164)."""
    try:
        years = int(get_setting(session, YEARS_KEY, str(DEFAULT_YEARS)))
    except ValueError:
        years = DEFAULT_YEARS
    return ShopPrivacy(
        whatsapp=get_setting(session, WHATSAPP_KEY),
        email=get_setting(session, EMAIL_KEY),
        notice=get_setting(session, NOTICE_KEY),
        retention_years=years,
        storage=get_setting(session, STORAGE_KEY),
        recipients=get_setting(session, RECIPIENTS_KEY),
    )


def contact_number(session: Session) -> str:
    """The WhatsApp number printed for people to reach the shop: the one set in Settings,
    else the first sender number, in international format ("" when the shop has none)."""
    e164 = get_setting(session, WHATSAPP_KEY) or session.scalar(
        select(SenderNumber.phone_e164)
        .where(SenderNumber.archived_at.is_(None))
        .order_by(SenderNumber.id)
    )
    return format_for_people(e164, "") if e164 else ""


def check_privacy(session: Session, privacy: ShopPrivacy, region: str) -> list[str]:
    """What keeps these privacy details from being saved under the shop's country."""
    problems = privacy_problems(
        privacy.email,
        privacy.notice,
        privacy.retention_years,
        privacy.storage,
        privacy.recipients,
    )
    if privacy.whatsapp.strip():
        parsed = parse_phone(privacy.whatsapp, region)
        if not parsed.ok:
            problems.append(f"the shop's WhatsApp number {privacy.whatsapp!r}: {parsed.reason}")
    return problems


def stage_privacy(session: Session, privacy: ShopPrivacy, region: str) -> None:
    """Store the privacy details (InputError when one is wrong; the caller commits)."""
    problems = check_privacy(session, privacy, region)
    if problems:
        raise InputError("; ".join(problems))
    e164 = parse_phone(privacy.whatsapp, region).e164 if privacy.whatsapp.strip() else ""
    put_setting(session, WHATSAPP_KEY, e164 or "")
    put_setting(session, EMAIL_KEY, privacy.email.strip())
    put_setting(session, NOTICE_KEY, " ".join(privacy.notice.split()))
    put_setting(session, YEARS_KEY, str(privacy.retention_years))
    put_setting(session, STORAGE_KEY, " ".join(privacy.storage.split()))
    names = (" ".join(n.split()) for n in privacy.recipients.split(";"))
    put_setting(session, RECIPIENTS_KEY, "; ".join(n for n in names if n))


def privacy_block(session: Session, language: str) -> tuple[str, ...]:
    """The privacy block of a form in `language`: who keeps the record and how to reach them,
    where the notice is, that agreeing is optional, how long it is kept, how to opt out."""
    profile = session.get(BusinessProfile, 1)
    if profile is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "no business profile yet: run 'optin-desk init' first")
        )
    stored = stored_privacy(session)
    shop = ShopPrivacy(contact_number(session), stored.email, stored.notice, stored.retention_years)
    return privacy_paragraphs(
        privacy_texts(language),
        profile.name,
        profile.address,
        shop,
        language_template(language).stop_keyword,
    )
