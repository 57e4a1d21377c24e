"""What the list check adds from the delivery reports: a warning on the rows whose number
WhatsApp could not deliver to (error 131026), the verdict itself unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache

from sqlalchemy.orm import Session

from optin_desk.domain.check import RowVerdict, day_text
from optin_desk.domain.deliveries import CodeTable, code_table, undeliverable_note
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.when import from_canonical
from optin_desk.resources import resource
from optin_desk.services.check_rows import CheckedBatch
from optin_desk.storage.delivery_queries import undeliverable_numbers


@lru_cache(maxsize=1)
def error_codes() -> CodeTable:
    """The table of error codes and what they mean (resources/deliveries/error_codes.json)."""
    with resource("deliveries", "error_codes.json").open(encoding="utf-8") as handle:
        return code_table(json.load(handle))


def warn_undeliverable(session: Session, batch: CheckedBatch) -> CheckedBatch:
    """The rows, those to numbers last seen undeliverable with the warning added."""
    marked = undeliverable_numbers(session, [phone for phone in batch.phones if phone])
    if not marked:
        return batch
    table = error_codes()
    notes = {
        phone: undeliverable_note(day_text(from_canonical(at)), table)
        for phone, at in marked.items()
    }
    warned: dict[tuple[int, str], RowVerdict] = {}  # rows that share a verdict and a note

    def with_note(outcome: RowVerdict, phone: str) -> RowVerdict:
        note = notes.get(phone)
        if note is None:
            return outcome
        key = (id(outcome), note)
        if key not in warned:
            said = Said(
                QT_TRANSLATE_NOOP("Messages", "{reason}; {note}"), reason=outcome.reason, note=note
            )
            warned[key] = replace(outcome, reason=said)
        return warned[key]

    outcomes = list(map(with_note, batch.outcomes, batch.phones))
    return replace(batch, outcomes=outcomes)
