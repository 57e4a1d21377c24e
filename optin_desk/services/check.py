"""Checking a recipient list before a broadcast, keeping the check, recording what was sent."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy.orm import Session

from optin_desk.documents.lists import RecipientList
from optin_desk.domain.check import (
    CheckSettings,
    PersonRecord,
    RowVerdict,
    Verdict,
    judge_row,
)
from optin_desk.domain.consent import (
    NO_CONSENT,
    Category,
    CategoryKind,
    ConsentState,
    CurrentConsent,
    Method,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.when import canonical, from_canonical, utc_now
from optin_desk.runtime import collector_paused
from optin_desk.services.check_rows import CheckedRow as CheckedRow
from optin_desk.services.check_warnings import warn_undeliverable
from optin_desk.services.contacts import contact_ids
from optin_desk.services.erasure import erasure_lookup
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage import check_queries as queries
from optin_desk.storage.delivery_queries import held_back_counts
from optin_desk.storage.models import CheckRun
from optin_desk.storage.results import pack_results, unpack_results

PROGRESS_EVERY = 2000
SETTING_KEYS = {
    "long_gap_days": "check.long_gap_days",
    "unengaged_days": "check.unengaged_days",
    "cap_messages": "check.cap_messages",
    "cap_days": "check.cap_days",
}


_STATES = {state.value: state for state in ConsentState}
Text = str | None
Fact = tuple[Text, Text, Text, Text, tuple[str, ...], int, int, Text, Text]
"""state, since (to the hour), method, scope, opted in elsewhere, recent marketing, recent in
the category, last marketing sent, last engaged: what decides one person's verdict."""
_METHODS = {method.value: method for method in Method}


class CheckCancelled(Exception):  # noqa: N818 (it reads as what happened)
    """The person cancelled the check; nothing was stored."""


@dataclass(frozen=True)
class CheckResult:
    """A stored check."""

    check_id: int
    category: str
    file_name: str
    rows: tuple[CheckedRow, ...]
    counts: dict[str, int]
    sent_at: str | None = None


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def check_settings(session: Session) -> CheckSettings:
    """The shop's broadcast rules, with the defaults where none were set."""
    defaults = CheckSettings()
    values = {}
    for field_name, key in SETTING_KEYS.items():
        raw = get_setting(session, key)
        values[field_name] = int(raw) if raw.isdigit() else getattr(defaults, field_name)
    return CheckSettings(**values)


def save_check_settings(session: Session, settings: CheckSettings) -> None:
    """Store the broadcast rules (the caller commits)."""
    for field_name, key in SETTING_KEYS.items():
        value = getattr(settings, field_name)
        if not 1 <= value <= 3650:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "{setting} must be between 1 and 3650"),
                setting=field_name.replace("_", " "),
            )
        put_setting(session, key, str(value))


def _category(categories: Sequence[Category], key: str) -> Category:
    for category in categories:
        if category.key == key and not category.archived:
            return category
    active = ", ".join(c.key for c in categories if not c.archived)
    raise InputError(
        QT_TRANSLATE_NOOP("Messages", "unknown category {key!r}: check against one of {active}"),
        key=key,
        active=active,
    )


def _people(
    session: Session,
    contact_ids: Sequence[int],
    category: Category,
    categories: Sequence[Category],
    settings: CheckSettings,
    now: datetime,
) -> dict[int, Fact]:
    """What the records say of each person, read a set at a time, and only what is needed.

    Each person comes out as a plain tuple of the stored values the rules read; people who
    share one (most do, a list over) get their verdict worked out once.
    """
    everyone = queries.wants_everyone(session, contact_ids)
    states = queries.consent_states(session, contact_ids, category.key, everyone)
    # Who has no consent here but some elsewhere ("consent for orders only").
    without = [i for i in contact_ids if i not in states]
    elsewhere = queries.opted_in_elsewhere(session, without, category.key, everyone)
    sends: dict[int, tuple[int, int, str | None]] = {}
    marketing = [c.key for c in categories if c.kind is CategoryKind.MARKETING]
    if category.kind is CategoryKind.MARKETING:
        cutoff = canonical(now - timedelta(days=settings.cap_days))
        for contact_id, key, last, count in queries.marketing_sends(
            session, contact_ids, marketing, cutoff, everyone
        ):
            total, in_category, latest = sends.get(contact_id, (0, 0, None))
            sends[contact_id] = (
                total + count,
                in_category + (count if key == category.key else 0),
                max(filter(None, (latest, last)), default=None),
            )
        for contact_id, held in held_back_counts(session, contact_ids, cutoff).items():
            total, in_category, latest = sends.get(contact_id, (0, 0, None))
            sends[contact_id] = (total + held, in_category, latest)  # WhatsApp held back (131049)
    # Engagement only matters for people messaged within the long gap.
    gap_start = canonical(now - timedelta(days=settings.long_gap_days))
    recent = [i for i, (_, _, last) in sends.items() if last is not None and last >= gap_start]
    engaged = queries.latest_events(session, recent)
    order = [c.key for c in categories]
    facts: dict[int, Fact] = {}
    # Someone on file with nothing for or around this category reads as nobody on file.
    for contact_id in states.keys() | elsewhere.keys() | sends.keys():
        state, since, method, scope = states.get(contact_id) or (None, None, None, None)
        others = elsewhere.get(contact_id)
        total, in_category, last_sent = sends.get(contact_id, (0, 0, None))
        facts[contact_id] = (
            state,
            _local_noon(since[:13]) if since else None,  # reasons name the day, no more
            method,
            scope,
            tuple(k for k in order if k in others) if others else (),
            total,
            in_category,
            last_sent,
            engaged.get(contact_id),
        )
    return facts


@lru_cache(maxsize=65_536)
def _local_noon(hour: str) -> str:
    """Noon of the local day that UTC hour `hour` (canonical text to the hour) falls on.

    A reason names the day consent was given, so everyone whose consent dates from one local
    day can share a verdict; noon stays inside that day whatever a clock change does.
    """
    local = from_canonical(hour + ":00:00Z").astimezone()
    noon = local.replace(hour=12, minute=0, second=0, microsecond=0)
    return canonical(noon)[:13]


def _record_of(fact: Fact) -> PersonRecord:
    """The person behind a fact (built once for every person who shares it)."""
    state, since, method, scope, others, total, in_category, last_sent, engaged = fact
    consent = (
        CurrentConsent(
            _STATES[state],
            None,
            from_canonical(since + ":00:00Z") if since else None,
            _METHODS[method] if method else None,
            scope,
        )
        if state
        else NO_CONSENT
    )
    return PersonRecord(
        consent=consent,
        opted_in_keys=others,
        recent_marketing=total,
        recent_in_category=in_category,
        last_marketing_sent=from_canonical(last_sent) if last_sent else None,
        last_engaged=from_canonical(engaged) if engaged else None,
    )


def _erased_in(session: Session, numbers: Sequence[str]) -> dict[str, PersonRecord]:
    """The numbers here that were erased on request (kept only as keyed hashes)."""
    erased_on = erasure_lookup(session, unknown_ok=True)  # not on file: blocked either way
    found = {}
    for e164 in numbers:
        when = erased_on(e164)
        if when is not None:
            found[e164] = PersonRecord(consent=NO_CONSENT, erased_on=when)
    return found


def run_check(
    session: Session,
    recipients: RecipientList,
    category_key: str,
    file_sha256: str,
    by: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    commit: bool = True,
    keep: bool = True,
) -> CheckResult:
    """Give every row its verdict for `category_key`; keep the check (id 0 if not `keep`, for
    records that cannot be written); commit (unless told)."""
    with collector_paused():
        result = _run_check(
            session, recipients, category_key, file_sha256, by, progress, cancelled, keep
        )
    if commit and keep:
        session.commit()
    return result


def _run_check(
    session: Session,
    recipients: RecipientList,
    category_key: str,
    file_sha256: str,
    by: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    keep: bool,
) -> CheckResult:
    profile = load_profile(session)
    category = _category(profile.categories, category_key)
    settings = check_settings(session)
    now = utc_now()
    known = queries.numbers_on_file(session)  # the hot path's index of every number
    reader = PhoneReader(profile.country, known)
    total = len(recipients.rows)
    keys: list[tuple[str | None, str | None]] = []
    first_row: dict[str, int] = {}
    duplicates_of: list[int | None] = []
    for index, row in enumerate(recipients.rows):
        if index % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise CheckCancelled("the check was cancelled; nothing was kept")
            if progress is not None:
                progress(index, total)
        key = reader.read_key(row.input)
        keys.append(key)
        e164 = key[0]
        if e164 is None:
            duplicates_of.append(None)
            continue
        earlier = first_row.get(e164)
        duplicates_of.append(earlier)
        if earlier is None:
            first_row[e164] = row.row
    matched = sorted({known[e164] for e164 in first_row if e164 in known})
    facts = _people(session, matched, category, profile.categories, settings, now)
    erased = _erased_in(session, list(first_row))  # on file again or not: still erased
    decided: dict[Fact, RowVerdict] = {}
    checked: list[CheckedRow] = []
    for row, key, earlier in zip(recipients.rows, keys, duplicates_of, strict=True):
        e164 = key[0]
        contact_id = known.get(e164) if e164 else None
        fact = facts.get(contact_id) if contact_id is not None and earlier is None else None
        fact = None if e164 in erased else fact
        verdict: RowVerdict | None = decided.get(fact) if fact is not None else None
        if verdict is None:
            person = _record_of(fact) if fact is not None else erased.get(e164 or "")
            verdict = judge_row(key, earlier, category, person, settings, now)
            if fact is not None:
                decided[fact] = verdict
        checked.append(
            CheckedRow(
                row.row,
                row.input,
                row.name,
                e164 or "",
                verdict.verdict,
                verdict.reason,
                verdict.opt_out_line,
            )
        )
    if cancelled is not None and cancelled():
        raise CheckCancelled("the check was cancelled; nothing was kept")
    checked = warn_undeliverable(session, checked)
    tally = Counter(item.verdict for item in checked)
    counts = {v.value: tally.get(v, 0) for v in Verdict}
    run = CheckRun(
        created_at=canonical(now),
        recorded_by=by.strip()[:100],
        file_name=recipients.source[:300],
        file_sha256=file_sha256,
        category_key=category.key,
        row_count=len(checked),
        counts_json=json.dumps(counts),
        settings_json=json.dumps(settings.__dict__),
        results=pack_results(checked),
    )
    if keep:
        session.add(run)
        session.flush()
    if progress is not None:
        progress(total, total)
    return CheckResult(run.id or 0, category.key, run.file_name, tuple(checked), counts)


def record_sent(session: Session, check_id: int, sent_at: datetime | None = None) -> int:
    """Record the `send` rows of a check as messaged at `sent_at` (now); commit."""
    run = session.get(CheckRun, check_id)
    if run is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "there is no check {check_id}"),
            check_id=check_id,
        )
    if run.sent_at is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "check {check_id} was already recorded as sent on {day}"),
            check_id=check_id,
            day=run.sent_at[:10],
        )
    now = utc_now()
    moment = sent_at or now
    if moment > now + timedelta(minutes=2):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "the sending time is in the future"))
    phones = [row.phone for row in stored_rows(session, check_id) if row.verdict is Verdict.SEND]
    ids = contact_ids(session, phones)
    stamp = canonical(moment)
    rows = [
        {
            "contact_id": ids[p],
            "category_key": run.category_key,
            "sent_at": stamp,
            "check_id": check_id,
        }
        for p in phones
        if p in ids
    ]
    queries.add_sent(session, rows)
    run.sent_at = stamp
    session.commit()
    return len(rows)


def stored_rows(session: Session, check_id: int) -> list[CheckedRow]:
    """Every row of a kept check, in list order, as it was judged."""
    packed = queries.packed_results(session, check_id)
    if packed is None:
        return []
    return [
        CheckedRow(row, written, name, phone, Verdict(verdict), reason, line)
        for row, written, name, phone, verdict, reason, line in unpack_results(packed)
    ]
