"""A sample consent form, for looking at before anything is printed or recorded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.services.errors import InputError
from optin_desk.services.forms import _content, default_paper
from optin_desk.services.profile import load_profile

SAMPLE_SERIAL = "SAMPLE"
"""What a sample page's QR code holds: no serial of the shop's ever reads so (the page itself
says SAMPLE in the form's language where a real form prints its serial)."""


def sample_form(session: Session, target: Path, language: str = "") -> Path:
    """Write one sample page in `language` (else the shop's) to `target`; records nothing."""
    from optin_desk.documents.form_pdf import FormPage, StatementTooLongError, build_forms

    profile = load_profile(session)
    content, _wording = _content(
        session, language or profile.language, default_paper(profile.country)
    )
    try:
        build_forms(target, content, [FormPage(SAMPLE_SERIAL, sample=True)])
    except StatementTooLongError as error:
        raise InputError(str(error)) from error
    return target
