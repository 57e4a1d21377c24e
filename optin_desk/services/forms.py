"""Printing consent forms in serialised batches, and reading a returned form's serial."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.domain.consent import Action
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import example_from_abroad, example_mobile, format_for_people
from optin_desk.domain.serials import SerialShape, make_serial, read_serial
from optin_desk.domain.when import canonical, from_canonical, local_display, utc_now
from optin_desk.domain.wording import statement_blocks
from optin_desk.private_files import writing_privately
from optin_desk.services.contacts import clean_name, e164_or_error
from optin_desk.services.errors import InputError
from optin_desk.services.form_batches import BatchView as BatchView
from optin_desk.services.form_batches import batch_views as batch_views
from optin_desk.services.privacy import privacy_block
from optin_desk.services.profile import Profile, WordingVersion, current_wording, load_profile
from optin_desk.services.shop_texts import effective_template
from optin_desk.storage.category_texts import shop_categories_in
from optin_desk.storage.models import (
    ConsentEvent,
    Contact,
    FormBatch,
    FormSerial,
    Wording,
)

if TYPE_CHECKING:  # ReportLab loads only when something is printed
    from optin_desk.documents.form_pdf import FormContent

MAX_FORMS = 1000
PAPER_NAMES = ("a4", "letter")
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO"})
Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class _CancelledError(Exception):
    """Printing was cancelled before a page was made."""


def default_paper(country: str) -> str:
    """US Letter where it is the usual paper, A4 elsewhere."""
    return "letter" if country.upper() in LETTER_COUNTRIES else "a4"


@dataclass(frozen=True)
class PrintRequest:
    """A batch to print: how many, in which language, on which paper, for whom."""

    count: int = 1
    language: str = ""
    paper: str = ""
    by: str = ""
    for_phone: str = ""


@dataclass(frozen=True)
class PrintedBatch:
    """What was printed and recorded."""

    batch_id: int
    serials: tuple[str, ...]
    language: str
    wording_version: int
    paper: str
    target: Path
    untranslated: tuple[str, ...] = ()
    """Categories printed in the shop's language because they have no text in `language`."""


def _content(session: Session, language: str, paper: str) -> tuple[FormContent, WordingVersion]:
    from optin_desk.documents.fonts import unprintable_message
    from optin_desk.documents.form_pdf import FormContent

    profile = load_profile(session)
    wording = current_wording(session, language)
    template = effective_template(session, language)
    categories = shop_categories_in(session, language).categories
    blocks = tuple(statement_blocks(template, profile.name, categories))
    if "\n".join(b.text for b in blocks) != wording.text:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the form could not be laid out from the current wording; try again"
            )
        )
    privacy = privacy_block(session, language)
    for what, text in (
        ("The shop's name", profile.name),
        ("The address", profile.address),
        ("The privacy block", " ".join(privacy)),
    ):
        problem = unprintable_message(what, text)
        if problem:
            raise InputError(problem)
    content = FormContent(
        business=profile.name,
        address=profile.address,
        blocks=blocks,
        labels=form_labels(language),
        number_example=example_mobile(profile.country),
        language=language,
        wording_version=wording.version,
        wording_sha256=wording.sha256,
        printed_on=local_display(utc_now())[:10],
        paper=paper,
        privacy=privacy,
        international_example=example_from_abroad(profile.country),
    )
    return content, wording


def untranslated_categories(session: Session, language: str) -> tuple[str, ...]:
    """The labels (in the shop's language) of active categories with no text in `language`:
    a form in that language would print them in the shop's language."""
    return tuple(c.label for c in shop_categories_in(session, language).untranslated)


def _fresh_serials(session: Session, count: int) -> list[str]:
    """`count` serials never printed before."""
    chosen: dict[str, None] = {}
    while len(chosen) < count:
        wanted = [make_serial(secrets.randbelow(32**8)) for _ in range(count - len(chosen))]
        taken = set(session.scalars(select(FormSerial.serial).where(FormSerial.serial.in_(wanted))))
        chosen.update((s, None) for s in wanted if s not in taken)
    return list(chosen)


def print_forms(
    session: Session,
    request: PrintRequest,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintedBatch | None:
    """Write the forms to `target` and record the batch with its serials; commit.

    The PDF is written beside `target` first and recorded only once it is whole; a cancelled
    or failed printing records nothing. Returns None when cancelled.
    """
    profile = load_profile(session)
    if not 1 <= request.count <= MAX_FORMS:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "print between 1 and {most} forms at a time"),
            most=MAX_FORMS,
        )
    from optin_desk.documents.form_pdf import FormPage, StatementTooLongError, build_forms

    contact = None
    if request.for_phone:
        e164 = e164_or_error(session, request.for_phone)
        contact = session.scalars(select(Contact).where(Contact.phone_e164 == e164)).first()
        if contact is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Messages", "{for_phone} is not on file: a blank form will do"),
                for_phone=request.for_phone,
            )
    language = request.language or form_language(contact.language if contact else "", profile)
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "no forms in language {language!r}: use one of {known}"),
            language=language,
            known=known,
        )
    paper = (request.paper or default_paper(profile.country)).lower()
    if paper not in PAPER_NAMES:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "paper {paper!r} is not known: use a4 or letter"),
            paper=request.paper,
        )
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; choose another place"
            ),
            parent=target.parent,
        )
    content, wording = _content(session, language, paper)
    contact_id = None
    name = number = ""
    if contact is not None and contact.phone_e164:
        contact_id, name = contact.id, contact.name
        number = format_for_people(contact.phone_e164, profile.country)
    serials = _fresh_serials(session, request.count)
    pages = [FormPage(serial, name, number) for serial in serials]
    try:
        with writing_privately(target) as partial:  # owner-only; removed if anything fails
            if build_forms(partial, content, pages, progress, cancelled) == 0:
                raise _CancelledError
    except _CancelledError:
        return None
    except StatementTooLongError as error:
        raise InputError.of(error) from error
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {target}: {problem}"),
            target=target,
            problem=error.strerror or error,
        ) from error
    batch = FormBatch(
        printed_at=canonical(utc_now()),
        printed_by=clean_name(request.by),
        count=len(serials),
        language=language,
        wording_id=wording.id,
        paper=paper,
        contact_id=contact_id,
    )
    session.add(batch)
    session.flush()
    session.add_all(FormSerial(serial=serial, batch_id=batch.id) for serial in serials)
    try:
        session.commit()
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return PrintedBatch(
        batch.id,
        tuple(serials),
        language,
        wording.version,
        paper,
        target,
        untranslated_categories(session, language),
    )


def customer_language(session: Session, written: str) -> str:
    """The printable language of the customer with this number ("" when unknown)."""
    try:
        e164 = e164_or_error(session, written)
    except InputError:
        return ""
    language = session.scalar(select(Contact.language).where(Contact.phone_e164 == e164))
    return language if language in available_languages() else ""


def form_language(customer_language: str, profile: Profile) -> str:
    """The language of a form or proof for a customer: theirs when it is known and printable,
    else the shop's."""
    if customer_language in available_languages():
        return customer_language
    return profile.language


class SerialVerdict(StrEnum):
    """What a serial typed at sign-up entry is."""

    NONE = "none"
    OTHER = "other"
    READY = "ready"
    MISTYPED = "mistyped"
    UNKNOWN = "unknown"
    USED = "used"


@dataclass(frozen=True)
class SerialCheck:
    """A typed serial checked against the printed batches and the ledger."""

    verdict: SerialVerdict
    serial: str
    message: str
    wording_id: int | None = None
    wording_sha256: str | None = None
    language: str = ""
    prefilled_phone: str = ""

    @property
    def usable(self) -> bool:
        """True when a sign-up may carry this serial."""
        return self.verdict in (SerialVerdict.NONE, SerialVerdict.OTHER, SerialVerdict.READY)


def check_serial(session: Session, typed: str) -> SerialCheck:
    """Tell apart a form of ours ready to enter, a mistyped serial, an unknown and a used one."""
    read = read_serial(typed)
    if not read.serial:
        return SerialCheck(SerialVerdict.NONE, "", "")
    if read.shape is SerialShape.MISTYPED:
        return SerialCheck(SerialVerdict.MISTYPED, read.serial, read.message)
    if read.shape is SerialShape.OTHER:
        return SerialCheck(
            SerialVerdict.OTHER,
            read.serial,
            "not a serial printed by OptIn Desk: kept as the form's reference",
        )
    found = session.execute(
        select(FormBatch, Wording)
        .join(FormSerial, FormSerial.batch_id == FormBatch.id)
        .join(Wording, Wording.id == FormBatch.wording_id)
        .where(FormSerial.serial == read.serial)
    ).first()
    if found is None and read.legacy:  # right only by the old check: most likely a typo
        return SerialCheck(
            SerialVerdict.MISTYPED,
            read.serial,
            f"{read.serial} is mistyped: its check symbol does not match; look at the form again",
        )
    if found is None:
        return SerialCheck(
            SerialVerdict.UNKNOWN,
            read.serial,
            f"{read.serial} was never printed here: check the form, or leave the serial empty",
        )
    batch, wording = found
    used = _use_of(session, read.serial)
    if used is not None:
        return SerialCheck(SerialVerdict.USED, read.serial, used)
    prefilled = ""
    if batch.contact_id is not None:
        prefilled = (
            session.scalar(select(Contact.phone_e164).where(Contact.id == batch.contact_id)) or ""
        )
    return SerialCheck(
        SerialVerdict.READY,
        read.serial,
        f"form {read.serial}: {wording.language} wording v{wording.version}, printed "
        f"{local_display(from_canonical(batch.printed_at))[:10]}",
        wording.id,
        wording.sha256,
        wording.language,
        prefilled,
    )


def _use_of(session: Session, serial: str) -> str | None:
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
    who = row.name or row.phone_e164 or "an erased person"
    when = local_display(from_canonical(row.occurred_at))[:10]
    return f"form {serial} is already entered: {who}, signed {when} (entry #{row.id})"
