"""Sending an opt-out's confirmation from the counter: to the clipboard, or into WhatsApp."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from optin_desk.ui.context import UiContext
from optin_desk.ui.followup_panel import whatsapp_link


def copy_for_chat(context: UiContext, text: str) -> None:
    """Put the confirmation on the clipboard, to paste into the person's chat."""
    QGuiApplication.clipboard().setText(text)
    context.status(
        QCoreApplication.translate("OptOutsPage", "Confirmation copied: paste it into their chat")
    )


def open_chat(context: UiContext, phone: str, text: str, sender: str) -> None:
    """Open WhatsApp on the person's chat with the confirmation typed in."""
    context.dialogs.open_url(whatsapp_link(phone, text))
    if sender:
        said = QCoreApplication.translate("OptOutsPage", "Send it from the shop's number %s")
        context.status(said % sender)
