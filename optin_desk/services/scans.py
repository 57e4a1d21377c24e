"""The scan of a signed form: noted in the records by sha256, copied once all else passed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.when import canonical, utc_now
from optin_desk.services.errors import InputError
from optin_desk.storage.evidence import EvidenceError, read_evidence, store_evidence
from optin_desk.storage.models import Evidence


def note_evidence(session: Session, source: Path) -> str:
    """Hash a scan and note it in the records (the file is copied once all else passed)."""
    try:
        sha256, size = read_evidence(source)
    except EvidenceError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the evidence file {error}; choose the scan again"),
            error=error,
        ) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the evidence file could not be read: {error}"),
            error=error,
        ) from error
    if session.get(Evidence, sha256) is None:
        session.add(
            Evidence(
                sha256=sha256,
                original_name=source.name[:300],
                size=size,
                stored_at=canonical(utc_now()),
            )
        )
        session.flush()
    return sha256


def copy_evidence(source: Path, store: Path, sha256: str) -> bool:
    """Copy a noted scan into the store; whether this made a new copy."""
    try:
        return store_evidence(store, source, sha256)[1]
    except EvidenceError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the evidence file {error}"),
            error=error,
        ) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the evidence file could not be kept: {error}"),
            error=error,
        ) from error
