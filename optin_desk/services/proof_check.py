"""Checking a proof JSON on its own: no database, only the file and, at best, the shop's key."""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from optin_desk.domain.checkpoint import key_fingerprint
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.proof_anchor import ProofCheck, check_anchor
from optin_desk.services.errors import InputError
from optin_desk.services.signing import signature_over

BAD_KEY = QT_TRANSLATE_NOOP(
    "Messages",
    "--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)",
)
UNREADABLE = QT_TRANSLATE_NOOP("Messages", "{path} cannot be read as a proof JSON ({reason})")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Messages", "not a JSON object")


def fingerprint_of(key: str) -> str:
    """The fingerprint a --key names: given as one, or of the base64 public key given."""
    text = key.strip().removeprefix("ed25519 ").strip()
    if len(text) == 64:
        try:
            int(text, 16)
            return text.lower()
        except ValueError:
            pass
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(BAD_KEY) from None
    if len(raw) != 32:
        raise InputError(BAD_KEY)
    return key_fingerprint(raw)


def check_proof_file(path: Path, key: str | None = None) -> ProofCheck:
    """Check the proof at `path` against its anchor (and the shop's key, when given)."""
    expected = fingerprint_of(key) if key else None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(UNREADABLE, path=path, reason=str(reason)) from None
    if not isinstance(record, dict):
        raise InputError(UNREADABLE, path=path, reason=Said(NOT_AN_OBJECT))
    return check_anchor(record, signature_over, expected)
