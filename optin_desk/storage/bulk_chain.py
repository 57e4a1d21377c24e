"""The per-event work of a bulk append, done once per batch where it can be.

`bulk.bulk_add` chains hundreds of thousands of events in one go (demo, imports, the benches'
generator). Each needs a texts commitment, a link hash, a salt and, per person, a record id:
the same bytes as `commitment.commit_texts` and `chain.link_hash` make (a test compares them),
but with the JSON encoder built once, each distinct set of texts encoded once (most events
have none), and the randomness read from the system in one call per batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

from optin_desk.domain.chain import ChainValue, compact_encoder
from optin_desk.domain.commitment import FREE_TEXT_FIELDS, SALT_BYTES

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

    def link(self, previous: str, payload: dict[str, ChainValue]) -> str:
        """`link_hash(previous, fields)` for a payload already in canonical form: the keys of
        STORED_ORDER in that order, free texts blank, empty optional fields left out."""
        digest = hashlib.sha256(previous.encode("ascii"))
        digest.update(b"\n")
        digest.update(self._encode(payload).encode())
        return digest.hexdigest()
