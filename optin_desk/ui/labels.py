"""The words the window shows for the records' values: methods, states, verdicts, scopes...

Every one is marked with `QT_TRANSLATE_NOOP("Labels", ...)` where it is defined, so Qt
Linguist (`pyside6-lupdate`) extracts it; `label()` translates it where it is shown. Pages take
their labels from here, never from each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.check import Verdict
from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Action,
    Category,
    CategoryKind,
    ConsentState,
    Method,
)
from optin_desk.domain.deliveries import Status
from optin_desk.domain.replies import ReplyKind
from optin_desk.ui.bidi import in_own_direction

if TYPE_CHECKING:
    from optin_desk.services.contacts import ContactStatus  # SQLAlchemy: not at start-up

if TYPE_CHECKING:  # PySide6's stub says it returns `object`; it returns the text itself

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
        """Mark `text` for translation under `context`."""

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Labels"


def label(text: str) -> str:
    """One of the labels below, in the language of the window."""
    return QCoreApplication.translate(CONTEXT, text)


METHODS: Mapping[Method, str] = {
    Method.PAPER_FORM: QT_TRANSLATE_NOOP("Labels", "Paper form"),
    Method.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Method.PHONE_CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    Method.IVR: QT_TRANSLATE_NOOP("Labels", "Phone menu (IVR)"),
    Method.WEBSITE: QT_TRANSLATE_NOOP("Labels", "Website"),
    Method.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Method.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    Method.WHATSAPP_THREAD: QT_TRANSLATE_NOOP("Labels", "In a WhatsApp chat"),
    Method.POINT_OF_SALE: QT_TRANSLATE_NOOP("Labels", "At the till / checkout"),
    Method.SIGNUP_FORM: QT_TRANSLATE_NOOP("Labels", "Sign-up form"),
    Method.CLICK_TO_WHATSAPP_AD: QT_TRANSLATE_NOOP("Labels", "Click-to-WhatsApp ad"),
    Method.IMPORT: QT_TRANSLATE_NOOP("Labels", "Imported"),
    Method.WHATSAPP_REPLY: QT_TRANSLATE_NOOP("Labels", "WhatsApp reply"),
    Method.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Method.WHATSAPP_STOP_BUTTON: QT_TRANSLATE_NOOP("Labels", "WhatsApp's stop button"),
    Method.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
ACTIONS: Mapping[Action, str] = {
    Action.OPT_IN: QT_TRANSLATE_NOOP("Labels", "Opted in"),
    Action.OPT_OUT: QT_TRANSLATE_NOOP("Labels", "Opted out"),
    Action.VOID: QT_TRANSLATE_NOOP("Labels", "Voided"),
}
STATES: Mapping[ConsentState, str] = {
    ConsentState.OPTED_IN: QT_TRANSLATE_NOOP("Labels", "opted in"),
    ConsentState.OPTED_OUT: QT_TRANSLATE_NOOP("Labels", "opted out"),
    ConsentState.NONE: QT_TRANSLATE_NOOP("Labels", "no consent"),
}
STATE_MARKS: Mapping[ConsentState, str] = {
    ConsentState.OPTED_IN: QT_TRANSLATE_NOOP("Labels", "✓ opted in"),
    ConsentState.OPTED_OUT: QT_TRANSLATE_NOOP("Labels", "✗ opted out"),
    ConsentState.NONE: QT_TRANSLATE_NOOP("Labels", "– none"),
}
"""A contact's state in the contacts table, with a mark that reads without colour."""
VERDICTS: Mapping[Verdict, str] = {
    Verdict.SEND: QT_TRANSLATE_NOOP("Labels", "Send"),
    Verdict.NO_CONSENT: QT_TRANSLATE_NOOP("Labels", "No consent"),
    Verdict.OPTED_OUT: QT_TRANSLATE_NOOP("Labels", "Opted out"),
    Verdict.INVALID_NUMBER: QT_TRANSLATE_NOOP("Labels", "Not a valid number"),
    Verdict.DUPLICATE: QT_TRANSLATE_NOOP("Labels", "Duplicate"),
    Verdict.TOO_FREQUENT: QT_TRANSLATE_NOOP("Labels", "Too soon again"),
}
"""What the window calls each verdict (the report file keeps the codes, for other tools)."""
VERDICT_MEANINGS: Mapping[Verdict, str] = {
    Verdict.SEND: QT_TRANSLATE_NOOP("Labels", "They agreed to this kind of message: send."),
    Verdict.NO_CONSENT: QT_TRANSLATE_NOOP(
        "Labels", "No opt-in to this kind of message is on file: do not send."
    ),
    Verdict.OPTED_OUT: QT_TRANSLATE_NOOP("Labels", "They opted out: never send."),
    Verdict.INVALID_NUMBER: QT_TRANSLATE_NOOP(
        "Labels", "This is not a WhatsApp number that can be reached: see the reason."
    ),
    Verdict.DUPLICATE: QT_TRANSLATE_NOOP(
        "Labels", "The same person is higher up the list: they get one message."
    ),
    Verdict.TOO_FREQUENT: QT_TRANSLATE_NOOP(
        "Labels", "They had as many marketing messages as the cap allows lately: wait."
    ),
}
"""One line per verdict, shown as its tooltip."""
OPT_OUT_OPTION = QT_TRANSLATE_NOOP("Labels", "Opt-out option needed")
OPT_OUT_OPTION_WHY = QT_TRANSLATE_NOOP(
    "Labels",
    "This marketing message must tell them how to stop (e.g. 'Reply STOP to opt out'): it is "
    "their first marketing message, the first after a long gap, or they have not answered "
    "for a long time (Settings, Broadcast rules).",
)
"""The Check list's flag on a marketing row, and why."""
DELIVERY_STATUSES: Mapping[Status, str] = {
    Status.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    Status.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
    Status.READ: QT_TRANSLATE_NOOP("Labels", "Read"),
    Status.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
}
"""Where a message got to, as a delivery report says."""
KINDS: Mapping[CategoryKind, str] = {
    CategoryKind.SERVICE: QT_TRANSLATE_NOOP("Labels", "service"),
    CategoryKind.MARKETING: QT_TRANSLATE_NOOP("Labels", "marketing"),
}
SCOPES: Mapping[str, str] = {
    SCOPE_ALL: QT_TRANSLATE_NOOP("Labels", "all messages"),
    SCOPE_MARKETING: QT_TRANSLATE_NOOP("Labels", "all marketing"),
}
READINGS: Mapping[ReplyKind, str] = {
    ReplyKind.OPT_OUT: QT_TRANSLATE_NOOP("Labels", "Opt-out"),
    ReplyKind.MAYBE_OPT_OUT: QT_TRANSLATE_NOOP("Labels", "A person decides"),
    ReplyKind.OPT_IN_REQUEST: QT_TRANSLATE_NOOP("Labels", "Opt-in request"),
    ReplyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Nothing to record"),
}
"""How a reply was read."""
OPT_OUT_REASONS = (
    QT_TRANSLATE_NOOP("Labels", "Too many messages"),
    QT_TRANSLATE_NOOP("Labels", "Not relevant to me"),
    QT_TRANSLATE_NOOP("Labels", "I never signed up"),
    QT_TRANSLATE_NOOP("Labels", "Changed my mind"),
)
"""Offered when an opt-out is logged; the record keeps the English words."""
OTHER_REASON = QT_TRANSLATE_NOOP("Labels", "Other…")
PAPERS = (
    (QT_TRANSLATE_NOOP("Labels", "A4"), "a4"),
    (QT_TRANSLATE_NOOP("Labels", "US Letter"), "letter"),
)
CATEGORY_COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "Key"),
    QT_TRANSLATE_NOOP("Labels", "Label"),
    QT_TRANSLATE_NOOP("Labels", "Kind"),
    QT_TRANSLATE_NOOP("Labels", "Description"),
    QT_TRANSLATE_NOOP("Labels", "Archived"),
)
CHECK_COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "Row"),
    QT_TRANSLATE_NOOP("Labels", "As written"),
    QT_TRANSLATE_NOOP("Labels", "Name"),
    QT_TRANSLATE_NOOP("Labels", "WhatsApp number"),
    QT_TRANSLATE_NOOP("Labels", "Verdict"),
    QT_TRANSLATE_NOOP("Labels", "Reason"),
    QT_TRANSLATE_NOOP("Labels", "Opt-out option"),
)


def scope_text(scope: str, categories: Iterable[Category]) -> str:
    """How people read a scope: all messages, all marketing, or the category's own label."""
    if scope in SCOPES:
        return label(SCOPES[scope])
    return next((c.label for c in categories if c.key == scope), scope)


def language_name(code: str) -> str:
    """A wording language by its own name ("Español"); the code if no wording has it."""
    from optin_desk.documents.templates import available_languages, language_template

    return language_template(code).name if code in available_languages() else code


def category_choice(category: Category) -> str:
    """A category in a list to choose from: its label and its kind."""
    return f"{category.label} ({label(KINDS[category.kind])})"


def category_box_text(index: int, category: Category) -> str:
    """A category's tick box on the Sign-ups page: its Alt+number shortcut, label and kind."""
    prefix = f"Alt+{index}  " if index < 10 else ""
    shown = category_choice(category).replace("&", "&&")  # a lone & would be a mnemonic
    return f"{prefix}{shown}"


def scope_labels(scopes: Iterable[str], categories: Iterable[Category]) -> str:
    """The labels of the categories `scopes` names (a key without one, as it is)."""
    names = {c.key: c.label for c in categories}
    return ", ".join(names.get(s, s) for s in scopes)


def consent_summary(status: ContactStatus) -> str:
    """A person's current consent per category, without their name."""
    return "; ".join(
        f"{c.label}: {label(STATES[status.state_of(c.key)])}"
        for c in status.categories
        if not c.archived
    )


def person_name(name: str) -> str:
    """A person's name as the window shows it beside other words: in its own script's
    direction (an Arabic name before a number in a Spanish window keeps the number's groups
    in order), or "(no name)" in the window's language."""
    if not name:
        return QCoreApplication.translate("Labels", "(no name)")
    return in_own_direction(name)


def status_summary(status: ContactStatus) -> str:
    """One line: a person on file and their current consent per category."""
    name = person_name(status.name)
    return QCoreApplication.translate("Labels", "On file: %s — %s") % (
        name,
        consent_summary(status),
    )
