"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from optin_desk.storage.engine import Database


class MainWindow(QMainWindow):
    """The window shop staff work in."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("OptIn Desk"))
        self._database: Database | None = None
        self.statusBar().showMessage(self.tr("Opening the records…"))
        self.setCentralWidget(QLabel())
        self.resize(960, 640)

    def attach_database(self, database: Database) -> None:
        """Show the records of `database`."""
        self._database = database
        self.statusBar().showMessage(self.tr("Records: %s") % database.url.render_as_string())
