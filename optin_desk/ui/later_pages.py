"""The pages the window builds when they are first shown (not at start: nobody typing in a
sign-up waits for the charts, the PDF view or the list readers they import)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from optin_desk.ui.context import UiContext


def build_page(key: str, context: UiContext) -> QWidget:
    """A new page for `key` (one of `ui.navigation.PAGES` not built at start)."""
    if key == "opt-outs":
        from optin_desk.ui.optout_page import OptOutsPage

        return OptOutsPage(context)
    if key == "check-list":
        from optin_desk.ui.check_page import CheckPage

        return CheckPage(context)
    if key == "forms":
        from optin_desk.ui.forms_page import FormsPage

        return FormsPage(context)
    if key == "settings":
        from optin_desk.ui.settings_page import SettingsPage

        settings = SettingsPage(context)
        settings.show_safety()  # the last backup and the ledger head, as they are now
        return settings
    if key == "quality":
        from optin_desk.ui.quality_page import QualityPage

        return QualityPage(context)
    raise ValueError(f"no page called {key}")
