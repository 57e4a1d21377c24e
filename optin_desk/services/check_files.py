"""The files a check writes: the full report and the list of who may be sent to."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.documents.csv_out import write_csv
from optin_desk.documents.lists import RecipientList
from optin_desk.domain.check import Verdict
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.check import CheckedRow, CheckResult, record_sent, run_check
from optin_desk.services.errors import InputError

REPORT_HEADER = ("row", "input", "name", "phone", "verdict", "reason", "opt_out_line")
ALLOWED_HEADER = ("name", "phone", "opt_out_line")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def write_report(path: Path, rows: Sequence[CheckedRow]) -> int:
    """Every row with its verdict and reason (UTF-8 with BOM, formulas neutralised)."""
    try:
        return write_csv(
            path,
            REPORT_HEADER,
            (
                (r.row, r.input, r.name, r.phone, r.verdict.value, r.reason, _yes(r.opt_out_line))
                for r in rows
            ),
            safe_columns=("phone", "verdict", "opt_out_line"),
        )
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {path}: {problem}"),
            path=path,
            problem=error.strerror or error,
        ) from error


def write_allowed(path: Path, rows: Sequence[CheckedRow]) -> int:
    """The `send` rows only, in input order, ready for a WhatsApp tool."""
    try:
        return write_csv(
            path,
            ALLOWED_HEADER,
            ((r.name, r.phone, _yes(r.opt_out_line)) for r in rows if r.verdict is Verdict.SEND),
            safe_columns=("phone", "opt_out_line"),
        )
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {path}: {problem}"),
            path=path,
            problem=error.strerror or error,
        ) from error


@dataclass(frozen=True)
class CheckOutputs:
    """Where a check's files go and whether its `send` rows are recorded as messaged."""

    report: Path | None = None
    allowed: Path | None = None
    record_sent: bool = False
    sent_at: datetime | None = None


def check_and_write(
    session: Session,
    recipients: RecipientList,
    category_key: str,
    file_sha256: str,
    by: str,
    outputs: CheckOutputs,
    keep: bool = True,
) -> tuple[CheckResult, int | None]:
    """Check a list, write its files, then keep the check (and the sends); commit once.

    Nothing is kept until every file was written: a report or allowed list that cannot be
    written leaves no check and no sends behind, and files written for a check that could
    not be kept are removed again. Returns the check and how many sends were recorded.
    """
    for target in (outputs.report, outputs.allowed):
        if target is not None and not target.resolve().parent.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "the folder of {target} does not exist"),
                target=target,
            )
    if outputs.record_sent and not keep:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "these records cannot be written: the sends cannot be recorded"
            )
        )
    result = run_check(session, recipients, category_key, file_sha256, by, commit=False, keep=keep)
    written: list[Path] = []
    try:
        if outputs.report is not None:
            write_report(outputs.report, result.rows)
            written.append(outputs.report)
        if outputs.allowed is not None:
            write_allowed(outputs.allowed, result.rows)
            written.append(outputs.allowed)
        if outputs.record_sent:
            return result, record_sent(session, result.check_id, outputs.sent_at)
        if keep:  # records that cannot be written: the verdicts are given, nothing is kept
            session.commit()
    except BaseException:
        session.rollback()
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return result, None
