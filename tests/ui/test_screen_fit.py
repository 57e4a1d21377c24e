"""Every page is usable on a 1024x768 shop screen, with three and with six kinds of message:
every button can be reached, and no page scrolls sideways (a long page scrolls down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category, CategoryKind
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import Database

from .conftest import FakeDialogs, open_window

SCREEN = QSize(1024, 768)
DECORATIONS = QSize(16, 80)
"""A window frame's two sides; its title bar, frame and a taskbar."""
MORE_KINDS = (
    Category(
        "events",
        "Events & workshops in the shop",
        CategoryKind.MARKETING,
        "Invitations to tastings, workshops and late openings in the shop.",
    ),
    Category(
        "loyalty",
        "Loyalty points & rewards",
        CategoryKind.MARKETING,
        "Your points balance and the rewards you can claim.",
    ),
    Category(
        "appointments",
        "Appointment reminders",
        CategoryKind.SERVICE,
        "Reminders of the fittings and collection times you booked.",
    ),
)


def shop(database: Database, kinds: int) -> None:
    categories = (*DEFAULT_CATEGORIES, *MORE_KINDS)[:kinds]
    with database.sessions() as session:
        create_business(
            session,
            BusinessSetup(
                name="Ann's Deli & Co",
                country="GB",
                senders=("07911 000111",),
                categories=categories,
            ),
        )
        record_opt_in(
            session,
            OptInRequest(phone="07911123456", scopes=["offers"], method="in_person", name="Ann"),
            database.evidence_dir,
        )


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where `widget` is seen in the window: its rectangle clipped by every scroll area."""
    seen = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            port = parent.viewport()
            seen = seen.intersected(QRect(port.mapTo(window, QPoint(0, 0)), port.size()))
        parent = parent.parentWidget()
    return seen


def buttons_out_of_sight(window: QWidget, page: QWidget) -> list[str]:
    """Every visible button of `page` a person cannot see whole, even after scrolling to it."""
    lost = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.width() == 0:
            continue
        parent = button.parentWidget()
        while parent is not None:  # scroll to it, as a person would
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(button, 0, 0)
                settle()
            parent = parent.parentWidget()
        whole = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        seen = shown_rect(button, window)
        if seen != whole or not window.rect().contains(whole):
            lost.append(button.text() or button.objectName() or type(button).__name__)
    return lost


@pytest.mark.parametrize("kinds", [3, 6])
def test_every_button_of_every_page_is_on_a_1024x768_screen(
    qtbot: QtBot,
    empty_database: Database,
    dialogs: FakeDialogs,
    qsettings: QSettings,
    kinds: int,
) -> None:
    shop(empty_database, kinds)
    window = open_window(qtbot, empty_database, dialogs, qsettings)
    free = SCREEN - DECORATIONS
    settle()
    layout = window.layout()
    assert layout is not None
    layout.activate()
    smallest = layout.totalMinimumSize()  # what the window's contents need at the least
    assert smallest.width() <= free.width(), smallest
    assert smallest.height() <= free.height(), smallest
    window.resize(free)
    settle()
    assert window.size() == free  # nothing forces the window larger than the screen
    assert window.signup_page is not None
    assert len(window.signup_page.category_boxes) == kinds
    lost: dict[str, list[str]] = {}
    for index, title in enumerate(window.page_titles()):
        window.show_page(index)  # a page not built yet is built when first shown
        settle()
        page = window.stack.currentWidget()
        # a page reading its figures moves as they arrive: measured once they are in (the
        # Stop button while reading: test_quality_stop_fit)
        qtbot.waitUntil(lambda page=page: not getattr(page, "reading", False), timeout=60_000)
        settle()
        missing = buttons_out_of_sight(window, page)
        missing += [
            "scrolls sideways"
            for area in page.findChildren(QScrollArea)
            if area.isVisibleTo(window) and area.horizontalScrollBar().isVisible()
        ]
        if missing:
            lost[title] = missing
    assert lost == {}
    page = window.optout_page
    assert page is not None
    window.show_page(window.stack.indexOf(page))
    page.find_box.setText("Ann")  # the list of matches opens: the page grows, and scrolls
    settle()
    assert page.matches.isVisible()
    assert window.size() == free
    assert buttons_out_of_sight(window, page) == []
    ticks = window.signup_page.category_boxes.values()
    assert len({box.y() for box in ticks}) == (kinds + 1) // 2  # two a row, in a grid
    offers = window.signup_page.category_boxes["offers"]
    assert offers.text() == "Alt+3  Offers && new products (marketing)"  # && shows one &


def test_the_check_itself_sees_a_button_off_the_window_and_one_scrolled_out_of_view(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    page = QWidget(window)
    page.resize(300, 200)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    off = QPushButton("Off the window", page)
    off.move(400, 10)
    off.show()
    tall = QWidget()
    tall.setMinimumHeight(2000)
    QVBoxLayout(tall).addStretch(1)
    area = QScrollArea(page)
    area.setWidget(tall)
    area.setGeometry(0, 0, 280, 150)
    area.show()
    inside = QPushButton("Reached by scrolling", tall)
    inside.move(10, 1900)
    inside.show()
    settle()
    assert buttons_out_of_sight(window, page) == ["Off the window"]
