"""The words the command line prints for the records' codes: methods, states, verdicts.

Each is marked with `QT_TRANSLATE_NOOP("CliWords", ...)` where it is defined (so lupdate
extracts it) and translated where it is printed, with `word()`. Machine-readable outputs
(--json, CSV columns for tools) keep the codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from optin_desk.cli.words import translate
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
from optin_desk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "CliWords"

METHODS: Mapping[Method, str] = MappingProxyType(
    {
        Method.PAPER_FORM: QT_TRANSLATE_NOOP("CliWords", "paper form"),
        Method.IN_PERSON: QT_TRANSLATE_NOOP("CliWords", "in person"),
        Method.PHONE_CALL: QT_TRANSLATE_NOOP("CliWords", "phone call"),
        Method.IVR: QT_TRANSLATE_NOOP("CliWords", "phone menu (IVR)"),
        Method.WEBSITE: QT_TRANSLATE_NOOP("CliWords", "website"),
        Method.SMS: QT_TRANSLATE_NOOP("CliWords", "SMS"),
        Method.EMAIL: QT_TRANSLATE_NOOP("CliWords", "email"),
        Method.WHATSAPP_THREAD: QT_TRANSLATE_NOOP("CliWords", "in a WhatsApp chat"),
        Method.POINT_OF_SALE: QT_TRANSLATE_NOOP("CliWords", "at the till"),
        Method.SIGNUP_FORM: QT_TRANSLATE_NOOP("CliWords", "sign-up form"),
        Method.CLICK_TO_WHATSAPP_AD: QT_TRANSLATE_NOOP("CliWords", "click-to-WhatsApp ad"),
        Method.IMPORT: QT_TRANSLATE_NOOP("CliWords", "imported"),
        Method.WHATSAPP_REPLY: QT_TRANSLATE_NOOP("CliWords", "WhatsApp reply"),
        Method.LETTER: QT_TRANSLATE_NOOP("CliWords", "letter"),
        Method.WHATSAPP_STOP_BUTTON: QT_TRANSLATE_NOOP("CliWords", "WhatsApp's stop button"),
        Method.OTHER: QT_TRANSLATE_NOOP("CliWords", "other"),
    }
)

STATES: Mapping[ConsentState, str] = MappingProxyType(
    {
        ConsentState.OPTED_IN: QT_TRANSLATE_NOOP("CliWords", "opted in"),
        ConsentState.OPTED_OUT: QT_TRANSLATE_NOOP("CliWords", "opted out"),
        ConsentState.NONE: QT_TRANSLATE_NOOP("CliWords", "no consent"),
    }
)

ACTIONS: Mapping[Action, str] = MappingProxyType(
    {
        Action.OPT_IN: QT_TRANSLATE_NOOP("CliWords", "opt-in"),
        Action.OPT_OUT: QT_TRANSLATE_NOOP("CliWords", "opt-out"),
        Action.VOID: QT_TRANSLATE_NOOP("CliWords", "void"),
    }
)

KINDS: Mapping[CategoryKind, str] = MappingProxyType(
    {
        CategoryKind.SERVICE: QT_TRANSLATE_NOOP("CliWords", "service"),
        CategoryKind.MARKETING: QT_TRANSLATE_NOOP("CliWords", "marketing"),
    }
)

SCOPES: Mapping[str, str] = MappingProxyType(
    {
        SCOPE_ALL: QT_TRANSLATE_NOOP("CliWords", "all messages"),
        SCOPE_MARKETING: QT_TRANSLATE_NOOP("CliWords", "all marketing messages"),
    }
)
"""The scopes that are not one kind of message, in words."""

VERDICTS: Mapping[Verdict, str] = MappingProxyType(
    {
        Verdict.SEND: QT_TRANSLATE_NOOP("CliWords", "Send"),
        Verdict.NO_CONSENT: QT_TRANSLATE_NOOP("CliWords", "No consent"),
        Verdict.OPTED_OUT: QT_TRANSLATE_NOOP("CliWords", "Opted out"),
        Verdict.INVALID_NUMBER: QT_TRANSLATE_NOOP("CliWords", "Not a valid number"),
        Verdict.DUPLICATE: QT_TRANSLATE_NOOP("CliWords", "Duplicate"),
        Verdict.TOO_FREQUENT: QT_TRANSLATE_NOOP("CliWords", "Too soon again"),
    }
)


STATUSES: Mapping[str, str] = MappingProxyType(
    {
        "sent": QT_TRANSLATE_NOOP("CliWords", "sent"),
        "delivered": QT_TRANSLATE_NOOP("CliWords", "delivered"),
        "read": QT_TRANSLATE_NOOP("CliWords", "read"),
        "failed": QT_TRANSLATE_NOOP("CliWords", "failed"),
    }
)
"""Where a message got to (delivery Status values), in words."""

SENDER_STATUSES: Mapping[str, str] = MappingProxyType(
    {
        "connected": QT_TRANSLATE_NOOP("CliWords", "connected"),
        "flagged": QT_TRANSLATE_NOOP("CliWords", "flagged"),
        "restricted": QT_TRANSLATE_NOOP("CliWords", "restricted"),
    }
)
"""A sender number's status in WhatsApp Manager, in words."""

LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "en": QT_TRANSLATE_NOOP("CliWords", "English"),
        "es": QT_TRANSLATE_NOOP("CliWords", "Spanish"),
        "pt": QT_TRANSLATE_NOOP("CliWords", "Portuguese"),
        "fr": QT_TRANSLATE_NOOP("CliWords", "French"),
        "de": QT_TRANSLATE_NOOP("CliWords", "German"),
        "id": QT_TRANSLATE_NOOP("CliWords", "Indonesian"),
        "hi": QT_TRANSLATE_NOOP("CliWords", "Hindi"),
        "ar": QT_TRANSLATE_NOOP("CliWords", "Arabic"),
    }
)


def language_name(code: str) -> str:
    """A language's name in the language being spoken (the code itself when unknown)."""
    marked = LANGUAGE_NAMES.get(code)
    return word(marked) if marked else code


def status_count(status: str, n: int) -> str:
    """A count of messages that got to one delivery status, e.g. "3 delivered"."""
    counted = {
        "sent": translate("CliWords", "%n sent", None, n),
        "delivered": translate("CliWords", "%n delivered", None, n),
        "read": translate("CliWords", "%n read", None, n),
        "failed": translate("CliWords", "%n failed", None, n),
    }
    return counted.get(status, f"{n} {status}")


def word(marked: str) -> str:
    """One of the words above in the language being spoken."""
    return translate(CONTEXT, marked)


def scope_words(scope: str, categories: Iterable[Category]) -> str:
    """A scope as a person reads it: the shop's label for that kind of message, or all
    (marketing) messages in words; a key the shop does not have, as it is. The keys stay in
    --json and in CSV columns, for tools."""
    marked = SCOPES.get(scope)
    if marked:
        return word(marked)
    return next((c.label for c in categories if c.key == scope), scope)


def listed(items: Iterable[str]) -> str:
    """Items said one after the other, with the language's separator between them."""
    return translate("CliWords", ", ", "between the items of a list").join(items)


def details(items: Iterable[str]) -> str:
    """Details of one entry said one after the other ("a; b", Arabic "a؛ b")."""
    return translate("CliWords", "; ", "between the details of an entry").join(items)
