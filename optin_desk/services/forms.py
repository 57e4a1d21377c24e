"""Printing consent forms in serialised batches, and reading a returned form's serial."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.phones import example_from_abroad, example_mobile, format_for_people
from optin_desk.domain.printed_anchor import PrintedAnchor
from optin_desk.domain.serials import make_serial
from optin_desk.domain.when import canonical, local_display, utc_now
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
    Contact,
    FormBatch,
    FormSerial,
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


@dataclass(frozen=True)
class MadeBatch:
    """Forms written to a PDF and not yet recorded: their serials are used only once the
    batch is saved or printed (`record_batch`)."""

    serials: tuple[str, ...]
    language: str
    wording_id: int
    wording_version: int
    paper: str
    target: Path
    contact_id: int | None = None
    untranslated: tuple[str, ...] = ()


def make_forms(
    session: Session,
    request: PrintRequest,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    anchor: PrintedAnchor | None = None,
) -> MadeBatch | None:
    """Write the forms to `target`; record no batch and no serial (see `record_batch`).

    The PDF is written beside `target` first and moved there once it is whole; a cancelled
    or failed making leaves nothing. Returns None when cancelled.
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
    content = replace(content, anchor=anchor)  # the checkpoint in force, on every page
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
    session.commit()  # a wording version made for these forms is kept; no batch, no serial
    return MadeBatch(
        tuple(serials),
        language,
        wording.id,
        wording.version,
        paper,
        target,
        contact_id,
        untranslated_categories(session, language),
    )


def record_batch(session: Session, made: MadeBatch, by: str) -> PrintedBatch:
    """Record a batch made by `make_forms`, now saved or printed, with who made it; commit."""
    taken = session.scalar(
        select(func.count()).select_from(FormSerial).where(FormSerial.serial.in_(made.serials))
    )
    if taken:
        raise InputError("these forms were recorded already: make a new batch")
    batch = FormBatch(
        printed_at=canonical(utc_now()),
        printed_by=clean_name(by),
        count=len(made.serials),
        language=made.language,
        wording_id=made.wording_id,
        paper=made.paper,
        contact_id=made.contact_id,
    )
    session.add(batch)
    session.flush()
    session.add_all(FormSerial(serial=serial, batch_id=batch.id) for serial in made.serials)
    session.commit()
    return PrintedBatch(
        batch.id,
        made.serials,
        made.language,
        made.wording_version,
        made.paper,
        made.target,
        made.untranslated,
    )


def print_forms(
    session: Session,
    request: PrintRequest,
    target: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    anchor: PrintedAnchor | None = None,
) -> PrintedBatch | None:
    """Write the forms to `target` (saved where asked) and record the batch; commit.

    A cancelled or failed printing records nothing. Returns None when cancelled.
    """
    made = make_forms(session, request, target, progress, cancelled, anchor)
    if made is None:
        return None
    try:
        return record_batch(session, made, request.by)
    except Exception:
        target.unlink(missing_ok=True)
        raise


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
