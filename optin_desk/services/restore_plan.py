"""What a restore would lose: the live records beside a backup, compared.

The two ledgers are hash chains: where they hold the same hash at the same event id, they hold
the same history up to there. A backup of these records is a prefix of them; anything else is
another shop's records (or records that went their own way), which a restore refuses unless
told explicitly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.consent import Action
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said
from optin_desk.services.erasure import KEY_SETTING
from optin_desk.services.owner import FAILURES_KEY, PIN_KEY
from optin_desk.services.records_key import RECORDS_ID_SETTING, records_key
from optin_desk.services.restore_names import NAMED, setting_name
from optin_desk.storage.models import (
    BusinessProfile,
    CategoryRow,
    CategoryText,
    CheckRun,
    ConfirmationSent,
    ConsentEvent,
    Contact,
    ErasedNumber,
    FormBatch,
    LedgerHead,
    MessageSent,
    SenderNumber,
    Setting,
    Wording,
)

CARRIED_SETTINGS = (PIN_KEY, KEY_SETTING, RECORDS_ID_SETTING)
"""Settings the restored records take from the live ones: the owner PIN that authorised the
restore stays the PIN, and the records id (or a key still kept in the file) names the key
that keeps the erased numbers blocked."""
REPLACED_KEY = "restore.replaced"
"""The heads of records a restore replaced: restoring their kept copy undoes that restore."""
PASSING_SETTINGS = frozenset(
    {FAILURES_KEY, "backup.last", "restore.last", "restore.under_way", REPLACED_KEY}
    | {"records.changes"}  # the count of changes a backup compares (storage.change_count)
)


@dataclass(frozen=True)
class LiveOptOut:
    """An opt-out in the live records, to be recorded again in the restored ones."""

    event_id: int
    phone: str
    name: str
    language: str
    scope: str
    method: str
    occurred_at: str
    recorded_at: str
    recorded_by: str
    customer_words: str
    reason: str
    confirmation_text: str
    sent_at: str | None
    sent_by: str
    sent_from: str


@dataclass(frozen=True)
class LiveErasure:
    """A number erased in the live records (its keyed hash), to stay erased."""

    keyed_hash: str
    erased_at: str
    recorded_by: str


@dataclass(frozen=True)
class RestorePlan:
    """The live records beside the backup: what would be lost and what is re-applied."""

    backup_events: int
    backup_head: str
    live_events: int
    shared_events: int
    same_shop: bool
    opt_outs: tuple[LiveOptOut, ...] = ()
    voided_opt_outs: int = 0
    lost_opt_ins: int = 0
    lost_voids: int = 0
    erasures: tuple[LiveErasure, ...] = ()
    erasures_not_carried: int = 0
    settings_changed: tuple[str, ...] = ()
    carried_settings: tuple[tuple[str, str], ...] = ()
    other_lost: dict[str, int] = field(default_factory=dict)
    """Counts of other records the restore would lose, by their marked counted words."""
    live_head: str = ""
    """The head hash of the records being replaced."""
    dropped_hashes: tuple[str, ...] | None = ()
    """The chain hashes of the live events after the shared ones (what the restore drops), so
    that a checkpoint of the replaced records can still be checked; None when too many."""

    def lines(self) -> list[str]:
        """What the plan means, one line each, for the person restoring (each line Said)."""
        lost = tuple(
            Said(text, count)
            for count, text in (
                (self.lost_opt_ins, Plural.translate("Messages", "%n opt-in(s)", None, 0)),
                (self.lost_voids, Plural.translate("Messages", "%n void(s)", None, 0)),
                (
                    self.voided_opt_outs,
                    Plural.translate("Messages", "%n opt-out(s) voided since", None, 0),
                ),
                *((n, what) for what, n in self.other_lost.items()),
            )
            if count
        )
        count = self.backup_events
        lines: list[str] = [
            Said(
                Plural.translate(
                    "Messages",
                    "the backup holds %n event(s); the records hold {live}, {shared} of them "
                    "the same",
                    None,
                    count,
                ),
                self.backup_events,
                live=self.live_events,
                shared=self.shared_events,
            )
        ]
        if not self.same_shop:
            lines.append(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the backup is NOT a copy of these records (another shop, or diverged)",
                    )
                )
            )
        if lost:
            lines.append(Said(QT_TRANSLATE_NOOP("Messages", "would be lost: {items}"), items=lost))
        else:
            lines.append(Said(QT_TRANSLATE_NOOP("Messages", "would be lost: nothing recorded")))
        if self.settings_changed:
            lines.append(
                Said(
                    QT_TRANSLATE_NOOP("Messages", "settings that go back to the backup's: {names}"),
                    names=tuple(
                        Said(name) if name in NAMED else name for name in self.settings_changed
                    ),
                )
            )
        again = (
            Said(Plural.translate("Messages", "%n opt-out(s)", None, 0), len(self.opt_outs)),
            Said(Plural.translate("Messages", "%n erasure(s)", None, 0), len(self.erasures)),
        )
        lines.append(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "re-applied after the restore: {items}; the owner PIN stays as it is now",
                ),
                items=again,
            )
        )
        if self.erasures_not_carried:
            count = self.erasures_not_carried
            lines.append(
                Said(
                    Plural.translate(
                        "Messages",
                        "%n erased (number is|numbers are) kept under another key: they stay "
                        "erased only where the backup holds them",
                        None,
                        count,
                    ),
                    self.erasures_not_carried,
                )
            )
        return lines


def _hash_at(session: Session, event_id: int) -> str | None:
    if event_id == 0:
        return GENESIS_HASH
    return session.scalar(select(ConsentEvent.hash).where(ConsentEvent.id == event_id))


def _head(session: Session) -> tuple[int, str]:
    """The last event id and hash; where the head row was deleted, the chain's own last
    event (restoring a backup is what verify tells the owner to do then)."""
    head = session.scalars(select(LedgerHead)).first()
    if head is not None:
        return head.last_event_id, head.head_hash
    last = session.execute(
        select(ConsentEvent.id, ConsentEvent.hash).order_by(ConsentEvent.id.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last else (0, GENESIS_HASH)


def shared_prefix(live: Session, backup: Session, live_last: int, backup_last: int) -> int:
    """The last event id up to which both chains are the same (0 when none)."""
    low, high = 0, min(live_last, backup_last)
    while low < high:  # equal hashes at an id mean equal chains up to it
        middle = (low + high + 1) // 2
        if _hash_at(live, middle) == _hash_at(backup, middle):
            low = middle
        else:
            high = middle - 1
    return low


def _settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(Setting.key, Setting.value))}


def _rows(session: Session, model: type) -> list[tuple[object, ...]]:
    columns = [c for c in model.__table__.columns]  # type: ignore[attr-defined]
    return [tuple(r) for r in session.execute(select(*columns).order_by(*columns))]


def _profile_stamp(session: Session) -> str | None:
    return session.scalar(select(BusinessProfile.created_at))


def plan_restore(live: Session, backup: Session) -> RestorePlan:
    """Compare the live records with a backup's (both read-only sessions)."""
    live_last, live_head = _head(live)
    backup_last, backup_head = _head(backup)
    live_count = live.scalar(select(func.count()).select_from(ConsentEvent)) or 0
    backup_count = backup.scalar(select(func.count()).select_from(ConsentEvent)) or 0
    shared = shared_prefix(live, backup, live_last, backup_last)
    stamps = (_profile_stamp(live), _profile_stamp(backup))
    same_profile = None in stamps or stamps[0] == stamps[1]
    live_settings, backup_settings = _settings(live), _settings(backup)
    replaced = json.loads(live_settings.get(REPLACED_KEY) or "[]")
    # records holding no person's entry yet (a shop just set up: only its own shop events)
    untouched = not live.scalar(
        select(func.count()).select_from(ConsentEvent).where(ConsentEvent.contact_id.is_not(None))
    )
    same_shop = untouched or (
        same_profile and (shared in (backup_last, live_last) or backup_head in replaced)
    )
    opt_outs, voided, counts = _live_events_after(live, shared)
    changed = tuple(
        dict.fromkeys(
            setting_name(key)
            for key in sorted(set(live_settings) | set(backup_settings))
            if key not in PASSING_SETTINGS
            and key not in CARRIED_SETTINGS
            and live_settings.get(key, "") != backup_settings.get(key, "")
        )
    )
    for model, what in (
        (BusinessProfile, "shop details"),
        (CategoryRow, "kinds of messages"),
        (CategoryText, "kinds of messages"),
        (SenderNumber, "sender numbers"),
        (Wording, "wordings"),
    ):
        if what not in changed and _rows(live, model) != _rows(backup, model):
            changed += (what,)
    erasures, not_carried = _erasures(live, backup, live_settings, backup_settings)
    return RestorePlan(
        backup_events=backup_count,
        backup_head=backup_head,
        live_events=live_count,
        shared_events=shared,
        same_shop=same_shop,
        opt_outs=opt_outs,
        voided_opt_outs=voided,
        lost_opt_ins=counts.get(Action.OPT_IN.value, 0),
        lost_voids=counts.get(Action.VOID.value, 0),
        erasures=erasures,
        erasures_not_carried=not_carried,
        settings_changed=changed,
        carried_settings=(
            *((key, live_settings.get(key, "")) for key in CARRIED_SETTINGS),
            (REPLACED_KEY, json.dumps([*replaced, _head(live)[1]])),
        ),
        other_lost=_other_lost(live, backup),
        live_head=live_head,
        dropped_hashes=_dropped(live, shared, live_last),
    )


MOST_DROPPED = 20000
"""Hashes of dropped events a restore's shop event names at most (64 characters each)."""


def _dropped(live: Session, shared: int, live_last: int) -> tuple[str, ...] | None:
    if live_last - shared > MOST_DROPPED:
        return None
    query = select(ConsentEvent.hash).where(ConsentEvent.id > shared).order_by(ConsentEvent.id)
    return tuple(live.scalars(query))


def _live_events_after(
    live: Session, shared: int
) -> tuple[tuple[LiveOptOut, ...], int, dict[str, int]]:
    counts = dict(
        live.execute(
            select(ConsentEvent.action, func.count())
            .where(ConsentEvent.id > shared)
            .group_by(ConsentEvent.action)
        ).all()
    )
    voider = aliased(ConsentEvent)
    rows = live.execute(
        select(ConsentEvent, Contact, ConfirmationSent, voider.id)
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .outerjoin(ConfirmationSent, ConfirmationSent.event_id == ConsentEvent.id)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(ConsentEvent.id > shared, ConsentEvent.action == Action.OPT_OUT.value)
        .order_by(ConsentEvent.id)
    ).all()
    opt_outs: list[LiveOptOut] = []
    voided = 0
    for event, contact, sent, voided_by in rows:
        if voided_by is not None:
            voided += 1
            continue
        if contact.phone_e164 is None:
            continue  # erased since: the erasure is carried over instead
        opt_outs.append(
            LiveOptOut(
                event_id=event.id,
                phone=contact.phone_e164,
                name=contact.name,
                language=event.language or contact.language,
                scope=event.scope,
                method=event.method,
                occurred_at=event.occurred_at,
                recorded_at=event.recorded_at,
                recorded_by=event.recorded_by,
                customer_words=event.customer_words,
                reason=event.reason,
                confirmation_text=event.confirmation_text,
                sent_at=sent.sent_at if sent else None,
                sent_by=sent.recorded_by if sent else "",
                sent_from=sent.sent_from if sent else "",
            )
        )
    return tuple(opt_outs), voided, counts


def _erasures(
    live: Session, backup: Session, live_settings: dict[str, str], backup_settings: dict[str, str]
) -> tuple[tuple[LiveErasure, ...], int]:
    known = set(backup.scalars(select(ErasedNumber.keyed_hash)))
    rows = live.execute(
        select(ErasedNumber.keyed_hash, ErasedNumber.erased_at, ErasedNumber.recorded_by)
    ).all()
    missing = tuple(LiveErasure(h, at, by) for h, at, by in rows if h not in known)
    del live_settings, backup_settings
    backup_key = records_key(backup, make=False)
    if known and backup_key and backup_key != records_key(live, make=False):
        return missing, len(missing)  # other keys: matched against the backup's contacts only
    return missing, 0


def _other_lost(live: Session, backup: Session) -> dict[str, int]:
    lost: dict[str, int] = {}
    for model, what in (
        (CheckRun, Plural.translate("Messages", "%n kept check(s)", None, 0)),
        (MessageSent, Plural.translate("Messages", "%n message(s) recorded as sent", None, 0)),
        (FormBatch, Plural.translate("Messages", "%n printed form batch(es)", None, 0)),
    ):
        last = backup.scalar(select(func.max(model.id))) or 0
        count = live.scalar(select(func.count()).select_from(model).where(model.id > last))
        if count:
            lost[what] = count
    return lost
