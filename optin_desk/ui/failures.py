"""A failure put into words for the page, once: the person's mistake, the records' trouble."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.verify_findings import LedgerHeadMissingError
from optin_desk.services.errors import InputError, MissingResourceError, RecordsSayNo
from optin_desk.services.handle import (
    WINDOW_SENTENCES,
    Problem,
    Records,
    RecordsError,
    describe_problem,
)


def database_problem(error: RecordsError, records: Records | None = None) -> str:
    """What a database failure means for the person at the counter, and what to do."""
    problem, detail = describe_problem(error, records)
    sentence = QCoreApplication.translate("RecordsProblem", WINDOW_SENTENCES[problem])
    return sentence % detail if problem is Problem.OTHER else sentence


def failure_words(error: BaseException, records: Records | None = None) -> str | None:
    """What went wrong, in words for the page; None for a failure nobody expected (a bug)."""
    from optin_desk.documents.bounded import ListError

    if isinstance(
        error, InputError | RecordsSayNo | MissingResourceError | ListError | LedgerHeadMissingError
    ):
        return str(error)
    if isinstance(error, RecordsError):
        return database_problem(error, records)
    if isinstance(error, OSError):
        return str(error)
    return None
