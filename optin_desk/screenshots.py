"""Render every page of the window to PNG, offscreen (for the README and for looking).

Each picture is named after its page in English with its place in the sidebar
(`00-today.png`, `01-sign-ups.png`, ...), whatever the language of the window.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.domain.consent import ConsentState
from optin_desk.services.errors import InputError
from optin_desk.services.handle import Records

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from optin_desk.ui.main_window import MainWindow

LANGUAGE_ENV = "OPTIN_DESK_UI_LANGUAGE"
"""The window's language for the pictures when none is given (the command line's option wins)."""


def _show_in(app: QCoreApplication, language: str) -> Callable[[], None]:
    """Put the window into `language` as Settings would (ui.language: its catalogues, its
    locale, and right to left for Arabic); returns what puts the application back as it was."""
    from PySide6.QtCore import QLocale

    from optin_desk.ui.language import LANGUAGES, install_language, uninstall_language

    if language not in LANGUAGES:
        raise InputError(f"the window has no translation into {language!r}")
    locale = QLocale()
    install_language(app, language)

    def undo() -> None:
        uninstall_language(app)
        QLocale.setDefault(locale)

    return undo


def _fill_examples(window: MainWindow, index: int) -> None:
    """Show a page in use: a form half typed in, a contact chosen (nothing is saved)."""
    contacts = window.contacts_page
    if contacts is None or contacts.model is None or not contacts.model.rowCount():
        return
    model = contacts.model
    # A person with a history worth seeing: an opt-out beside opt-ins.
    row = next(
        (
            r
            for r in range(model.rowCount())
            if (found := model.row_at(r)) is not None
            and any(state is ConsentState.OPTED_OUT for _, state in found.states)
        ),
        0,
    )
    first = model.row_at(row)
    if window.stack.currentWidget() is contacts:
        from optin_desk.ui.bidi import select_row

        select_row(contacts.table, row)  # in Arabic too
        contacts.timeline.setCurrentRow(0)
    checker = window.check_page
    if window.stack.currentWidget() is checker and checker is not None:
        # A pasted list, previewed and ready to check (checking would write to the records).
        sample = [model.row_at(r) for r in range(min(model.rowCount(), 12))]
        lines = ["Name\tMobile"] + [f"{x.name}\t{x.phone_e164[1:]}" for x in sample if x]
        checker.load_text("\n".join([*lines, "Walk-in\t0791 12", "Newcomer\t07400 123456"]))
    signup = window.signup_page
    if window.stack.currentWidget() is signup and signup is not None and first is not None:
        signup.serial.setText("K3M9-7")
        signup.phone.setText(first.phone_e164)
        boxes = list(signup.category_boxes.values())
        if boxes:
            boxes[0].setChecked(True)


def render_pages(database: Records, target: Path, language: str | None = None) -> list[Path]:
    """One PNG per page (the setup page when the shop is new), in `language` (else the
    `OPTIN_DESK_UI_LANGUAGE` environment variable, else English); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    undo = _show_in(app, (language or os.environ.get(LANGUAGE_ENV) or "en").strip().lower())
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "screenshots.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, daily_backup=False)  # pictures only: write nothing
        window.resize(1200, 760)
        window.show()
        window.attach_database(database)
        app.processEvents()
        if window.setup_page is not None:
            path = target / "setup.png"
            window.grab().save(str(path))
            written.append(path)
        for index, key in enumerate(window.page_keys):
            window.show_page(index)
            _fill_examples(window, index)
            app.processEvents()
            deadline = time.monotonic() + 0.6  # PDF previews render in a thread of their own
            reading = window.check_page  # a pasted list is read off the GUI thread too
            while time.monotonic() < deadline or (
                reading is not None and reading.loading is not None
            ):
                app.processEvents()
                time.sleep(0.02)
            shown = window.stack.currentWidget()
            while getattr(shown, "reading", False):  # figures read off the GUI thread (Today,
                app.processEvents()  # Quality): the picture shows them, not "Reading…"
                time.sleep(0.02)
            path = target / f"{index:02d}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    undo()
    return written
