"""Free text and the person's number as the chain covers them, without keeping them in it.

The chain must cover what staff and customers wrote (notes, the customer's words, a
confirmation text, the reason of a void), yet erasure must be able to delete it. New events
therefore chain a salted commitment: sha256 over a random salt and the texts. The texts and
the salt are kept beside the event where erasure may blank them; once blanked, the commitment
still links the chain and nothing in it gives the text back.

The person is bound by `contact_key`, an HMAC of their E.164 number under the records key
(kept outside the database file), so swapping two people's numbers in the file is caught while
the number itself can still be erased.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

FREE_TEXT_FIELDS: tuple[str, ...] = ("confirmation_text", "customer_words", "note", "reason")
"""The personal free-text fields, in their canonical (sorted) order."""

COMMITMENT_FIELD = "texts_sha256"
SALT_BYTES = 16
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
"""json.dumps with these options builds a new encoder at every call."""


def commit_texts(salt_hex: str, texts: Mapping[str, object]) -> str:
    """sha256 over the salt's bytes and the texts as compact sorted JSON."""
    body = {name: texts.get(name) or "" for name in FREE_TEXT_FIELDS}
    return hashlib.sha256(bytes.fromhex(salt_hex) + _ENCODE(body).encode()).hexdigest()


def contact_key(key: bytes, e164: str) -> str:
    """The keyed hash that stands for a person's number in the chain and in erasures."""
    return hmac.digest(key, e164.encode("ascii"), "sha256").hex()  # one C call: hmac.new's


_BLOCK = 64  # sha256's block size in bytes
_INNER_PAD = bytes(byte ^ 0x36 for byte in range(256))
_OUTER_PAD = bytes(byte ^ 0x5C for byte in range(256))


class ContactKeyer:
    """`contact_key` under one records key for many numbers, three times sooner.

    The same HMAC-SHA256 (RFC 2104), with the key's inner and outer blocks hashed once:
    `hmac.digest` sets OpenSSL's HMAC up anew for every number, which costs more than
    hashing the number itself."""

    def __init__(self, key: bytes) -> None:
        if len(key) > _BLOCK:
            key = hashlib.sha256(key).digest()
        block = key.ljust(_BLOCK, b"\0")
        self._inner = hashlib.sha256(block.translate(_INNER_PAD))
        self._outer = hashlib.sha256(block.translate(_OUTER_PAD))

    def __call__(self, e164: str) -> str:
        """`contact_key(key, e164)`."""
        inner = self._inner.copy()
        inner.update(e164.encode("ascii"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()
