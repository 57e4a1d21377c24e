"""What the list check adds from the delivery reports: a warning on the rows whose number
WhatsApp could not deliver to (error 131026), the verdict itself unchanged."""

from __future__ import annotations

import json
from functools import lru_cache

from sqlalchemy.orm import Session

from optin_desk.domain.check import day_text
from optin_desk.domain.deliveries import CodeTable, code_table, undeliverable_note
from optin_desk.domain.when import from_canonical
from optin_desk.resources import resource
from optin_desk.services.check_rows import CheckedRow
from optin_desk.storage.delivery_queries import undeliverable_numbers


@lru_cache(maxsize=1)
def error_codes() -> CodeTable:
    """The table of error codes and what they mean (resources/deliveries/error_codes.json)."""
    with resource("deliveries", "error_codes.json").open(encoding="utf-8") as handle:
        return code_table(json.load(handle))


def warn_undeliverable(session: Session, rows: list[CheckedRow]) -> list[CheckedRow]:
    """The rows, those to numbers last seen undeliverable with the warning added."""
    marked = undeliverable_numbers(session, [row.phone for row in rows if row.phone])
    if not marked:
        return rows
    table = error_codes()
    notes = {
        phone: undeliverable_note(day_text(from_canonical(at)), table)
        for phone, at in marked.items()
    }
    return [
        row._replace(reason=f"{row.reason}; {notes[row.phone]}") if row.phone in notes else row
        for row in rows
    ]
