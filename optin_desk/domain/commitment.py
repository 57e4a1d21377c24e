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
from collections.abc import Callable, Mapping

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


def contact_keyer(key: bytes) -> Callable[[str], str]:
    """contact_key under one key, for many numbers: HMAC's two padded key blocks (RFC 2104)
    are hashed once here, so each number costs two sha256 blocks instead of four (a third
    of the time of hmac.digest per number; the same hex)."""
    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    padded = key.ljust(_BLOCK, b"\0")
    inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in padded)).copy
    outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in padded)).copy

    def keyed(e164: str) -> str:
        first = inner()
        first.update(e164.encode("ascii"))
        second = outer()
        second.update(first.digest())
        return second.hexdigest()

    return keyed


_BLOCK = hashlib.sha256().block_size
