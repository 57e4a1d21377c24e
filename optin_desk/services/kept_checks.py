"""Kept checks read back: the last one shown again, and their counts read defensively."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.services.check import CheckResult, stored_rows
from optin_desk.storage.database import Database
from optin_desk.storage.models import CheckRun


def counts_of(text: str) -> dict[str, int]:
    """A kept check's count of each verdict; none when the kept text is not such counts
    (edited outside the program): it is shown without them."""
    try:
        found = json.loads(text)
    except ValueError:  # JSON's own error, and a number too long to read
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        str(verdict): count
        for verdict, count in found.items()
        if type(count) is int and 0 <= count <= 10**9
    }


def last_kept_check(session: Session) -> CheckResult | None:
    """The latest kept check with its rows as they were judged then, or None when no check
    was kept (InputError when its rows cannot be read: `stored_rows`)."""
    run = session.scalars(select(CheckRun).order_by(CheckRun.id.desc()).limit(1)).first()
    if run is None:
        return None
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
    )


def read_last_kept(database: Database, _control: object = None) -> CheckResult | None:
    """`last_kept_check` in its own read-only Session (a window's job, off its GUI thread)."""
    with database.reading() as session:
        return last_kept_check(session)
