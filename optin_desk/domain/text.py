"""Text from people and files, made safe to show on a terminal or to put in a CSV cell.

Control characters in a name, a message or a list cell are data, never instructions: a
terminal must not run an escape sequence from a customer's message, and a report must not
carry a NUL that stops the program reading it.
"""

from __future__ import annotations

_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_KEPT = (ord("\t"), ord("\n"))

_SHOWN = {code: f"\\u{code:04x}" for code in _CONTROLS if code not in _KEPT}
_DROPPED: dict[int, str | None] = {code: None for code in _CONTROLS if code not in _KEPT}


def has_controls(text: str) -> bool:
    """True when `text` holds a control character other than tab and line feed."""
    return any(ord(ch) in _SHOWN for ch in text)


def shown_controls(text: str) -> str:
    """`text` with every control character but tab and line feed written out as `\\u001b`.

    The escape is also valid inside a JSON string, so JSON output stays JSON.
    """
    if text.isprintable():
        return text
    return text.translate(_SHOWN)


def without_controls(text: str) -> str:
    """`text` with line breaks as `\\n` and every other control character but tab removed."""
    if text.isprintable():
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROPPED)
