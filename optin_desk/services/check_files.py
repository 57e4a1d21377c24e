"""The files a check writes: the full report and the list of who may be sent to."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.documents.csv_out import Column, CsvRow, csv_column_writing, write_csv
from optin_desk.documents.list_types import ListBatch
from optin_desk.domain.check import Verdict
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.check import (
    CheckedRow,
    CheckJob,
    CheckResult,
    record_sent,
    run_check_batches,
)
from optin_desk.services.check_rows import CheckedBatch
from optin_desk.services.errors import InputError

REPORT_HEADER = ("row", "input", "name", "phone", "verdict", "reason", "opt_out_line")
ALLOWED_HEADER = ("name", "phone", "opt_out_line")
STREAM_BATCH = 100_000  # rows read, judged and written at a time by a streamed check


_YES_NO = ("no", "yes")
_VALUES = {verdict: verdict.value for verdict in Verdict}


Say = Callable[[str], str]
"""How a reason is said in the shop's language (None: as it is, in English)."""


def _said(say: Say | None) -> Say:
    """`say` asked once for each distinct reason (a list's reasons repeat)."""
    if say is None:
        return str
    known: dict[str, str] = {}

    def said(reason: str) -> str:
        found = known.get(reason)
        if found is None:
            found = known[reason] = say(reason)
        return found

    return said


def _report_cells(rows: Iterable[CheckedRow], say: Say | None = None) -> list[CsvRow]:
    yes_no, said = _YES_NO, _said(say)
    return [
        (row, written, name, phone, verdict.value, said(reason), yes_no[line])
        for row, written, name, phone, verdict, reason, line in rows
    ]


def _allowed_cells(rows: Iterable[CheckedRow]) -> list[CsvRow]:
    send = Verdict.SEND
    return [
        (name, phone, _YES_NO[line])
        for _, _, name, phone, verdict, _, line in rows
        if verdict is send
    ]


def _report_columns(batch: CheckedBatch, say: Say | None) -> list[Column]:
    """The report's cells of these rows, a column at a time (as `_report_cells`)."""
    outcomes, index = batch.distinct()
    verdicts = [outcome.verdict.value for outcome in outcomes]
    said = say or str
    reasons = [said(outcome.reason) for outcome in outcomes]
    lines = [_YES_NO[outcome.opt_out_line] for outcome in outcomes]
    return [
        batch.rows,
        batch.inputs,
        batch.names,
        batch.phones,
        list(map(verdicts.__getitem__, index)),
        list(map(reasons.__getitem__, index)),
        list(map(lines.__getitem__, index)),
    ]


def _allowed_columns(batch: CheckedBatch, _say: Say | None) -> list[Column]:
    """The allowed list's cells of these rows' `send` rows, a column at a time."""
    send = Verdict.SEND
    chosen = [at for at, outcome in enumerate(batch.outcomes) if outcome.verdict is send]
    names, phones, outcomes = batch.names, batch.phones, batch.outcomes
    return [
        [names[at] for at in chosen],
        [phones[at] for at in chosen],
        [_YES_NO[outcomes[at].opt_out_line] for at in chosen],
    ]


_REPORT = (REPORT_HEADER, ("row", "phone", "verdict", "opt_out_line"), _report_columns)
_ALLOWED = (ALLOWED_HEADER, ("phone", "opt_out_line"), _allowed_columns)
_Layout = tuple[
    tuple[str, ...], tuple[str, ...], Callable[[CheckedBatch, Say | None], list[Column]]
]


@contextmanager
def _not_written(path: Path) -> Iterator[None]:
    """A file that cannot be written, said in one line."""
    try:
        yield
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {path}: {problem}"),
            path=path,
            problem=error.strerror or error,
        ) from error


@contextmanager
def _csv_file(
    path: Path, layout: _Layout, say: Say | None
) -> Iterator[Callable[[CheckedBatch], None]]:
    """One of a check's files, written a batch of rows at a time; in place once the block ends
    without error, else removed. Only this file's own failures are worded as such."""
    header, safe, cells = layout
    failed_inside = False
    try:
        with csv_column_writing(path, header, safe) as write:

            def add(batch: CheckedBatch) -> None:
                with _not_written(path):
                    write(cells(batch, say))

            try:
                yield add
            except BaseException:
                failed_inside = True
                raise
    except OSError as error:
        if failed_inside:
            raise
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {path}: {problem}"),
            path=path,
            problem=error.strerror or error,
        ) from error


def write_report(path: Path, rows: Sequence[CheckedRow], say: Say | None = None) -> int:
    """Every row with its verdict and reason, the reasons through `say` (UTF-8 with BOM,
    formulas neutralised)."""
    with _not_written(path):
        return write_csv(path, REPORT_HEADER, _report_cells(rows, say), _REPORT[1])


def write_allowed(path: Path, rows: Sequence[CheckedRow]) -> int:
    """The `send` rows only, in input order, ready for a WhatsApp tool."""
    with _not_written(path):
        return write_csv(path, ALLOWED_HEADER, _allowed_cells(rows), _ALLOWED[1])


@dataclass(frozen=True)
class CheckOutputs:
    """Where a check's files go and whether its `send` rows are recorded as messaged."""

    report: Path | None = None
    allowed: Path | None = None
    record_sent: bool = False
    sent_at: datetime | None = None
    say: Say | None = None  # the reasons in the shop's language (None: English)


def check_and_write(
    session: Session,
    batches: Iterable[ListBatch],
    job: CheckJob,
    outputs: CheckOutputs,
    keep: bool = True,
) -> tuple[CheckResult, int | None]:
    """Check a list read a batch of rows at a time, writing its files as the verdicts come,
    then keep the check (and the sends); commit once.

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
    files: list[tuple[Path, _Layout]] = [
        (path, layout)
        for path, layout in ((outputs.report, _REPORT), (outputs.allowed, _ALLOWED))
        if path is not None
    ]
    written: list[Path] = []
    try:
        with ExitStack() as stack:
            writers = [
                stack.enter_context(_csv_file(path, layout, outputs.say)) for path, layout in files
            ]

            def sink(batch: CheckedBatch) -> None:
                for write in writers:
                    write(batch)

            result = run_check_batches(session, batches, job, sink, keep=keep)
        written = [path for path, _ in files]
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
