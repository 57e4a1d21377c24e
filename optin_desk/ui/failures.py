"""A failure put into words for the page, once: the person's mistake, the records' trouble."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.verify_findings import RecordsChangedError
from optin_desk.services.errors import InputError, MissingResourceError, RecordsSayNo
from optin_desk.ui.words import said

if TYPE_CHECKING:  # SQLAlchemy loads after the window's first paint (ui.records_slot)
    from optin_desk.services.handle import Records, RecordsError


def database_problem(error: RecordsError, records: Records | None = None) -> str:
    """What a database failure means for the person at the counter, and what to do."""
    from optin_desk.services.handle import WINDOW_SENTENCES, Problem, describe_problem

    problem, detail = describe_problem(error, records)
    sentence = QCoreApplication.translate("RecordsProblem", WINDOW_SENTENCES[problem])
    return sentence % detail if problem is Problem.OTHER else sentence


def failure_words(error: BaseException, records: Records | None = None) -> str | None:
    """What went wrong, in words for the page; None for a failure nobody expected (a bug)."""
    from optin_desk.documents.bounded import ListError

    if isinstance(
        error, InputError | RecordsSayNo | MissingResourceError | ListError | RecordsChangedError
    ):
        return said(error)  # in the window's language, countries by name
    loaded = sys.modules.get("sqlalchemy.exc")  # no database error before SQLAlchemy loads
    if loaded is not None and isinstance(error, loaded.SQLAlchemyError):  # = RecordsError
        return database_problem(error, records)
    if isinstance(error, OSError):
        return str(error)
    return None
