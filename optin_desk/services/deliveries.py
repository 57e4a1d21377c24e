"""Reading a delivery report into the records: a dry run first (what each message became,
which recorded send it answers, what the records will do about its error), then `apply`.

Error 131050 (the person pressed WhatsApp's own button to stop marketing messages) is recorded
as a marketing opt-out through the opt-out service, with its own method; WhatsApp confirmed it
to them, so no confirmation waits. 131026 marks the number so the list check warns; 131049
counts toward the marketing cap. Re-reading a report adds nothing: each message and status is
kept once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.deliveries_in import DeliveryFile, read_deliveries
from optin_desk.documents.lists import ListError
from optin_desk.domain.check import day_text
from optin_desk.domain.consent import SCOPE_MARKETING, CategoryKind, ConsentState, Method
from optin_desk.domain.deliveries import (
    Effect,
    Outcome,
    Status,
    campaign_matches,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.check_warnings import error_codes
from optin_desk.services.consent import OptOutRequest, stage_opt_out
from optin_desk.services.contacts import contact_ids
from optin_desk.services.errors import InputError
from optin_desk.services.profile import list_code_pages, load_profile
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.delivery_models import DeliveryOutcome
from optin_desk.storage.models import CheckRun, ConsentStateRow, MessageSent

KEY_SETTING = "deliveries.key"
MATCH_BEFORE = timedelta(hours=1)
"""A status may carry a time a little before the recorded sending time (clocks differ)."""
MATCH_AFTER = timedelta(days=3)
"""A message's first status comes within this long of the broadcast it belongs to."""
CHUNK = 900

MATCHED = QT_TRANSLATE_NOOP("Messages", "check {check} ({file}), sent {day}")
NO_SEND = Said(QT_TRANSLATE_NOOP("Messages", "no recorded send"))
ALREADY_OUT = Said(QT_TRANSLATE_NOOP("Messages", "already opted out of marketing"))
STOPS_MARKETING = Said(
    QT_TRANSLATE_NOOP("Messages", "opt out of marketing (WhatsApp's stop button)")
)
WARNS = Said(QT_TRANSLATE_NOOP("Messages", "the list check will warn about this number"))
COUNTS = Said(QT_TRANSLATE_NOOP("Messages", "counts toward the marketing cap"))
"""Which send a message answers, and what the records will do about its error: in words,
said in the reader's language by the door that shows them."""


@dataclass(frozen=True)
class PlannedOutcome:
    """One message of a report: what it became, the send it answers, what will be done."""

    outcome: Outcome
    stored_key: str
    """The message's key as kept: the tool's message id, or a keyed hash (never a number)."""
    contact_id: int | None
    check_id: int | None
    message_sent_id: int | None
    matched: str
    """The recorded send it answers, or that none was found (Said: worded where shown)."""
    new: bool
    effect: Effect
    action: str
    """What keeping it will do ('' nothing; Said: worded where shown)."""

    @property
    def error(self) -> str:
        """The error as a person reads it ('' when the message did not fail)."""
        if self.outcome.status is not Status.FAILED:
            return ""
        return error_codes().describe(self.outcome.code, self.outcome.error_title)


@dataclass(frozen=True)
class DeliveryPlan:
    """A report read against the records; nothing stored yet."""

    source: str
    kind: str
    digest: str
    rows: tuple[PlannedOutcome, ...]
    problems: tuple[tuple[int, str], ...]
    incoming: int
    notes: tuple[str, ...] = field(default=())
    key: str = ""
    """The records' key for hashing message keys (made now when the records have none)."""

    def count(self, status: Status) -> int:
        """How many messages ended with this status."""
        return sum(row.outcome.status is status for row in self.rows)

    @property
    def new_rows(self) -> list[PlannedOutcome]:
        """The messages (or their later statuses) not kept yet."""
        return [row for row in self.rows if row.new]


@dataclass(frozen=True)
class AppliedDeliveries:
    """What `apply_deliveries` stored."""

    added: int
    opted_out: tuple[str, ...]
    undeliverable: tuple[str, ...]
    held_back: tuple[str, ...]


def stored_key(secret: str, key: str) -> str:
    """A message's key as kept: a tool's message id as it is; the key of a report without ids
    (which holds the number) as a keyed hash, so no number is kept outside contacts."""
    if not key.startswith("row:"):
        return key
    digest = hmac.new(bytes.fromhex(secret), key.encode("utf-8"), hashlib.sha256).hexdigest()
    return "row:" + digest[:40]


def read_delivery_file(session: Session, path: Path) -> DeliveryFile:
    """A report file read under the shop's country (InputError when it cannot be read)."""
    region = load_profile(session).country
    try:
        return read_deliveries(path, region, code_pages=list_code_pages(session))
    except ListError as error:
        raise InputError.of(error) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {name}: {problem}"),
            name=path.name,
            problem=error.strerror or error,
        ) from None


def _sends(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, datetime, int, str]]]:
    """Recorded sends of these contacts from checks: (send id, when, check id, list file)."""
    found: dict[int, list[tuple[int, datetime, int, str]]] = {}
    for start in range(0, len(ids), CHUNK):
        for send_id, contact_id, sent_at, check_id, file_name in session.execute(
            select(
                MessageSent.id,
                MessageSent.contact_id,
                MessageSent.sent_at,
                MessageSent.check_id,
                CheckRun.file_name,
            )
            .join(CheckRun, CheckRun.id == MessageSent.check_id)
            .where(MessageSent.contact_id.in_(ids[start : start + CHUNK]))
        ):
            if check_id is not None:
                found.setdefault(contact_id, []).append(
                    (send_id, from_canonical(sent_at), check_id, file_name)
                )
    return found


def _answered(session: Session, sends: Sequence[int]) -> dict[int, str]:
    """The recorded sends among these that a message read earlier answers: send -> message."""
    found: dict[int, str] = {}
    for start in range(0, len(sends), CHUNK):
        for send_id, key in session.execute(
            select(DeliveryOutcome.message_sent_id, DeliveryOutcome.message_key).where(
                DeliveryOutcome.message_sent_id.in_(sends[start : start + CHUNK])
            )
        ):
            if send_id is not None:
                found[send_id] = key
    return found


def _match(
    outcome: Outcome, key: str, sends: list[tuple[int, datetime, int, str]], used: dict[int, str]
) -> tuple[int, datetime, int, str] | None:
    """The recorded send a message answers: the same person, sent shortly before its first
    status, not answered by another message; a campaign naming the list file wins, then the
    nearest time. Without a time, only a campaign naming exactly one send matches."""
    free = [s for s in sends if used.get(s[0], key) == key]
    if outcome.first_at is None:
        named = [s for s in free if campaign_matches(outcome.campaign, s[3])]
        return named[0] if len(named) == 1 else None
    first = outcome.first_at
    near = [s for s in free if s[1] - MATCH_BEFORE <= first <= s[1] + MATCH_AFTER]
    if not near:
        return None
    return min(
        near,
        key=lambda s: (not campaign_matches(outcome.campaign, s[3]), abs(first - s[1])),
    )


def _stored(session: Session, keys: Sequence[str]) -> set[tuple[str, str]]:
    wanted = sorted(set(keys))
    found: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(
            select(DeliveryOutcome.message_key, DeliveryOutcome.status).where(
                DeliveryOutcome.message_key.in_(wanted[start : start + CHUNK])
            )
        )
        found.update((key, status) for key, status in rows)
    return found


def _opted_out_of_marketing(session: Session, ids: Sequence[int]) -> set[int]:
    """The people already opted out of every marketing category."""
    marketing = [
        c.key for c in load_profile(session).active_categories if c.kind is CategoryKind.MARKETING
    ]
    if not marketing:
        return set()
    counts: dict[int, int] = {}
    for start in range(0, len(ids), CHUNK):
        for (contact_id,) in session.execute(
            select(ConsentStateRow.contact_id).where(
                ConsentStateRow.contact_id.in_(ids[start : start + CHUNK]),
                ConsentStateRow.category_key.in_(marketing),
                ConsentStateRow.state == ConsentState.OPTED_OUT.value,
            )
        ):
            counts[contact_id] = counts.get(contact_id, 0) + 1
    return {i for i, n in counts.items() if n == len(marketing)}


def plan_deliveries(session: Session, found: DeliveryFile) -> DeliveryPlan:
    """What each message of a report became and what applying it will do (nothing stored)."""
    from optin_desk.domain.deliveries import fold_outcomes

    table = error_codes()
    outcomes = fold_outcomes(found.lines)
    ids = contact_ids(session, [o.phone for o in outcomes])
    sends = _sends(session, sorted(set(ids.values())))
    secret = get_setting(session, KEY_SETTING) or secrets.token_hex(32)
    keys = {o.key: stored_key(secret, o.key) for o in outcomes}
    stored = _stored(session, list(keys.values()))
    opted_out = _opted_out_of_marketing(session, sorted(set(ids.values())))
    used = _answered(session, sorted(s[0] for found in sends.values() for s in found))
    stopping: set[str] = set()
    rows = []
    for outcome in outcomes:
        contact_id = ids.get(outcome.phone)
        key = keys[outcome.key]
        send = _match(outcome, key, sends.get(contact_id, []), used) if contact_id else None
        matched: str = NO_SEND
        if send is not None:
            used[send[0]] = key
            matched = Said(MATCHED, check=send[2], file=send[3], day=day_text(send[1]))
        new = (key, outcome.status.value) not in stored
        code = table.meta_code(outcome.code)
        effect = table.effect(code) if outcome.status is Status.FAILED else Effect.NONE
        action: str = ""  # said in the shop's language where it is shown
        if effect is Effect.MARKETING_OPT_OUT:
            if contact_id in opted_out or outcome.phone in stopping:
                action = ALREADY_OUT
            else:
                action = STOPS_MARKETING
                stopping.add(outcome.phone)
        elif effect is Effect.UNDELIVERABLE:
            action = WARNS
        elif effect is Effect.HELD_BACK:
            action = COUNTS
        plain = replace(outcome, code=code)
        rows.append(
            PlannedOutcome(
                plain,
                key,
                contact_id,
                send[2] if send else None,
                send[0] if send else None,
                matched,
                new,
                effect,
                action if new else "",
            )
        )
    return DeliveryPlan(
        found.source,
        found.kind,
        found.digest,
        tuple(rows),
        tuple(found.problems),
        found.incoming,
        tuple(found.notes),
        secret,
    )


def apply_deliveries(session: Session, plan: DeliveryPlan, by: str = "") -> AppliedDeliveries:
    """Keep the new outcomes and act on their errors, in one transaction; commit."""
    try:
        applied = _stage(session, plan, by)
    except BaseException:
        session.rollback()
        raise
    session.commit()
    return applied


def _stage(session: Session, plan: DeliveryPlan, by: str) -> AppliedDeliveries:
    now = utc_now()
    kept_key = get_setting(session, KEY_SETTING)
    if not kept_key:
        put_setting(session, KEY_SETTING, plan.key)
    elif kept_key != plan.key:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{source} was read before the records were keyed: read it again"
            ),
            source=plan.source,
        )
    opted_out: list[str] = []
    undeliverable: list[str] = []
    held_back: list[str] = []
    for row in plan.new_rows:
        outcome = row.outcome
        contact_id = row.contact_id
        event_id = None
        if row.action.startswith("opt out"):
            when = min(outcome.last_at or now, now)
            recorded = stage_opt_out(
                session,
                OptOutRequest(
                    phone=outcome.phone,
                    scope=SCOPE_MARKETING,
                    method=Method.WHATSAPP_STOP_BUTTON.value,
                    reason=(
                        f"stopped marketing messages with WhatsApp's own button (error 131050 "
                        f"in the delivery report {plan.source})"
                    )[:2000],
                    at=when,
                    by=by,
                ),
            )
            event_id = recorded.event_ids[0]
            contact_id = contact_id or contact_ids(session, [outcome.phone]).get(outcome.phone)
            opted_out.append(outcome.phone)
        elif row.effect is Effect.UNDELIVERABLE:
            undeliverable.append(outcome.phone)
        elif row.effect is Effect.HELD_BACK:
            held_back.append(outcome.phone)
        session.add(
            DeliveryOutcome(
                message_key=row.stored_key,
                status=outcome.status.value,
                contact_id=contact_id,
                error_code=outcome.code,
                error_title=outcome.error_title[:300],
                first_at=canonical(outcome.first_at) if outcome.first_at else None,
                status_at=canonical(outcome.last_at) if outcome.last_at else None,
                campaign=outcome.campaign[:200],
                sender=outcome.sender[:40],
                check_id=row.check_id,
                message_sent_id=row.message_sent_id,
                event_id=event_id,
                source_name=plan.source[:300],
                source_sha256=plan.digest,
                read_at=canonical(now),
                recorded_by=by.strip()[:100],
            )
        )
    session.flush()
    return AppliedDeliveries(
        len(plan.new_rows), tuple(opted_out), tuple(undeliverable), tuple(held_back)
    )
