"""Errors that services raise for people to read (never a traceback).

An InputError's message is marked with `QT_TRANSLATE_NOOP("Messages", ...)` and carries its
fields apart (see domain.messages), so the window and the command line can say it in the
shop's language."""

from __future__ import annotations

from optin_desk.domain.messages import WordedError
from optin_desk.resources import MissingResourceError

__all__ = ["InputError", "MissingResourceError", "RecordsSayNo", "StoppedPartWayError"]


class InputError(WordedError):
    """Bad input or usage: nothing was written. The message says what to do."""


class StoppedPartWayError(WordedError):
    """A long write stopped part way (the database went away): what was saved before it is
    kept, and the message says how much, and how to finish."""


class RecordsSayNo(Exception):  # noqa: N818 (reads as the exit-code meaning)
    """The records refuse: the answer is no (e.g. the ledger chain is broken)."""
