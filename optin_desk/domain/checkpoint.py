"""Checkpoints: signed tree heads of the ledger, kept outside the database file.

A checkpoint names how many events the ledger held (the tree size), the Merkle root of their
chain hashes (domain.merkle), the chain hash of the last of them (the ledger head), when it
was made, and the key that signed it. Kept on a backup stick or printed on a proof, it
catches a ledger rewritten or fabricated afterwards: the ledger's first `tree_size` events
must give the same root. Signing and checking the signature happen a layer above (the
`cryptography` package); this module says what is signed and what a checkpoint must hold.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from optin_desk.domain.chain import GENESIS_HASH
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said
from optin_desk.domain.when import from_canonical

FORMAT = "optin-desk-checkpoint/1"
SIGNED_PREFIX = b"OptIn Desk checkpoint v1\n"


CONTAINED = Plural.translate(
    "Messages",
    "checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})",
    None,
    0,
)
UNSIGNED = Plural.translate(
    "Messages",
    "checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is "
    "unsigned: the signing key was locked by the owner PIN when it was made",
    None,
    0,
)
TOO_FEW = Plural.translate(
    "Messages",
    "checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: "
    "events were removed or the ledger was replaced",
    None,
    0,
)
OTHER_ROOT = Plural.translate(
    "Messages",
    "checkpoint {name}: the ledger's first %n (event does|events do) not give the root hash "
    "it recorded on {made}: the ledger was rewritten or replaced since",
    None,
    0,
)
COUNTED = frozenset({CONTAINED, UNSIGNED, TOO_FEW, OTHER_ROOT})
"""The sentences whose count (%n) is the checkpoint's number of events."""
OTHER_HEAD = QT_TRANSLATE_NOOP(
    "Messages",
    "checkpoint {name}: event {size} of the ledger does not have the head hash it recorded "
    "on {made}: the ledger was rewritten or the checkpoint altered",
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Messages",
    "checkpoint {name}: its signature does not match its contents (it was altered, or not "
    "signed by the key it names)",
)


def key_fingerprint(public_key: bytes) -> str:
    """The fingerprint of a raw Ed25519 public key: the hex SHA-256 of its 32 bytes."""
    return hashlib.sha256(public_key).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    """A tree head of the ledger, signed (or, when the key was locked, not)."""

    tree_size: int
    root_hash: str
    head_hash: str
    made_at: str
    public_key: str = ""
    """The signer's raw Ed25519 public key, base64 ("" when unsigned)."""
    signature: str = ""
    """Ed25519 signature over `signed_bytes()`, base64 ("" when unsigned)."""

    @property
    def key_fingerprint(self) -> str:
        """The signer's key fingerprint ("" when unsigned)."""
        return key_fingerprint(base64.b64decode(self.public_key)) if self.public_key else ""

    @property
    def signed(self) -> bool:
        """True when the checkpoint carries a key and a signature."""
        return bool(self.public_key and self.signature)

    def signed_bytes(self) -> bytes:
        """Exactly what the signature covers: one field a line, fixed order, ASCII."""
        lines = (
            str(self.tree_size),
            self.root_hash,
            self.head_hash,
            self.made_at,
            self.key_fingerprint,
        )
        return SIGNED_PREFIX + "".join(f"{line}\n" for line in lines).encode("ascii")

    def to_json(self) -> dict[str, Any]:
        """The checkpoint as written to a file or a proof."""
        return {
            "format": FORMAT,
            "tree_size": self.tree_size,
            "root_hash": self.root_hash,
            "head_hash": self.head_hash,
            "made_at": self.made_at,
            "key_fingerprint": self.key_fingerprint,
            "public_key": self.public_key,
            "signature": self.signature,
        }

    def dumps(self) -> str:
        """One line of JSON (the checkpoint log holds one a line)."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))


def _hex64(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or len(value) != 64:
        raise ValueError(f"{name} is not a 64-digit hex hash")
    int(value, 16)
    return value.lower()


def _base64(data: Mapping[str, Any], name: str, size: int) -> str:
    value = data.get(name, "")
    if value == "" or value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not base64")
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise ValueError(f"{name} is not base64") from None
    if len(raw) != size:
        raise ValueError(f"{name} has {len(raw)} bytes, not {size}")
    return value


def read_checkpoint(data: object) -> Checkpoint:
    """A checkpoint from its JSON form, or ValueError saying what is wrong with it."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not an OptIn Desk checkpoint (format {FORMAT})")
    size = data.get("tree_size")
    if type(size) is not int or size < 0:
        raise ValueError("tree_size is not a count of events")
    made_at = data.get("made_at")
    if not isinstance(made_at, str):
        raise ValueError("made_at is not a moment")
    from_canonical(made_at)  # ValueError when it is not one
    checkpoint = Checkpoint(
        size,
        _hex64(data, "root_hash"),
        _hex64(data, "head_hash"),
        made_at,
        _base64(data, "public_key", 32),
        _base64(data, "signature", 64),
    )
    if bool(checkpoint.public_key) != bool(checkpoint.signature):
        raise ValueError("it has a public key without a signature, or the other way round")
    named = data.get("key_fingerprint", "")
    if named and named != checkpoint.key_fingerprint:
        raise ValueError("its key fingerprint is not the fingerprint of its public key")
    return checkpoint


@dataclass(frozen=True)
class Finding:
    """What one checkpoint says about the ledger: held or not, in one sentence."""

    ok: bool
    message: Said
    checkpoint: Checkpoint | None = None
    """None when the file could not be read as a checkpoint."""
    replaced: bool = False
    """Not in the ledger, but of records a restore recorded in the ledger replaced."""


def check_checkpoint(
    checkpoint: Checkpoint,
    name: str,
    levels: MerkleLevels,
    chain_hashes: Sequence[str],
    signature_ok: bool | None,
) -> Finding:
    """Whether the ledger (its chain hashes in id order, and their tree) contains `checkpoint`.

    `signature_ok` is None for an unsigned checkpoint."""
    size, made = checkpoint.tree_size, checkpoint.made_at[:16].replace("T", " ")

    def found(ok: bool, template: str) -> Finding:
        text = Said(
            template,
            size if template in COUNTED else -1,
            name=name,
            size=size,
            made=made,
            count=levels.size,
            key=checkpoint.key_fingerprint[:16],
        )
        return Finding(ok, text, checkpoint)

    if signature_ok is False:
        return found(False, BAD_SIGNATURE)
    if size > levels.size:
        return found(False, TOO_FEW)
    if levels.root(size).hex() != checkpoint.root_hash:
        return found(False, OTHER_ROOT)
    head = chain_hashes[size - 1] if size else GENESIS_HASH
    if head != checkpoint.head_hash:
        return found(False, OTHER_HEAD)
    return found(True, UNSIGNED if signature_ok is None else CONTAINED)
