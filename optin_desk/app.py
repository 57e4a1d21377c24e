"""Composition root of the desktop app: one database, one sessionmaker, one main window."""

from __future__ import annotations

import sys


def run_app(db: str | None = None) -> int:
    """Open the main window on the chosen database and run until it closes."""
    from PySide6.QtWidgets import QApplication

    from optin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OptIn Desk")
    app.setOrganizationName("OptIn Desk")
    window = MainWindow()
    window.show()

    from optin_desk.storage.engine import open_database

    database = open_database(db)
    window.attach_database(database)
    try:
        return app.exec()
    finally:
        database.dispose()


def main() -> int:
    """Entry point of `python main.py`: the command line, which opens the window by default."""
    from optin_desk.cli import main as cli_main

    return cli_main()
