"""What every command shares: exit codes, date options, and writing lines out."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from optin_desk.domain.text import shown_controls
from optin_desk.services.errors import InputError

EXIT_OK = 0
EXIT_NO = 1
EXIT_BAD_INPUT = 2
T = TypeVar("T")


def read_occurred(text: str | None) -> datetime | date | None:
    """An --at option: a date alone stays a day (ordered within it by recording), or None."""
    from optin_desk.domain.when import parse_occurred

    return _read_moment(text, parse_occurred)


def read_when(text: str | None) -> datetime | None:
    """A WHEN option (ISO date or date-time, not in the future), or None when not given."""
    from optin_desk.domain.when import parse_when

    return _read_moment(text, parse_when)


def _read_moment(text: str | None, parse: Callable[[str, datetime], T]) -> T | None:
    from optin_desk.domain.when import utc_now

    if text is None:
        return None
    try:
        return parse(text, utc_now())
    except ValueError as error:
        raise InputError.of(error) from None


def warn(recorded_warnings: tuple[str, ...]) -> None:
    """Say on stderr what staff should know about something that was recorded."""
    from optin_desk.cli.words import message, translate

    for line in recorded_warnings:
        complain(translate("Cli", "Note: {note}").format(note=message(line)))


class OutputError(Exception):
    """What a command prints could not be written (the reader went away, or a full disk)."""


def flush_output() -> None:
    """Write out what is still buffered for standard output (OutputError when it fails)."""
    try:
        sys.stdout.flush()
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None


def say(line: str = "") -> None:
    """One line of output for the person (or the tool) running the command.

    Control characters from the records or a file (a terminal escape in a customer's
    message, say) are written out as `\\u001b`, never sent to the terminal.
    """
    try:
        sys.stdout.write(shown_controls(line) + "\n")
    except OSError as error:  # a closed pipe (| head) or a full disk behind the output
        raise OutputError(error.strerror or str(error)) from None


def complain(line: str) -> None:
    """One line on stderr, control characters written out as in `say`."""
    sys.stderr.write(shown_controls(line) + "\n")
