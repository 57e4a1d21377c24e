"""The Hindi window fits a 1024x768 screen, measured in a process of its own.

Inside the whole test run, fonts that earlier tests made known to Qt change which font draws
Devanagari, so the in-process language test cannot tell; a shop starts the window fresh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from optin_desk.services.demo import add_demo_contacts
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.storage.engine import Database

SHOW_EVERY_PAGE = r"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from optin_desk.services.handle import open_records
from optin_desk.ui.dialogs import QtDialogs
from optin_desk.ui.language import install_language
from optin_desk.ui.main_window import MainWindow

app = QApplication([])
install_language(app, "hi")
records = open_records(sys.argv[1])
window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat), QtDialogs())
window.resize(1024, 768)
window.show()
window.attach_database(records)
for index, title in enumerate(window.page_titles()):
    window.show_page(index)
    for _ in range(20):
        app.processEvents()
    print(f"{index} {window.width()}")
page = window.contacts_page
sideways = page.table.horizontalScrollBar()
print(f"contacts-sideways {int(sideways.isVisible() and sideways.maximum() > 0)}")
window.show_page_named("forms")
for _ in range(20):
    app.processEvents()
sideways = window.forms_page.batches.horizontalScrollBar()
rows = window.forms_page.batches_model.rowCount()
print(f"forms-sideways {int(sideways.isVisible() and sideways.maximum() > 0)}")
print(f"forms-batches {rows}")
window.close()
records.dispose()
"""


@pytest.mark.slow
def test_every_page_of_the_hindi_window_fits_1024_pixels(
    database: Database, tmp_path: Path
) -> None:
    assert database.sqlite_path is not None
    with database.sessions() as session:
        add_demo_contacts(session, 40)  # the contacts table with rows to fit
        print_forms(  # and the printed batches', a long name in them
            session,
            PrintRequest(count=20, by="María José Fernández de la Vega"),
            tmp_path / "forms.pdf",
        )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_EVERY_PAGE, str(database.sqlite_path),
         str(tmp_path / "window.ini")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    widths = dict(line.split() for line in shown.stdout.splitlines())
    assert widths.pop("contacts-sideways") == "0"  # every column of Contacts in sight
    assert widths.pop("forms-sideways") == "0"  # and of the Forms page's printed batches
    assert int(widths.pop("forms-batches")) >= 1  # (the one printed here, with a long name)
    assert len(widths) >= 8  # every page was shown
    assert [page for page, width in widths.items() if int(width) > 1024] == []
