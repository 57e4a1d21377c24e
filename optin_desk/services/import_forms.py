"""The forms of an import's opt-ins: a row signed on paper names its form's serial
(DESIGN.md rule 6), as a sign-up typed in at the desk does, or it is refused.

The serial column is optional (`serial`, `form serial`, `form number`, ...). A serial is read
as the Sign-ups page reads one: a form the shop printed links the row to the wording printed
on it; any other reference is kept as a form from another print run, with a note (an import
comes from elsewhere); a mistyped one, or one entered already for someone else, makes the
row invalid. The records are asked about every serial of the file at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.documents.columns import find_column, fold_header
from optin_desk.domain.consent import Action
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.serials import ReadSerial, SerialShape, read_serial
from optin_desk.services.consent import MAX_SERIAL, clean_text
from optin_desk.services.contacts import LOOKUP_CHUNK
from optin_desk.services.errors import InputError
from optin_desk.services.serial_check import signed_with
from optin_desk.storage.models import ConsentEvent, Contact, FormBatch, FormSerial, Wording

SERIAL_WORDS = (
    "serial",
    "form serial",
    "serial number",
    "serial no",
    "form number",
    "form no",
    "form id",
    "serie",
    "numero de serie",
    "seriennummer",
    "formularnummer",
    "numero de formulaire",
    "numero do formulario",
    "nomor seri",
)
PAPER_WORDS = frozenset({"paper", "papel", "papier", "papierformular", "kertas"})
"""Words of a method as another tool writes it (folded) that say the person signed on paper:
`paper_form`, `Paper form`, `papel`, `formulaire papier`, `formulir kertas`."""

NO_SERIAL_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "a paper-form opt-in names its form, and the file has no serial column: add one (serial) "
    "with the serial printed on each form",
)
NO_SERIAL = QT_TRANSLATE_NOOP(
    "Messages", "a paper-form opt-in names its form: fill in the serial printed on it"
)
MISTYPED = QT_TRANSLATE_NOOP(
    "Messages",
    "form serial {serial} looks like one of this shop's serials (XXXX-XXXX-C), mistyped: look "
    "at the form again",
)
TAKEN = QT_TRANSLATE_NOOP(
    "Messages", "form {serial} is already entered for another person (entry #{entry})"
)
TWICE = QT_TRANSLATE_NOOP("Messages", "form {serial} is on row {row} too, for another number")


class PrintedForm(NamedTuple):
    """The wording a form the shop printed carries."""

    wording_id: int
    wording_sha256: str


class FormVerdict(NamedTuple):
    """What a row's form says: the serial to keep ('' for none), and why the row is refused
    for want of one (`missing`) or invalid for the one it gives (`problem`)."""

    serial: str = ""
    missing: str = ""
    problem: str = ""


NO_FORM = FormVerdict()


def is_paper(method: str) -> bool:
    """True when another tool's method, as written, says the person signed on paper."""
    return bool(PAPER_WORDS & set(fold_header(method).split()))


def printed_forms(session: Session, serials: Iterable[str]) -> dict[str, PrintedForm]:
    """The serials among `serials` that the shop printed, with their forms' wording."""
    wanted = sorted(set(serials))
    found: dict[str, PrintedForm] = {}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        rows = session.execute(
            select(FormSerial.serial, Wording.id, Wording.sha256)
            .join(FormBatch, FormBatch.id == FormSerial.batch_id)
            .join(Wording, Wording.id == FormBatch.wording_id)
            .where(FormSerial.serial.in_(wanted[start : start + LOOKUP_CHUNK]))
        )
        found.update((serial, PrintedForm(w_id, sha)) for serial, w_id, sha in rows)
    return found


def _entered(session: Session, serials: Sequence[str]) -> dict[str, tuple[str, int]]:
    """Who signed each of `serials` already (their number, '' once erased) and the entry."""
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(serials), LOOKUP_CHUNK):
        rows = session.execute(
            signed_with(ConsentEvent.form_serial, Contact.phone_e164, func.min(ConsentEvent.id))
            .where(ConsentEvent.form_serial.in_(serials[start : start + LOOKUP_CHUNK]))
            .group_by(ConsentEvent.form_serial, Contact.phone_e164)
        )
        for serial, phone, entry in rows:
            if serial is not None and (serial not in found or entry < found[serial][1]):
                found[serial] = (phone or "", entry)
    return found


class FormSerials:
    """Judges the form of each opt-in row of one file (rows in file order)."""

    def __init__(
        self, session: Session, headers: Sequence[str], records: Sequence[list[str]]
    ) -> None:
        self.column = at = find_column(headers, SERIAL_WORDS)
        cells = {r[at].strip() for r in records if 0 <= at < len(r)} - {""}
        self._read: dict[str, ReadSerial | str] = {}
        for cell in cells:
            try:
                self._read[cell] = read_serial(clean_text(cell, MAX_SERIAL, "form serial"))
            except InputError as error:
                self._read[cell] = Said(error.text, error.n, **error.fields)
        read = [r for r in self._read.values() if isinstance(r, ReadSerial) and r.serial]
        self._printed = printed_forms(session, [r.serial for r in read])
        every = sorted({r.serial for r in read})
        self._entered = _entered(session, every) if every else {}
        self._first: dict[str, tuple[str, int]] = {}  # serial -> (number, row) in this file
        self._paper: dict[str, bool] = {}

    def judge(
        self, row: int, phone: str, action: Action, method: str, record: list[str]
    ) -> FormVerdict:
        """The form of one valid row (`row` counted from 1) of `phone`; opt-outs name none."""
        if action is not Action.OPT_IN:
            return NO_FORM
        paper = self._paper.get(method)
        if paper is None:
            paper = self._paper[method] = is_paper(method)
        at = self.column
        read = self._read.get(record[at].strip()) if 0 <= at < len(record) else None
        if read is None or (isinstance(read, ReadSerial) and not read.serial):
            if not paper:
                return NO_FORM
            return FormVerdict(missing=Said(NO_SERIAL if at >= 0 else NO_SERIAL_COLUMN))
        if not isinstance(read, ReadSerial):
            return FormVerdict(problem=read)
        serial = read.serial
        if read.shape is SerialShape.MISTYPED or (read.legacy and serial not in self._printed):
            return FormVerdict(problem=Said(MISTYPED, serial=serial))
        entered = self._entered.get(serial)
        if entered is not None and entered[0] != phone:
            return FormVerdict(problem=Said(TAKEN, serial=serial, entry=str(entered[1])))
        first = self._first.setdefault(serial, (phone, row))
        if first[0] != phone:
            return FormVerdict(problem=Said(TWICE, serial=serial, row=str(first[1])))
        return FormVerdict(serial)
