"""The per-event work of a bulk append, done once per batch where it can be.

`bulk.bulk_add` chains hundreds of thousands of events in one go (demo, imports, the benches'
generator). Each needs a texts commitment, a link hash, a salt and, per person, a record id:
the same bytes as `commitment.commit_texts` and `chain.link_hash` make (a test compares them),
but with the JSON written out directly (no dict and encoder per event), a demo's repeated
texts encoded once, and the randomness read from the system in one call per batch.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator

from optin_desk.domain.commitment import SALT_BYTES
from optin_desk.domain.consent import Action, Method
from optin_desk.storage.ledger import NewEvent

Texts = tuple[str, str, str, str]
"""An event's free texts in FREE_TEXT_FIELDS order: confirmation, words, note, reason."""


def salts(count: int) -> Iterator[bytes]:
    """`count` fresh random salts (as `ledger.new_salt` makes, as bytes), read at once."""
    pool = os.urandom(SALT_BYTES * count)
    for start in range(0, len(pool), SALT_BYTES):
        yield pool[start : start + SALT_BYTES]


def record_ids(count: int) -> Iterator[str]:
    """`count` new consent-record ids: random UUID 4 text, as `models.new_record_id` writes."""
    pool = bytearray(os.urandom(16 * count))
    pool[6::16] = bytes((byte & 0x0F) | 0x40 for byte in pool[6::16])  # version 4
    pool[8::16] = bytes((byte & 0x3F) | 0x80 for byte in pool[8::16])  # RFC 4122 variant
    text = pool.hex()
    for start in range(0, len(text), 32):
        yield (
            f"{text[start : start + 8]}-{text[start + 8 : start + 12]}-"
            f"{text[start + 12 : start + 16]}-{text[start + 16 : start + 20]}-"
            f"{text[start + 20 : start + 32]}"
        )


class Chainer:
    """Commitments and link hashes for a run of new events (one per bulk append)."""

    def __init__(self) -> None:
        self._bodies: dict[Texts, bytes] = {_BLANK: _body(_BLANK)}
        self._value = {member: member.value for member in (*Action, *Method)}
        self._parts: dict[tuple[object, ...], tuple[str, str, str]] = {}

    def commit(self, salt: bytes, texts: Texts) -> str:
        """`commit_texts(salt.hex(), texts)`."""
        body = self._bodies.get(texts)
        if body is None:
            body = _body(texts)
            if len(self._bodies) < _KEPT_BODIES:  # texts repeat in demo data, not in imports
                self._bodies[texts] = body
        return hashlib.sha256(salt + body).hexdigest()

    def link(self, previous: str, event: NewEvent, numbers: Numbers) -> str:
        """`link_hash(previous, fields)` of a new event: its canonical payload written out
        directly (the keys of STORED_ORDER in that order, texts blank as the commitment stands
        for them, an empty optional field left out), each text quoted as the encoder quotes it.

        Writing the payload costs a third of building a dict and encoding it; the parts an
        event shares with others of its load (action, scope, method, dates, who, wording) are
        written once for all of them."""
        event_id, contact_id, voided, keyed, committed = numbers
        shared = (
            event.action,
            event.scope,
            event.method,
            event.occurred_at,
            event.occurred_on,
            event.recorded_at,
            event.recorded_by,
            event.language,
            event.form_serial,
            event.evidence_sha256,
            event.wording_sha256,
        )
        parts = self._parts.get(shared)
        if parts is None:
            parts = self._shared_parts(event)
            if len(self._parts) < _KEPT_PARTS:  # a demo's dates differ an event: not kept
                self._parts[shared] = parts
        head, middle, tail = parts
        quote = _QUOTE
        bound = "" if keyed is None else f'"contact_key":{quote(keyed)},'
        payload = (
            f'{head}{int(contact_id)},{bound}"customer_words":"","event_id":{int(event_id)},'
            f"{middle}{quote(committed)},"
            f'"voided_event_id":{"null" if voided is None else int(voided)},{tail}'
        )
        digest = hashlib.sha256(previous.encode("ascii"))
        digest.update(b"\n")
        digest.update(payload.encode())
        return digest.hexdigest()

    def _shared_parts(self, event: NewEvent) -> tuple[str, str, str]:
        """The payload's text before contact_id, between event_id and texts_sha256's value,
        and after voided_event_id."""
        quote, either, value = _QUOTE, _either, self._value
        day = "" if event.occurred_on is None else f'"occurred_on":{quote(event.occurred_on)},'
        head = f'{{"action":{quote(value[event.action])},"confirmation_text":"","contact_id":'
        middle = (
            f'"evidence_sha256":{either(event.evidence_sha256)},'
            f'"form_serial":{either(event.form_serial)},"language":{quote(event.language)},'
            f'"method":{quote(value[event.method])},"note":"",'
            f'"occurred_at":{quote(event.occurred_at)},{day}"reason":"",'
            f'"recorded_at":{quote(event.recorded_at)},"recorded_by":{quote(event.recorded_by)},'
            f'"scope":{quote(event.scope)},"texts_sha256":'
        )
        tail = f'"wording_sha256":{either(event.wording_sha256)}}}'
        return head, middle, tail


Numbers = tuple[int, int, int | None, str | None, str]
"""What the bulk path settles for an event: its id, its contact's id, the id of the event it
voids, the contact's keyed number hash and the texts commitment."""
_QUOTE: Callable[[str], str] = json.encoder.encode_basestring
"""A JSON string as the compact encoder writes it with ensure_ascii=False (its own quoting)."""


def _either(value: str | None) -> str:
    return "null" if value is None else _QUOTE(value)


def _body(texts: Texts) -> bytes:
    """The texts as `commit_texts` encodes them: compact JSON of FREE_TEXT_FIELDS (already in
    sorted order) with each text quoted as the encoder quotes it, written out directly."""
    confirmation, words, note, reason = texts
    quote = _QUOTE
    return (
        f'{{"confirmation_text":{quote(confirmation)},"customer_words":{quote(words)},'
        f'"note":{quote(note)},"reason":{quote(reason)}}}'
    ).encode()


_BLANK: Texts = ("", "", "", "")
_KEPT_BODIES = 1024
_KEPT_PARTS = 1024
"""Distinct texts whose encoding a Chainer keeps (a demo's few confirmations, not an import's
note per row); and distinct shared parts of payloads (an import's few dates, not a demo's)."""
