"""Checking a recipient list: one verdict per row, with a reason a person understands.

WhatsApp's policy: check the opt-in record before sending; honour every opt-out; include an
opt-out option in the first marketing message, the first after a long gap, and messages to
unengaged people; do not message too often.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from optin_desk.domain.consent import (
    Category,
    CategoryKind,
    ConsentState,
    CurrentConsent,
    Method,
    scope_in_words,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP


class Verdict(StrEnum):
    """What may happen to one recipient of a broadcast."""

    SEND = "send"
    NO_CONSENT = "no_consent"
    OPTED_OUT = "opted_out"
    INVALID_NUMBER = "invalid_number"
    DUPLICATE = "duplicate"
    TOO_FREQUENT = "too_frequent"


@dataclass(frozen=True)
class CheckSettings:
    """The shop's rules for broadcasts (Settings)."""

    long_gap_days: int = 90
    unengaged_days: int = 180
    cap_messages: int = 2
    cap_days: int = 7


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """What the records say of one person on file, for the category being checked."""

    consent: CurrentConsent
    opted_in_keys: tuple[str, ...] = ()
    recent_marketing: int = 0
    recent_in_category: int = 0
    last_marketing_sent: datetime | None = None
    last_engaged: datetime | None = None
    erased_on: datetime | None = None


@dataclass(frozen=True, slots=True)
class RowVerdict:
    """The verdict for one row."""

    verdict: Verdict
    reason: str
    opt_out_line: bool = False


_NO_CONSENT = CurrentConsent(ConsentState.NONE)
_NOTHING_ON_FILE = RowVerdict(Verdict.NO_CONSENT, "no consent on file")

METHOD_WORDS: dict[Method, str] = {  # English; each marked so a front door can say it
    Method.PAPER_FORM: QT_TRANSLATE_NOOP("Messages", "paper form"),
    Method.IN_PERSON: QT_TRANSLATE_NOOP("Messages", "in person"),
    Method.PHONE_CALL: QT_TRANSLATE_NOOP("Messages", "phone call"),
    Method.IVR: QT_TRANSLATE_NOOP("Messages", "phone menu"),
    Method.WEBSITE: QT_TRANSLATE_NOOP("Messages", "the website"),
    Method.SMS: QT_TRANSLATE_NOOP("Messages", "SMS"),
    Method.EMAIL: QT_TRANSLATE_NOOP("Messages", "email"),
    Method.WHATSAPP_THREAD: QT_TRANSLATE_NOOP("Messages", "WhatsApp"),
    Method.POINT_OF_SALE: QT_TRANSLATE_NOOP("Messages", "the till"),
    Method.SIGNUP_FORM: QT_TRANSLATE_NOOP("Messages", "a sign-up form"),
    Method.CLICK_TO_WHATSAPP_AD: QT_TRANSLATE_NOOP("Messages", "a WhatsApp ad"),
    Method.IMPORT: QT_TRANSLATE_NOOP("Messages", "an import"),
    Method.WHATSAPP_REPLY: QT_TRANSLATE_NOOP("Messages", "WhatsApp"),
    Method.LETTER: QT_TRANSLATE_NOOP("Messages", "letter"),
    Method.WHATSAPP_STOP_BUTTON: QT_TRANSLATE_NOOP("Messages", "WhatsApp's stop button"),
    Method.OTHER: QT_TRANSLATE_NOOP("Messages", "another way"),
}


def day_text(moment: datetime) -> str:
    """A date as people write it: 3 Oct 2026."""
    return _day_text_of_hour(moment.replace(minute=0, second=0, microsecond=0))


@lru_cache(maxsize=8192)
def _day_text_of_hour(hour: datetime) -> str:
    local = hour.astimezone()  # a list repeats the same days: convert each hour once
    return f"{local.day} {local:%b %Y}"


def judge_row(
    phone: tuple[str | None, str | None],
    first_row_with_number: int | None,
    category: Category,
    person: PersonRecord | None,
    settings: CheckSettings,
    now: datetime,
) -> RowVerdict:
    """The one verdict of a row (DESIGN.md rule 7); `phone` is (E.164, None) or (None, why)."""
    if phone[0] is None:
        return RowVerdict(Verdict.INVALID_NUMBER, phone[1] or "not a phone number")
    if first_row_with_number is not None:
        return RowVerdict(Verdict.DUPLICATE, f"same number as row {first_row_with_number}")
    if person is not None and person.erased_on is not None:
        return RowVerdict(Verdict.OPTED_OUT, f"erased on request on {day_text(person.erased_on)}")
    consent = person.consent if person else _NO_CONSENT
    if consent.state is ConsentState.OPTED_OUT:
        when = f" on {day_text(consent.since)}" if consent.since else ""
        how = f" via {METHOD_WORDS[consent.method]}" if consent.method else ""
        return RowVerdict(
            Verdict.OPTED_OUT, f"opted out of {scope_in_words(consent.scope or '')}{when}{how}"
        )
    if consent.state is ConsentState.NONE:
        if person is None:
            return _NOTHING_ON_FILE
        if person.opted_in_keys:
            return RowVerdict(
                Verdict.NO_CONSENT, f"consent for {', '.join(person.opted_in_keys)} only"
            )
        return RowVerdict(Verdict.NO_CONSENT, "no consent on file")
    marketing = category.kind is CategoryKind.MARKETING
    assert person is not None
    if marketing and person.recent_marketing >= settings.cap_messages:
        what = category.key if person.recent_in_category == person.recent_marketing else "marketing"
        return RowVerdict(
            Verdict.TOO_FREQUENT,
            f"{person.recent_marketing} {what} messages in the last {settings.cap_days} days",
        )
    since = f" on {day_text(consent.since)}" if consent.since else ""
    how = f" ({METHOD_WORDS[consent.method]})" if consent.method else ""
    reason = f"opted in{since}{how}"
    if not marketing:
        return RowVerdict(Verdict.SEND, reason)
    why = opt_out_line_reason(person, settings, now)
    if why:
        return RowVerdict(Verdict.SEND, f"{reason}; add an opt-out option: {why}", True)
    return RowVerdict(Verdict.SEND, reason)


def opt_out_line_reason(person: PersonRecord, settings: CheckSettings, now: datetime) -> str:
    """Why a marketing message to this person must carry an opt-out option ('' if not)."""
    if person.last_marketing_sent is None:
        return "first marketing message"
    if now - person.last_marketing_sent > timedelta(days=settings.long_gap_days):
        return f"first after more than {settings.long_gap_days} days"
    if person.last_engaged is None or now - person.last_engaged > timedelta(
        days=settings.unengaged_days
    ):
        return f"nothing from or about them in {settings.unengaged_days} days"
    return ""


def default_check_category(categories: Sequence[Category]) -> str:
    """The kind of message a list is checked for unless staff choose: the first marketing one
    still in use (most broadcasts are offers), else the first in use ("" when none)."""
    active = [c for c in categories if not c.archived]
    marketing = [c for c in active if c.kind is CategoryKind.MARKETING]
    chosen = marketing or active
    return chosen[0].key if chosen else ""
