"""Shared labels are extracted by Qt Linguist's own tool and translated where shown."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from optin_desk.domain.consent import Method
from optin_desk.ui import labels

UI = Path(labels.__file__).parent


def every_label() -> set[str]:
    texts: set[str] = {labels.OTHER_REASON, *labels.OPT_OUT_REASONS}
    texts.update((labels.OPT_OUT_OPTION, labels.OPT_OUT_OPTION_WHY))
    for table in (
        labels.METHODS,
        labels.ACTIONS,
        labels.STATES,
        labels.STATE_MARKS,
        labels.VERDICTS,
        labels.VERDICT_MEANINGS,
        labels.DELIVERY_STATUSES,
        labels.KINDS,
        labels.SCOPES,
        labels.READINGS,
    ):
        texts.update(table.values())
    texts.update(name for name, _ in labels.PAPERS)
    texts.update(labels.CATEGORY_COLUMNS)
    texts.update(labels.CHECK_COLUMNS)
    return texts


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return found


def test_lupdate_extracts_every_label_of_the_ui_package(tmp_path: Path) -> None:
    target = tmp_path / "ui.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([lupdate(), *sources, "-ts", str(target)], check=True, capture_output=True)
    extracted = {
        source.text or ""
        for context in ET.parse(target).getroot().iter("context")
        if context.findtext("name") == labels.CONTEXT
        for source in context.iter("source")
    }
    assert every_label() <= extracted


def test_no_page_hands_tr_a_table_entry_lupdate_cannot_see() -> None:
    looked_up = re.compile(r"\btr\(\s*[A-Z_]+\[")  # self.tr(HEADERS[i]), _tr(METHODS[m])
    offenders = [
        path.name for path in UI.glob("*.py") if looked_up.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


class Pirate(QTranslator):
    """A translation of the labels, as a .qm file would give."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"Arr, {source}" if context == labels.CONTEXT else ""


def test_labels_are_translated_where_shown(qapp: QCoreApplication) -> None:
    translator = Pirate()
    QCoreApplication.installTranslator(translator)
    try:
        assert labels.label(labels.METHODS[Method.PAPER_FORM]) == "Arr, Paper form"
        assert labels.scope_text("all", ()) == "Arr, all messages"
    finally:
        QCoreApplication.removeTranslator(translator)
