"""Blank consent forms the shop printed, for tests whose sign-ups come on paper.

A paper-form opt-in names the serial printed on its form (DESIGN.md rule 6): a test records
one the way a shop does, by printing a batch first and typing in a serial read off a form.
"""

from __future__ import annotations

from itertools import count
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.storage.engine import open_database
from optin_desk.storage.models import FormSerial
from tests.command_line import CommandLine

_printing = count(1)


def printed_serials(session: Session, folder: Path, forms: int = 1, by: str = "Kim") -> list[str]:
    """The serials of `forms` blank forms printed (saved in `folder`) and recorded as a batch."""
    target = folder / f"printed-forms-{next(_printing)}.pdf"
    printed = print_forms(session, PrintRequest(count=forms, by=by), target)
    assert printed is not None
    return list(printed.serials)


def printed_by_command(command_line: CommandLine, folder: Path, forms: int = 1) -> list[str]:
    """The same through `optin-desk forms`: the serials read off the forms it printed."""
    target = folder / f"printed-forms-{next(_printing)}.pdf"
    command_line("forms", "--count", str(forms), "--out", str(target))
    return newest_batch(str(command_line.db))


def newest_batch(db: str) -> list[str]:
    """The serials of the batch of forms printed last (as staff read them off the forms)."""
    database = open_database(db, create=False)
    try:
        with database.reading() as session:
            newest = select(func.max(FormSerial.batch_id)).scalar_subquery()
            serials = select(FormSerial.serial).where(FormSerial.batch_id == newest)
            return list(session.scalars(serials.order_by(FormSerial.serial)))
    finally:
        database.dispose()
