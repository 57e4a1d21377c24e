"""Saving a check's rows as CSV: the whole report, or the allowed list for a WhatsApp tool."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from optin_desk.services.check_files import write_allowed, write_report
from optin_desk.services.check_rows import CheckedRow
from optin_desk.services.errors import InputError
from optin_desk.ui.context import UiContext
from optin_desk.ui.words import said

CSV_FILTER = "CSV (*.csv)"


def save_rows(
    context: UiContext,
    parent: QWidget,
    rows: Sequence[CheckedRow],
    title_and_name: tuple[str, str],
    allowed: bool,
) -> None:
    """Ask where, then write every row (or only the allowed ones) there; say how many."""
    title, suggested = title_and_name
    path = context.dialogs.save_file(parent, title, suggested, CSV_FILTER)
    if path is None:
        return
    try:
        # the report says each reason as the table shows it, in the window's language
        done = write_allowed(path, rows) if allowed else write_report(path, rows, said)
    except InputError as error:
        context.dialogs.show_error(parent, title, said(error))
        return
    wrote = QCoreApplication.translate("CheckPage", "Wrote %n rows to %1", "", done)
    context.status(wrote.replace("%1", str(path)))
