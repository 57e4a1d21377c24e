"""The files a check writes: the full report and the list of who may be sent to."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from optin_desk.documents.csv_out import write_csv
from optin_desk.domain.check import Verdict
from optin_desk.services.check import CheckedRow
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
        raise InputError(f"could not write {path}: {error.strerror or error}") from error


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
        raise InputError(f"could not write {path}: {error.strerror or error}") from error
