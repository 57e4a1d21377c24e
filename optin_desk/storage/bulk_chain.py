"""The per-event work of a bulk append, done once per batch where it can be.

`bulk.bulk_add` chains hundreds of thousands of events in one go (demo, imports, the benches'
generator). Each needs a texts commitment, a link hash, a salt and, per person, a record id:
the same bytes as `commitment.commit_texts` and `chain.link_hash` make (a test compares them),
but with the JSON encoder built once, each distinct set of texts encoded once (most events
have none), and the randomness read from the system in one call per batch.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator

from optin_desk.domain.chain import compact_encoder
from optin_desk.domain.commitment import FREE_TEXT_FIELDS, SALT_BYTES
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
    for start in range(0, len(pool), 16):
        pool[start + 6] = (pool[start + 6] & 0x0F) | 0x40  # version 4
        pool[start + 8] = (pool[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
        text = pool[start : start + 16].hex()
        yield f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class Chainer:
    """Commitments and link hashes for a run of new events (one per bulk append)."""

    def __init__(self) -> None:
        self._encode = compact_encoder()
        self._bodies: dict[Texts, bytes] = {}

    def commit(self, salt: bytes, texts: Texts) -> str:
        """`commit_texts(salt.hex(), texts)`."""
        body = self._bodies.get(texts)
        if body is None:
            body = self._encode(dict(zip(FREE_TEXT_FIELDS, texts, strict=True))).encode()
            self._bodies[texts] = body
        return hashlib.sha256(salt + body).hexdigest()

    def link(self, previous: str, event: NewEvent, numbers: Numbers) -> str:
        """`link_hash(previous, fields)` of a new event: its canonical payload written out
        directly (the keys of STORED_ORDER in that order, texts blank as the commitment stands
        for them, an empty optional field left out), each text quoted as the encoder quotes it.

        Writing the payload costs a third of building a dict and encoding it."""
        event_id, contact_id, voided, keyed, committed = numbers
        quote, either = _QUOTE, _either
        bound = "" if keyed is None else f'"contact_key":{quote(keyed)},'
        day = "" if event.occurred_on is None else f'"occurred_on":{quote(event.occurred_on)},'
        payload = (
            f'{{"action":{quote(event.action.value)},"confirmation_text":"",'
            f'"contact_id":{int(contact_id)},{bound}"customer_words":"","event_id":{int(event_id)},'
            f'"evidence_sha256":{either(event.evidence_sha256)},'
            f'"form_serial":{either(event.form_serial)},"language":{quote(event.language)},'
            f'"method":{quote(event.method.value)},"note":"",'
            f'"occurred_at":{quote(event.occurred_at)},{day}"reason":"",'
            f'"recorded_at":{quote(event.recorded_at)},"recorded_by":{quote(event.recorded_by)},'
            f'"scope":{quote(event.scope)},"texts_sha256":{quote(committed)},'
            f'"voided_event_id":{"null" if voided is None else int(voided)},'
            f'"wording_sha256":{either(event.wording_sha256)}}}'
        )
        digest = hashlib.sha256(previous.encode("ascii"))
        digest.update(b"\n")
        digest.update(payload.encode())
        return digest.hexdigest()


Numbers = tuple[int, int, int | None, str | None, str]
"""What the bulk path settles for an event: its id, its contact's id, the id of the event it
voids, the contact's keyed number hash and the texts commitment."""
_QUOTE: Callable[[str], str] = json.encoder.encode_basestring
"""A JSON string as the compact encoder writes it with ensure_ascii=False (its own quoting)."""


def _either(value: str | None) -> str:
    return "null" if value is None else _QUOTE(value)
