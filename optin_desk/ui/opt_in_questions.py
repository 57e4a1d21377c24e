"""Questions before an opt-in is recorded: does it lift an erasure, is the clock right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from optin_desk.domain.check import day_text
from optin_desk.domain.consent import Method
from optin_desk.domain.when import utc_now
from optin_desk.services.consent import OptInRequest, clock_behind
from optin_desk.services.erasure import LIFTING_METHODS, erased_on
from optin_desk.services.handle import RecordsError
from optin_desk.ui.context import UiContext
from optin_desk.ui.failures import database_problem


def ask_to_lift(context: UiContext, parent: QWidget, request: OptInRequest) -> OptInRequest | None:
    """The opt-in as it may go ahead, or None when the person at the desk said no.

    A number erased on request is opted in again only with the person's own new consent and
    after staff say so; any other method is left to the service, which refuses it."""
    when = context.read(lambda s: erased_on(s, request.phone))
    try:
        method = Method(request.method)
    except ValueError:
        return request
    if when is None or method not in LIFTING_METHODS:
        return request
    question = QCoreApplication.translate(
        "OptInQuestions",
        "This number was erased on request on %s.\n\nRecord this opt-in only if the person "
        "gave their own new consent after that (in person, on paper or in their own "
        "message). Recording it lifts the erasure: their number and name are kept again, "
        "and the entry says that it lifted the erasure.\n\nLift the erasure and record?",
    ) % day_text(when)
    if not context.dialogs.confirm(
        parent, QCoreApplication.translate("OptInQuestions", "Erased on request"), question
    ):
        return None
    return replace(request, lift_erasure=True)


def ask_about_clock(
    context: UiContext, parent: QWidget, request: OptInRequest
) -> OptInRequest | None:
    """The opt-in as it may go ahead, or None when the clock behind the last record is wrong.

    A clock behind the last record is wrong now or was wrong then; only staff can tell."""
    behind = context.read(lambda s: clock_behind(s, utc_now()))
    if not behind:
        return request
    question = (
        QCoreApplication.translate(
            "OptInQuestions",
            "%s. Is the computer's clock right now? Record only if it is: an earlier record was "
            "then made with a wrong clock.",
        )
        % behind.capitalize()
    )
    if not context.dialogs.confirm(
        parent, QCoreApplication.translate("OptInQuestions", "Check the clock"), question
    ):
        return None
    return replace(request, clock_checked=True)


def request_to_save(
    context: UiContext, parent: QWidget, typed: Callable[[], OptInRequest | None]
) -> OptInRequest | None:
    """The opt-in to save after the questions, or None (nothing to save, or staff said no).

    The questions read the records: when the server cannot be reached, say so and save
    nothing (the form keeps what was typed)."""
    try:
        request = typed()
        request = request and ask_to_lift(context, parent, request)
        return request and ask_about_clock(context, parent, request)
    except RecordsError as error:
        problem = database_problem(error, context.database)
        context.dialogs.show_error(
            parent, QCoreApplication.translate("OptInQuestions", "Save sign-up"), problem
        )
        return None
