"""What a printed page (a proof, a batch of forms) says it rests on: a signed checkpoint and a key.

A page printed when the signing key opened carries a checkpoint taken for it (`fresh`); when
the key stays locked by the owner PIN it carries the newest signed checkpoint kept in the
checkpoint log that the ledger still holds (and, for a proof, that covers the person's
entries), or says that there is none. It never claims a signature that is not there.
"""

from __future__ import annotations

from dataclasses import dataclass

from optin_desk.domain.checkpoint import Checkpoint


@dataclass(frozen=True)
class PrintedAnchor:
    """The checkpoint a printed page rests on and the key to check it with."""

    checkpoint: Checkpoint | None
    """A signed checkpoint the ledger holds, or None when none could be had."""
    fresh: bool
    """True when the checkpoint was taken for this printing, False when it was kept earlier."""
    fingerprint: str
    """The SHA-256 fingerprint of the key to check with ("" when this computer has none)."""

    @property
    def head_short(self) -> str:
        """The checkpoint's head hash in short form (its first 16 digits), "" without one."""
        return f"{self.checkpoint.head_hash[:16]}…" if self.checkpoint else ""


UNANCHORED = PrintedAnchor(None, False, "")
"""No checkpoint and no key (a sample page; a proof written without the records' anchors)."""
