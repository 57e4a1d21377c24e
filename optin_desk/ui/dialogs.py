"""The one seam through which the app opens dialogs and file pickers (tests replace it)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QRect, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)


class Dialogs(Protocol):
    """Everything modal the app asks of the person in front of it."""

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        """A line of text, or None when cancelled."""

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Yes or no."""

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        """A PIN or password, typed unseen; None when cancelled."""

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        """A file to read, or None."""

    def save_file(self, parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
        """A file to write, or None."""

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """A folder (a USB stick, say), or None."""

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something went wrong and what to do."""

    def open_externally(self, path: Path) -> None:
        """Open a file (a scan) in the system's viewer."""

    def open_url(self, url: str) -> None:
        """Open a web link (a WhatsApp click-to-chat link)."""

    def print_pdf(self, parent: QWidget, path: Path) -> bool:
        """Send a PDF to a printer the person chooses; True when it was sent."""


class QtDialogs:
    """The real dialogs."""

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        """A line of text, or None when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        """A PIN or password, typed unseen; None when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Yes or no."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
        """A file to write, or None."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """A folder (a USB stick, say), or None."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def show_error(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something went wrong and what to do."""
        QMessageBox.warning(parent, title, text)

    def open_externally(self, path: Path) -> None:
        """Open a file (a scan) in the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_url(self, url: str) -> None:
        """Open a web link (a WhatsApp click-to-chat link) in the system's browser or app."""
        QDesktopServices.openUrl(QUrl(url))

    def print_pdf(self, parent: QWidget, path: Path) -> bool:
        """The system print dialog, then every page of the PDF, rendered at 300 dpi."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_pages(printer, path)
        return True


def print_pages(printer: QPagedPaintDevice, path: Path) -> int:
    """Paint every page of a PDF onto a printer (or any paged device); the pages painted.

    Each page is rendered at 300 dpi (sharp on paper; the printer's own resolution could
    need hundreds of megabytes a page) and keeps its proportions on whatever paper.
    """
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * 300 / 72), round(points.height() * 300 / 72))
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(
                area.x(), area.y(), round(points.width() * scale), round(points.height() * scale)
            )
            painter.drawImage(target, document.render(page, pixels))
        return document.pageCount()
    finally:
        painter.end()
        document.close()
