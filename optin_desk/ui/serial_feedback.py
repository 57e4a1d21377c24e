"""What the Sign-ups page says beside the form serial, as it is typed and when it is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from optin_desk.ui import lazy_services
from optin_desk.ui.palette import ERROR_STYLE, OK_STYLE

if TYPE_CHECKING:  # the services load SQLAlchemy: after the first paint
    from optin_desk.services.serial_check import SerialCheck


class SerialFeedback(NamedTuple):
    """The style and words beside the serial field, and whether the form is one to enter."""

    style: str
    words: str
    ready: bool


def serial_feedback(check: SerialCheck, text: str, finished: bool) -> SerialFeedback:
    """✓ and the form's wording for a form ready to enter (ours, or from another print run);
    nothing while a serial is still being typed, or a new form's field is still empty; ✗ and
    why for a serial mistyped, never printed or already entered, or left out of a paper form.

    A serial is judged when it is whole or the field is left (`finished`); one left out, when
    the form is saved (or the field is left after its text was wiped)."""
    from optin_desk.services.serial_check import SerialVerdict  # loaded by the check

    compact = "".join(text.split()).replace("-", "")
    typing = not finished and len(compact) < 9 and compact.isalnum()
    if check.verdict in (SerialVerdict.READY, SerialVerdict.ELSEWHERE):
        return SerialFeedback(OK_STYLE, f"✓ {lazy_services.serial_words(check)}", True)
    if check.verdict is SerialVerdict.MISSING:
        typing = not finished
    if check.usable or (typing and check.verdict is not SerialVerdict.USED):
        return SerialFeedback("", "", False)
    return SerialFeedback(ERROR_STYLE, f"✗ {lazy_services.serial_words(check)}", False)


def serial_widgets() -> tuple[QLineEdit, QLabel, QCheckBox]:
    """The serial field, the label beside it, and the "Form from another print run" box."""
    serial = QLineEdit()
    serial.setPlaceholderText(
        QCoreApplication.translate(
            "SignupPage", "printed at the top of the form; a paper form needs it"
        )
    )
    feedback = QLabel()
    feedback.setWordWrap(True)
    elsewhere = QCheckBox(
        QCoreApplication.translate("SignupPage", "Form from another print run (Alt+F)")
    )
    elsewhere.setToolTip(
        QCoreApplication.translate(
            "SignupPage",
            "The shop printed this form somewhere else: its serial is kept as typed, with a note",
        )
    )
    elsewhere.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to the name
    return serial, feedback, elsewhere
