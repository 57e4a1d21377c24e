"""Recording consent: opt-ins, opt-outs with their confirmation, and voids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import (
    FORM_METHODS,
    FORM_SERIAL_NEEDED,
    OPT_IN_METHODS,
    OPT_OUT_METHODS,
    Action,
    ConsentState,
    Method,
    fold_consent,
    scope_covers,
    scope_problem,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import PhoneNumber
from optin_desk.domain.program_notes import joined_notes
from optin_desk.domain.when import (
    canonical,
    from_canonical,
    occurred_moment,
    utc_now,
)
from optin_desk.services.confirmations import ShopTexts, worded_confirmation
from optin_desk.services.consent_notes import clock_behind as clock_behind
from optin_desk.services.consent_notes import opt_in_warnings, opt_out_warnings
from optin_desk.services.contacts import clean_name, get_or_create_contact, number_of
from optin_desk.services.erasure import erasure_to_lift, lifting_note, mark_lifted
from optin_desk.services.errors import InputError
from optin_desk.services.optouts import add_confirmation_sent
from optin_desk.services.profile import Profile, current_wording, load_profile, wording_version
from optin_desk.services.scans import copy_evidence, note_evidence
from optin_desk.services.serial_check import ELSEWHERE_NOTE, SerialVerdict, check_serial
from optin_desk.storage.evidence import discard_evidence
from optin_desk.storage.ledger import NewEvent, append_events, ledger_entries
from optin_desk.storage.models import ConsentEvent, Contact

MAX_NOTE = 2000
MAX_STAFF = 100
MAX_SERIAL = 32


@dataclass(frozen=True)
class OptInRequest:
    """An opt-in as staff enter it: one event per scope.

    The doors hand in what they already read (a `PhoneNumber`, a `Method`), which is not read
    again; written text (a batch, a test) is read once, when the opt-in is staged.
    """

    phone: PhoneNumber | str
    scopes: Sequence[str]
    method: Method | str
    name: str = ""
    at: datetime | date | None = None
    """When they agreed: a moment, a day alone (a `date`), or None for now."""
    by: str = ""
    serial: str = ""
    evidence: Path | None = None
    note: str = ""
    language: str = ""
    clock_checked: bool = False
    """Staff confirmed the computer's clock is right though it is behind the last record."""
    lift_erasure: bool = False  # staff confirm: the person's own new consent lifts an erasure
    printed_elsewhere: bool = False
    """Staff say the form's serial comes from another print run (kept with a note)."""


@dataclass(frozen=True)
class OptOutRequest:
    """An opt-out as it came in, and how it is to be confirmed (read as an OptInRequest)."""

    phone: PhoneNumber | str
    scope: str
    method: Method | str
    words: str = ""
    reason: str = ""
    at: datetime | date | None = None
    by: str = ""
    language: str = ""
    confirmation: str = ""
    sent_at: datetime | None = None
    sent_from: str = ""


@dataclass(frozen=True)
class Recorded:
    """What a recording service stored."""

    phone: str
    name: str
    event_ids: tuple[int, ...]
    confirmation_text: str = ""
    scopes: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())
    """What staff should know though it was recorded (a clock behind, nothing changed)."""


def _method(value: Method | str, allowed: frozenset[Method], what: str) -> Method:
    if isinstance(value, Method):
        method: Method | None = value
    else:
        try:
            method = Method(value.strip().lower())
        except ValueError:
            method = None
    if method is None or method not in allowed:
        names = ", ".join(sorted(m.value for m in allowed))
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "unknown {what} method {value!r}: use one of {names}"),
            what=what,
            value=value,
            names=names,
        )
    return method


def clean_text(value: str, limit: int, what: str) -> str:
    cleaned = value.replace("\r\n", "\n").strip()
    if "\x00" in cleaned:  # no database on a server can keep one (PostgreSQL's text cannot)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the {what} holds a NUL character (\\0), which cannot be stored"
            ),
            what=what,
        )
    if len(cleaned) > limit:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the {what} is longer than {limit} characters; shorten it"
            ),
            what=what,
            limit=limit,
        )
    return cleaned


def _occurred(at: datetime | date | None, now: datetime) -> tuple[str, str | None]:
    """The stored moment and day (or None) of an answer; refused when dated ahead of now."""
    try:
        moment, day = occurred_moment(at, now)
    except ValueError as error:
        raise InputError.of(error) from None
    return canonical(moment), day.isoformat() if day else None


class ClockBehindError(InputError):
    """An opt-in refused because the clock is behind the last record (until staff confirm)."""


class FormSerialNeededError(InputError):
    """A paper-form opt-in refused because it names no form serial (DESIGN.md rule 6)."""


def staff_name(by: str) -> str:
    return clean_name(clean_text(by, MAX_STAFF, "staff name"))


def record_opt_in(session: Session, request: OptInRequest, evidence_store: Path) -> Recorded:
    """Record an opt-in (one event per scope) with its wording version; commit.

    A scan is copied last, once every check passed, and removed again if the commit fails.
    """
    recorded = stage_opt_in(session, request, evidence_store)
    sha256 = session.get_one(ConsentEvent, recorded.event_ids[0]).evidence_sha256
    copied = False
    try:
        if sha256 is not None and request.evidence is not None:
            copied = copy_evidence(request.evidence, evidence_store, sha256)
        session.commit()
    except BaseException:
        session.rollback()
        if copied and sha256 is not None:
            discard_evidence(evidence_store, sha256)
        raise
    return recorded


def stage_opt_in(session: Session, request: OptInRequest, evidence_store: Path | None) -> Recorded:
    """Append an opt-in's events without committing (for batches recorded together)."""
    profile = load_profile(session)
    method = _method(request.method, OPT_IN_METHODS, "opt-in")
    scopes = list(dict.fromkeys(s.strip() for s in request.scopes if s.strip()))
    if not scopes:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "choose at least one category (scope) the person agreed to"
            )
        )
    for scope in scopes:
        problem = scope_problem(scope, profile.categories)
        if problem:
            raise InputError.of(problem)
    number = number_of(session, request.phone, profile.country)  # read once per opt-in
    e164 = number.e164
    now = utc_now()
    occurred, occurred_on = _occurred(request.at, now)
    behind = clock_behind(session, now)
    if behind and not request.clock_checked:
        raise ClockBehindError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{behind}: set the clock right; if it is right, an earlier record was made with "
                "a wrong clock: confirm the clock to record",
            ),
            behind=behind,
        )
    note = clean_text(request.note, MAX_NOTE, "note")
    given_at = from_canonical(occurred)
    erased_on = erasure_to_lift(session, e164, method, given_at, request.lift_erasure)
    if erased_on is not None:
        note = joined_notes(note, lifting_note(erased_on))
    typed_serial = clean_text(request.serial, MAX_SERIAL, "form serial")
    language = request.language or profile.language
    form = check_serial(session, typed_serial, request.printed_elsewhere, method in FORM_METHODS)
    if form.verdict is SerialVerdict.MISSING:
        raise FormSerialNeededError(FORM_SERIAL_NEEDED)
    if not form.usable:
        raise InputError(form.message)
    if form.verdict is SerialVerdict.ELSEWHERE:
        note = joined_notes(note, ELSEWHERE_NOTE)
    serial = form.serial or None
    if form.wording_id is not None:
        # a returned form: the person signed the wording printed on it, in its language
        wording = wording_version(session, form.wording_id)
        language = wording.language
    else:
        wording = current_wording(session, language, profile)
    evidence_sha = None
    if request.evidence is not None and evidence_store is not None:
        evidence_sha = note_evidence(session, request.evidence)  # copied by record_opt_in
    contact = get_or_create_contact(session, number, request.name, language)
    stored = append_events(
        session,
        [
            NewEvent(
                contact_id=contact.id,
                action=Action.OPT_IN,
                scope=scope,
                method=method,
                occurred_at=occurred,
                occurred_on=occurred_on,
                recorded_at=canonical(now),
                recorded_by=staff_name(request.by),
                wording_id=wording.id,
                wording_sha256=wording.sha256,
                form_serial=serial,
                evidence_sha256=evidence_sha,
                note=note,
                language=language,
            )
            for scope in scopes
        ],
        profile.categories,
    )
    if erased_on is not None:
        mark_lifted(session, e164, stored[0].id, now)
    after = fold_consent(ledger_entries(session, contact.id), profile.categories)
    held = [
        c.label
        for c in profile.active_categories
        if any(scope_covers(s, c) for s in scopes)
        and after[c.key].state is not ConsentState.OPTED_IN
    ]
    warnings = opt_in_warnings(behind, erased_on, held)
    return Recorded(
        contact.phone_e164 or "",
        contact.name,
        tuple(e.id for e in stored),
        scopes=tuple(scopes),
        warnings=tuple(warnings),
    )


def preview_confirmation(session: Session, request: OptOutRequest) -> str:
    """The confirmation text an opt-out would store, without recording anything."""
    return _confirmation_for(session, request, utc_now(), load_profile(session))[0]


def _confirmation_for(
    session: Session, request: OptOutRequest, now: datetime, profile: Profile
) -> tuple[str, PhoneNumber]:
    """The confirmation text, and the opt-out's number (read once, after its scope)."""
    problem = scope_problem(request.scope, profile.categories)
    if problem:
        raise InputError.of(problem)
    number = number_of(session, request.phone, profile.country)
    contact = session.scalars(select(Contact).where(Contact.phone_e164 == number.e164)).first()
    entries = ledger_entries(session, contact.id) if contact else []
    language = request.language or (contact.language if contact else "") or profile.language
    texts = ShopTexts(session)
    return worded_confirmation(request, now, profile, entries, texts, language), number


def record_opt_out(session: Session, request: OptOutRequest) -> Recorded:
    """Record an opt-out with the exact confirmation text sent (or to be sent); commit.

    An opt-out is per person: it holds for every one of the shop's sender numbers.
    """
    recorded = stage_opt_out(session, request)
    session.commit()
    return recorded


def stage_opt_out(session: Session, request: OptOutRequest) -> Recorded:
    """Append an opt-out and its confirmation without committing (for batches)."""
    method = _method(request.method, OPT_OUT_METHODS, "opt-out")
    now = utc_now()
    occurred, occurred_on = _occurred(request.at, now)
    words = clean_text(request.words, MAX_NOTE, "customer's words")
    reason = clean_text(request.reason, MAX_NOTE, "reason")
    profile = load_profile(session)
    confirmation, number = _confirmation_for(session, request, now, profile)
    contact = get_or_create_contact(session, number, "", request.language)
    language = request.language or contact.language or profile.language
    covered = [c.key for c in profile.active_categories if scope_covers(request.scope, c)]
    before = fold_consent(ledger_entries(session, contact.id), profile.categories)
    behind = clock_behind(session, now)
    stored = append_events(
        session,
        [
            NewEvent(
                contact_id=contact.id,
                action=Action.OPT_OUT,
                scope=request.scope,
                method=method,
                occurred_at=occurred,
                occurred_on=occurred_on,
                recorded_at=canonical(now),
                recorded_by=staff_name(request.by),
                reason=reason,
                customer_words=words,
                language=language,
                confirmation_text=confirmation,
            )
        ],
        profile.categories,
    )
    if request.sent_at is not None:
        add_confirmation_sent(
            session, stored[0].id, request.sent_at, staff_name(request.by), request.sent_from
        )
    return Recorded(
        contact.phone_e164 or "",
        contact.name,
        (stored[0].id,),
        confirmation,
        (request.scope,),
        opt_out_warnings(before, covered, behind),
    )
