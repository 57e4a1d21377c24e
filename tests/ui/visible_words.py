"""What a person sees in a window, as text: for the translation and clipping tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from optin_desk.ui.language import CATALOGUES, translations_dir


@dataclass(frozen=True)
class Seen:
    """One piece of text on screen and where it is."""

    where: str
    text: str


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on screen now (itself and every parent up to the window)."""
    return widget.isVisibleTo(window) and widget.isVisible()


def texts_of(widget: QWidget) -> Iterator[str]:
    """The words one widget shows: its text, title, placeholder, items, headers, suffix."""
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QSpinBox):
        yield widget.suffix()
        yield widget.prefix()
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    header = (
        widget.horizontalHeader()
        if isinstance(widget, QTableView)
        else widget.header()
        if isinstance(widget, QTreeView)
        else None
    )
    if header is not None and not header.isHidden() and widget.model() is not None:
        for section in range(header.count()):
            if not header.isSectionHidden(section):
                yield str(widget.model().headerData(section, Qt.Orientation.Horizontal) or "")


def visible_texts(window: QWidget) -> list[Seen]:
    """Every non-empty text shown in `window` now, with the window title."""
    seen = [Seen("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not shown(widget, window):
            continue
        seen.extend(Seen(_name(widget), t) for t in texts_of(widget) if t.strip())
    return seen


def clipped_labels(window: QWidget) -> list[str]:
    """Labels (that do not wrap) whose text is wider than the label: cut off on screen."""
    clipped = []
    for label in window.findChildren(QLabel):
        if not shown(label, window) or label.wordWrap() or not label.text().strip():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        text = label.text()
        if GuiQt.mightBeRichText(text):
            document = QTextDocument()
            document.setDefaultFont(label.font())
            document.setDocumentMargin(0)
            document.setHtml(text)
            needed = int(document.idealWidth())
        else:
            shown_text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines = shown_text.splitlines() or [""]
            needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        room = label.contentsRect().width() - 2 * max(label.margin(), 0)
        if needed > room:
            clipped.append(f"{_name(label)} {text!r}: needs {needed} px, has {room}")
    for view in window.findChildren(QListWidget):  # the pages' names in the sidebar
        if not shown(view, window):
            continue
        room = view.viewport().width()
        for row in range(view.count()):
            item = view.item(row)
            icon = view.iconSize().width() + 4 if not item.icon().isNull() else 0
            needed = view.fontMetrics().horizontalAdvance(item.text()) + icon
            if needed > room:
                clipped.append(f"{_name(view)} item {item.text()!r}: needs {needed}, has {room}")
    return clipped


def catalogue(language: str) -> dict[str, str]:
    """Source text -> translation, for every finished entry of both catalogues of `language`
    whose translation differs from the English (the first form of a count)."""
    found: dict[str, str] = {}
    for name in CATALOGUES:
        path = translations_dir() / f"{name}_{language}.ts"
        if not path.exists():
            continue
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            text = translation.text or next(
                (form.text or "" for form in translation.iter("numerusform")), ""
            )
            source = message.findtext("source") or ""
            if text and text != source:
                found[source] = text
    return found


def unfinished(language: str, name: str = "window") -> list[str]:
    """The entries of a catalogue that have no finished translation."""
    path = translations_dir() / f"{name}_{language}.ts"
    return [
        message.findtext("source") or ""
        for message in ET.parse(path).getroot().iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
