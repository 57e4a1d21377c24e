"""Where the shop keeps the records and who else receives them: Settings fields that feed
every proof of consent (ISO/IEC TS 27560 storage locations and third-party recipients)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from optin_desk.domain.privacy import MAX_PLACE, ShopPrivacy


class RecordKeepingBox(QGroupBox):
    """Two lines a proof of consent states; empty ones say the truth for a shop on WhatsApp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where records go (stated in every proof)"), parent)
        self.storage = QLineEdit()
        self.storage.setMaxLength(MAX_PLACE)
        self.storage.setPlaceholderText(self.tr("empty: this computer, or the shop's server"))
        self.recipients = QLineEdit()
        self.recipients.setMaxLength(MAX_PLACE)
        self.recipients.setPlaceholderText(
            self.tr("empty: Meta Platforms, as the provider of WhatsApp")
        )
        hint = QLabel(self.tr("Name every company that receives the numbers, separated by ';'."))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Records &kept at:"), self.storage)
        form.addRow(self.tr("Shared w&ith:"), self.recipients)
        form.addRow(hint)

    def load(self, privacy: ShopPrivacy) -> None:
        """Show the stored lines (empty when the shop kept the defaults)."""
        self.storage.setText(privacy.storage)
        self.recipients.setText(privacy.recipients)

    def apply(self, privacy: ShopPrivacy) -> ShopPrivacy:
        """`privacy` with the two lines as typed."""
        return replace(
            privacy,
            storage=self.storage.text().strip(),
            recipients=self.recipients.text().strip(),
        )
