"""The window's colours, in one place: what is wrong, what is fine, what waits, what is idle."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor

from optin_desk.domain.check import Verdict
from optin_desk.domain.consent import ConsentState

WRONG = "#b00020"
FINE = "#1b5e20"
WAITING = "#8d6e00"
IDLE = "#616161"

ERROR_STYLE = f"color: {WRONG}"
OK_STYLE = f"color: {FINE}"
WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px"
"""A warning to read before going on (a form whose categories are not translated)."""

CHART_COLOURS: Mapping[str, str] = {
    "sent": "#9aa0a6",
    "delivered": "#1a73e8",
    "read": "#188038",
    "failed": "#d93025",
    "opt-outs": "#f29900",
}
"""The bars of a broadcast: what became of its messages."""
CHART_LINES = ("#1a73e8", "#188038", "#a142f4", "#e37400")
"""One line per sender number in the quality chart."""
MARKER = "#5f6368"
"""Where a new opt-in method or wording version started."""

VERDICT_COLOURS: Mapping[Verdict, QColor] = {
    Verdict.SEND: QColor(FINE),
    Verdict.NO_CONSENT: QColor(WAITING),
    Verdict.OPTED_OUT: QColor(WRONG),
    Verdict.INVALID_NUMBER: QColor(WRONG),
    Verdict.DUPLICATE: QColor(IDLE),
    Verdict.TOO_FREQUENT: QColor(WAITING),
}
STATE_COLOURS: Mapping[ConsentState, QColor] = {
    ConsentState.OPTED_IN: QColor(FINE),
    ConsentState.OPTED_OUT: QColor(WRONG),
    ConsentState.NONE: QColor(IDLE),
}
