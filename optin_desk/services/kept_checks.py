"""Kept checks read back: the list of them, one shown again, their counts read defensively."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.check import Verdict
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.check import CheckResult, stored_rows
from optin_desk.services.errors import InputError
from optin_desk.storage.database import Database
from optin_desk.storage.models import CheckRun

_VERDICTS = frozenset(verdict.value for verdict in Verdict)
LISTED = 1000
"""Kept checks listed at most, newest first (years of weekly broadcasts)."""


@dataclass(frozen=True)
class KeptCheck:
    """One kept check as a list of them names it (its rows are read when it is opened)."""

    check_id: int
    kept_at: str  # canonical UTC
    file_name: str
    category_key: str
    row_count: int
    sent_at: str | None


def counts_of(text: str) -> dict[str, int]:
    """A kept check's count of each verdict; none when the kept text is not such counts,
    and no key that is not a verdict (edited outside the program): shown without them."""
    try:
        found = json.loads(text)
    except ValueError:  # JSON's own error, and a number too long to read
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        verdict: count
        for verdict, count in found.items()
        if verdict in _VERDICTS and type(count) is int and 0 <= count <= 10**9
    }


def kept_checks(session: Session, limit: int = LISTED) -> list[KeptCheck]:
    """The kept checks, newest first (without their rows)."""
    query = (
        select(
            CheckRun.id,
            CheckRun.created_at,
            CheckRun.file_name,
            CheckRun.category_key,
            CheckRun.row_count,
            CheckRun.sent_at,
        )
        .order_by(CheckRun.id.desc())
        .limit(limit)
    )
    return [_listed(*row) for row in session.execute(query)]


def _listed(
    check_id: int, kept_at: object, file_name: object, key: object, rows: object, sent: object
) -> KeptCheck:
    """A kept check as listed, its values taken as text and counts whatever an edit outside
    the program left in them (the list is shown, not trusted)."""
    count = rows if type(rows) is int and rows >= 0 else 0
    return KeptCheck(
        check_id, str(kept_at), str(file_name), str(key), count, None if sent is None else str(sent)
    )


def kept_check(session: Session, check_id: int) -> CheckResult:
    """A kept check with its rows as they were judged then (InputError when there is no
    such check, or its rows cannot be read: `stored_rows`)."""
    run = session.get(CheckRun, check_id)
    if run is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "there is no check {check_id}"), check_id=check_id
        )
    rows = tuple(stored_rows(session, run.id))
    return CheckResult(
        run.id,
        run.category_key,
        run.file_name,
        rows,
        counts_of(run.counts_json),
        sent_at=run.sent_at,
        row_count=run.row_count,
        opt_out_lines=sum(1 for row in rows if row.opt_out_line),
        kept_at=run.created_at,
    )


def last_kept_check(session: Session) -> CheckResult | None:
    """The latest kept check with its rows, or None when no check was kept."""
    latest = session.scalar(select(CheckRun.id).order_by(CheckRun.id.desc()).limit(1))
    return None if latest is None else kept_check(session, latest)


def read_last_kept(database: Database, _control: object = None) -> CheckResult | None:
    """`last_kept_check` in its own read-only Session (a window's job, off its GUI thread)."""
    with database.reading() as session:
        return last_kept_check(session)


def read_kept_checks(database: Database, _control: object = None) -> list[KeptCheck]:
    """`kept_checks` in its own read-only Session (a window's job)."""
    with database.reading() as session:
        return kept_checks(session)


def read_kept(database: Database, check_id: int, _control: object = None) -> CheckResult:
    """`kept_check` in its own read-only Session (a window's job)."""
    with database.reading() as session:
        return kept_check(session, check_id)
