"""The main window: a list of pages on the left, the chosen page on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from optin_desk.ui.icon import app_icon

if TYPE_CHECKING:
    from collections.abc import Callable

    from optin_desk.services.first_look import QuickRecords
    from optin_desk.services.handle import Records
    from optin_desk.ui.check_page import CheckPage
    from optin_desk.ui.contacts_page import ContactsPage
    from optin_desk.ui.context import UiContext
    from optin_desk.ui.dialogs import (
        Dialogs,  # the window paints before SQLAlchemy and the pages are imported
    )
    from optin_desk.ui.forms_page import FormsPage
    from optin_desk.ui.navigation import PageHeader
    from optin_desk.ui.optout_page import OptOutsPage
    from optin_desk.ui.records_slot import RecordsSlot
    from optin_desk.ui.records_watcher import RecordsWatcher
    from optin_desk.ui.settings_page import SettingsPage
    from optin_desk.ui.setup_page import SetupPage
    from optin_desk.ui.signup_page import SignupPage
    from optin_desk.ui.today_page import TodayPage

GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
STATUS_TIMEOUT_MS = 15_000


class MainWindow(QMainWindow):
    """The window shop staff work in."""

    first_painted = Signal()
    """Emitted once, after the window was first painted (the records open then)."""

    def __init__(
        self,
        settings: QSettings | None = None,
        dialogs: Dialogs | None = None,
        daily_backup: bool = True,
    ) -> None:
        super().__init__()
        self._daily_backup = daily_backup
        self.setWindowTitle(self.tr("OptIn Desk"))
        self.setWindowIcon(app_icon())
        self._settings = settings or QSettings()
        self._dialogs: Dialogs | None = dialogs
        self._context: UiContext | None = None
        self._painted = False
        self._open_after_paint: Callable[[], None] | None = None
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.pages: list[tuple[str, QWidget]] = []
        self.setup_page: SetupPage | None = None
        self.signup_page: SignupPage | None = None
        self.contacts_page: ContactsPage | None = None
        self.today_page: TodayPage | None = None
        self._built: dict[str, QWidget] = {}
        """Pages built so far, by key: the others are built when first shown or asked for."""
        self._placeholders: dict[str, QWidget] = {}
        self.page_keys: list[str] = []
        self.watcher: RecordsWatcher | None = None
        self.header: PageHeader | None = None
        # Rich text centres it without touching the `Qt` namespace, whose first use costs
        # about 20 ms: the window paints first, everything else comes after.
        opening = QLabel("<p align='center'>" + self.tr("Opening the records…") + "</p>")
        self.setCentralWidget(opening)
        self.statusBar().showMessage(self.tr("Opening the records…"))
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    @property
    def context(self) -> UiContext:
        """The context shared with the pages (after `attach_database`)."""
        assert self._context is not None
        return self._context

    def show_status(self, text: str) -> None:
        """Say in the status bar what just happened."""
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _make_context(self, slot: RecordsSlot) -> None:
        from optin_desk.ui.context import UiContext
        from optin_desk.ui.dialogs import QtDialogs
        from optin_desk.ui.jobs import Jobs

        dialogs = self._dialogs or QtDialogs()
        self._context = UiContext(slot, dialogs, self._settings, self.show_status, Jobs(self))

    def attach_first_look(self, look: QuickRecords, opening: Callable[[], Records]) -> None:
        """Show what `look` read, and open the records with `opening` in the background once
        the window has been painted with it (ui.records_slot)."""
        from optin_desk.ui.records_slot import RecordsSlot

        slot = RecordsSlot(first_look=look, opening=opening, parent=self)
        self._make_context(slot)
        self._open_after_paint = slot.start
        self._build_pages()

    def attach_database(self, database: Records) -> None:
        """Show the records of `database`: the setup first if the shop is new."""
        from optin_desk.services.profile import has_profile
        from optin_desk.ui.records_slot import RecordsSlot

        self._make_context(RecordsSlot(database, parent=self))
        self.context.jobs.records = database
        with database.sessions() as session:
            ready = has_profile(session)
        if ready:
            self._build_pages()
        else:
            from optin_desk.ui.setup_page import SetupPage  # a new shop only

            self.setup_page = SetupPage(self.context)
            self.setup_page.completed.connect(self._build_pages)
            self.setCentralWidget(self.setup_page)
            self.statusBar().showMessage(self.tr("Set up your shop to begin"))
            # The page is shown on the next turn of the event loop; focus it then.
            QTimer.singleShot(0, self.setup_page.business.setFocus)

    def records_opened_later(self, into: list[Records]) -> None:
        """Wait for records opening in the background and add them to `into` (at exit)."""
        if self._context is not None:
            into.extend(self._context.slot.let_go())

    def show_unexpected(self, summary: str, log: Path) -> None:
        """Something the program did not expect: say so plainly, point to the log."""
        text = self.tr(
            "Something went wrong: %s\n\nNothing already recorded was lost. The details were "
            "written to %s; please send that file to whoever looks after this computer."
        ) % (summary, log)
        if self._context is not None:
            self._context.dialogs.show_error(self, self.tr("OptIn Desk"), text)
        else:
            self.show_failure(text)

    def show_failure(self, text: str) -> None:
        """Say, in the window, why the records could not be opened."""
        from PySide6.QtCore import Qt

        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.statusBar().showMessage(self.tr("The records are not open"))

    def _build_pages(self) -> None:
        from optin_desk.ui.contacts_page import ContactsPage
        from optin_desk.ui.navigation import PAGES, PageHeader, fill_sidebar
        from optin_desk.ui.signup_page import SignupPage
        from optin_desk.ui.today_page import TodayPage

        context = self.context
        self.today_page = TodayPage(context)
        self.today_page.page_requested.connect(self.show_page_named)
        self.signup_page = SignupPage(context)
        self.contacts_page = ContactsPage(context)
        self.contacts_page.form_requested.connect(self._form_for)
        self.contacts_page.new_opt_in_requested.connect(self._opt_in_for)
        self.contacts_page.opt_out_requested.connect(self._opt_out_for)
        # Today, Sign-ups and Contacts now; every other page (and its imports: charts, PDF
        # view, list reading) when it is first shown: a person typing in sign-ups needs none.
        self._built = {
            "today": self.today_page,
            "sign-ups": self.signup_page,
            "contacts": self.contacts_page,
        }
        widgets = {spec.key: self._built.get(spec.key) or QWidget() for spec in PAGES}
        self.page_keys = [spec.key for spec in PAGES]
        self.pages = [(spec.shown_name(), widgets[spec.key]) for spec in PAGES]
        fill_sidebar(self.navigation, PAGES)
        self.header = PageHeader()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.navigation)
        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        for number, (_, page) in enumerate(self.pages, start=1):
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number - 1: self.show_page(n))
        # Wide enough for the longest page name in the window's language (never cut off)
        widest = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setMinimumWidth(widest)
        self.navigation.setMaximumWidth(max(widest, 180))
        self.navigation.currentRowChanged.connect(self._page_changed)
        self.setCentralWidget(body)
        self.setup_page = None
        self._placeholders = {key: w for key, w in widgets.items() if key not in self._built}
        # Only the sign-up page is loaded now (it is typed into, never reloaded on showing);
        # every other page loads when it is first shown: on a year of records, loading them
        # all (the Quality page reads the whole ledger) took most of the wait for the window.
        self.signup_page.refresh()
        self.show_page(0)  # Today, first: what needs doing (already the stack's current page,
        # so showing it does not load it: it reads its figures once the records are open)
        from optin_desk.ui.bidi import as_written  # a path reads left to right in Arabic too

        self.show_status(self.tr("Records: %s") % as_written(context.slot.where))
        if context.slot.is_ready:
            self._records_open()
        else:
            context.slot.ready.connect(self._records_open)

    def _records_open(self) -> None:
        """What needs the full records: Today's figures, the watcher, the daily backup."""
        context = self.context
        if context.slot.error is not None:
            from optin_desk.ui.failures import failure_words

            error = context.slot.error
            said = failure_words(error) or self.tr(
                "The records could not be opened: %s. Check the --db path."
            ) % (error,)
            self.show_failure(said)
            return
        context.jobs.records = context.database
        if self.today_page is not None:
            self.today_page.refresh()
        from optin_desk.ui.records_watcher import RecordsWatcher

        self.watcher = RecordsWatcher(context, self.show_new_records, self)
        if self._daily_backup:
            self._start_auto_backup()

    def _start_auto_backup(self) -> None:
        """The daily checked backup, in the background (skipped when today's exists)."""
        from optin_desk.services.backups import BackupInfo, auto_backup

        database = self.context.database

        def done(made: BackupInfo | None) -> None:
            if made is not None:
                self.show_status(self.tr("Daily backup made: %n entries, checked", "", made.events))
                settings = self._built.get("settings")
                if settings is not None:
                    cast("SettingsPage", settings).show_safety()
                if self.today_page is not None:
                    self.today_page.refresh()  # the backup and the verification it made

        def failed(text: str) -> None:
            self.context.dialogs.show_error(
                self,
                self.tr("Daily backup"),
                self.tr("The daily backup could not be made: %s. Use Settings, Back up now.")
                % text,
            )

        self.context.jobs.start(lambda _: auto_backup(database), done, failed)

    def _page(self, key: str) -> QWidget | None:
        """The page called `key`, built now if it was not yet (None before the pages exist)."""
        if key in self._built or key not in self._placeholders:
            return self._built.get(key)
        self.context.slot.wait()  # their services: imported by the opening thread, not here
        from optin_desk.ui.later_pages import build_page

        page = build_page(key, self.context)
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[index] = (self.pages[index][0], page)
        self._built[key] = page
        return page

    @property
    def settings_page(self) -> SettingsPage | None:
        """The Settings page (built on first use)."""
        return cast("SettingsPage | None", self._page("settings"))

    @property
    def check_page(self) -> CheckPage | None:
        """The Check a list page (built on first use)."""
        return cast("CheckPage | None", self._page("check-list"))

    @property
    def optout_page(self) -> OptOutsPage | None:
        """The Opt-outs page (built on first use)."""
        return cast("OptOutsPage | None", self._page("opt-outs"))

    @property
    def forms_page(self) -> FormsPage | None:
        """The Forms page (built on first use)."""
        return cast("FormsPage | None", self._page("forms"))

    def show_page(self, index: int) -> None:
        """Switch to page `index` (as Ctrl+1, Ctrl+2 ... do)."""
        self.navigation.setCurrentRow(index)

    def show_page_named(self, key: str) -> None:
        """Switch to the page called `key` (see `ui.navigation.PAGES`)."""
        if key in self.page_keys:
            self.show_page(self.page_keys.index(key))

    def page_titles(self) -> list[str]:
        """The navigation's entries, in order."""
        return [title for title, _ in self.pages]

    def _page_changed(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        from optin_desk.ui.navigation import page_spec

        page = self._page(self.page_keys[index]) or self.pages[index][1]
        if page is not self.signup_page:
            refresh = getattr(page, "refresh", None)
            if callable(refresh) and page is not self.stack.currentWidget():
                refresh()
        self.stack.setCurrentWidget(page)
        self._settings.setValue(PAGE_KEY, index)
        if self.header is not None:
            self.header.show_spec(page_spec(self.page_keys[index]))
        if page is self.signup_page and self.signup_page is not None:
            self.signup_page.serial.setFocus()

    def _opt_in_for(self, phone: str) -> None:
        assert self.signup_page is not None
        self.show_page(self.stack.indexOf(self.signup_page))
        self.signup_page.start_for(phone)

    def _form_for(self, phone: str) -> None:
        assert self.forms_page is not None
        self.show_page(self.stack.indexOf(self.forms_page))
        self.forms_page.start_for(phone)

    def _opt_out_for(self, phone: str) -> None:
        assert self.optout_page is not None
        self.show_page(self.stack.indexOf(self.optout_page))
        self.optout_page.start_for(phone)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Paint; the first time, say so (after this turn of the event loop)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        elif self._open_after_paint is not None:  # painted with the first look's pages
            QTimer.singleShot(0, self._open_after_paint)
            self._open_after_paint = None

    def show_new_records(self) -> None:
        """Bring what the window shows up to date with records another computer wrote.

        The contacts list reloads (keeping the search and the chosen person); the opt-outs
        page reloads its follow-up list. Pages holding a form being filled in (sign-ups,
        settings) are left alone; every page reloads anyway when it is next opened.
        """
        if self.contacts_page is not None and self.stack.currentWidget() is self.contacts_page:
            self.contacts_page.refresh()
        optouts = self._built.get("opt-outs")  # a page not built yet reads when it is
        if optouts is not None:
            cast("OptOutsPage", optouts).followup.load()
        if self.today_page is not None and self.stack.currentWidget() is self.today_page:
            self.today_page.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Remember where the window was; cancel every job and wait until each has stopped."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.watcher is not None:
            self.watcher.stop()
        if self._context is not None:
            self._context.slot.close()
            self._context.jobs.shut_down()
        super().closeEvent(event)
