"""A contact's history in words: one timeline entry per ledger event (the Contacts page).

Dates read as written in the Arabic window; what people wrote or were sent (the confirmation,
their words, a reason) reads in the direction of its own language, whichever the window's: an
Arabic confirmation in a Spanish shop keeps its sentences in order (`ui.bidi`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.consent import Action
from optin_desk.domain.program_notes import note_in_words
from optin_desk.domain.when import local_display
from optin_desk.ui.bidi import in_own_direction, written
from optin_desk.ui.labels import ACTIONS, METHODS, label, language_name, scope_text

if TYPE_CHECKING:  # the services load SQLAlchemy: after the first paint, or when first used
    from optin_desk.services.contacts import EventView
    from optin_desk.services.profile_values import Profile


def describe_event(event: EventView, profile: Profile) -> str:
    """One timeline entry in words."""
    lines = [
        f"{written(local_display(event.occurred_at))} — {label(ACTIONS[event.action])}: "
        f"{scope_text(event.scope, profile.categories)} ({label(METHODS[event.method])})"
    ]
    details = []
    if event.wording_version is not None:
        details.append(
            QCoreApplication.translate("Timeline", "wording %s v%d")
            % (language_name(event.wording_language or ""), event.wording_version)
        )
    if event.form_serial:
        serial = written(event.form_serial)
        details.append(QCoreApplication.translate("Timeline", "form %s") % serial)
    if event.evidence_sha256:
        details.append(QCoreApplication.translate("Timeline", "scan on file"))
    details.append(
        QCoreApplication.translate("Timeline", "recorded %s by %s")
        % (written(local_display(event.recorded_at)), in_own_direction(event.recorded_by) or "—")
    )

    def more(text: str) -> None:
        lines.append("    " + text)

    more("; ".join(details))
    if event.action is Action.VOID:
        lines.append(
            "    "
            + QCoreApplication.translate("Timeline", "voids entry #%d: %s")
            % (event.voided_event_id, in_own_direction(event.reason))
        )
    elif event.reason:
        reason = in_own_direction(event.reason)
        lines.append("    " + QCoreApplication.translate("Timeline", "reason: %s") % reason)
    if event.customer_words:
        words = in_own_direction(event.customer_words)
        more(QCoreApplication.translate("Timeline", "their words: “%s”") % words)
    if event.note:
        note = note_in_words(event.note, QCoreApplication.translate)  # the program's in words
        lines.append("    " + QCoreApplication.translate("Timeline", "note: %s") % note)
    if event.confirmation_text:
        sent = in_own_direction(event.confirmation_text)
        more(QCoreApplication.translate("Timeline", "confirmation: %s") % sent)
    if event.voided_by_event_id:
        lines.append(
            "    "
            + QCoreApplication.translate("Timeline", "VOIDED (entry #%d): %s")
            % (event.voided_by_event_id, in_own_direction(event.void_reason))
        )
    return "\n".join(lines)
