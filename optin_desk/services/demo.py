"""Realistic demo records: several countries, every consent state, a few voids.

Demo paper sign-ups name the serial of a form the demo printed (a batch of forms for each
batch of people), as the program itself asks of a paper form (DESIGN.md rule 6)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import phonenumbers
from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template
from optin_desk.domain.consent import Action, CategoryKind, Method
from optin_desk.domain.messages import Plural
from optin_desk.domain.serials import make_serial
from optin_desk.domain.when import canonical, utc_now
from optin_desk.domain.wording import LanguageTemplate, render_confirmation
from optin_desk.services.errors import InputError
from optin_desk.services.forms import default_paper
from optin_desk.services.profile import Profile, WordingVersion, current_wording, load_profile
from optin_desk.services.records_key import records_key
from optin_desk.storage.bulk import NewContact, bulk_add, insert_rows
from optin_desk.storage.ledger import NewEvent
from optin_desk.storage.models import (
    Base,
    ConfirmationSent,
    ConsentEvent,
    Contact,
    FormBatch,
    FormSerial,
    LedgerHead,
    Setting,
)

BATCH = 5000
DEMO_MARK = "demo_records"
"""Setting present when the records were made for a demonstration."""

_PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "GB": (
        ("Ann", "Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "George", "Priya", "Tom"),
        ("Lee", "Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Wilson", "Evans"),
    ),
    "ES": (
        ("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "Carmen", "Álvaro"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Muñoz"),
    ),
    "DE": (
        ("Lena", "Jonas", "Mia", "Lukas", "Emma", "Felix", "Anna", "Jürgen"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Groß"),
    ),
    "BR": (
        ("João", "Maria", "Ana", "Pedro", "Beatriz", "Gabriel", "Júlia"),
        ("Silva", "Santos", "Oliveira", "Souza", "Lima", "Conceição"),
    ),
    "IN": (
        ("Aarav", "अनन्या", "Vivaan", "Diya", "अर्जुन", "Saanvi", "Ishaan"),
        ("Sharma", "वर्मा", "Gupta", "Iyer", "Reddy", "Nair"),
    ),
    "AE": (
        ("نور", "Omar", "ليلى", "Yousef", "Fatima", "خالد", "Mariam"),
        ("الهاشمي", "Haddad", "Khoury", "المنصوري", "Saleh"),
    ),
    "ID": (
        ("Putri", "Budi", "Siti", "Agus", "Dewi", "Rizky"),
        ("Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat"),
    ),
}
_LANGUAGE = {"GB": "en", "ES": "es", "DE": "de", "BR": "pt", "IN": "hi", "AE": "ar", "ID": "id"}
_STAFF = ("Sam", "Kim", "Ravi", "Lucía")


def _numbers(rng: random.Random, region: str) -> Callable[[], str | None]:
    """Draw mobile numbers of `region` near its example number; None for an invalid draw.

    A draw is kept when its national digits match the region's mobile pattern (and its
    general one) in phonenumbers' own metadata: such a number is valid, and testing two
    patterns costs a thirtieth of a full parse and `is_valid_number`.
    """
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert example is not None
    assert metadata is not None
    descriptions = (metadata.mobile, metadata.general_desc)
    texts = [d.national_number_pattern for d in descriptions if d is not None]
    patterns = [re.compile(text) for text in texts if text]
    assert len(patterns) == len(descriptions)
    national = str(example.national_number)
    keep = max(len(national) - 6, 1)
    start, free = f"+{example.country_code}{national[:keep]}", len(national) - keep

    def draw() -> str | None:
        tail = f"{rng.randrange(10**free):0{free}d}"
        digits = national[:keep] + tail
        if all(pattern.fullmatch(digits) for pattern in patterns):
            return start + tail
        return None

    return draw


def add_demo_contacts(
    session: Session,
    count: int,
    seed: int = 7,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add `count` demo contacts with their events; commit every batch. Returns events added.

    Demo people never land among real ones: a database that holds records not made by the
    demo is refused (InputError), before anything is written.
    """
    holds_records = session.scalar(select(func.count()).select_from(Contact)) or 0
    if holds_records and session.get(Setting, DEMO_MARK) is None:
        raise InputError(
            Plural.translate(
                "Messages",
                "these records hold %n (person who is not a demo record|people who are not demo "
                "records): demo data goes into a database of its own (--db demo.sqlite3)",
                None,
                holds_records,
            ),
            holds_records,
        )
    if session.get(Setting, DEMO_MARK) is None:
        session.add(Setting(key=DEMO_MARK, value=canonical(utc_now())))
    profile = load_profile(session)
    wording = current_wording(session, profile.language)
    template = language_template(profile.language)
    session.commit()
    rng = random.Random(seed)  # noqa: S311 (demo data, not secrets)
    regions = [profile.country] * 6 + list(_PEOPLE)
    draws = {region: _numbers(rng, region) for region in set(regions) | set(_PEOPLE)}
    taken = set(session.scalars(select(Contact.phone_e164)))
    shop = _DemoShop(utc_now(), profile, wording, template, rng)
    shop.taken.update(session.scalars(select(FormSerial.serial)))
    added = events_added = 0
    while added < count:
        batch: list[NewContact] = []
        while len(batch) < min(BATCH, count - added):
            region = rng.choice(regions)
            phone = draws[region]()
            if phone is None or phone in taken:
                continue
            taken.add(phone)
            firsts, lasts = _PEOPLE.get(region, _PEOPLE["GB"])
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            batch.append(
                NewContact(
                    phone,
                    name,
                    _LANGUAGE.get(region, "en"),
                    canonical(shop.now),
                    _demo_events(rng, shop),
                )
            )
        _print_forms(session, shop)
        last_before = session.scalar(select(LedgerHead.last_event_id)) or 0
        events_added += bulk_add(session, batch, records_key(session))
        _confirmations_sent(session, shop.now - timedelta(days=3), last_before)
        session.commit()
        added += len(batch)
        if progress is not None:
            progress(added)
    return events_added


@dataclass
class _DemoShop:
    """What every demo person's events are made from (the confirmations, made once each)."""

    now: datetime
    profile: Profile
    wording: WordingVersion
    template: LanguageTemplate
    rng: random.Random
    taken: set[str] = field(default_factory=set)
    """Every serial printed so far, the demo's own included."""
    printing: list[str] = field(default_factory=list)
    """The serials of the batch of forms the people being made signed (printed with them)."""
    keys: list[str] = field(init=False)
    marketing: list[str] = field(init=False)
    confirmations: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        active = self.profile.active_categories
        self.keys = [c.key for c in active]
        self.marketing = [c.key for c in active if c.kind is CategoryKind.MARKETING]

    def form(self) -> str:
        """The serial of a fresh form, printed in the batch being made."""
        serial = make_serial(self.rng.randrange(32**8))
        while serial in self.taken:
            serial = make_serial(self.rng.randrange(32**8))
        self.taken.add(serial)
        self.printing.append(serial)
        return serial

    def confirmation(self, scope: str, still: list[str]) -> str:
        """The confirmation of an opt-out of `scope` that leaves `still` opted in."""
        key = (scope, tuple(still))
        if key not in self.confirmations:
            self.confirmations[key] = render_confirmation(
                self.template, self.profile.name, scope, self.profile.active_categories, still
            )
        return self.confirmations[key]


def _stamp(moment: datetime) -> str:
    """`canonical(moment)` of an aware UTC moment, without converting it again."""
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _print_forms(session: Session, shop: _DemoShop) -> None:
    """Record the batch of forms the people just made signed: printed before any of them."""
    if not shop.printing:
        return
    batch = FormBatch(
        printed_at=canonical(shop.now - timedelta(days=702)),
        printed_by=_STAFF[0],
        count=len(shop.printing),
        language=shop.wording.language,
        wording_id=shop.wording.id,
        paper=default_paper(shop.profile.country),
    )
    session.add(batch)
    session.flush()
    table = Base.metadata.tables[FormSerial.__tablename__]
    insert_rows(session, table, ("serial", "batch_id"), [(s, batch.id) for s in shop.printing])
    shop.printing.clear()


def _confirmations_sent(session: Session, before: datetime, after_event: int) -> None:
    """Demo opt-outs older than `before` had their confirmation sent an hour later.

    Only events after `after_event` (the batch just added) are looked at, so each batch
    costs its own size, not the size of the records."""
    already = select(ConfirmationSent.event_id)
    older = select(
        ConsentEvent.id,
        ConsentEvent.recorded_at,
        ConsentEvent.recorded_by,
        literal(""),
    ).where(
        ConsentEvent.action == Action.OPT_OUT.value,
        ConsentEvent.recorded_at < canonical(before),
        ConsentEvent.id > after_event,
        ConsentEvent.id.not_in(already),
    )
    columns = ["event_id", "sent_at", "recorded_by", "sent_from"]
    session.execute(insert(ConfirmationSent).from_select(columns, older))


def _demo_events(rng: random.Random, shop: _DemoShop) -> list[NewEvent]:
    now, keys, marketing = shop.now, shop.keys, shop.marketing
    profile = shop.profile
    signed = now - timedelta(days=rng.randint(5, 700), minutes=rng.randint(0, 600))
    chosen = [k for k in keys if rng.random() < 0.7] or [rng.choice(keys)]
    method = rng.choice(
        [
            Method.PAPER_FORM,
            Method.PAPER_FORM,
            Method.IN_PERSON,
            Method.WEBSITE,
            Method.WHATSAPP_THREAD,
            Method.POINT_OF_SALE,
        ]
    )
    staff = rng.choice(_STAFF)
    serial = shop.form() if method is Method.PAPER_FORM else None
    events = [
        NewEvent(
            contact_id=0,
            action=Action.OPT_IN,
            scope=key,
            method=method,
            occurred_at=_stamp(signed),
            recorded_at=_stamp(signed + timedelta(hours=rng.randint(1, 48))),
            recorded_by=staff,
            wording_id=shop.wording.id,
            wording_sha256=shop.wording.sha256,
            form_serial=serial,
            language=profile.language,
        )
        for key in chosen
    ]
    roll = rng.random()
    if roll < 0.18 and marketing:
        scope = rng.choice(["marketing", "all"]) if roll < 0.05 else "marketing"
        when = signed + timedelta(days=rng.randint(1, 4))
        still = [] if scope == "all" else [k for k in chosen if k not in marketing]
        events.append(
            NewEvent(
                contact_id=0,
                action=Action.OPT_OUT,
                scope=scope,
                method=rng.choice([Method.WHATSAPP_REPLY, Method.IN_PERSON, Method.PHONE_CALL]),
                occurred_at=_stamp(when),
                recorded_at=_stamp(when),
                recorded_by=staff,
                customer_words="STOP",
                language=profile.language,
                confirmation_text=shop.confirmation(scope, still),
            )
        )
    elif roll < 0.21:
        when = signed + timedelta(hours=2)
        events.append(
            NewEvent(
                contact_id=0,
                action=Action.VOID,
                scope=events[0].scope,
                method=method,
                occurred_at=_stamp(when),
                recorded_at=_stamp(when),
                recorded_by=staff,
                voided_event_id=0,
                reason="entered on the wrong person",
            )
        )
    return events
