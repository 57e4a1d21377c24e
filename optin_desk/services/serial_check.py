"""Reading a returned form's serial against the printed batches and the ledger.

The messages are sentences a person reads: each is a template marked for translation (context
"Messages") with named fields, said through `SerialCheck.said` in the language of the door
that shows it. The window judges a serial as it is typed and names its tick box; a serial
that `record_opt_in` refuses (which only a door without that check meets: the command line)
is said in the command line's words, which name the option (`SerialRefusedError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from optin_desk.domain.consent import Action
from optin_desk.domain.messages import Said
from optin_desk.domain.program_notes import OTHER_PRINT_RUN, written
from optin_desk.domain.serials import SerialShape, read_serial
from optin_desk.domain.when import from_canonical, local_display
from optin_desk.services.errors import InputError
from optin_desk.services.handle import QT_TRANSLATE_NOOP
from optin_desk.storage.models import ConsentEvent, Contact, FormBatch, FormSerial, Wording

CONTEXT = "Messages"
ELSEWHERE_NOTE = written(OTHER_PRINT_RUN)
"""Kept in the note of a sign-up whose serial the shop printed somewhere else (in English,
as always; shown in the reader's language through `domain.program_notes`)."""

MISTYPED = QT_TRANSLATE_NOOP(
    "Messages",
    "{serial} is mistyped: its check symbol does not match; look at the form again",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Messages",
    "{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form "
    "again, or tick “Form from another print run” if the shop printed it elsewhere",
)
NEVER_PRINTED = QT_TRANSLATE_NOOP(
    "Messages",
    "{serial} was never printed here: look at the form again, or tick “Form from another "
    "print run” if the shop printed it elsewhere",
)
ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages",
    "{serial}: a form from another print run; kept as the form's reference, with a note",
)
USED = QT_TRANSLATE_NOOP(
    "Messages", "form {serial} is already entered: {who}, signed {day} (entry #{entry})"
)
READY = QT_TRANSLATE_NOOP("Messages", "form {serial}: {language} wording v{version}, printed {day}")
NEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "a paper form needs its serial: type the one printed at the top of the form (a form the "
    "shop printed elsewhere: type the number it carries and tick “Form from another print "
    "run”)",
)
ERASED_PERSON = QT_TRANSLATE_NOOP("Messages", "an erased person")

COMMAND_LINE: Mapping[str, str] = {
    NOT_OURS: QT_TRANSLATE_NOOP(
        "Messages",
        "{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form "
        "again, or give --other-print-run if the shop printed it elsewhere",
    ),
    NEVER_PRINTED: QT_TRANSLATE_NOOP(
        "Messages",
        "{serial} was never printed here: look at the form again, or give --other-print-run "
        "if the shop printed it elsewhere",
    ),
}
"""The command line's words where the window's name its tick box: the command line names
its option instead."""


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
    fields: Mapping[str, object] = field(default_factory=dict)

    @property
    def said(self) -> Said:
        """The sentence, to be said in the language of the door that shows it."""
        return Said(self.template, -1, **self.fields)

    @property
    def message(self) -> str:
        """The sentence in English."""
        return str(self.said)

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


def signed_with(*columns: Any) -> Select[Any]:
    """`columns` of the sign-ups that hold their form (opt-ins not voided since: a voided
    sign-up frees its serial) and of the people who gave them; the caller names the serials."""
    voider = aliased(ConsentEvent)
    return (
        select(*columns)
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .outerjoin(voider, voider.voided_event_id == ConsentEvent.id)
        .where(ConsentEvent.action == Action.OPT_IN.value, voider.id.is_(None))
    )


def _use_of(session: Session, serial: str) -> SerialCheck | None:
    """Who already signed in with this serial, or None."""
    row = session.execute(
        signed_with(ConsentEvent.id, ConsentEvent.occurred_at, Contact.name, Contact.phone_e164)
        .where(ConsentEvent.form_serial == serial)
        .order_by(ConsentEvent.id)
    ).first()
    if row is None:
        return None
    fields: dict[str, object] = {
        "serial": serial,
        "who": row.name or row.phone_e164 or Said(ERASED_PERSON),
        "day": local_display(from_canonical(row.occurred_at))[:10],
        "entry": str(row.id),
    }
    return SerialCheck(SerialVerdict.USED, serial, USED, fields=fields)


class SerialRefusedError(InputError):
    """A serial a sign-up may not carry, said in the command line's words (`check` keeps
    what was found, for a door that says it its own way)."""

    def __init__(self, check: SerialCheck) -> None:
        super().__init__(COMMAND_LINE.get(check.template, check.template), -1, **check.fields)
        self.check = check
