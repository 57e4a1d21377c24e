"""Render every page of the window to PNG, offscreen (for the README and for looking)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.domain.consent import ConsentState
from optin_desk.services.handle import Records

if TYPE_CHECKING:
    from optin_desk.ui.main_window import MainWindow


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
        contacts.table.selectRow(row)
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


def render_pages(database: Records, target: Path) -> list[Path]:
    """One PNG per page (the setup page when the shop is new); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from optin_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
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
        for index, (title, _) in enumerate(window.pages):
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
            path = target / f"{index + 1:02d}-{title.lower().replace(' ', '-')}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
