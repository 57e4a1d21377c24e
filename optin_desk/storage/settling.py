"""Whether opening the records has anything to finish (services.records_open), asked cheaply.

Two indexed reads: a records key still kept in the settings (before 0017a), and a contact with
a number but no keyed hash yet (the partial index of 0017f holds the keyless contacts). When
neither is there, as on every start once done, nothing more is imported or read.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.storage.models import Contact, Setting

LEGACY_KEY_SETTING = "erasure.key"
"""Where the records key was kept before migration 0017a (services.records_key says more)."""


UNKEYED = Contact.contact_key.is_(None)
"""The contacts without a keyed number hash: what the partial index ix_contacts_unkeyed holds."""


def waiting_to_settle(session: Session) -> bool:
    """True when a key is still in the file or a contact with a number has no key yet."""
    legacy = session.scalar(select(Setting.key).where(Setting.key == LEGACY_KEY_SETTING))
    if legacy is not None:
        return True
    # the keyless contacts (0017f's partial index): any of them with a number is waiting
    keyless = session.scalars(select(Contact.phone_e164).where(UNKEYED))
    return any(phone is not None for phone in keyless)
