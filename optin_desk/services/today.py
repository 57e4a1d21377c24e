"""What needs doing today, at a glance: a plain snapshot of the records, one short query each.

Every number is read with one query that an index answers (see
`tests/services/test_today_plans.py`), so the Today page opens fast on a year of records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.chain import ChainReport
from optin_desk.domain.consent import Action, CategoryKind, ConsentState, Method
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.services.backups import LAST_BACKUP_KEY
from optin_desk.services.kept_checks import counts_of
from optin_desk.services.records import ledger_head
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage.ledger import load_categories
from optin_desk.storage.models import (
    CheckRun,
    ConfirmationSent,
    ConsentEvent,
    ConsentStateRow,
    Contact,
    FormBatch,
    FormSerial,
)

LAST_VERIFIED_KEY = "ledger.last_verified"
SIGNUP_DAYS = 7
"""Sign-ups are counted over the last seven days."""
BY_BACKUP = "backup"
BY_VERIFY = "verify"
"""What last verified the chain: a checked backup, or verifying on its own (window or CLI)."""
_NOT_CONFIRMED = (Method.IMPORT.value, Method.WHATSAPP_STOP_BUTTON.value)


@dataclass(frozen=True)
class KindCount:
    """How many people agreed to, and refused, one kind of message."""

    key: str
    label: str
    marketing: bool
    opted_in: int
    opted_out: int


@dataclass(frozen=True)
class LastCheck:
    """The last recipient list checked."""

    at: datetime
    category_label: str
    rows: int
    counts: dict[str, int]
    """Rows per verdict value (`send`, `no_consent`, ...)."""


@dataclass(frozen=True)
class Verification:
    """When the chain was last recomputed, by what, and how it came out."""

    at: datetime
    by: str
    events: int
    ok: bool


@dataclass(frozen=True)
class TodaySnapshot:
    """The records at a glance (plain data: safe to hand from a worker to the window)."""

    taken_at: datetime
    people: int
    kinds: tuple[KindCount, ...]
    signups_week: int
    confirmations_waiting: int
    oldest_waiting: datetime | None
    forms_outstanding: int
    forms_printed: int
    last_check: LastCheck | None
    last_backup: datetime | None
    last_backup_events: int
    ledger_events: int
    verified: Verification | None

    @property
    def verified_today(self) -> bool:
        """Whether the chain was recomputed, and held, on today's local date."""
        if self.verified is None or not self.verified.ok:
            return False
        return self.verified.at.astimezone().date() == self.taken_at.astimezone().date()


def _people(session: Session) -> int:
    """People on file (erased people keep no number and are not counted)."""
    found = session.scalar(
        select(func.count()).select_from(Contact).where(Contact.phone_e164.is_not(None))
    )
    return int(found or 0)


def _kinds(session: Session) -> tuple[KindCount, ...]:
    """Opted in and out per kind of message still in use (one pass over the state index)."""
    rows = session.execute(
        select(ConsentStateRow.category_key, ConsentStateRow.state, func.count())
        .where(
            ConsentStateRow.state.in_((ConsentState.OPTED_IN.value, ConsentState.OPTED_OUT.value))
        )
        .group_by(ConsentStateRow.category_key, ConsentStateRow.state)
    ).all()
    counts = {(key, state): int(n) for key, state, n in rows}
    return tuple(
        KindCount(
            c.key,
            c.label,
            c.kind is CategoryKind.MARKETING,
            counts.get((c.key, ConsentState.OPTED_IN.value), 0),
            counts.get((c.key, ConsentState.OPTED_OUT.value), 0),
        )
        for c in load_categories(session, include_archived=False)
    )


def _signups(session: Session, since: datetime) -> int:
    """People who opted in (not by import) since `since`."""
    found = session.scalar(
        select(func.count(ConsentEvent.contact_id.distinct())).where(
            ConsentEvent.action == Action.OPT_IN.value,
            ConsentEvent.recorded_at >= canonical(since),
            ConsentEvent.method != Method.IMPORT.value,
        )
    )
    return int(found or 0)


def _waiting(session: Session) -> tuple[int, datetime | None]:
    """Opt-outs whose confirmation is still to be sent, and when the oldest was recorded.

    The same opt-outs as `optouts.pending_confirmations` lists (imports and WhatsApp's stop
    button confirmed theirs; voided ones need none).
    """
    voider = aliased(ConsentEvent)
    count, oldest = session.execute(
        select(func.count(), func.min(ConsentEvent.recorded_at)).where(
            ConsentEvent.action == Action.OPT_OUT.value,
            ConsentEvent.method.not_in(_NOT_CONFIRMED),
            ~exists().where(ConfirmationSent.event_id == ConsentEvent.id),
            ~exists().where(voider.voided_event_id == ConsentEvent.id),
        )
    ).one()
    return int(count or 0), from_canonical(oldest) if oldest else None


def _forms(session: Session) -> tuple[int, int]:
    """(forms printed and not yet entered, forms printed), over every batch."""
    printed = int(session.scalar(select(func.coalesce(func.sum(FormBatch.count), 0))) or 0)
    voider = aliased(ConsentEvent)
    used = exists().where(
        and_(
            ConsentEvent.form_serial == FormSerial.serial,
            # lower() keeps the planner on the serial's index: on the action's index it would
            # walk every opt-in once per printed serial
            func.lower(ConsentEvent.action) == Action.OPT_IN.value,
            ~exists().where(voider.voided_event_id == ConsentEvent.id),
        )
    )
    returned = int(session.scalar(select(func.count()).select_from(FormSerial).where(used)) or 0)
    return max(printed - returned, 0), printed


def _last_check(session: Session) -> LastCheck | None:
    row = session.execute(
        select(CheckRun.created_at, CheckRun.category_key, CheckRun.row_count, CheckRun.counts_json)
        .order_by(CheckRun.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    at, key, rows, counts = row
    try:
        when = from_canonical(at)
    except ValueError:  # changed outside the program: the page shows no last check
        return None
    labels = {c.key: c.label for c in load_categories(session)}
    return LastCheck(when, labels.get(key, key), rows, counts_of(counts))


def _verification(session: Session, backup: dict[str, object]) -> Verification | None:
    """The latest of: the chain verified on its own, or verified in a checked backup."""
    found: list[Verification] = []
    raw = get_setting(session, LAST_VERIFIED_KEY)
    if raw:
        data = json.loads(raw)
        found.append(
            Verification(
                from_canonical(data["at"]), data["by"], int(data["events"]), bool(data["ok"])
            )
        )
    if backup:
        # a backup is kept only once its copy's chain verified (services.backups)
        at = from_canonical(str(backup["at"]))
        found.append(Verification(at, BY_BACKUP, int(str(backup["events"])), True))
    return max(found, key=lambda v: v.at) if found else None


def today_snapshot(session: Session, now: datetime | None = None) -> TodaySnapshot:
    """Everything the Today page shows, read in one read-only Session."""
    now = now or utc_now()
    waiting, oldest = _waiting(session)
    outstanding, printed = _forms(session)
    raw_backup = get_setting(session, LAST_BACKUP_KEY)
    backup: dict[str, object] = json.loads(raw_backup) if raw_backup else {}
    events, _head = ledger_head(session)
    return TodaySnapshot(
        taken_at=now,
        people=_people(session),
        kinds=_kinds(session),
        signups_week=_signups(session, now - timedelta(days=SIGNUP_DAYS)),
        confirmations_waiting=waiting,
        oldest_waiting=oldest,
        forms_outstanding=outstanding,
        forms_printed=printed,
        last_check=_last_check(session),
        last_backup=from_canonical(str(backup["at"])) if backup else None,
        last_backup_events=int(str(backup.get("events", 0))),
        ledger_events=events,
        verified=_verification(session, backup),
    )


def note_verification(
    session: Session, report: ChainReport, by: str = BY_VERIFY, now: datetime | None = None
) -> Verification:
    """Remember that the chain was just recomputed, and how it came out (commits)."""
    done = Verification(now or utc_now(), by, report.count, report.ok)
    put_setting(
        session,
        LAST_VERIFIED_KEY,
        json.dumps({"at": canonical(done.at), "by": by, "events": done.events, "ok": done.ok}),
    )
    session.commit()
    return done
