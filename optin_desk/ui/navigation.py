"""The sidebar and the page header: each page's name, icon and the one line saying what it is for.

Defined in one place, marked for Qt Linguist with `QT_TRANSLATE_NOOP("Navigation", ...)`, and
translated where shown. The header sits above the pages (built once by the main window), so
the pages themselves stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

if TYPE_CHECKING:  # PySide6's stub says it returns `object`; it returns the text itself

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
        """Mark `text` for translation under `context`."""

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Navigation"
SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageSpec:
    """One page of the window: its key (English, stable), name, purpose and icon."""

    key: str
    name: str
    purpose: str
    icon: QStyle.StandardPixmap

    def shown_name(self) -> str:
        """The name in the window's language."""
        return QCoreApplication.translate(CONTEXT, self.name)

    def shown_purpose(self) -> str:
        """The purpose in the window's language."""
        return QCoreApplication.translate(CONTEXT, self.purpose)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        QT_TRANSLATE_NOOP("Navigation", "Today"),
        QT_TRANSLATE_NOOP("Navigation", "What needs doing today, and how the records stand."),
        SP.SP_FileDialogInfoView,
    ),
    PageSpec(
        "sign-ups",
        QT_TRANSLATE_NOOP("Navigation", "Sign-ups"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Type in signed paper forms, or record a yes given in person."
        ),
        SP.SP_DialogApplyButton,
    ),
    PageSpec(
        "contacts",
        QT_TRANSLATE_NOOP("Navigation", "Contacts"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Find a person: what they agreed to, when, and their whole history."
        ),
        SP.SP_FileDialogContentsView,
    ),
    PageSpec(
        "opt-outs",
        QT_TRANSLATE_NOOP("Navigation", "Opt-outs"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Log a STOP and send its confirmation; it holds for all your numbers."
        ),
        SP.SP_DialogCancelButton,
    ),
    PageSpec(
        "check-list",
        QT_TRANSLATE_NOOP("Navigation", "Check list"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Before a broadcast: who on your list may be sent the message."
        ),
        SP.SP_FileDialogDetailedView,
    ),
    PageSpec(
        "forms",
        QT_TRANSLATE_NOOP("Navigation", "Forms"),
        QT_TRANSLATE_NOOP("Navigation", "Print consent forms for customers to sign."),
        SP.SP_FileIcon,
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        QT_TRANSLATE_NOOP(
            "Navigation", "Your shop, its kinds of messages, wording, staff and backups."
        ),
        SP.SP_ComputerIcon,
    ),
    PageSpec(
        "quality",
        QT_TRANSLATE_NOOP("Navigation", "Quality"),
        QT_TRANSLATE_NOOP(
            "Navigation", "How your broadcasts were received: delivered, read, blocked."
        ),
        SP.SP_MessageBoxInformation,
    ),
)
ICON_SIZE = 22
MAX_SIDEBAR = 240


def page_spec(key: str) -> PageSpec:
    """The page called `key` (ValueError if none)."""
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise ValueError(key)


def fill_sidebar(sidebar: QListWidget, specs: tuple[PageSpec, ...]) -> None:
    """One entry per page: its icon and its name."""
    style = sidebar.style()
    sidebar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    sidebar.setSpacing(2)
    for spec in specs:
        icon: QIcon = style.standardIcon(spec.icon)
        item = QListWidgetItem(icon, spec.shown_name())
        item.setToolTip(spec.shown_purpose())
        sidebar.addItem(item)
    frame = 2 * sidebar.frameWidth() + 8
    sidebar.setFixedWidth(min(sidebar.sizeHintForColumn(0) + frame, MAX_SIDEBAR))


class PageHeader(QWidget):
    """The shown page's title, and one line saying what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.purpose)

    def show_spec(self, spec: PageSpec) -> None:
        """Show `spec`'s name and purpose."""
        self.title.setText(spec.shown_name())
        self.purpose.setText(spec.shown_purpose())
