"""The services the first pages call, imported (with SQLAlchemy) only when first called: the
window paints and is built before they load (ui.records_slot)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from optin_desk.services.consent import OptInRequest, Recorded
    from optin_desk.services.contacts import ContactStatus
    from optin_desk.services.directory_rows import ContactRow, PageCursor
    from optin_desk.services.handle import Session
    from optin_desk.services.profile_values import Profile
    from optin_desk.services.serial_check import SerialCheck


def load_profile(session: Session) -> Profile:
    """services.profile.load_profile."""
    from optin_desk.services.profile import load_profile as read

    return read(session)


def staff_names(session: Session) -> list[str]:
    """services.staff.staff_names."""
    from optin_desk.services.staff import staff_names as read

    return read(session)


def contact_page(session: Session, search: str, cursor: PageCursor | None) -> list[ContactRow]:
    """services.directory.contact_page."""
    from optin_desk.services.directory import contact_page as read

    return read(session, search, cursor)


def contact_status(session: Session, phone: str) -> ContactStatus:
    """services.contacts.contact_status."""
    from optin_desk.services.contacts import contact_status as read

    return read(session, phone)


def check_serial(session: Session, serial: str, elsewhere: bool, paper: bool) -> SerialCheck:
    """services.serial_check.check_serial."""
    from optin_desk.services.serial_check import check_serial as read

    return read(session, serial, elsewhere, paper)


def record_opt_in(session: Session, request: OptInRequest, evidence_dir: Path) -> Recorded:
    """services.consent.record_opt_in."""
    from optin_desk.services.consent import record_opt_in as record

    return record(session, request, evidence_dir)


def void_events(session: Session, ids: Sequence[int], reason: str, by: str) -> Recorded:
    """services.voids.void_events."""
    from optin_desk.services.voids import void_events as void

    return void(session, ids, reason, by)


def serial_words(check: SerialCheck) -> str:
    """A serial check's sentence in the window's language."""
    from optin_desk.services.serial_check import CONTEXT  # loaded: the check was made

    return QCoreApplication.translate(CONTEXT, check.template).format(**check.fields)
