"""Reading a returned form's serial against the printed batches and the ledger.

The messages are sentences a person reads: each is a template marked for translation (context
"SerialCheck") with named fields, filled by `SerialCheck.message` or, in the window, after
translating `SerialCheck.template`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.consent import Action
from optin_desk.domain.program_notes import OTHER_PRINT_RUN, written
from optin_desk.domain.serials import SerialShape, read_serial
from optin_desk.domain.when import from_canonical, local_display
from optin_desk.services.handle import QT_TRANSLATE_NOOP
from optin_desk.storage.models import ConsentEvent, Contact, FormBatch, FormSerial, Wording

CONTEXT = "SerialCheck"
ELSEWHERE_NOTE = written(OTHER_PRINT_RUN)
"""Kept in the note of a sign-up whose serial the shop printed somewhere else (in English,
as always; shown in the reader's language through `domain.program_notes`)."""

MISTYPED = QT_TRANSLATE_NOOP(
    "SerialCheck",
    "{serial} is mistyped: its check symbol does not match; look at the form again",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "SerialCheck",
    "{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form "
    "again, or tick “Form from another print run” if the shop printed it elsewhere",
)
NEVER_PRINTED = QT_TRANSLATE_NOOP(
    "SerialCheck",
    "{serial} was never printed here: look at the form again, or tick “Form from another "
    "print run” if the shop printed it elsewhere",
)
ELSEWHERE = QT_TRANSLATE_NOOP(
    "SerialCheck",
    "{serial}: a form from another print run; kept as the form's reference, with a note",
)
USED = QT_TRANSLATE_NOOP(
    "SerialCheck", "form {serial} is already entered: {who}, signed {day} (entry #{entry})"
)
READY = QT_TRANSLATE_NOOP(
    "SerialCheck", "form {serial}: {language} wording v{version}, printed {day}"
)
NEEDED = QT_TRANSLATE_NOOP(
    "SerialCheck",
    "a paper form needs its serial: type the one printed at the top of the form (a form the "
    "shop printed elsewhere: type the number it carries and tick “Form from another print "
    "run”)",
)
ERASED_PERSON = QT_TRANSLATE_NOOP("SerialCheck", "an erased person")


class SerialVerdict(StrEnum):
    """What a serial typed at sign-up entry is."""

    NONE = "none"
    """No serial, for a sign-up not made on a paper form."""
    MISSING = "missing"
    """No serial for a paper form: refused (DESIGN.md rule 6)."""
    OTHER = "other"
    """Not one of the shop's serials (refused unless printed elsewhere)."""
    ELSEWHERE = "elsewhere"
    """Staff said the form comes from another print run: kept with a note."""
    READY = "ready"
    MISTYPED = "mistyped"
    UNKNOWN = "unknown"
    USED = "used"


@dataclass(frozen=True)
class SerialCheck:
    """A typed serial checked against the printed batches and the ledger."""

    verdict: SerialVerdict
    serial: str
    template: str = ""
    """The sentence to show, untranslated, with `{named}` fields (see `fields`)."""
    wording_id: int | None = None
    wording_sha256: str | None = None
    language: str = ""
    prefilled_phone: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The sentence in English (the window translates `template` first)."""
        return self.template.format(**self.fields)

    @property
    def usable(self) -> bool:
        """True when a sign-up may carry this serial."""
        return self.verdict in (SerialVerdict.NONE, SerialVerdict.ELSEWHERE, SerialVerdict.READY)


def check_serial(
    session: Session, typed: str, elsewhere: bool = False, paper: bool = False
) -> SerialCheck:
    """Tell apart a form of ours ready to enter, a mistyped serial, an unknown and a used one.

    A serial the shop never printed is refused unless `elsewhere` (staff say the form comes
    from another print run); a mistyped or already entered one is refused either way. No
    serial at all is refused for a `paper` form (its sign-up must name it) and is nothing to
    check otherwise.
    """
    read = read_serial(typed)
    if not read.serial:
        if paper:
            return SerialCheck(SerialVerdict.MISSING, "", NEEDED)
        return SerialCheck(SerialVerdict.NONE, "")
    fields = {"serial": read.serial}
    if read.shape is SerialShape.MISTYPED:
        return SerialCheck(SerialVerdict.MISTYPED, read.serial, MISTYPED, fields=fields)
    if read.shape is SerialShape.OTHER:
        if elsewhere:
            return _elsewhere(session, read.serial)
        return SerialCheck(SerialVerdict.OTHER, read.serial, NOT_OURS, fields=fields)
    found = session.execute(
        select(FormBatch, Wording)
        .join(FormSerial, FormSerial.batch_id == FormBatch.id)
        .join(Wording, Wording.id == FormBatch.wording_id)
        .where(FormSerial.serial == read.serial)
    ).first()
    if found is None and read.legacy:  # right only by the old check: most likely a typo
        return SerialCheck(SerialVerdict.MISTYPED, read.serial, MISTYPED, fields=fields)
    if found is None:
        if elsewhere:
            return _elsewhere(session, read.serial)
        return SerialCheck(SerialVerdict.UNKNOWN, read.serial, NEVER_PRINTED, fields=fields)
    batch, wording = found
    used = _use_of(session, read.serial)
    if used is not None:
        return used
    prefilled = ""
    if batch.contact_id is not None:
        prefilled = (
            session.scalar(select(Contact.phone_e164).where(Contact.id == batch.contact_id)) or ""
        )
    day = local_display(from_canonical(batch.printed_at))[:10]
    return SerialCheck(
        SerialVerdict.READY,
        read.serial,
        READY,
        wording.id,
        wording.sha256,
        wording.language,
        prefilled,
        fields={
            **fields,
            "language": wording.language,
            "version": str(wording.version),
            "day": day,
        },
    )


def _elsewhere(session: Session, serial: str) -> SerialCheck:
    """A form from another print run: usable unless its reference was entered already."""
    used = _use_of(session, serial)
    if used is not None:
        return used
    return SerialCheck(SerialVerdict.ELSEWHERE, serial, ELSEWHERE, fields={"serial": serial})


def _use_of(session: Session, serial: str) -> SerialCheck | None:
    """Who already signed in with this serial (a voided sign-up frees it), or None."""
    voider = aliased(ConsentEvent)
    row = session.execute(
        select(ConsentEvent.id, ConsentEvent.occurred_at, Contact.name, Contact.phone_e164)
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(
            ConsentEvent.form_serial == serial,
            ConsentEvent.action == Action.OPT_IN.value,
            voider.id.is_(None),
        )
        .order_by(ConsentEvent.id)
    ).first()
    if row is None:
        return None
    fields = {
        "serial": serial,
        "who": row.name or row.phone_e164 or ERASED_PERSON,
        "day": local_display(from_canonical(row.occurred_at))[:10],
        "entry": str(row.id),
    }
    return SerialCheck(SerialVerdict.USED, serial, USED, fields=fields)
