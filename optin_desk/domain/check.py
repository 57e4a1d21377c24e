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
    SCOPE_MARKETING,
    Category,
    CategoryKind,
    ConsentState,
    CurrentConsent,
    Method,
    scope_in_words,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said
from optin_desk.domain.phones import NOT_A_NUMBER as _NOT_A_NUMBER


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
    opted_in_to: tuple[str, ...] = ()
    """The categories they did opt in to (by their names), when none is this one."""
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
_NOTHING_ON_FILE = RowVerdict(
    Verdict.NO_CONSENT, Said(QT_TRANSLATE_NOOP("Messages", "no consent on file"))
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Messages", "Jan"),
    QT_TRANSLATE_NOOP("Messages", "Feb"),
    QT_TRANSLATE_NOOP("Messages", "Mar"),
    QT_TRANSLATE_NOOP("Messages", "Apr"),
    QT_TRANSLATE_NOOP("Messages", "May"),
    QT_TRANSLATE_NOOP("Messages", "Jun"),
    QT_TRANSLATE_NOOP("Messages", "Jul"),
    QT_TRANSLATE_NOOP("Messages", "Aug"),
    QT_TRANSLATE_NOOP("Messages", "Sep"),
    QT_TRANSLATE_NOOP("Messages", "Oct"),
    QT_TRANSLATE_NOOP("Messages", "Nov"),
    QT_TRANSLATE_NOOP("Messages", "Dec"),
)

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


_METHOD_SAID = {method: Said(words) for method, words in METHOD_WORDS.items()}


def day_text(moment: datetime) -> Said:
    """A date as people write it: 3 Oct 2026 (its month said in the shop's language where
    it is shown)."""
    return _day_text_of_hour(moment.replace(minute=0, second=0, microsecond=0))


@lru_cache(maxsize=8192)
def _day_text_of_hour(hour: datetime) -> Said:
    local = hour.astimezone()  # a list repeats the same days: convert each hour once
    return Said(
        QT_TRANSLATE_NOOP("Messages", "{day} {month} {year}"),
        day=local.day,
        month=Said(_MONTHS[local.month - 1]),
        year=local.year,
    )


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
        return RowVerdict(Verdict.INVALID_NUMBER, phone[1] or _NOT_A_NUMBER)
    if first_row_with_number is not None:
        return RowVerdict(
            Verdict.DUPLICATE,
            Said(
                QT_TRANSLATE_NOOP("Messages", "same number as row {row}"), row=first_row_with_number
            ),
        )
    if person is not None and person.erased_on is not None:
        return RowVerdict(
            Verdict.OPTED_OUT,
            Said(
                QT_TRANSLATE_NOOP("Messages", "erased on request on {day}"),
                day=day_text(person.erased_on),
            ),
        )
    consent = person.consent if person else _NO_CONSENT
    if consent.state is ConsentState.OPTED_OUT:
        return RowVerdict(Verdict.OPTED_OUT, _opted_out(consent, category))
    if consent.state is ConsentState.NONE:
        if person is None:
            return _NOTHING_ON_FILE
        if person.opted_in_to:
            return RowVerdict(
                Verdict.NO_CONSENT,
                Said(
                    QT_TRANSLATE_NOOP("Messages", "consent for {categories} only"),
                    categories=person.opted_in_to,
                ),
            )
        return _NOTHING_ON_FILE
    marketing = category.kind is CategoryKind.MARKETING
    assert person is not None
    if marketing and person.recent_marketing >= settings.cap_messages:
        in_category = person.recent_in_category == person.recent_marketing
        text = Plural.translate("Messages", "%n {what} message(s) in the last {days} days", None, 0)
        what = category.label if in_category else scope_in_words(SCOPE_MARKETING)
        return RowVerdict(
            Verdict.TOO_FREQUENT,
            Said(text, person.recent_marketing, what=what, days=settings.cap_days),
        )
    reason = _opted_in(consent)
    if not marketing:
        return RowVerdict(Verdict.SEND, reason)
    why = opt_out_line_reason(person, settings, now)
    if why:
        text = QT_TRANSLATE_NOOP("Messages", "{reason}; add an opt-out option: {why}")
        return RowVerdict(Verdict.SEND, Said(text, reason=reason, why=why), True)
    return RowVerdict(Verdict.SEND, reason)


def _opted_out(consent: CurrentConsent, category: Category) -> Said:
    """Why an opted-out row may not be sent to: what they opted out of (this category by its
    name), when, how."""
    scope = consent.scope or ""
    named = category.label if scope == category.key else ""
    return _opted_out_as(consent.since, consent.method, scope, named)


@lru_cache(maxsize=8192)
def _opted_out_as(
    since: datetime | None, method: Method | None, scope_key: str, named: str
) -> Said:
    """`_opted_out` of one day, method and scope (people share them: worked out once)."""
    scope = named or scope_in_words(scope_key)
    if since and method:
        text = QT_TRANSLATE_NOOP("Messages", "opted out of {scope} on {day} ({method})")
    elif since:
        text = QT_TRANSLATE_NOOP("Messages", "opted out of {scope} on {day}")
    elif method:
        text = QT_TRANSLATE_NOOP("Messages", "opted out of {scope} ({method})")
    else:
        text = QT_TRANSLATE_NOOP("Messages", "opted out of {scope}")
    return Said(text, -1, **_when_and_how(since, method), scope=scope)


def _opted_in(consent: CurrentConsent) -> Said:
    """Why a row may be sent to: when and how the person opted in."""
    return _opted_in_as(consent.since, consent.method)


@lru_cache(maxsize=8192)
def _opted_in_as(since: datetime | None, method: Method | None) -> Said:
    """`_opted_in` of one day and method (people share them: worked out once)."""
    if since and method:
        text = QT_TRANSLATE_NOOP("Messages", "opted in on {day} ({method})")
    elif since:
        text = QT_TRANSLATE_NOOP("Messages", "opted in on {day}")
    elif method:
        text = QT_TRANSLATE_NOOP("Messages", "opted in ({method})")
    else:
        text = QT_TRANSLATE_NOOP("Messages", "opted in")
    return Said(text, -1, **_when_and_how(since, method))


def _when_and_how(since: datetime | None, method: Method | None) -> dict[str, object]:
    """The day and the way, as the reasons' fields."""
    fields: dict[str, object] = {}
    if since:
        fields["day"] = day_text(since)
    if method:
        fields["method"] = _METHOD_SAID[method]
    return fields


def opt_out_line_reason(person: PersonRecord, settings: CheckSettings, now: datetime) -> str:
    """Why a marketing message to this person must carry an opt-out option ('' if not)."""
    if person.last_marketing_sent is None:
        return _FIRST_MESSAGE
    if now - person.last_marketing_sent > timedelta(days=settings.long_gap_days):
        return _days_said(
            QT_TRANSLATE_NOOP("Messages", "first after more than {days} days"),
            settings.long_gap_days,
        )
    if person.last_engaged is None or now - person.last_engaged > timedelta(
        days=settings.unengaged_days
    ):
        return _days_said(
            QT_TRANSLATE_NOOP("Messages", "nothing from or about them in {days} days"),
            settings.unengaged_days,
        )
    return ""


_FIRST_MESSAGE = Said(QT_TRANSLATE_NOOP("Messages", "first marketing message"))


@lru_cache(maxsize=64)
def _days_said(text: str, days: int) -> Said:
    return Said(text, days=days)


def default_check_category(categories: Sequence[Category]) -> str:
    """The kind of message a list is checked for unless staff choose: the first marketing one
    still in use (most broadcasts are offers), else the first in use ("" when none)."""
    active = [c for c in categories if not c.archived]
    marketing = [c for c in active if c.kind is CategoryKind.MARKETING]
    chosen = marketing or active
    return chosen[0].key if chosen else ""
