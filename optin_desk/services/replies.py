"""Customer replies in bulk: read each, then record opt-outs (and confirmed opt-ins) together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.documents.replies_in import IncomingReply
from optin_desk.documents.templates import reply_vocabulary
from optin_desk.domain.check import day_text
from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    ConsentState,
    Method,
    scope_covers,
    scope_named,
    scope_problem,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.phones import NO_NUMBER, NOT_A_NUMBER
from optin_desk.domain.program_notes import REPLIED, written
from optin_desk.domain.replies import Classification, ReplyKind, classify_reply
from optin_desk.domain.when import local_display, utc_now
from optin_desk.services.confirmations import ShopTexts, worded_confirmation
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    Recorded,
    stage_opt_in,
    stage_opt_out,
)
from optin_desk.services.contacts import ContactStatus, contact_ids, contact_statuses
from optin_desk.services.erasure import erasure_lookup
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.storage.ledger import ledger_entries_of
from optin_desk.storage.models import Contact


@dataclass(frozen=True)
class ReplyRow:
    """One reply as read: what it asks for, for whom, and what recording it would store."""

    row: int
    sender: str
    message: str
    phone: str
    name: str
    kind: ReplyKind
    why: str
    language: str = ""
    scope: str = ""
    problem: str = ""
    confirmation: str = ""

    @property
    def recordable(self) -> bool:
        """True when staff can record something for this reply."""
        return not self.problem and self.kind is not ReplyKind.OTHER

    @property
    def clear_opt_out(self) -> bool:
        """True for an opt-out keyword that is recorded without a person deciding."""
        return self.kind is ReplyKind.OPT_OUT and not self.problem


@dataclass(frozen=True)
class AppliedReplies:
    """What recording a batch stored."""

    opted_out: tuple[Recorded, ...] = field(default=())
    opted_in: tuple[Recorded, ...] = field(default=())


def _sender_phone(session: Session, sender: str, reader: PhoneReader) -> tuple[str, str]:
    """The E.164 number of a sender as written (or of the one contact with that name)."""
    if not sender:
        return "", NO_NUMBER
    e164, reason = reader.read_key(sender)
    if e164 is not None:
        return e164, ""
    if any(ch.isdigit() for ch in sender):
        return "", reason or NOT_A_NUMBER
    phones = session.scalars(
        select(Contact.phone_e164)
        .where(func.lower(Contact.name) == sender.casefold(), Contact.phone_e164.is_not(None))
        .limit(2)
    ).all()
    if len(phones) == 1 and phones[0]:
        return phones[0], ""
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "the chat shows the name “{sender}”, not a number: find them on the Opt-outs page",
    )
    return "", Said(text, sender=sender)


def _covered(status: ContactStatus, scope: str) -> list[str]:
    return [c.key for c in status.categories if not c.archived and scope_covers(scope, c)]


def _already(status: ContactStatus, scope: str, state: ConsentState) -> str:
    """Why nothing would change: every category the scope covers is already in `state`."""
    keys = _covered(status, scope)
    if not keys or any(status.state_of(k) is not state for k in keys):
        return ""
    moments = [m for k in keys if (m := status.consent[k].since) is not None]
    since = min(moments, default=None)
    what = scope_named(scope, status.categories)
    if state is ConsentState.OPTED_OUT:
        if since is None:
            return Said(QT_TRANSLATE_NOOP("Messages", "already opted out of {what}"), what=what)
        text = QT_TRANSLATE_NOOP("Messages", "already opted out of {what} since {when}")
    else:
        if since is None:
            return Said(QT_TRANSLATE_NOOP("Messages", "already opted in to {what}"), what=what)
        text = QT_TRANSLATE_NOOP("Messages", "already opted in to {what} since {when}")
    return Said(text, what=what, when=local_display(since))


def _opt_in_scope(status: ContactStatus) -> str:
    """What an opt-in request starts again: what the person stopped, marketing by default."""
    scopes = {
        status.consent[key].scope
        for key in status.consent
        if status.consent[key].state is ConsentState.OPTED_OUT
    }
    if SCOPE_ALL in scopes:
        return SCOPE_ALL
    if len(scopes) == 1:
        return next(iter(scopes)) or SCOPE_MARKETING
    return SCOPE_MARKETING


def read_replies(session: Session, replies: Sequence[IncomingReply]) -> list[ReplyRow]:
    """Classify every reply and say what recording it would store (nothing is written).

    Numbers are read once each, and the people, their consent and their events are read a
    set of numbers at a time, so a long batch costs a few queries.
    """
    profile = load_profile(session)
    vocabulary = reply_vocabulary()
    written = {reply.sender for reply in replies}
    # Numbers found on file are read without the parser: one lookup of every form they
    # could take, a set of numbers at a time.
    guesses = PhoneReader(profile.country)
    known = contact_ids(session, [key for sender in written for key in guesses.candidates(sender)])
    reader = PhoneReader(profile.country, frozenset(known))
    senders: dict[str, tuple[str, str]] = {}
    readings = []
    classified: dict[str, Classification] = {}  # a batch repeats its messages (STOP ...)
    for reply in replies:
        if reply.sender not in senders:
            senders[reply.sender] = _sender_phone(session, reply.sender, reader)
        reading = classified.get(reply.message)
        if reading is None:
            reading = classified[reply.message] = classify_reply(reply.message, vocabulary)
        readings.append((reply, reading))
    wanted = {
        senders[reply.sender][0]
        for reply, reading in readings
        if reading.kind is not ReplyKind.OTHER and not senders[reply.sender][1]
    }
    statuses = contact_statuses(session, wanted)
    seen: dict[tuple[str, ReplyKind], int] = {}
    rows: list[ReplyRow] = []
    erased_on = erasure_lookup(session)
    # First what each reply asks and why it may not be recorded; then the confirmations,
    # reading the events of only the people who get one.
    worded: list[tuple[int, OptOutRequest, int | None, str]] = []
    for reply, reading in readings:
        phone, problem = senders[reply.sender]
        if problem or reading.kind is ReplyKind.OTHER:
            rows.append(
                ReplyRow(
                    reply.row,
                    reply.sender,
                    reply.message,
                    phone,
                    "",
                    reading.kind,
                    reading.why,
                    problem=problem,
                )
            )
            continue
        contact_id, status = statuses[phone]
        language = reading.language([status.language, profile.language])
        if reading.kind is ReplyKind.OPT_IN_REQUEST:
            scope = _opt_in_scope(status)
            problem = _already(status, scope, ConsentState.OPTED_IN)
            if (erased := erased_on(phone)) is not None:
                text = QT_TRANSLATE_NOOP(
                    "Messages",
                    "erased on request on {day}: record their new opt-in on its own, confirming"
                    " that it lifts the erasure",
                )
                problem = Said(text, day=day_text(erased))
        else:
            scope = SCOPE_ALL if reading.stops_all else SCOPE_MARKETING
            problem = _already(status, scope, ConsentState.OPTED_OUT)
        earlier = seen.get((phone, reading.kind))
        if earlier is not None and not problem:
            problem = Said(QT_TRANSLATE_NOOP("Messages", "same number as row {row}"), row=earlier)
        seen.setdefault((phone, reading.kind), reply.row)
        if reading.kind is not ReplyKind.OPT_IN_REQUEST and not problem:
            request = OptOutRequest(phone, scope, Method.WHATSAPP_REPLY, language=language)
            worded_in = language or status.language or profile.language
            worded.append((len(rows), request, contact_id, worded_in))
        rows.append(
            ReplyRow(
                reply.row,
                reply.sender,
                reply.message,
                phone,
                status.name,
                reading.kind,
                reading.why,
                language,
                scope,
                problem,
            )
        )
    entries = ledger_entries_of(session, [i for _, _, i, _ in worded if i is not None])
    now, texts = utc_now(), ShopTexts(session)
    for at, request, contact_id, worded_in in worded:
        try:
            if wrong := scope_problem(request.scope, profile.categories):
                raise InputError.of(wrong)
            mine = entries.get(contact_id, []) if contact_id is not None else []
            confirmation = worded_confirmation(request, now, profile, mine, texts, worded_in)
        except InputError as error:
            rows[at] = replace(rows[at], problem=Said(error.text, error.n, **error.fields))
        else:
            rows[at] = replace(rows[at], confirmation=confirmation)
    return rows


def apply_replies(session: Session, rows: Sequence[ReplyRow], by: str = "") -> AppliedReplies:
    """Record the chosen replies together, in one transaction; commit.

    Opt-outs (clear or decided by staff) are stored with their customer's words and the
    confirmation in their language; an opt-in request becomes an opt-in by WhatsApp thread
    with the current wording. The confirmations wait to be marked sent.
    """
    for row in rows:
        if not row.recordable:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "row {row} cannot be recorded: {reason}"),
                row=row.row,
                reason=row.problem or row.why,
            )
    try:
        applied = _stage_replies(session, rows, by)
    except BaseException:
        session.rollback()
        raise
    session.commit()
    return applied


def _stage_replies(session: Session, rows: Sequence[ReplyRow], by: str) -> AppliedReplies:
    opted_out: list[Recorded] = []
    opted_in: list[Recorded] = []
    for row in rows:
        if row.kind is ReplyKind.OPT_IN_REQUEST:
            request = OptInRequest(
                phone=row.phone,
                scopes=[row.scope],
                method=Method.WHATSAPP_THREAD,
                by=by,
                note=written(REPLIED, message=row.message)[:2000],
                language=row.language,
            )
            opted_in.append(stage_opt_in(session, request, None))
        else:
            opted_out.append(
                stage_opt_out(
                    session,
                    OptOutRequest(
                        phone=row.phone,
                        scope=row.scope,
                        method=Method.WHATSAPP_REPLY,
                        words=row.message,
                        by=by,
                        language=row.language,
                        confirmation=row.confirmation,
                    ),
                )
            )
    return AppliedReplies(tuple(opted_out), tuple(opted_in))
