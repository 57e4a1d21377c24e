"""The application icon, drawn for OptIn Desk, at every size it is bundled in."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from optin_desk.resources import resources_dir


def app_icon() -> QIcon:
    """The icon of the window and the taskbar (an empty icon when the files are missing)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("optin-desk-*.png")):
        icon.addFile(str(path))
    return icon
