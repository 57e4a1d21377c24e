"""What staff should hear about an opt-in or opt-out that was recorded, and the clock check.

Each note is `Said`: its English as a `str`, its marked words and fields kept, so the window
and the command line say it in the shop's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.domain.consent import ConsentState, CurrentConsent
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.when import CLOCK_TOLERANCE, from_canonical, local_display
from optin_desk.storage.models import ConsentEvent, LedgerHead


def clock_behind(session: Session, now: datetime) -> str | None:
    """Why the computer's clock looks wrong: it is behind the last recorded event, or None."""
    last = session.scalar(
        select(ConsentEvent.recorded_at).where(
            ConsentEvent.id == select(LedgerHead.last_event_id).scalar_subquery()
        )
    )
    if last is None or from_canonical(last) <= now + CLOCK_TOLERANCE:
        return None
    return Said(
        QT_TRANSLATE_NOOP(
            "Messages", "the computer's clock says {now}, but the last record was made at {last}"
        ),
        now=local_display(now),
        last=local_display(from_canonical(last)),
    )


def opt_in_warnings(behind: str | None, erased_on: date | None, held: Sequence[str]) -> list[str]:
    """Notes on an opt-in: a confirmed clock, a lifted erasure, opt-outs that still hold."""
    warnings: list[str] = []
    if behind:
        warnings.append(
            Said(QT_TRANSLATE_NOOP("Messages", "{behind}; recorded as confirmed"), behind=behind)
        )
    if erased_on is not None:
        warnings.append(
            Said(
                QT_TRANSLATE_NOOP("Messages", "this lifts the erasure on request of {day}"),
                day=f"{erased_on:%d %b %Y}",
            )
        )
    if held:
        warnings.append(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "they stay opted out of {kinds}: an opt-out given after this consent, "
                    "or recorded after it, holds",
                ),
                kinds=", ".join(held),
            )
        )
    return warnings


def opt_out_warnings(
    before: Mapping[str, CurrentConsent], covered: Sequence[str], behind: str | None
) -> tuple[str, ...]:
    """What staff should hear about an opt-out that was recorded (it is never refused)."""
    warnings: list[str] = []
    if covered and all(before[key].state is ConsentState.OPTED_OUT for key in covered):
        warnings.append(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "they were already opted out of this: recorded again, nothing changed",
                )
            )
        )
    if behind:
        warnings.append(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages", "{behind}: the opt-out holds all the same; set the clock right"
                ),
                behind=behind,
            )
        )
    return tuple(warnings)
