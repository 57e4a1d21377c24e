"""The Check list page says in one line why a hostile list cannot be read."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from optin_desk.storage.engine import Database
from optin_desk.ui.main_window import MainWindow

from .test_check_page import read


def test_a_zip_bomb_and_a_giant_cell_are_explained_in_the_window(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    window.show_page_named("check-list")
    page = window.check_page
    assert page is not None
    bomb = tmp_path / "list.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * (3 * 1024 * 1024))
    page.load_file(bomb)
    read(qtbot, page)
    assert "zip bomb" in page.message.text()
    assert "\n" not in page.message.text()
    assert not page.check_button.isEnabled()
    giant = tmp_path / "list.csv"
    giant.write_bytes(b"Name,Phone\n" + b"A" * 140_000 + b",07911123456\n")
    page.load_file(giant)
    read(qtbot, page)
    assert "longer than 64 KiB" in page.message.text()
    assert not page.check_button.isEnabled()
