"""Checking a recipient list before a broadcast, keeping the check, recording what was sent."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy.orm import Session

from optin_desk.documents.list_types import ListBatch, RecipientList
from optin_desk.domain.check import CheckSettings, Verdict
from optin_desk.domain.consent import Category
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import canonical, utc_now
from optin_desk.runtime import collector_paused
from optin_desk.services.check_judge import RowJudge
from optin_desk.services.check_rows import CheckedBatch
from optin_desk.services.check_rows import CheckedRow as CheckedRow
from optin_desk.services.contacts import contact_ids
from optin_desk.services.errors import InputError
from optin_desk.services.profile import load_profile
from optin_desk.services.shop_texts import get_setting, put_setting
from optin_desk.storage import check_queries as queries
from optin_desk.storage.models import CheckRun
from optin_desk.storage.results import ResultsPacker, UnreadableResultsError, unpack_results

PROGRESS_EVERY = 2000
BATCH = 50 * PROGRESS_EVERY  # rows judged together: people looked up a set at a time
SETTING_KEYS = {
    "long_gap_days": "check.long_gap_days",
    "unengaged_days": "check.unengaged_days",
    "cap_messages": "check.cap_messages",
    "cap_days": "check.cap_days",
}


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
    row_count: int = 0
    opt_out_lines: int = 0  # `send` rows whose message must carry an opt-out option
    kept_at: str = ""  # when a check read back from the records was made (canonical UTC)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CheckJob:
    """What a check is asked: the category, the list's name and sha256 (asked for once every
    row was read: a streamed file is hashed as it is read), who asks, and how to report."""

    category_key: str
    source: str
    file_sha256: Callable[[], str]
    by: str = ""
    progress: Progress | None = None
    cancelled: Cancelled | None = None
    total: int = 0  # rows in the list, when known beforehand (for progress)

    def tick(self, done: int) -> None:
        """Before the next rows: stop if cancelled, else say how far the check is."""
        if self.cancelled is not None and self.cancelled():
            raise CheckCancelled("the check was cancelled; nothing was kept")
        if self.progress is not None:
            self.progress(done, self.total)


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


def run_check_batches(
    session: Session,
    batches: Iterable[ListBatch],
    job: CheckJob,
    sink: Callable[[CheckedBatch], None],
    *,
    keep: bool = True,
) -> CheckResult:
    """Check a list handed over a batch of rows at a time, each batch's verdicts going to
    `sink` as soon as they are given, and keep the check (not committed; id 0 if not `keep`).

    The rows of a long list are never all held: the verdicts are packed for keeping as
    they come. The result's `rows` is empty; its counts say how many there were.
    """
    with collector_paused():
        return _run_check(session, batches, job, sink, keep)


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
    rows = recipients.rows
    job = CheckJob(
        category_key, recipients.source, lambda: file_sha256, by, progress, cancelled, len(rows)
    )
    checked: list[CheckedRow] = []
    batches = (ListBatch.of(rows[start : start + BATCH]) for start in range(0, len(rows), BATCH))
    with collector_paused():
        result = _run_check(session, batches, job, lambda b: checked.extend(b.as_rows()), keep)
    if commit and keep:
        session.commit()
    return replace(result, rows=tuple(checked))


def _run_check(
    session: Session,
    batches: Iterable[ListBatch],
    job: CheckJob,
    sink: Callable[[CheckedBatch], None],
    keep: bool,
) -> CheckResult:
    profile = load_profile(session)
    category = _category(profile.categories, job.category_key)
    settings = check_settings(session)
    now = utc_now()
    judge = RowJudge(session, category, profile.categories, settings, now, profile.country)
    packer = ResultsPacker()
    tally: Counter[Verdict] = Counter()
    done = lines = 0
    for batch in batches:
        checked = judge.judge(batch, partial(_tick, job, done), PROGRESS_EVERY)
        done += len(checked)
        outcomes, index = checked.distinct()
        for at, count in Counter(index).items():  # each distinct verdict, and how many rows
            tally[outcomes[at].verdict] += count
            lines += count if outcomes[at].opt_out_line else 0  # need an opt-out option
        packer.add_columns(
            checked.rows,
            checked.inputs,
            checked.names,
            checked.phones,
            index,
            [(o.verdict.value, o.reason, o.opt_out_line) for o in outcomes],
        )
        sink(checked)
    if job.cancelled is not None and job.cancelled():
        raise CheckCancelled("the check was cancelled; nothing was kept")
    counts = {v.value: tally.get(v, 0) for v in Verdict}
    run = CheckRun(
        created_at=canonical(now),
        recorded_by=job.by.strip()[:100],
        file_name=job.source[:300],
        file_sha256=job.file_sha256(),
        category_key=category.key,
        row_count=done,
        counts_json=json.dumps(counts),
        settings_json=json.dumps(settings.__dict__),
        results=packer.finish(),
    )
    if keep:
        session.add(run)
        session.flush()
    if job.progress is not None:
        job.progress(job.total or done, job.total or done)
    return CheckResult(
        run.id or 0, category.key, run.file_name, (), counts, row_count=done, opt_out_lines=lines
    )


def _tick(job: CheckJob, done: int, index: int) -> None:
    job.tick(done + index)


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
    """Every row of a kept check, in list order, as it was judged (InputError when they
    cannot be read)."""
    packed = queries.packed_results(session, check_id)
    if packed is None:
        return []
    try:
        return [
            CheckedRow(row, written, name, phone, Verdict(verdict), reason, line)
            for row, written, name, phone, verdict, reason, line in unpack_results(packed)
        ]
    except (UnreadableResultsError, ValueError):  # a verdict no version writes, too
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the rows kept with check {check_id} cannot be read: they were changed"
                " outside OptIn Desk or damaged (run verify)",
            ),
            check_id=check_id,
        ) from None
