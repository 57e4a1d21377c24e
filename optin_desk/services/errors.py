"""Errors that services raise for people to read (never a traceback)."""

from __future__ import annotations

from optin_desk.resources import MissingResourceError

__all__ = ["InputError", "MissingResourceError", "RecordsSayNo"]


class InputError(ValueError):
    """Bad input or usage: nothing was written. The message says what to do."""


class RecordsSayNo(Exception):  # noqa: N818 (reads as the exit-code meaning)
    """The records refuse: the answer is no (e.g. the ledger chain is broken)."""
