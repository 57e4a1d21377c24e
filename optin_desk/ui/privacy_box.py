"""The shop's privacy details in Settings: printed on every form, in the form's language."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from optin_desk.domain.phones import format_for_people
from optin_desk.domain.privacy import MAX_YEARS, MIN_YEARS, ShopPrivacy


class PrivacyBox(QGroupBox):
    """Who people contact, where the privacy notice is, and how long records are kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy (printed on every form)"), parent)
        self.whatsapp = QLineEdit()
        self.whatsapp.setPlaceholderText(self.tr("empty: the first WhatsApp number above"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        self.notice = QLineEdit()
        self.notice.setPlaceholderText(self.tr("a web address, or e.g. 'on the wall by the till'"))
        self.years = QSpinBox()
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setSuffix(self.tr(" years after an opt-out"))
        form = QFormLayout(self)
        form.addRow(self.tr("Contact W&hatsApp:"), self.whatsapp)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Privacy &notice is at:"), self.notice)
        form.addRow(self.tr("&Records kept:"), self.years)

    def load(self, privacy: ShopPrivacy, country: str) -> None:
        """Show the stored details."""
        self.whatsapp.setText(
            format_for_people(privacy.whatsapp, country) if privacy.whatsapp else ""
        )
        self.email.setText(privacy.email)
        self.notice.setText(privacy.notice)
        self.years.setValue(privacy.retention_years)

    def privacy(self) -> ShopPrivacy:
        """The details as typed."""
        return ShopPrivacy(
            self.whatsapp.text().strip(),
            self.email.text().strip(),
            self.notice.text().strip(),
            self.years.value(),
        )
