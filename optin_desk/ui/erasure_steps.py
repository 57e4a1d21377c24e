"""Erasing a person on request from the window: ask, erase, finish the file, then the backups.

The window holds the pool of connections to the records, so it closes its own idle ones
before the write-ahead log is emptied; when a reader (a page still reading, another program)
keeps the old pages, it says so and offers to try again. Then it offers to erase the person
from the backups this program knows of, and to delete those that cannot be rewritten.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from optin_desk.services.erasure import Erased, erase_contact
from optin_desk.services.erasure_backups import (
    BackupErased,
    Outcome,
    erase_from_backups,
    known_backups,
    unreachable_backups,
)
from optin_desk.services.erasure_files import WAIT_SECONDS, Holder, finish_erasure
from optin_desk.ui.context import UiContext
from optin_desk.ui.words import said


def erase_on_request(
    parent: QWidget, context: UiContext, phone: str, shown: str, by: str
) -> Erased | None:
    """Ask, erase (owner PIN), finish the file, offer the backups; what was done, or None."""
    question = QCoreApplication.translate(
        "ContactsPage",
        "Erase %s on their request?\n\nTheir name, number and scans are removed for good. "
        "The consent history stays (without them), and the number stays blocked from "
        "broadcasts.",
    ) % (shown,)
    if not context.dialogs.confirm(
        parent, QCoreApplication.translate("ContactsPage", "Erase on request"), question
    ):
        return None
    go, pin = context.owner_pin(
        parent, QCoreApplication.translate("ContactsPage", "Erasing a person")
    )
    if not go:
        return None
    database = context.database
    done = context.act(
        parent,
        QCoreApplication.translate("ContactsPage", "Erase"),
        lambda s: erase_contact(s, phone, by, database, pin, wait=WAIT_SECONDS, close_idle=True),
    )
    if done is None:
        return None
    holder, problem = done.held_by, done.wipe_problem
    while holder is not Holder.NOBODY and context.dialogs.confirm(
        parent, QCoreApplication.translate("ContactsPage", "Erase on request"), _held_words(holder)
    ):
        finished = finish_erasure(database, WAIT_SECONDS, close_idle=True)
        holder, problem = finished.holder, finished.problem or problem
    message = QCoreApplication.translate(
        "ContactsPage", "Erased on request; the number stays blocked"
    )
    if problem:  # the erasure stands; the file keeps freed bytes for now
        message += QCoreApplication.translate(
            "ContactsPage", " (wiping the freed space failed: %s)"
        ) % (problem,)
    elif holder is not Holder.NOBODY:
        message += QCoreApplication.translate(
            "ContactsPage", " (still readable in the file until the other reader closes)"
        )
    context.status(message)
    _offer_backups(parent, context, phone)
    return done


def _held_words(holder: Holder) -> str:
    if holder is Holder.THIS_PROGRAM:
        return QCoreApplication.translate(
            "ContactsPage",
            "The person is erased from the records, but still readable in the file while a "
            "page of this window is still reading it. Try again to finish?",
        )
    if holder is Holder.SERVER_SESSION:
        return QCoreApplication.translate(
            "ContactsPage",
            "The person is erased from the records, but the server keeps their old row "
            "versions while another computer has a transaction open. Try again to finish?",
        )
    return QCoreApplication.translate(
        "ContactsPage",
        "The person is erased from the records, but still readable in the file until another "
        "program that has it open (another OptIn Desk window, or another process) closes it. "
        "Close it, then try again to finish?",
    )


def _offer_backups(parent: QWidget, context: UiContext, phone: str) -> None:
    """Offer to erase the person from the known backups; report; offer to delete the rest."""
    database = context.database
    count = len(known_backups(database)) + len(unreachable_backups(database))
    if not count:
        return
    question = QCoreApplication.translate(
        "ContactsPage",
        "Backups of the records still hold this person: %n backups known to this program. "
        "Erase them from those backups too (each is rewritten and checked)?",
        None,
        count,
    )
    if not context.dialogs.confirm(
        parent, QCoreApplication.translate("ContactsPage", "Erase from backups"), question
    ):
        context.status(
            QCoreApplication.translate(
                "ContactsPage", "Erased on request; the backups still hold the person"
            )
        )
        return
    title = QCoreApplication.translate("ContactsPage", "Erase from backups")
    context.status(title)  # each backup is rewritten and checked: off the GUI thread

    def erased(found: list[BackupErased]) -> None:
        kept = [item for item in found if item.outcome is Outcome.KEPT]
        done = sum(1 for item in found if item.outcome is Outcome.ERASED)
        line = QCoreApplication.translate(
            "ContactsPage", "Erased on request, and from %n backups.", None, done
        )
        context.status(line)
        if kept and context.dialogs.confirm(parent, title, _kept_words(kept)):
            context.jobs.start(
                lambda _: erase_from_backups(database, phone, remove_unerasable=True),
                lambda removed: context.status(line + " " + _deleted_words(removed)),
                lambda words: context.dialogs.show_error(parent, title, words),
            )

    context.jobs.start(
        lambda _: erase_from_backups(database, phone),
        erased,
        lambda words: context.dialogs.show_error(parent, title, words),
    )


def _deleted_words(removed: list[BackupErased]) -> str:
    gone = sum(1 for item in removed if item.outcome is Outcome.REMOVED)
    return QCoreApplication.translate(
        "ContactsPage", "Deleted %n backups that could not be rewritten.", None, gone
    )


def _kept_words(kept: list[BackupErased]) -> str:
    lines = "\n".join(f"{item.path} ({said(item.reason)})" for item in kept)
    count = len(kept)
    return QCoreApplication.translate(
        "ContactsPage",
        "%n backups could not be rewritten and still hold the person:\n\n%1\n\nDelete them? "
        "(A backup whose folder is not there is kept either way.)",
        None,
        count,
    ).replace("%1", lines)
