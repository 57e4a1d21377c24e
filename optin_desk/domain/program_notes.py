"""The notes the program itself writes into an event's note, and how they are shown.

An event's note is chained into the ledger and never rewritten, so these notes are stored
in English, exactly as they always were. Where a person reads a note (the window's
timeline, `history`, the proof PDF), each of the program's own notes in it is recognised by
its fixed text and said in the reader's language; anything else (what staff typed) is shown
as stored. A note holds its parts joined by `NOTE_JOINER`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Lookup, Said, worded

NOTE_JOINER = "; "


@dataclass(frozen=True)
class ProgramNote:
    """One note the program writes: a code (the proof's words name it `note_<code>`) and its
    English text, marked for translation, with `{fields}`."""

    code: str
    text: str

    def pattern(self) -> re.Pattern[str]:
        """The stored text, its fields read back."""
        parts = re.split(r"\{(\w+)\}", self.text)
        return re.compile(
            "".join(
                re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+)"
                for index, part in enumerate(parts)
            )
        )


OTHER_PRINT_RUN = ProgramNote(
    "other_print_run", QT_TRANSLATE_NOOP("Messages", "form from another print run")
)
"""A sign-up whose form serial the shop printed somewhere else."""
LIFTED_ERASURE = ProgramNote(
    "lifted_erasure",
    QT_TRANSLATE_NOOP(
        "Messages", "lifts the erasure on request of {day} (the person's own new consent)"
    ),
)
"""An opt-in that lifts an erasure (no name, no number: the day of the erasure)."""
REPLIED = ProgramNote("replied", QT_TRANSLATE_NOOP("Messages", "replied: {message}"))
"""An opt-in asked for in a customer's reply, read by `replies`."""

IMPORTED = ProgramNote("imported", QT_TRANSLATE_NOOP("Messages", "imported from {file}, row {row}"))
"""A row recorded by `import` (the file's name and the row's number)."""
THEIR_METHOD = ProgramNote("their_method", QT_TRANSLATE_NOOP("Messages", "their method: {method}"))
"""How the other tool said the consent was given (its own word, kept as written)."""
REAPPLIED = ProgramNote(
    "reapplied",
    QT_TRANSLATE_NOOP(
        "Messages", "re-applied after a restore from {file}: event {event}, recorded {recorded}"
    ),
)
"""An opt-out recorded after a backup, recorded again once that backup was restored."""

PROGRAM_NOTES = (OTHER_PRINT_RUN, LIFTED_ERASURE, REPLIED, IMPORTED, THEIR_METHOD, REAPPLIED)
_PATTERNS = tuple((note, note.pattern()) for note in PROGRAM_NOTES)


def written(note: ProgramNote, **fields: str) -> str:
    """The text stored for `note` (English, as the ledger has always kept it)."""
    return note.text.format(**fields)


def joined_notes(*parts: str) -> str:
    """Notes kept together in one event's note (empty ones left out)."""
    return NOTE_JOINER.join(part for part in parts if part)


Say = Callable[[ProgramNote, Mapping[str, str]], str]
"""How a reader's side says one of the program's notes, given its fields."""


def shown_note(note: str, say: Say) -> str:
    """`note` as stored, each of the program's own notes in it said through `say`."""
    shown = []
    for part in note.split(NOTE_JOINER):
        for program_note, pattern in _PATTERNS:
            found = pattern.fullmatch(part)
            if found is not None:
                part = say(program_note, found.groupdict())
                break
        shown.append(part)
    return NOTE_JOINER.join(shown)


def note_in_words(note: str, lookup: Lookup) -> str:
    """`note` with the program's own notes looked up in a translations catalogue (the
    window's and the command line's `Messages`)."""
    return shown_note(note, lambda found, fields: worded(Said(found.text, -1, **fields), lookup))
