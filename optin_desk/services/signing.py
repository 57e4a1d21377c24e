"""The shop's signing key: an Ed25519 key pair that signs checkpoints, kept outside the records.

The private key lives in this computer's user data folder, not in the database file, so a
copy of the records (or a backup) cannot sign anything:

- Linux: `~/.local/share/OptIn Desk/keys/signing-key.pem` (or under `$XDG_DATA_HOME`)
- Windows: `%LOCALAPPDATA%\\OptIn Desk\\keys\\signing-key.pem`
- macOS: `~/Library/Application Support/OptIn Desk/keys/signing-key.pem`

The folder and the file are the owner's only (0700 and 0600). When the shop has an owner PIN
the key is encrypted with it (PKCS #8, the `cryptography` package's best available
encryption); changing or removing the PIN re-encrypts it. The public key sits beside it
(`signing-key.pub`) so that it can be shown without the PIN. Several computers on one server
each sign with their own key: every checkpoint carries the public key it was signed with and
its fingerprint.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from optin_desk.domain.checkpoint import Checkpoint, key_fingerprint
from optin_desk.private_files import private_folder, writing_privately
from optin_desk.services.errors import InputError
from optin_desk.services.key_folder import key_folder

PRIVATE_FILE = "signing-key.pem"
PUBLIC_FILE = "signing-key.pub"
PUBLIC_PREFIX = "ed25519 "


@dataclass(frozen=True)
class PublicKey:
    """This computer's public signing key, as shown and as written into checkpoints."""

    raw: bytes

    @property
    def text(self) -> str:
        """The 32 raw bytes in base64."""
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """Hex SHA-256 of the raw key."""
        return key_fingerprint(self.raw)


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write(path: Path, data: bytes) -> None:
    with writing_privately(path) as partial, partial.open("wb") as out:
        out.write(data)
        out.flush()


def _seal(key: Ed25519PrivateKey, pin: str | None) -> bytes:
    protection: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(pin.encode("utf-8"))
        if pin
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection
    )


def public_key() -> PublicKey | None:
    """This computer's public key, or None when it has no signing key yet."""
    try:
        text = (key_folder() / PUBLIC_FILE).read_text(encoding="ascii").strip()
        raw = base64.b64decode(text.removeprefix(PUBLIC_PREFIX), validate=True)
    except (OSError, ValueError):
        return None
    return PublicKey(raw) if len(raw) == 32 else None


def ensure_signing_key(pin: str | None = None) -> PublicKey:
    """This computer's public key, making the key pair first when there is none.

    A new key is encrypted with `pin` when given (the owner PIN, when the shop has one)."""
    folder = key_folder()
    existing = public_key()
    if existing is not None and (folder / PRIVATE_FILE).is_file():
        return existing
    if (folder / PRIVATE_FILE).is_file():  # the public half went missing: read it back
        private = load_private_key(pin)
        if private is None:
            raise InputError(
                "the signing key is locked by the owner PIN: give --pin (or OPTIN_DESK_PIN)"
            )
    else:
        private = Ed25519PrivateKey.generate()
        private_folder(folder)
        _write(folder / PRIVATE_FILE, _seal(private, pin))
    made = PublicKey(_raw_public(private.public_key()))
    _write(folder / PUBLIC_FILE, f"{PUBLIC_PREFIX}{made.text}\n".encode("ascii"))
    return made


def load_private_key(pin: str | None) -> Ed25519PrivateKey | None:
    """The private key, or None when there is none or it is locked and `pin` does not open it."""
    try:
        data = (key_folder() / PRIVATE_FILE).read_bytes()
    except OSError:
        return None
    for password in ((pin.encode("utf-8"),) if pin else ()) + (None,):
        try:
            key = serialization.load_pem_private_key(data, password)
        except (TypeError, ValueError):
            continue
        return key if isinstance(key, Ed25519PrivateKey) else None
    return None


def locked_by(pin: str) -> bool:
    """Whether this computer's signing key is locked and `pin` opens it (so whoever gives
    `pin` knows the owner PIN the key was sealed with)."""
    try:
        data = (key_folder() / PRIVATE_FILE).read_bytes()
        serialization.load_pem_private_key(data, None)
    except OSError:
        return False
    except (TypeError, ValueError):  # locked: does the PIN open it?
        try:
            serialization.load_pem_private_key(data, pin.encode("utf-8"))
        except (TypeError, ValueError):
            return False
        return True
    return False  # not locked: it proves nothing


def reseal_signing_key(current_pin: str | None, new_pin: str | None) -> bool:
    """Re-encrypt the key after the owner PIN changed (removed: stored unencrypted).

    False when there is no key or `current_pin` does not open it (it is left as it was)."""
    private = load_private_key(current_pin)
    if private is None:
        return False
    _write(key_folder() / PRIVATE_FILE, _seal(private, new_pin or None))
    return True


def sign(checkpoint: Checkpoint, pin: str | None) -> Checkpoint:
    """The checkpoint signed with this computer's key; unsigned when there is none or it
    stays locked."""
    private = load_private_key(pin)
    if private is None:
        return checkpoint
    raw = _raw_public(private.public_key())
    keyed = Checkpoint(
        checkpoint.tree_size,
        checkpoint.root_hash,
        checkpoint.head_hash,
        checkpoint.made_at,
        base64.b64encode(raw).decode("ascii"),
        "",
    )
    signature = private.sign(keyed.signed_bytes())
    return Checkpoint(
        keyed.tree_size,
        keyed.root_hash,
        keyed.head_hash,
        keyed.made_at,
        keyed.public_key,
        base64.b64encode(signature).decode("ascii"),
    )


def sign_bytes(data: bytes, pin: str | None) -> str:
    """A base64 signature of `data` with this computer's key ("" when it stays locked)."""
    private = load_private_key(pin)
    if private is None:
        return ""
    return base64.b64encode(private.sign(data)).decode("ascii")


def signature_over(checkpoint: Checkpoint, data: bytes, signature: str) -> bool:
    """True when `signature` (base64) signs `data` with the key the checkpoint names."""
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(checkpoint.public_key)).verify(
            base64.b64decode(signature, validate=True), data
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def signature_valid(checkpoint: Checkpoint, public: bytes | None = None) -> bool | None:
    """Whether the signature holds (with `public` when given, else the key it names).

    None for an unsigned checkpoint."""
    if not checkpoint.signed:
        return None
    raw = base64.b64decode(checkpoint.public_key)
    if public is not None and public != raw:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(
            base64.b64decode(checkpoint.signature), checkpoint.signed_bytes()
        )
    except (InvalidSignature, ValueError):
        return False
    return True
