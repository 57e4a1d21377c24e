"""The anchor of a proof: what lets an auditor check a proof JSON without the shop's database.

The `anchor` section holds a signed checkpoint (domain.checkpoint), and for each of the
person's events its chained fields exactly as hashed, the previous hash, its own hash, its
position in the ledger (leaf index) and its RFC 9162 inclusion proof to the checkpoint's root.
A signed list of the person's event ids and hashes ("statement") makes removing or adding an
event show; the statement also names the sha256 of the rest of the record (`record_sha256`:
the consent record's own elements, which the chain does not hold, such as the record id or
the retention period), so an edit to any of them shows too. `check_anchor` recomputes
everything and names the first thing altered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from optin_desk.domain.chain import CHAINED_FIELDS, OPTIONAL_CHAINED_FIELDS, ChainValue, link_hash
from optin_desk.domain.checkpoint import Checkpoint, read_checkpoint
from optin_desk.domain.commitment import COMMITMENT_FIELD, FREE_TEXT_FIELDS, commit_texts
from optin_desk.domain.consent_record import (
    CONSENT_TYPE,
    CONTROLLER_ID,
    PRINCIPAL_ENTITY,
    event_state,
)
from optin_desk.domain.merkle import verify_inclusion
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said

RECORD_DIGEST_KEY = "record_sha256"

ANCHOR_FORMAT = "optin-desk-anchor/1"
STATEMENT_PREFIX = b"OptIn Desk proof v1\n"

NO_ANCHOR = QT_TRANSLATE_NOOP(
    "Messages", "the proof has no anchor section (made before proofs were anchored?)"
)
BAD_CHECKPOINT = QT_TRANSLATE_NOOP("Messages", "the proof's checkpoint is damaged: {reason}")
RECORD_ALTERED = QT_TRANSLATE_NOOP(
    "Messages",
    "the consent record around the events was altered: its elements (record id, purposes,"
    " controller, retention, ...) no longer give the sha256 the shop signed",
)
UNSIGNED = QT_TRANSLATE_NOOP(
    "Messages", "the proof's checkpoint is not signed: nothing ties it to the shop's key"
)
OTHER_KEY = QT_TRANSLATE_NOOP(
    "Messages", "the proof is signed by key {found}, not by the key given ({given})"
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Messages", "the checkpoint's signature does not match its contents: it was altered"
)
BAD_STATEMENT = QT_TRANSLATE_NOOP(
    "Messages",
    "the signed list of the person's events does not match the proof: an event was removed,"
    " added or replaced, or the signed sha256 of the record around them was changed",
)
DAMAGED_EVENT = QT_TRANSLATE_NOOP(
    "Messages", "event {event}: its anchor entry is damaged ({reason})"
)
WRONG_HASH = QT_TRANSLATE_NOOP(
    "Messages", "event {event}: its chained fields do not give its hash: a field was altered"
)
WRONG_TEXTS = QT_TRANSLATE_NOOP(
    "Messages",
    "event {event}: its texts and salt do not give the commitment it chained: a text was altered",
)
NOT_INCLUDED = QT_TRANSLATE_NOOP(
    "Messages",
    "event {event}: its inclusion proof does not lead to the checkpoint's root: it is not in "
    "the ledger the checkpoint signs",
)
EVENTS_DIFFER = QT_TRANSLATE_NOOP(
    "Messages",
    "the proof lists events {shown} but anchors {anchored}: an event was removed or added",
)
FIELD_DIFFERS = QT_TRANSLATE_NOOP(
    "Messages", "event {event}: its {field} differs from the chained record: it was altered"
)
VERIFIED = Plural.translate(
    "Messages",
    "ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in "
    "the {ledger} signed on {made} by key {key}",
    None,
    0,
)
LEDGER_OF = Plural.translate("Messages", "ledger of %n event(s)", None, 0)
"""The ledger the checkpoint signs, by its size (said inside VERIFIED)."""


@dataclass(frozen=True)
class AnchoredEvent:
    """One event of the proof with what an auditor needs to place it in the ledger."""

    event_id: int
    leaf_index: int
    prev_hash: str
    hash: str
    chained: Mapping[str, ChainValue]
    path: Sequence[bytes]
    opening: Mapping[str, str] | None = None
    """The salt and texts that open the event's texts commitment (None without one, or once
    the texts were erased on request: then the proof shows them empty)."""

    def readable(self) -> Mapping[str, ChainValue]:
        """The chained fields with the committed texts put back, as the proof shows them."""
        if self.opening is None:
            return self.chained
        return {**self.chained, **{name: self.opening[name] for name in FREE_TEXT_FIELDS}}

    def to_json(self) -> dict[str, Any]:
        """The event's anchor entry."""
        return {
            "event_id": self.event_id,
            "leaf_index": self.leaf_index,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "chained_fields": dict(self.chained),
            "inclusion_proof": [node.hex() for node in self.path],
            **({"texts_opening": dict(self.opening)} if self.opening is not None else {}),
        }


def record_digest(record: Mapping[str, Any]) -> str:
    """sha256 of the proof's record without its anchor: compact JSON, keys sorted, UTF-8."""
    rest = {name: value for name, value in record.items() if name != "anchor"}
    text = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def statement_bytes(
    checkpoint: Checkpoint, events: Sequence[tuple[int, str]], record_sha256: str = ""
) -> bytes:
    """What the statement signature covers: the checkpoint's size and root, then `id hash` a
    line for each of the person's events, in id order, then `record SHA256` (the rest of the
    record) when it is given (proofs made before it was signed have no such line)."""
    head = f"{checkpoint.tree_size}\n{checkpoint.root_hash}\n"
    lines = "".join(f"{event_id} {digest}\n" for event_id, digest in events)
    record = f"record {record_sha256}\n" if record_sha256 else ""
    return STATEMENT_PREFIX + (head + lines + record).encode("ascii")


def anchor_section(
    checkpoint: Checkpoint,
    events: Sequence[AnchoredEvent],
    statement_signature: str,
    record_sha256: str = "",
) -> dict[str, Any]:
    """The `anchor` section of a proof JSON."""
    section: dict[str, Any] = {
        "format": ANCHOR_FORMAT,
        "checkpoint": checkpoint.to_json(),
        "statement_signature": statement_signature,
        "events": [event.to_json() for event in events],
    }
    if record_sha256:
        section[RECORD_DIGEST_KEY] = record_sha256
    return section


Verifier = Callable[[Checkpoint, bytes, str], bool]
"""Checks a base64 Ed25519 signature over bytes with the checkpoint's public key."""


@dataclass(frozen=True)
class ProofCheck:
    """The outcome of checking a proof: ok, or the first thing found altered."""

    ok: bool
    message: Said
    """What was found, to be said in the reader's language (its English as a `str`)."""


def _moment(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _read_event(entry: object) -> AnchoredEvent:
    if not isinstance(entry, dict):
        raise ValueError("not an object")
    chained = entry.get("chained_fields")
    if not isinstance(chained, dict):
        raise ValueError("no chained_fields")
    allowed = set(CHAINED_FIELDS) | set(OPTIONAL_CHAINED_FIELDS)
    if not set(CHAINED_FIELDS) <= set(chained) <= allowed:
        raise ValueError("chained_fields are not the chain's fields")
    path = entry.get("inclusion_proof")
    if not isinstance(path, list) or not all(isinstance(node, str) for node in path):
        raise ValueError("inclusion_proof is not a list of hashes")
    event_id, index = entry.get("event_id"), entry.get("leaf_index")
    prev_hash, digest = entry.get("prev_hash"), entry.get("hash")
    if type(event_id) is not int or type(index) is not int or index < 0:
        raise ValueError("event_id or leaf_index")
    if not isinstance(prev_hash, str) or not isinstance(digest, str) or len(digest) != 64:
        raise ValueError("prev_hash or hash")
    if chained.get("event_id") != event_id:
        raise ValueError("its chained event_id is another event's")
    opening = entry.get("texts_opening")
    if opening is not None and not (
        isinstance(opening, dict)
        and set(opening) == {"salt", *FREE_TEXT_FIELDS}
        and all(isinstance(value, str) for value in opening.values())
    ):
        raise ValueError("texts_opening is not a salt and the four texts")
    if opening is not None:
        bytes.fromhex(opening["salt"])  # ValueError: not a salt
    if chained.get(COMMITMENT_FIELD) is not None and any(
        chained.get(name) for name in FREE_TEXT_FIELDS
    ):
        raise ValueError("texts in clear beside a texts commitment")
    return AnchoredEvent(
        event_id, index, prev_hash, digest, chained, [bytes.fromhex(n) for n in path], opening
    )


def _shown_fields(shown: Mapping[str, Any], chained: Mapping[str, ChainValue]) -> list[str]:
    """The fields of the readable event entry that disagree with what was chained."""
    notice = shown.get("notice") or {}
    evidence = shown.get("evidence") or {}
    confirmation = shown.get("confirmation") or {}
    words = chained["customer_words"] or ""
    entity = CONTROLLER_ID if chained["action"] == "void" else PRINCIPAL_ENTITY
    pairs: list[tuple[str, object, object]] = [
        ("action", shown.get("action"), chained["action"]),
        ("event_type", shown.get("event_type"), CONSENT_TYPE),
        ("entity_id", shown.get("entity_id"), entity),
        ("purposes", shown.get("purposes"), [chained["scope"]]),
        ("collection_method", shown.get("collection_method"), chained["method"]),
        ("event_time", _moment(shown.get("event_time")), _moment(chained["occurred_at"])),
        ("recorded_time", _moment(shown.get("recorded_time")), _moment(chained["recorded_at"])),
        ("recorded_by", shown.get("recorded_by") or "", chained["recorded_by"] or ""),
        ("form_serial", shown.get("form_serial") or None, chained["form_serial"] or None),
        ("evidence", evidence.get("sha256"), chained["evidence_sha256"] or None),
        ("note", shown.get("note") or "", chained["note"] or ""),
        ("pii_principal_words", shown.get("pii_principal_words") or "", words),
        ("invalidates_event_id", shown.get("invalidates_event_id"), chained["voided_event_id"]),
    ]
    if notice:  # a wording the records no longer link is shown as none, not as another
        stated = (notice.get("hash") or {}).get("value")
        pairs.append(("notice hash", stated, chained["wording_sha256"]))
        text = notice.get("text")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest() if isinstance(text, str) else ""
        pairs.append(("notice text", digest, chained["wording_sha256"]))
    if chained["action"] == "opt_out":
        pairs.append(("confirmation", confirmation.get("text"), chained["confirmation_text"]))
    reason = "" if chained["action"] == "void" else chained["reason"] or ""  # a void's: below
    pairs.append(("reason", shown.get("reason") or "", reason))
    return [name for name, seen, stored in pairs if seen != stored]


def _void_fields(
    shown: Mapping[str, Any], event: AnchoredEvent, void: AnchoredEvent | None
) -> list[str]:
    """The void-related fields of a readable entry that disagree with the chained events."""
    action = event.chained["action"]
    reason = (
        event.readable()["reason"]
        if action == "void"
        else void.readable()["reason"]
        if void
        else ""
    )
    state = event_state(str(action), void is not None)
    pairs = [
        ("invalidated_by_event_id", shown.get("invalidated_by_event_id"), void and void.event_id),
        ("invalidation_reason", shown.get("invalidation_reason") or "", reason or ""),
        ("event_state", shown.get("event_state"), state),
    ]
    return [name for name, seen, stored in pairs if seen != stored]


def check_anchor(
    record: Mapping[str, Any], verify_signature: Verifier, key_fingerprint: str | None = None
) -> ProofCheck:
    """Check a proof JSON against its own anchor; name the first thing altered."""
    anchor = record.get("anchor")
    if not isinstance(anchor, dict) or anchor.get("format") != ANCHOR_FORMAT:
        return ProofCheck(False, Said(NO_ANCHOR))
    try:
        checkpoint = read_checkpoint(anchor.get("checkpoint"))
    except (ValueError, TypeError) as error:
        return ProofCheck(False, Said(BAD_CHECKPOINT, -1, reason=str(error)))
    if not checkpoint.signed:
        return ProofCheck(False, Said(UNSIGNED))
    if key_fingerprint is not None and key_fingerprint != checkpoint.key_fingerprint:
        found, given = checkpoint.key_fingerprint[:16], key_fingerprint[:16]
        return ProofCheck(False, Said(OTHER_KEY, -1, found=found, given=given))
    if not verify_signature(checkpoint, checkpoint.signed_bytes(), checkpoint.signature):
        return ProofCheck(False, Said(BAD_SIGNATURE))
    anchored: list[AnchoredEvent] = []
    for entry in anchor.get("events") or []:
        try:
            anchored.append(_read_event(entry))
        except (ValueError, TypeError) as error:
            event = entry.get("event_id") if isinstance(entry, dict) else "?"
            return ProofCheck(False, Said(DAMAGED_EVENT, -1, event=event, reason=str(error)))
    pairs = [(event.event_id, event.hash) for event in anchored]
    signature = anchor.get("statement_signature")
    signed_record = anchor.get(RECORD_DIGEST_KEY)
    if not isinstance(signed_record, str) or signed_record == "":
        signed_record = ""  # a proof made before the record was signed: its events only
    if not isinstance(signature, str) or not verify_signature(
        checkpoint, statement_bytes(checkpoint, pairs, signed_record), signature
    ):
        return ProofCheck(False, Said(BAD_STATEMENT))
    root = bytes.fromhex(checkpoint.root_hash)
    for event in anchored:
        if link_hash(event.prev_hash, event.chained) != event.hash:
            return ProofCheck(False, Said(WRONG_HASH, -1, event=event.event_id))
        if event.opening is not None and commit_texts(
            event.opening["salt"], event.opening
        ) != event.chained.get(COMMITMENT_FIELD):
            return ProofCheck(False, Said(WRONG_TEXTS, -1, event=event.event_id))
        leaf = bytes.fromhex(event.hash)
        if not verify_inclusion(leaf, event.leaf_index, checkpoint.tree_size, event.path, root):
            return ProofCheck(False, Said(NOT_INCLUDED, -1, event=event.event_id))
    shown = [e for e in record.get("events") or [] if isinstance(e, dict)]
    shown_ids = [e.get("event_id") for e in shown]
    if shown_ids != [event.event_id for event in anchored]:
        anchored_ids = [event.event_id for event in anchored]
        return ProofCheck(False, Said(EVENTS_DIFFER, -1, shown=shown_ids, anchored=anchored_ids))
    voided_by = {e.chained["voided_event_id"]: e for e in anchored if e.chained["action"] == "void"}
    for entry, event in zip(shown, anchored, strict=True):
        if entry.get("event_hash") != event.hash:
            return ProofCheck(
                False, Said(FIELD_DIFFERS, -1, event=event.event_id, field="event_hash")
            )
        differing = _shown_fields(entry, event.readable()) + _void_fields(
            entry, event, voided_by.get(event.event_id)
        )
        if differing:
            return ProofCheck(
                False, Said(FIELD_DIFFERS, -1, event=event.event_id, field=differing[0])
            )
    if signed_record and record_digest(record) != signed_record:
        return ProofCheck(
            False, Said(RECORD_ALTERED)
        )  # after the events: the most exact word first
    return ProofCheck(
        True,
        Said(
            VERIFIED,
            len(anchored),
            ledger=Said(LEDGER_OF, checkpoint.tree_size),
            made=checkpoint.made_at[:16].replace("T", " "),
            key=checkpoint.key_fingerprint,
        ),
    )
