"""What `verify` finds around the chain: each finding named, in words marked for translation.

The chain (domain.chain) proves the events were not changed; these findings cover what a proof
and the readers rely on beside it: the wordings, the scans, the state table `check` and
`status` read, the ledger's head row and its append-only guards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said, WordedError
from optin_desk.domain.when import from_canonical, local_display

WORDING_CHANGED = "wording_changed"
EVENT_WORDING = "event_wording"
EVIDENCE_CHANGED = "evidence_changed"
EVIDENCE_MISSING = "evidence_missing"
EVIDENCE_ERASED = "evidence_erased"
STATE_DIFFERS = "state_differs"
STATE_UNREADABLE = "state_unreadable"
HEAD_MISSING = "head_missing"
GUARD_MISSING = "guard_missing"
REWRITE_RIGHT = "rewrite_right"
BLOCK_DIFFERS = "merkle_block_differs"
BLOCK_MISSING = "merkle_block_missing"
BLOCK_EXTRA = "merkle_block_extra"
PIN_NOT_AS_STATED = "owner_pin_not_as_stated"
CHECKPOINT_NOT_HELD = "checkpoint_not_held"
ERASURE_NOT_ON_RECORD = "erasure_not_on_record"
LIFT_NOT_ON_RECORD = "erasure_lift_not_on_record"


class RecordsChangedError(WordedError):
    """The records were changed behind the program's back in a way that writing now would
    build on (and could hide): nothing is written."""


class LedgerHeadMissingError(RecordsChangedError):
    """The ledger holds events but its head row is gone: nothing may be appended."""


TAIL_NOT_HEAD = QT_TRANSLATE_NOOP(
    "Messages",
    "nothing was recorded: the ledger's last event is not the one its head row names (an event"
    " was deleted or added behind the program's back); run verify, then restore the latest"
    " backup (an opt-out is still recorded)",
)
OPT_OUT_WOULD_BE_LOST = QT_TRANSLATE_NOOP(
    "Messages",
    "nothing was recorded: {phone} is opted out of {kind} on record, but the events left in"
    " the ledger no longer say so (one was deleted behind the program's back); run verify,"
    " then restore the latest backup",
)
LEDGER_HEAD_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "nothing was recorded: the ledger's head row was deleted behind the program's back; run"
    " verify, then restore the latest backup",
)


@dataclass(frozen=True)
class Finding:
    """One thing verify found: a code for programs, words for people, whether it fails."""

    code: str
    said: Said
    fails: bool = True
    fields: Mapping[str, object] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """The finding for `verify --json`: code, whether it fails, English words, fields."""
        return {"code": self.code, "fails": self.fails, "message": str(self.said), **self.fields}


def _finding(code: str, text: str, fails: bool = True, **fields: object) -> Finding:
    return Finding(code, Said(text, -1, **fields), fails, fields)


def wording_text_changed(wording_id: int, language: str, version: int) -> Finding:
    """A wording row whose text no longer hashes to its own sha256."""
    return _finding(
        WORDING_CHANGED,
        QT_TRANSLATE_NOOP(
            "Messages",
            "wording {wording_id} ({language}, version {version}): its text was changed; it"
            " no longer hashes to the sha256 recorded for it",
        ),
        wording_id=wording_id,
        language=language,
        version=version,
    )


def event_wording_differs(event_id: int, wording_id: int, chained: str, found: str) -> Finding:
    """An event whose wording row is not the wording its chained sha256 names."""
    return _finding(
        EVENT_WORDING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "event {event_id} points at wording {wording_id}, whose sha256 is {found}, but"
            " the chain says the person was shown the wording {chained}",
        ),
        event_id=event_id,
        wording_id=wording_id,
        chained=chained[:12],
        found=found[:12] if found else Said(QT_TRANSLATE_NOOP("Messages", "(none)")),
    )


def evidence_changed(sha256: str, found: str) -> Finding:
    """A scan whose bytes no longer hash to the name it is stored and chained under."""
    return _finding(
        EVIDENCE_CHANGED,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the scan {sha256} was replaced or altered: its file now hashes to {found}",
        ),
        sha256=sha256[:12],
        found=found[:12],
    )


def evidence_missing(sha256: str, event_id: int, fails: bool) -> Finding:
    """A scan the records name that is not in this computer's scan folder."""
    if fails:
        return _finding(
            EVIDENCE_MISSING,
            QT_TRANSLATE_NOOP(
                "Messages",
                "the scan {sha256} of event {event_id} is missing from the scan folder: the"
                " proof of that opt-in lost its scan; put the file back from a backup",
            ),
            sha256=sha256[:12],
            event_id=event_id,
        )
    return _finding(
        EVIDENCE_MISSING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the scan {sha256} of event {event_id} is not on this computer (the shared"
            " records keep scans on the computer that recorded them): verify there",
        ),
        False,
        sha256=sha256[:12],
        event_id=event_id,
    )


def evidence_erased(count: int) -> Finding:
    """Scans gone because the people they showed were erased on request (as they should)."""
    text = Plural.translate(
        "Messages", "%n scan(s) of erased people are gone, as the erasure asked", None, count
    )
    return Finding(EVIDENCE_ERASED, Said(text, count), False, {"count": count})


def state_unreadable(contact_id: int, problem: str) -> Finding:
    """A person whose events cannot be folded to compare with the state table."""
    return _finding(
        STATE_UNREADABLE,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the events of person {contact_id} cannot be read ({problem}): they were edited "
            "outside the program, so their consent cannot be worked out; restore the latest "
            "backup",
        ),
        contact_id=contact_id,
        problem=problem,
    )


_STATE_WORDS = {
    "opted_in": QT_TRANSLATE_NOOP("Messages", "opted in"),
    "opted_out": QT_TRANSLATE_NOOP("Messages", "opted out"),
    "none": QT_TRANSLATE_NOOP("Messages", "without consent"),
}


def _state_words(state: str) -> str:
    """A consent state in words (a value the program never writes: as it is, quoted)."""
    words = _STATE_WORDS.get(state)
    return Said(words) if words else repr(state)


def state_differs(
    contact_id: int,
    category: str,
    table: str,
    ledger: str,
    event_id: int | None,
    table_event_id: int | None = None,
    *,
    label: str = "",
    table_since: str | None = None,
    ledger_since: str | None = None,
) -> Finding:
    """The first place the state table disagrees with the ledger refolded (the states in
    words for people, the category by the shop's `label` for it; their codes for programs).
    When the table keeps the state and the event but not the time, the sentence is about
    the time: the two sides would otherwise read the same."""
    fields: dict[str, object] = {
        "contact_id": contact_id,
        "category": category,
        "table": table,
        "ledger": ledger,
        "event_id": event_id if event_id is not None else "-",
        "table_event_id": table_event_id if table_event_id is not None else "-",
        "table_since": table_since,
        "ledger_since": ledger_since,
    }
    worded: dict[str, object] = {
        "contact_id": contact_id,
        "category": label or category,
        "table": _state_words(table),
        "ledger": _state_words(ledger),
        "event_id": fields["event_id"],
        "table_event_id": fields["table_event_id"],
    }
    if (table, table_event_id) == (ledger, event_id) and table_since != ledger_since:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "the consent state table says person {contact_id} is {table} for {category} since"
            " {table_since} (event {event_id}), but the ledger says since {ledger_since}: the"
            " time was edited outside the program; check and status read the table, so they"
            " are wrong for this person",
        )
        shown_table, shown_ledger = _moments_apart(table_since, ledger_since)
        worded.update(table_since=shown_table, ledger_since=shown_ledger)
        return Finding(STATE_DIFFERS, Said(text, -1, **worded), True, fields)
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "the consent state table says person {contact_id} is {table} for {category}"
        " (event {table_event_id}), but the ledger says {ledger} (event {event_id}):"
        " check and status read the table, so they are wrong for this person",
    )
    return Finding(STATE_DIFFERS, Said(text, -1, **worded), True, fields)


def _moments_apart(first: str | None, second: str | None) -> tuple[str, str]:
    """Two stored moments as people read them, to the minute, or to the microsecond (UTC)
    when the minute is the same: the reader sees what differs. A value that is no moment is
    shown as it is, quoted."""

    def read(value: str | None) -> datetime | None:
        try:
            return from_canonical(value) if value else None
        except ValueError:
            return None

    one, other = read(first), read(second)
    if one is None or other is None:
        return (
            local_display(one) if one is not None else repr(first),
            local_display(other) if other is not None else repr(second),
        )
    if local_display(one) != local_display(other):
        return local_display(one), local_display(other)
    return f"{one:%Y-%m-%d %H:%M:%S.%f} UTC", f"{other:%Y-%m-%d %H:%M:%S.%f} UTC"


def head_missing(count: int) -> Finding:
    """Events without the ledger's head row."""
    text = Plural.translate(
        "Messages",
        "the ledger's head row is missing although it holds %n event(s): someone"
        " deleted it behind the program's back, which hides whether events were cut"
        " from the end. Nothing can be recorded until it is back: compare with a"
        " checkpoint kept away (verify --checkpoint) and restore the latest backup",
        None,
        count,
    )
    return Finding(HEAD_MISSING, Said(text, count), True, {"count": count})


def guard_missing(name: str) -> Finding:
    """An append-only trigger of the ledger that is gone (or switched off)."""
    return _finding(
        GUARD_MISSING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the append-only guard {name} is missing or switched off: the ledger can be"
            " rewritten without a trace in it; restore the latest backup or ask for help",
        ),
        name=name,
    )


def pin_not_as_stated() -> Finding:
    """The owner PIN kept in the settings is not the one the ledger states last."""
    return _finding(
        PIN_NOT_AS_STATED,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the owner PIN kept in the settings is not the one the ledger states: it was"
            " removed or replaced behind the program's back; what needs the PIN stays refused"
            " until the owner gives the PIN that opens this computer's signing key",
        ),
    )


def erasure_not_on_record(contact_id: int) -> Finding:
    """An erased contact (no number) whose erasure is no longer on record."""
    return _finding(
        ERASURE_NOT_ON_RECORD,
        QT_TRANSLATE_NOOP(
            "Messages",
            "contact {contact} was erased, but the erasure is no longer on record: it was"
            " removed behind the program's back and the number is no longer blocked; restore"
            " the latest backup or ask for help",
        ),
        contact=contact_id,
    )


def lift_not_on_record(event_id: int | None) -> Finding:
    """An erasure marked lifted without the person's own new opt-in behind it."""
    return _finding(
        LIFT_NOT_ON_RECORD,
        QT_TRANSLATE_NOOP(
            "Messages",
            "an erasure is marked lifted by event {event}, which is not the person's own new"
            " opt-in: it was lifted behind the program's back and the number is no longer"
            " blocked; restore the latest backup or ask for help",
        ),
        event=event_id if event_id is not None else "-",
    )


def checkpoint_not_held(said: Said) -> Finding:
    """A checkpoint of the log beside the records that the ledger no longer holds (what the
    checkpoint check said of it)."""
    return Finding(CHECKPOINT_NOT_HELD, said, True, dict(said.fields))


def rewrite_right(role: str) -> Finding:
    """A server role other than the owner that may rewrite the ledger."""
    return _finding(
        REWRITE_RIGHT,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its"
            " owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON"
            " consent_events FROM {role})",
        ),
        role=role,
    )


def block_differs(block: int, last_event_id: int) -> Finding:
    """A stored Merkle block whose root or range is not that of the ledger's events."""
    return _finding(
        BLOCK_DIFFERS,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the stored Merkle root of block {block} (the events up to {event_id}) is not the"
            " root of those events in the ledger: it was changed behind the program's back."
            " Proofs are built from every event instead; restore the latest backup",
        ),
        block=block,
        event_id=last_event_id,
    )


def block_missing(block: int, last_event_id: int) -> Finding:
    """A complete block of the ledger whose Merkle root is not stored."""
    return _finding(
        BLOCK_MISSING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the Merkle root of block {block} (the events up to {event_id}) is missing: it"
            " was deleted behind the program's back. Proofs are built from every event"
            " instead; restore the latest backup",
        ),
        block=block,
        event_id=last_event_id,
    )


def block_extra(block: int) -> Finding:
    """A Merkle root stored for a block the ledger does not hold."""
    return _finding(
        BLOCK_EXTRA,
        QT_TRANSLATE_NOOP(
            "Messages",
            "a Merkle root is stored for block {block}, which the ledger does not hold: it was"
            " added behind the program's back; restore the latest backup",
        ),
        block=block,
    )
