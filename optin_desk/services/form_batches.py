"""Printed batches of consent forms, with how many of each came back (the Forms page and
`optin-desk forms --batches`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.consent import Action
from optin_desk.domain.when import from_canonical, local_display
from optin_desk.storage.models import ConsentEvent, Contact, FormBatch, FormSerial, Wording


@dataclass(frozen=True)
class BatchView:
    """One printed batch with how many of its forms came back."""

    batch_id: int
    printed_at: str
    printed_by: str
    count: int
    language: str
    wording_version: int
    paper: str
    for_name: str
    returned: int

    @property
    def outstanding(self) -> int:
        """Forms printed and not yet entered."""
        return self.count - self.returned


def batch_views(session: Session) -> list[BatchView]:
    """Every printed batch, newest first, with returned and outstanding counts."""
    voider = aliased(ConsentEvent)
    used = (
        select(ConsentEvent.form_serial)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(ConsentEvent.action == Action.OPT_IN.value, voider.id.is_(None))
        .where(ConsentEvent.form_serial.is_not(None))
        .distinct()
        .subquery()
    )
    returned = (
        select(FormSerial.batch_id, func.count().label("returned"))
        .join(used, used.c.form_serial == FormSerial.serial)
        .group_by(FormSerial.batch_id)
        .subquery()
    )
    rows = session.execute(
        select(FormBatch, Wording.version, Contact.name, returned.c.returned)
        .join(Wording, Wording.id == FormBatch.wording_id)
        .outerjoin(Contact, Contact.id == FormBatch.contact_id)
        .outerjoin(returned, returned.c.batch_id == FormBatch.id)
        .order_by(FormBatch.id.desc())
    ).all()
    return [
        BatchView(
            batch.id,
            local_display(from_canonical(batch.printed_at)),
            batch.printed_by,
            batch.count,
            batch.language,
            version,
            batch.paper,
            name or "",
            back or 0,
        )
        for batch, version, name, back in rows
    ]
