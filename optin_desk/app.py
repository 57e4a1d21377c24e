"""Composition root of the desktop app: one database, one sessionmaker, one main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optin_desk.services.handle import Records
    from optin_desk.ui.main_window import MainWindow


def open_in_window(window: MainWindow, db: str | None) -> Records | None:
    """Open the database (migrating it) and show it; say why in the window if it fails."""
    from PySide6.QtCore import QCoreApplication

    from optin_desk.services.errors import InputError
    from optin_desk.services.handle import (
        NetworkShareError,
        RecordsError,
        open_records,
        records_chosen,
    )
    from optin_desk.ui.failures import database_problem

    try:  # a new database only on the default location (the first run); never a typo's
        database = open_records(db, create=not records_chosen(db))
    except (NetworkShareError, InputError) as error:
        window.show_failure(str(error))
        return None
    except RecordsError as error:
        window.show_failure(database_problem(error))
        return None
    except (OSError, ValueError) as error:
        window.show_failure(
            QCoreApplication.translate(
                "MainWindow", "The records could not be opened: %s. Check the --db path."
            )
            % error
        )
        return None
    window.attach_database(database)
    return database


def first_look_in_window(window: MainWindow, db: str | None) -> bool:
    """Show the records as the driver reads them and open them fully in the background; False
    when they need the normal way (a server, an upgrade, a new shop: services.first_look)."""
    from optin_desk.services.first_look import take_first_look

    look = take_first_look(db)
    if look is None:
        return False

    def opening() -> Records:  # in the background thread: SQLAlchemy, the services
        from optin_desk.services.handle import open_records, records_chosen

        return open_records(db, create=not records_chosen(db))

    window.attach_first_look(look, opening)
    return True


def log_file() -> Path:
    """Where the desktop app writes what went wrong (the user log folder)."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir("OptIn Desk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "optin-desk.log"


def _report_unexpected(window: MainWindow) -> None:
    """Unexpected errors go to the log and to a message; never a traceback in the window."""
    import traceback

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        path = log_file()
        with path.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(kind, error, trace)))
        summary = f"{kind.__name__}: {error}"
        from optin_desk.services.handle import SERVER_PROBLEMS, RecordsError, describe_problem

        if isinstance(error, RecordsError) and describe_problem(error)[0] in SERVER_PROBLEMS:
            from optin_desk.ui.failures import database_problem  # a page read; the server left

            summary = database_problem(error)
        window.show_unexpected(summary, path)

    sys.excepthook = hook


XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
"""Libraries Qt's X11 plugin loads that a bare Linux desktop may lack: (soname stem, package)."""


def window_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot start on this computer, with the fix; None when it can.

    Qt would abort with a long message; a shop owner gets one sentence instead.
    """
    import ctypes.util

    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc ...: Qt's own choice
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "there is no screen to open the window on (DISPLAY is not set): start OptIn Desk "
            "from the desktop, or use a command such as 'optin-desk status NUMBER'"
        )
    if chosen or not environ.get("WAYLAND_DISPLAY"):
        missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]
        if missing:
            return (
                "the window needs system libraries that are not installed: install them with "
                f"'sudo apt install {' '.join(missing)}' and start OptIn Desk again"
            )
    return None


def run_app(db: str | None = None, language: str | None = None) -> int:
    """Paint the window first, then open the records in it, and run until it closes.

    `language` (a code of `ui.language.LANGUAGES`) wins over Settings and the computer's."""
    if sys.stderr is None or sys.stdout is None:  # pythonw / windowed builds have neither
        sys.stderr = sys.stdout = log_file().open("a", encoding="utf-8")
    problem = window_problem(os.environ, sys.platform)
    if problem:
        sys.stderr.write(f"optin-desk: {problem}\n")
        return 2
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optin_desk.ui.icon import app_icon
    from optin_desk.ui.language import start_language
    from optin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OptIn Desk")
    app.setOrganizationName("OptIn Desk")
    start_language(app, QSettings(), language)  # before any widget reads its words
    QApplication.setWindowIcon(app_icon())
    window = MainWindow()
    window.show()
    _report_unexpected(window)
    opened: list[Records] = []

    def open_later() -> None:
        if first_look_in_window(window, db):
            return
        database = open_in_window(window, db)
        if database is not None:
            opened.append(database)

    window.first_painted.connect(open_later)
    try:
        return app.exec()
    finally:
        window.records_opened_later(opened)
        for database in opened:
            database.dispose()
