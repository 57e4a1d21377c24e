"""Saving a person's proof of consent from the window: a PDF (with its JSON proof beside it
when the signing key opens) or a JSON proof."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from optin_desk.services.proof_anchor import save_proof
from optin_desk.ui.context import UiContext


def save_proof_of(context: UiContext, parent: QWidget, phone: str) -> None:
    """Ask where, write the proof, and say where it went.

    No PIN is asked: when the owner PIN locks the signing key, the PDF carries the newest
    kept checkpoint covering the person's entries (or says plainly that none is signed)."""
    title = QCoreApplication.translate("ContactsPage", "Proof of consent")
    suggested = f"proof-of-consent-{phone.lstrip('+')}.pdf"
    target = context.dialogs.save_file(parent, title, suggested, "PDF (*.pdf);;JSON (*.json)")
    if target is None:
        return
    if target.suffix.lower() not in (".pdf", ".json"):
        target = target.with_suffix(".pdf")
    database = context.database
    saved = context.act(parent, title, lambda s: save_proof(s, database, phone, target))
    if saved is None:
        return
    head = saved.proof.ledger_head[:12]
    if saved.json_path is None or saved.json_path == target:
        context.status(
            QCoreApplication.translate(
                "ContactsPage", "Proof of consent saved to %s (ledger head %s…)"
            )
            % (target, head)
        )
    else:
        context.status(
            QCoreApplication.translate(
                "ContactsPage",
                "Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)",
            )
            % (target, saved.json_path, head)
        )
