"""Files dropped on a page: the one thing both drop targets need to know."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def accept_file_drag(event: QDragEnterEvent) -> None:
    """Let a drag of files in (anything else is refused)."""
    if event.mimeData().hasUrls():
        event.acceptProposedAction()


def dropped_file(event: QDropEvent) -> Path | None:
    """The first local file dropped, accepting the drop; None when there is none."""
    urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
    if not urls:
        return None
    event.acceptProposedAction()
    return Path(urls[0].toLocalFile())
