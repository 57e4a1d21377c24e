"""The hash chain over consent events: canonical payload and link hash.

Each event's hash covers its own fields and the previous event's hash, so a changed,
removed or reordered event breaks every link after it. Names and phone numbers are not part
of the payload (they live in the contacts table), so an erasure request can be honoured
without breaking the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter

from optin_desk.domain import chain_words as words
from optin_desk.domain.commitment import COMMITMENT_FIELD, FREE_TEXT_FIELDS
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError
from optin_desk.domain.payload_text import payload_writer
from optin_desk.domain.when import CLOCK_TOLERANCE, from_canonical

GENESIS_HASH = "0" * 64

CHAINED_FIELDS: tuple[str, ...] = (
    "event_id",
    "contact_id",
    "action",
    "scope",
    "method",
    "occurred_at",
    "recorded_at",
    "recorded_by",
    "wording_sha256",
    "form_serial",
    "evidence_sha256",
    "note",
    "voided_event_id",
    "reason",
    "customer_words",
    "language",
    "confirmation_text",
)
"""The event fields the chain covers, in their canonical order."""

OPTIONAL_CHAINED_FIELDS: tuple[str, ...] = (
    "occurred_on",
    "details",
    "contact_key",
    COMMITMENT_FIELD,
)
"""Fields added after the first events were chained: covered whenever they are set, left out
of the payload when empty, so events stored before they existed keep their hashes.

An event with a texts commitment (`texts_sha256`) chains its free texts as empty strings: the
commitment covers them instead (see domain.commitment)."""

ChainValue = str | int | None

STORED_ORDER: tuple[str, ...] = tuple(sorted((*CHAINED_FIELDS, *OPTIONAL_CHAINED_FIELDS)))
"""The chained fields in the canonical payload's (sorted) order: a stored row read in this
order, followed by its prev_hash and hash, is a `ChainRow`."""

_CHAINED = frozenset(CHAINED_FIELDS)
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def canonical_payload(fields: Mapping[str, ChainValue]) -> bytes:
    """The canonical bytes of an event: exactly CHAINED_FIELDS, as compact sorted JSON."""
    if not _CHAINED.issubset(fields.keys()):
        missing = [name for name in CHAINED_FIELDS if name not in fields]
        raise WordedError(
            QT_TRANSLATE_NOOP("Messages", "event payload lacks {missing}"),
            missing=", ".join(missing),
        )
    # Built in sorted key order, so the encoder need not sort (the bytes are the same); an
    # optional field left empty is taken out again (deleting keeps the others' order).
    get = fields.get
    payload = {name: get(name) for name in STORED_ORDER}
    for name in OPTIONAL_CHAINED_FIELDS:
        if payload[name] is None:
            del payload[name]
    if payload.get(COMMITMENT_FIELD) is not None:
        payload.update(dict.fromkeys(FREE_TEXT_FIELDS, ""))
    return _ENCODE(payload).encode()


def link_hash(previous_hash: str, fields: Mapping[str, ChainValue]) -> str:
    """sha256 over the previous hash and this event's canonical payload."""
    digest = hashlib.sha256()
    digest.update(previous_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical_payload(fields))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainedEvent:
    """An event as stored: its fields, the previous hash it names, and its own hash."""

    fields: Mapping[str, ChainValue]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    """The outcome of recomputing the chain."""

    ok: bool
    count: int
    head: str
    broken_event_id: int | None = None
    problem: str = ""
    contains_head: bool | None = None
    notes: tuple[str, ...] = ()
    """What holds but deserves a look, e.g. the computer's clock going back between records."""
    taken_on_trust: tuple[int, ...] = ()
    """Events chained with their texts in clear whose texts were erased on request: their
    stored hash is taken on trust from the event after them."""


ChainRow = Sequence[ChainValue]
"""One stored event as plain values: the STORED_ORDER fields, then prev_hash, hash, the salt
of its texts and when its texts were erased (both None when not known)."""

_EVENT_ID_AT = STORED_ORDER.index("event_id")
_OCCURRED_AT = STORED_ORDER.index("occurred_at")
_RECORDED_AT = STORED_ORDER.index("recorded_at")
_CONTACT_KEY_AT = STORED_ORDER.index("contact_key")
_CONTACT_ID_AT = STORED_ORDER.index("contact_id")
_COMMITMENT_AT = STORED_ORDER.index(COMMITMENT_FIELD)


def _as_rows(events: Iterable[ChainedEvent]) -> Iterator[ChainRow]:
    for event in events:
        fields = event.fields
        missing = [name for name in CHAINED_FIELDS if name not in fields]
        if missing:
            raise ValueError(f"event payload lacks {', '.join(missing)}")
        yield (
            *(fields.get(name) for name in STORED_ORDER),
            event.prev_hash,
            event.hash,
            fields.get("texts_salt"),
            fields.get("texts_erased_at"),
        )


def verify_chain(
    events: Iterable[ChainedEvent],
    expected_count: int | None = None,
    expected_head: str | None = None,
    earlier_head: str | None = None,
) -> ChainReport:
    """Recompute every link in id order and report the first broken one.

    `expected_count` and `expected_head` are what the ledger recorded when it last appended,
    which catches removed events at the end. `earlier_head`, when given, must occur in the chain.
    """
    return verify_rows(_as_rows(events), expected_count, expected_head, earlier_head)


def verify_rows(
    rows: Iterable[ChainRow],
    expected_count: int | None = None,
    expected_head: str | None = None,
    earlier_head: str | None = None,
    contact_keys: Mapping[int, str | None] | None = None,
) -> ChainReport:
    """verify_chain over plain stored rows (see ChainRow): no object or dict per event beyond
    the payload itself, which is what a year of records spends its time on.

    `contact_keys` (each contact's keyed number hash, as its row holds it), when given: every
    event that chains a contact key must name a contact whose row holds that same key."""
    encode = _encoder()
    sha256 = hashlib.sha256
    read = datetime.fromisoformat  # as when.from_canonical, inlined
    texts_of = _TEXTS_OF
    no_texts = _NO_TEXTS
    blank = _texts_body(no_texts, encode)
    fromhex = bytes.fromhex
    names = STORED_ORDER
    width = len(names)
    previous = GENESIS_HASH
    count = 0
    last_id = 0
    last_recorded: datetime | None = None
    tolerance = CLOCK_TOLERANCE
    backwards = 0
    first_backwards: tuple[int, str, str] | None = None
    seen_earlier = earlier_head is None
    trusted: list[int] = []
    write = payload_writer(STORED_ORDER, OPTIONAL_CHAINED_FIELDS)
    for row in rows:
        event_id = row[_EVENT_ID_AT]
        assert isinstance(event_id, int)
        count += 1
        if event_id <= last_id:
            return ChainReport(False, count, previous, event_id, words.OUT_OF_ORDER)
        if event_id != last_id + 1:
            return ChainReport(
                False,
                count,
                previous,
                event_id,
                words.ids_missing(last_id + 1, event_id - 1),
            )
        if row[width] != previous:
            return ChainReport(False, count, previous, event_id, words.NOT_FOLLOWING)
        bound = row[_CONTACT_KEY_AT]
        if (
            bound is not None
            and contact_keys is not None
            and bound != contact_keys.get(row[_CONTACT_ID_AT])  # type: ignore[arg-type]
        ):
            return ChainReport(
                False,
                count,
                previous,
                event_id,
                words.other_persons_key(row[_CONTACT_ID_AT]),
            )
        commitment = row[_COMMITMENT_AT]
        if commitment is None:
            trust = row[width + 3] is not None  # clear texts erased on request
        else:  # the texts commitment, inlined: it is half the work of a new event
            salt = row[width + 2]
            texts = texts_of(row)
            if salt:
                # Most events have no free text: their body is always the same bytes.
                body = blank if texts == no_texts else _texts_body(texts, encode)
                if sha256(fromhex(str(salt)) + body).hexdigest() != commitment:
                    return ChainReport(False, count, previous, event_id, words.TEXTS_CHANGED)
            elif any(texts):
                return ChainReport(False, count, previous, event_id, words.TEXTS_BACK)
            trust = False
        if trust:
            recomputed = str(row[width + 1])
            trusted.append(event_id)
        else:
            digest = sha256(previous.encode("ascii"))
            digest.update(b"\n")
            text = write(row)  # the payload's JSON, without a dict per event
            digest.update((_payload_text(row, encode) if text is None else text).encode())
            recomputed = digest.hexdigest()
        if recomputed != row[width + 1]:
            return ChainReport(False, count, previous, event_id, words.HASH_DIFFERS)
        dated: datetime | None
        recorded: datetime | None
        try:
            dated, recorded = read(row[_OCCURRED_AT]), read(row[_RECORDED_AT])  # type: ignore[arg-type]
        except (TypeError, ValueError):  # not moments (the hash already covers them)
            dated, recorded = _read_moment(row[_OCCURRED_AT]), _read_moment(row[_RECORDED_AT])
        if dated is not None and recorded is not None and dated - recorded > tolerance:
            return ChainReport(
                False,
                count,
                previous,
                event_id,
                words.dated_ahead(dated, recorded),
            )
        if recorded is not None:
            if last_recorded is not None and last_recorded - recorded > tolerance:
                backwards += 1
                first_backwards = first_backwards or (
                    event_id,
                    f"{recorded:%Y-%m-%d %H:%M}",
                    f"{last_recorded:%Y-%m-%d %H:%M}",
                )
            last_recorded = recorded
        previous = recomputed
        last_id = event_id
        if earlier_head is not None and recomputed == earlier_head:
            seen_earlier = True
    if expected_head is not None and (expected_head != previous or expected_count != count):
        return ChainReport(
            False,
            count,
            previous,
            last_id + 1,
            words.ends_early(count, last_id, expected_count, expected_head),
        )
    contains = None if earlier_head is None else seen_earlier
    notes: tuple[str, ...] = ()
    if first_backwards:
        notes = (words.clock_note(first_backwards, backwards),)
    if trusted:
        notes = (*notes, words.taken_on_trust(trusted))
    return ChainReport(
        True, count, previous, contains_head=contains, notes=notes, taken_on_trust=tuple(trusted)
    )


def _payload_text(row: ChainRow, encode: Callable[[object], str]) -> str:
    """canonical_payload's text of a stored row through a dict (values payload_writer does
    not write: a float or bytes stored behind the program's back)."""
    payload = dict(zip(STORED_ORDER, row, strict=False))  # stops before prev_hash, hash
    for name in OPTIONAL_CHAINED_FIELDS:
        if payload[name] is None:
            del payload[name]
    if payload.get(COMMITMENT_FIELD) is not None:
        payload.update(dict.fromkeys(FREE_TEXT_FIELDS, ""))
    return encode(payload)


def _encoder() -> Callable[[object], str]:
    """Compact JSON of a payload whose keys are already in order, as
    `json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode` writes it.

    The standard encoder builds its C encoder afresh at every call, which is a fifth of the
    chain's time on a year of records; this one is built once (the same bytes: a test says so).
    """
    standard = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator in this Python
        return standard.encode
    once = make(
        None, standard.default, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )  # markers, default, string, indent, separators, sort,
    #                                  skip keys, allow NaN

    def encode(value: object) -> str:
        return "".join(once(value, 0))

    return encode


_TEXTS_OF = itemgetter(*(STORED_ORDER.index(name) for name in FREE_TEXT_FIELDS))
_NO_TEXTS = ("",) * len(FREE_TEXT_FIELDS)


def _texts_body(texts: Sequence[ChainValue], encode: Callable[[object], str]) -> bytes:
    """The bytes a texts commitment covers after the salt: the free texts as stored, as
    compact JSON in their (sorted) order (domain.commitment.commit_texts)."""
    return encode(dict(zip(FREE_TEXT_FIELDS, texts, strict=True))).encode()


def _read_moment(value: ChainValue) -> datetime | None:
    """A stored moment read back, or None when it is not one (the hash already covers it)."""
    try:
        return from_canonical(value)  # type: ignore[arg-type]  # not text: TypeError
    except (TypeError, ValueError):
        return None


def compact_encoder() -> Callable[[object], str]:
    """`_encoder` for other modules: bulk appends chain many events with one encoder."""
    return _encoder()
