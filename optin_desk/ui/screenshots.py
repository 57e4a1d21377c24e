"""Render every page of the window to PNG, offscreen (for the README and for looking)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from optin_desk.storage.engine import Database


def render_pages(database: Database, target: Path) -> list[Path]:
    """One PNG per page (the setup page when the shop is new); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "screenshots.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(1200, 760)
        window.show()
        window.attach_database(database)
        app.processEvents()
        if window.setup_page is not None:
            path = target / "setup.png"
            window.grab().save(str(path))
            written.append(path)
        for index, (title, _) in enumerate(window.pages):
            window.show_page(index)
            if index == 1 and window.contacts_page is not None:
                window.contacts_page.table.selectRow(0)
            app.processEvents()
            path = target / f"{index + 1:02d}-{title.lower().replace(' ', '-')}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
