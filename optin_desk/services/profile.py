"""The business profile, its sender numbers, categories and wording versions.

Reading the profile (every command does) imports only what reading needs; setting up a shop
and making a wording import the templates and texts in the functions that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category, category_key_problem
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said, joined
from optin_desk.domain.phones import normalise_region, parse_phone
from optin_desk.domain.privacy import ShopPrivacy
from optin_desk.domain.shop_events import ShopAction
from optin_desk.domain.when import canonical, utc_now
from optin_desk.services.errors import InputError
from optin_desk.services.profile_values import Profile as Profile  # re-exported: its old home
from optin_desk.storage.ledger import load_categories
from optin_desk.storage.models import BusinessProfile, CategoryRow, SenderNumber, Wording
from optin_desk.storage.shop_events import append_shop_event

MAX_BUSINESS_NAME = 120


@dataclass(frozen=True)
class BusinessSetup:
    """What the first-run setup (or `init`) asks for."""

    name: str
    country: str
    senders: Sequence[str] = ()
    categories: Sequence[Category] = DEFAULT_CATEGORIES
    address: str = ""
    language: str = "en"
    privacy: ShopPrivacy = field(default_factory=ShopPrivacy)
    staff: Sequence[str] = ()
    """The names staff pick from in "Recorded by" (Settings edits the list)."""


@dataclass(frozen=True)
class WordingVersion:
    """One stored version of the consent statement."""

    id: int
    language: str
    version: int
    text: str
    sha256: str


def shop_problems(
    name: str, country: str, senders: Sequence[str], categories: Sequence[Category]
) -> list[str]:
    """What is wrong with a shop's name, country, sender numbers and categories."""
    problems: list[str] = []
    if not name.strip():
        problems.append("the business name is empty: it is printed on every form")
    elif len(name.strip()) > MAX_BUSINESS_NAME:
        problems.append(f"the business name is longer than {MAX_BUSINESS_NAME} characters")
    try:
        region = normalise_region(country)
    except ValueError as error:
        problems.append(str(error))
        region = ""
    if region:
        for sender in senders:
            parsed = parse_phone(sender, region)
            if not parsed.ok:
                problems.append(
                    Said(
                        QT_TRANSLATE_NOOP("Messages", "sender number {sender!r}: {reason}"),
                        sender=sender,
                        reason=parsed.reason or "",
                    )
                )
    if not any(not c.archived for c in categories):
        problems.append("at least one active category is needed")
    keys = [c.key for c in categories]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(f"category key {key!r} is used twice")
    for category in categories:
        problem = category_key_problem(category.key)
        if problem:
            problems.append(problem)
        if not category.label.strip():
            problems.append(f"category {category.key!r} has no label")
    return problems


def setup_problems(setup: BusinessSetup) -> list[str]:
    """Everything wrong with a setup, for the form or the command line to show."""
    from optin_desk.documents.templates import language_template

    problems = shop_problems(setup.name, setup.country, setup.senders, setup.categories)
    try:
        language_template(setup.language)
    except ValueError as error:
        problems.append(str(error))
    return problems


def category_row(category: Category, position: int, now: str) -> CategoryRow:
    """A new stored category (archived at `now` when it is marked archived)."""
    return CategoryRow(
        key=category.key,
        label=category.label.strip(),
        description=category.description.strip(),
        kind=category.kind.value,
        position=position,
        archived_at=now if category.archived else None,
    )


def add_category(session: Session, category: Category, position: int, now: str) -> None:
    """Store a new category and state its kind in the ledger (a chained shop event).

    The rules read a category's kind from the ledger (storage.ledger.load_categories), so the
    kind is set here, once, and never by editing the row (a kind never changes)."""
    session.add(category_row(category, position, now))
    append_shop_event(
        session, ShopAction.CATEGORY_KIND, category.key, {"kind": category.kind.value}
    )


def has_profile(session: Session) -> bool:
    """True once the shop has been set up."""
    return session.scalar(select(func.count()).select_from(BusinessProfile)) == 1


def create_business(session: Session, setup: BusinessSetup) -> Profile:
    """Create the business profile, senders, categories and the first wording; commit."""
    from optin_desk.services.privacy import check_privacy, stage_privacy
    from optin_desk.services.staff import put_staff

    if has_profile(session):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "this database already has a business profile; change it in Settings"
            )
        )
    problems = setup_problems(setup)
    if not problems:
        problems = check_privacy(session, setup.privacy, normalise_region(setup.country))
    if problems:
        raise InputError.of(joined(problems))
    region = normalise_region(setup.country)
    now = canonical(utc_now())
    session.add(
        BusinessProfile(
            id=1,
            name=setup.name.strip(),
            address=setup.address.strip(),
            country=region,
            language=setup.language,
            created_at=now,
        )
    )
    for sender in dict.fromkeys(setup.senders):
        e164 = parse_phone(sender, region).e164
        assert e164 is not None
        session.add(SenderNumber(phone_e164=e164, label=""))
    for position, category in enumerate(setup.categories):
        add_category(session, category, position, now)
    session.flush()
    store_first_texts(session, setup.categories, setup.language)
    stage_privacy(session, setup.privacy, region)
    put_staff(session, setup.staff)
    forget_profile(session)
    current_wording(session, setup.language)
    session.commit()
    from optin_desk.services.signing import ensure_signing_key  # cryptography: when needed

    ensure_signing_key()  # checkpoints are signed from the first backup on (services.signing)
    return load_profile(session)


def store_first_texts(session: Session, categories: Sequence[Category], language: str) -> None:
    """Each category's text as the shop's language's text; a default category left as offered
    in that language also gets the bundled wording of every other language."""
    from optin_desk.documents.templates import available_languages, default_category_texts
    from optin_desk.storage.category_texts import put_category_text

    for category in categories:
        text = (category.label.strip(), category.description.strip())
        put_category_text(session, category.key, language, *text)
        if default_category_texts(language).get(category.key) != text:
            continue
        for other in available_languages():
            offered = default_category_texts(other).get(category.key)
            if other != language and offered is not None:
                put_category_text(session, category.key, other, *offered)


PROFILE_KEY = "optin_desk.profile"


def forget_profile(session: Session) -> None:
    """Drop the profile this session remembers (after changing the shop's settings)."""
    session.info.pop(PROFILE_KEY, None)


def load_profile(session: Session) -> Profile:
    """The business profile; InputError when the shop has not been set up yet.

    A session remembers it: one user action (a batch of replies, an import) reads it once,
    not once per row. The services that change it forget it.
    """
    remembered = session.info.get(PROFILE_KEY)
    if isinstance(remembered, Profile):
        return remembered
    row = session.get(BusinessProfile, 1)
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "no business profile yet: run 'optin-desk init' or open the app first"
            )
        )
    senders = tuple(
        session.scalars(
            select(SenderNumber.phone_e164)
            .where(SenderNumber.archived_at.is_(None))
            .order_by(SenderNumber.id)
        )
    )
    profile = Profile(
        row.name, row.country, row.address, row.language, senders, tuple(load_categories(session))
    )
    session.info[PROFILE_KEY] = profile
    return profile


def current_wording(
    session: Session, language: str, profile: Profile | None = None
) -> WordingVersion:
    """The current consent statement of `language`, storing a new version if the text changed.

    Old records keep the version they were given: versions are never edited. A `profile`
    already loaded in this session saves reading the shop and its categories again.
    """
    from optin_desk.domain.wording import render_statement, sha256_text, wording_problems
    from optin_desk.services.shop_texts import effective_template
    from optin_desk.storage.category_texts import shop_categories_in

    if profile is None:
        profile_row = session.get(BusinessProfile, 1)
        if profile_row is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "no business profile yet: run 'optin-desk init' first"
                )
            )
        name = profile_row.name
    else:
        name = profile.name
    template = effective_template(session, language)
    categories = shop_categories_in(session, language).categories
    try:
        text = render_statement(template, name, categories)
    except ValueError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the consent wording template is broken: {error}"),
            error=error,
        ) from None
    problems = wording_problems(text, name, categories, template.stop_keyword)
    if problems:
        raise InputError("the consent wording is refused: " + "; ".join(problems))
    digest = sha256_text(text)
    latest = session.scalars(
        select(Wording).where(Wording.language == language).order_by(Wording.version.desc())
    ).first()
    if latest is not None and latest.sha256 == digest:
        return _wording_version(latest)
    row = Wording(
        language=language,
        version=(latest.version + 1) if latest else 1,
        text=text,
        sha256=digest,
        created_at=canonical(utc_now()),
    )
    session.add(row)
    session.flush()
    return _wording_version(row)


def wording_version(session: Session, wording_id: int) -> WordingVersion:
    """One stored wording version."""
    row = session.get(Wording, wording_id)
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "there is no wording version {wording_id}"),
            wording_id=wording_id,
        )
    return _wording_version(row)


def _wording_version(row: Wording) -> WordingVersion:
    return WordingVersion(row.id, row.language, row.version, row.text, row.sha256)
