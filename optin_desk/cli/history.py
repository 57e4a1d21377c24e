"""One event of a number's history as the `history` command prints it, in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from optin_desk.cli.labels import ACTIONS, METHODS, details, language_name, scope_words, word
from optin_desk.cli.words import translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from optin_desk.domain.consent import Category
    from optin_desk.services.contacts import EventView


def history_line(e: EventView, categories: Sequence[Category]) -> str:
    """What happened, to which kind of message (the shop's name for it), how, by whom and
    when it was recorded."""
    from optin_desk.domain.program_notes import note_in_words
    from optin_desk.domain.when import local_display

    extra = []
    if e.wording_version is not None:
        extra.append(
            translate("Cli", "{language} wording v{version}").format(
                language=language_name(e.wording_language or ""), version=e.wording_version
            )
        )
    if e.form_serial:
        extra.append(translate("Cli", "form {serial}").format(serial=e.form_serial))
    if e.voided_event_id:
        extra.append(
            translate("Cli", "voids event {event}: {reason}").format(
                event=e.voided_event_id, reason=e.reason
            )
        )
    elif e.reason:
        extra.append(translate("Cli", "reason: {reason}").format(reason=e.reason))
    if e.note:  # the program's own notes in it said in the language being spoken
        note = note_in_words(e.note, translate)
        extra.append(translate("Cli", "note: {note}").format(note=note))
    said_details = f" ({details(extra)})" if extra else ""
    voided = ""
    if e.voided_by_event_id:
        voided = translate("Cli", "  [VOIDED by {event}: {reason}]").format(
            event=e.voided_by_event_id, reason=e.void_reason
        )
    said = translate("Cli", "{action} {scope} ({method}), recorded by {who} on {when}").format(
        action=f"{word(ACTIONS[e.action]):<7}",
        scope=scope_words(e.scope, categories),
        method=word(METHODS[e.method]),
        who=e.recorded_by or "-",
        when=local_display(e.recorded_at),
    )
    return said + said_details + voided
