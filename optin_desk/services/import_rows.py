"""How `import` reads a row of another tool's file: its columns, category, action and date,
and the reasons it gives about a row (the plan itself is `imports.plan_import`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from optin_desk.domain.check import METHOD_WORDS as METHOD_WORDS_SAID
from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Action,
    Category,
    ConsentState,
    CurrentConsent,
    scope_named,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said, WordedError
from optin_desk.domain.when import canonical, local_display, occurred_moment, parse_occurred

SCOPE_WORDS = ("scope", "category", "categories", "categoria", "kategorie", "categorie", "topic")
ACTION_WORDS = ("action", "consent", "status", "state", "estado", "aktion", "statut")
DATE_WORDS = ("date", "when", "time", "timestamp", "consent date", "fecha", "data", "datum")
METHOD_WORDS = ("method", "source", "channel", "metodo", "origen", "origem", "quelle", "canal")
NAME_WORDS = ("name", "full name", "nombre", "nome", "nom", "nama")
OPT_IN_WORDS = frozenset(
    {"opt_in", "opt-in", "optin", "opt in", "in", "subscribed", "yes", "granted", "agreed", "given"}
)
OPT_OUT_WORDS = frozenset(
    {
        "opt_out",
        "opt-out",
        "optout",
        "opt out",
        "out",
        "unsubscribed",
        "no",
        "revoked",
        "withdrawn",
        "stop",
        "stopped",
    }
)

When = tuple[datetime | None, date | None, str, str]
"""A written date read: the moment, the day alone (no time written), why it cannot be read
(blank when it can), and the moment's stored form (the text itself when it cannot be read)."""


def scope_of(value: str, categories: Sequence[Category]) -> str | None:
    """The scope a written category stands for (its key, its label, all, marketing), or None."""
    text = value.strip().casefold()
    if text in (SCOPE_ALL, SCOPE_MARKETING, "everything"):
        return SCOPE_ALL if text == "everything" else text
    for category in categories:
        if not category.archived and text in (category.key, category.label.casefold()):
            return category.key
    return None


def action_of(value: str) -> Action | None:
    """The action a written word stands for, or None."""
    text = value.strip().casefold()
    if text in OPT_IN_WORDS:
        return Action.OPT_IN
    if text in OPT_OUT_WORDS:
        return Action.OPT_OUT
    return None


def read_when(text: str, now: datetime) -> When:
    """The moment and day a written date stands for, or why it cannot be read."""
    try:
        occurred, day = occurred_moment(parse_occurred(text, now), now)
    except WordedError as error:  # kept worded, so each door says it in its own language
        return None, None, Said(error.text, error.n, **error.fields), text
    except ValueError as error:
        return None, None, str(error), text
    return occurred, day, "", canonical(occurred)


def undone_opt_out(
    before: dict[str, CurrentConsent], keys: Sequence[str], categories: Sequence[Category]
) -> str:
    """Why an opt-in of these categories would undo a standing opt-out ('' when it would not):
    the category by the shop's label, the way it was given in words."""
    for key in keys:
        current = before[key]
        if current.state is ConsentState.OPTED_OUT and current.since is not None:
            text = QT_TRANSLATE_NOOP(
                "Messages",
                "would undo the opt-out of {key} on {when} ({how}): an import never opts anyone"
                " back in; a new opt-in needs its own evidence",
            )
            how = Said(METHOD_WORDS_SAID[current.method]) if current.method else ""
            label = scope_named(key, categories)
            return Said(text, key=label, when=local_display(current.since), how=how)
    return ""


def same_consent(after: CurrentConsent, before: CurrentConsent) -> bool:
    """True when a row changes nothing a person reads: the same state, since the same time."""
    return (after.state, after.since, after.scope) == (before.state, before.since, before.scope)
