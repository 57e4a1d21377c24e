"""Consent rules: categories, scopes, methods, events, and folding events into current consent.

DESIGN.md, rules 1-4: the current consent of a contact for a category is the latest
non-voided event whose scope covers that category; an import never turns an opt-out back
into an opt-in; a marketing opt-out leaves service categories as they were.

"Latest" has two clocks: when the person gave their answer (`occurred_at`, or only the day
`occurred_on` when no time was written) and when it was recorded (the ledger's order, which
no computer clock can move). An opt-in undoes an opt-out only when it is later on both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said, WordedError
from optin_desk.domain.when import local_date


class CategoryKind(StrEnum):
    """Whether messages of a category are service (transactional) or marketing."""

    SERVICE = "service"
    MARKETING = "marketing"


class Action(StrEnum):
    """What a ledger event does."""

    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"
    VOID = "void"


class ConsentState(StrEnum):
    """The current consent of one contact for one category."""

    OPTED_IN = "opted_in"
    OPTED_OUT = "opted_out"
    NONE = "none"


class Method(StrEnum):
    """How a consent or an opt-out was given."""

    PAPER_FORM = "paper_form"
    IN_PERSON = "in_person"
    PHONE_CALL = "phone_call"
    IVR = "ivr"
    WEBSITE = "website"
    SMS = "sms"
    EMAIL = "email"
    WHATSAPP_THREAD = "whatsapp_thread"
    POINT_OF_SALE = "point_of_sale"
    SIGNUP_FORM = "signup_form"
    CLICK_TO_WHATSAPP_AD = "click_to_whatsapp_ad"
    IMPORT = "import"
    WHATSAPP_REPLY = "whatsapp_reply"
    LETTER = "letter"
    WHATSAPP_STOP_BUTTON = "whatsapp_stop_button"
    """WhatsApp's own "stop marketing messages" button (delivery error 131050)."""
    OTHER = "other"


OPT_IN_METHODS: frozenset[Method] = frozenset(
    {
        Method.PAPER_FORM,
        Method.IN_PERSON,
        Method.PHONE_CALL,
        Method.IVR,
        Method.WEBSITE,
        Method.SMS,
        Method.EMAIL,
        Method.WHATSAPP_THREAD,
        Method.POINT_OF_SALE,
        Method.SIGNUP_FORM,
        Method.CLICK_TO_WHATSAPP_AD,
        Method.IMPORT,
    }
)
"""Ways a person can opt in. A customer writing to the shop first is not one of them."""

OPT_OUT_METHODS: frozenset[Method] = frozenset(Method)
"""An opt-out is honoured however it arrives."""

FORM_METHODS: frozenset[Method] = frozenset({Method.PAPER_FORM})
"""Opt-ins signed on a form: each names its form's serial (DESIGN.md rule 6), so that an
auditor can find the signed paper."""
FORM_SERIAL_NEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "a paper-form opt-in names its form: give the serial printed at the top of the form (a "
    "form printed elsewhere: the number it carries, marked as from another print run)",
)


def lacks_form_serial(action: Action, method: Method, form_serial: str | None) -> bool:
    """True for an opt-in on a form that does not name the form's serial (rule 6 refuses it).

    Opt-outs and voids name no form: a void of a paper-form opt-in carries its method only."""
    return action is Action.OPT_IN and method in FORM_METHODS and not form_serial


SCOPE_MARKETING = "marketing"
SCOPE_ALL = "all"
_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True)
class Category:
    """A kind of message the shop sends."""

    key: str
    label: str
    kind: CategoryKind
    description: str = ""
    archived: bool = False


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category(
        "orders",
        "Order & payment updates",
        CategoryKind.SERVICE,
        "Confirmations of your orders and payments, and receipts.",
    ),
    Category(
        "delivery",
        "Delivery updates",
        CategoryKind.SERVICE,
        "When your order ships, where it is, and when it will arrive.",
    ),
    Category(
        "offers",
        "Offers & new products",
        CategoryKind.MARKETING,
        "Promotions, discounts and news about new products.",
    ),
)


def category_key_problem(key: str) -> str | None:
    """Why `key` cannot name a category, or None when it can."""
    if not _KEY_PATTERN.match(key):
        return (
            f"category key {key!r} must start with a letter and use only a-z, 0-9 and _ "
            "(at most 32 characters)"
        )
    if key in (SCOPE_MARKETING, SCOPE_ALL):
        return f"{key!r} is reserved for scopes; choose another category key"
    return None


def parse_category_spec(spec: str) -> Category:
    """Read `KEY=LABEL:KIND` (as on the command line) into a category."""
    key, sep, rest = spec.partition("=")
    label, sep2, kind = rest.rpartition(":")
    if not sep or not sep2 or not label.strip():
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing",
            ),
            spec=spec,
        )
    problem = category_key_problem(key.strip())
    if problem:
        raise ValueError(problem)
    try:
        category_kind = CategoryKind(kind.strip().lower())
    except ValueError:
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Messages", "category kind {kind!r} must be 'service' or 'marketing'"
            ),
            kind=kind,
        ) from None
    return Category(key.strip(), label.strip(), category_kind)


def scope_label(scope: str, categories: Iterable[Category]) -> str:
    """How people read a scope: "all messages", "all marketing", or the category's label."""
    if scope == SCOPE_ALL:
        return "all messages"
    if scope == SCOPE_MARKETING:
        return "all marketing"
    return next((c.label for c in categories if c.key == scope), scope)


def scope_covers(scope: str, category: Category) -> bool:
    """True when an event of `scope` speaks for `category`."""
    if scope == SCOPE_ALL:
        return True
    if scope == SCOPE_MARKETING:
        return category.kind is CategoryKind.MARKETING
    return scope == category.key


def scope_in_words(scope: str) -> str:
    """How a scope reads inside a sentence: all messages, marketing (said in the shop's
    language where it is shown), or a category by its key."""
    if scope == SCOPE_ALL:
        return Said(QT_TRANSLATE_NOOP("Messages", "all messages"))
    if scope == SCOPE_MARKETING:
        return Said(QT_TRANSLATE_NOOP("Messages", "marketing"))
    return scope


def scope_problem(scope: str, categories: Iterable[Category]) -> Said | None:
    """Why `scope` is not a scope of this shop, or None when it is."""
    if scope in (SCOPE_ALL, SCOPE_MARKETING):
        return None
    keys = [c.key for c in categories if not c.archived]
    if scope in keys:
        return None
    return Said(
        QT_TRANSLATE_NOOP("Messages", "unknown scope {scope!r}: use one of {known}"),
        scope=scope,
        known=(*keys, SCOPE_MARKETING, SCOPE_ALL),
    )


class LedgerEntry(NamedTuple):
    """The parts of a consent event that decide consent (no names, no numbers). Immutable,
    and a plain tuple: a frozen dataclass cost three times as much to make, paid once an event
    by bulk loads and by every read of many people's events."""

    event_id: int
    action: Action
    scope: str
    method: Method
    occurred_at: datetime
    voided_event_id: int | None = None
    occurred_on: date | None = None
    """The day alone, when the person's answer was written down without a time."""


@dataclass(frozen=True, slots=True)
class CurrentConsent:
    """Current consent for one category, with the event that set it."""

    state: ConsentState
    event_id: int | None = None
    since: datetime | None = None
    method: Method | None = None
    scope: str | None = None
    on_day: date | None = None
    """The day alone, when the event that set it was written down without a time."""


NO_CONSENT = CurrentConsent(ConsentState.NONE)


def _order_key(entry: LedgerEntry) -> tuple[datetime, int]:
    return (entry.occurred_at, entry.event_id)


def given_after(later: LedgerEntry, earlier: LedgerEntry) -> bool:
    """True when `later` was given after `earlier` on the clock of the person's answer.

    Two moments compare as moments (the same moment is not "after"). When either is only a
    day, the days compare; on the same day the one recorded later counts as later.
    """
    if later.occurred_on is None and earlier.occurred_on is None:
        return later.occurred_at > earlier.occurred_at
    later_day = later.occurred_on or local_date(later.occurred_at)
    earlier_day = earlier.occurred_on or local_date(earlier.occurred_at)
    if later_day != earlier_day:
        return later_day > earlier_day
    return later.event_id > earlier.event_id


def undoes(opt_in: LedgerEntry, opt_out: LedgerEntry) -> bool:
    """True when `opt_in` undoes `opt_out`: given after it AND recorded after it (rules 1-2).

    An import never undoes an opt-out: only staff recording the person's own new consent do.
    """
    return (
        opt_in.method is not Method.IMPORT
        and opt_in.event_id > opt_out.event_id
        and given_after(opt_in, opt_out)
    )


def voided_ids(entries: Iterable[LedgerEntry]) -> frozenset[int]:
    """Ids of the events that a void event cancels."""
    return frozenset(
        e.voided_event_id
        for e in entries
        if e.action is Action.VOID and e.voided_event_id is not None
    )


def _current(entry: LedgerEntry, state: ConsentState) -> CurrentConsent:
    return CurrentConsent(
        state, entry.event_id, entry.occurred_at, entry.method, entry.scope, entry.occurred_on
    )


def _fold_one(live: list[LedgerEntry], category: Category) -> CurrentConsent:
    covering = [e for e in live if scope_covers(e.scope, category)]
    opt_outs = [e for e in covering if e.action is Action.OPT_OUT]
    opt_ins = [e for e in covering if e.action is Action.OPT_IN]
    if not opt_outs:
        return (
            _current(max(opt_ins, key=_order_key), ConsentState.OPTED_IN) if opt_ins else NO_CONSENT
        )
    winners = [i for i in opt_ins if all(undoes(i, o) for o in opt_outs)]
    if winners:
        return _current(max(winners, key=_order_key), ConsentState.OPTED_IN)
    standing = [o for o in opt_outs if not any(undoes(i, o) for i in opt_ins)] or opt_outs
    return _current(max(standing, key=_order_key), ConsentState.OPTED_OUT)


def fold_consent(
    entries: Iterable[LedgerEntry], categories: Iterable[Category]
) -> dict[str, CurrentConsent]:
    """Current consent per category key from one contact's events (DESIGN.md rules 1-4).

    A person is opted in when some opt-in undoes every opt-out that covers the category (or
    there is no opt-out); otherwise any covering opt-out holds.
    """
    items = list(entries)
    cancelled = voided_ids(items)
    live = [e for e in items if e.action is not Action.VOID and e.event_id not in cancelled]
    if len(live) == 1:  # most people: one answer sets every category it covers, alone
        only = live[0]
        state = (
            ConsentState.OPTED_IN
            if only.action is Action.OPT_IN
            else ConsentState.OPTED_OUT
            if only.action is Action.OPT_OUT
            else None
        )
        if state is not None:
            current = _current(only, state)
            return {
                c.key: current if scope_covers(only.scope, c) else NO_CONSENT for c in categories
            }
    return {category.key: _fold_one(live, category) for category in categories}
