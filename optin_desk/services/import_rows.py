"""How `import` reads a row of another tool's file: its columns, category, action and date,
the reasons it gives about a row, and the plan's rows and outcomes (the plan itself is made
by `imports.plan_import`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Action,
    Category,
    ConsentState,
    CurrentConsent,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said, WordedError
from optin_desk.domain.when import canonical, local_display, occurred_moment, parse_occurred
from optin_desk.services.errors import InputError

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


def undone_opt_out(before: dict[str, CurrentConsent], keys: Sequence[str]) -> str:
    """Why an opt-in of these categories would undo a standing opt-out ('' when it would not)."""
    for key in keys:
        current = before[key]
        if current.state is ConsentState.OPTED_OUT and current.since is not None:
            text = QT_TRANSLATE_NOOP(
                "Messages",
                "would undo the opt-out of {key} on {when} ({how}): an import never opts anyone"
                " back in; a new opt-in needs its own evidence",
            )
            how = current.method.value if current.method else ""  # its code, as stored
            return Said(text, key=key, when=local_display(current.since), how=how)
    return ""


def same_consent(after: CurrentConsent, before: CurrentConsent) -> bool:
    """True when a row changes nothing a person reads: the same state, since the same time."""
    return (after.state, after.since, after.scope) == (before.state, before.since, before.scope)


class ImportOutcome(StrEnum):
    """What happens to one imported row."""

    ADD = "add"
    UNDOES_OPT_OUT = "undoes_opt_out"
    NO_CHANGE = "no_change"
    INVALID = "invalid"
    ERASED = "erased"
    NO_SERIAL = "no_serial"
    """A paper-form opt-in that names no form serial (DESIGN.md rule 6): refused."""


class ImportRow(NamedTuple):
    """One row of the file and what importing it does (an immutable plain row, cheap to
    make by the hundred thousand)."""

    row: int
    input: str
    phone: str
    name: str
    action: str
    scope: str
    occurred_at: str
    method: str
    outcome: ImportOutcome
    reason: str
    occurred_on: str | None = None
    """The day alone, when the file gives a date without a time."""
    serial: str = ""
    """The serial of the form an opt-in was signed on, read as the Sign-ups page reads one."""


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: every row with its outcome, and the counts."""

    rows: tuple[ImportRow, ...]

    def count(self, outcome: ImportOutcome) -> int:
        """How many rows have this outcome."""
        return sum(r.outcome is outcome for r in self.rows)

    def require_valid(self) -> None:
        """Refuse, naming the first invalid row, unless every row can be recorded or skipped."""
        invalid = [r for r in self.rows if r.outcome is ImportOutcome.INVALID]
        if not invalid:
            return
        if len(invalid) > 1:
            more = len(invalid) - 1
            text = Plural.translate(
                "Messages",
                "row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix"
                " the file (a dry run lists every row) or skip the invalid rows"
                " (--skip-invalid)",
                None,
                more,
            )
            raise InputError(text, more, row=invalid[0].row, reason=invalid[0].reason)
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "row {row}: {reason}; nothing was recorded: fix the file (a dry run lists"
                " every row) or skip the invalid rows (--skip-invalid)",
            ),
            row=invalid[0].row,
            reason=invalid[0].reason,
        )
