"""Proof of consent for one person, as PDF or JSON, with the ledger head at the time."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from optin_desk.documents.templates import language_template
from optin_desk.domain.consent import Action, ConsentState, scope_label
from optin_desk.domain.consent_record import proof_record
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.domain.printed_anchor import UNANCHORED, PrintedAnchor
from optin_desk.domain.privacy import ShopPrivacy, kept_at, shared_with
from optin_desk.domain.proof import Notice, Proof, ProofEvent, PurposeState
from optin_desk.domain.proof_anchor import record_digest
from optin_desk.domain.when import from_canonical, utc_now
from optin_desk.private_files import writing_privately
from optin_desk.services.contacts import contact_history
from optin_desk.services.errors import InputError, RecordsSayNo
from optin_desk.services.forms import form_language
from optin_desk.services.privacy import contact_number, stored_privacy
from optin_desk.services.profile import load_profile
from optin_desk.services.records import ledger_head
from optin_desk.storage.category_texts import shop_categories_in
from optin_desk.storage.models import ConfirmationSent, ConsentEvent, Contact, Wording


def build_proof(session: Session, written: str) -> Proof:
    """Everything the records hold about the consent of the person with this number."""
    profile = load_profile(session)
    status, views = contact_history(session, written)
    if not status.known:
        raise RecordsSayNo(f"{status.phone} is not on file: there is nothing to prove")
    ids = [v.id for v in views]
    # categories read in the person's language when it is known (else the shop's)
    language = form_language(status.language, profile)
    categories = shop_categories_in(session, language, include_archived=True).categories
    wording_of = {
        event_id: wording
        for event_id, wording in session.execute(
            select(ConsentEvent.id, Wording)
            .join(Wording, Wording.id == ConsentEvent.wording_id)
            .where(ConsentEvent.id.in_(ids))
        )
    }
    sent = {
        event_id: sent_at
        for event_id, sent_at in session.execute(
            select(ConfirmationSent.event_id, ConfirmationSent.sent_at).where(
                ConfirmationSent.event_id.in_(ids)
            )
        )
    }
    days = {
        event_id: date.fromisoformat(day)
        for event_id, day in session.execute(
            select(ConsentEvent.id, ConsentEvent.occurred_on).where(
                ConsentEvent.id.in_(ids), ConsentEvent.occurred_on.is_not(None)
            )
        )
        if day
    }
    events = []
    for view in views:
        row = wording_of.get(view.id)
        notice = Notice(row.id, row.version, row.language, row.sha256, row.text) if row else None
        events.append(
            ProofEvent(
                event_id=view.id,
                action=view.action,
                scope=view.scope,
                scope_label=scope_label(view.scope, categories),
                method=view.method.value,
                occurred_at=view.occurred_at,
                recorded_at=view.recorded_at,
                recorded_by=view.recorded_by,
                notice=notice,
                form_serial=view.form_serial or "",
                evidence_sha256=view.evidence_sha256 or "",
                note=view.note,
                customer_words=view.customer_words,
                reason=view.reason if view.action is not Action.VOID else "",
                confirmation_text=view.confirmation_text,
                confirmation_sent_at=from_canonical(sent[view.id]) if view.id in sent else None,
                voids_event_id=view.voided_event_id,
                voided_by_event_id=view.voided_by_event_id,
                void_reason=view.void_reason or (view.reason if view.action is Action.VOID else ""),
                event_hash=view.hash,
                occurred_on=days.get(view.id),
            )
        )
    count, head = ledger_head(session)
    record_id = session.scalar(select(Contact.record_id).where(Contact.phone_e164 == status.phone))
    purposes = tuple(
        PurposeState(
            c, status.state_of(c.key), status.consent[c.key].since, status.consent[c.key].event_id
        )
        for c in categories
        if not c.archived or status.state_of(c.key) is not ConsentState.NONE
    )
    return Proof(
        business=profile.name,
        address=profile.address,
        country=profile.country,
        senders=profile.senders,
        phone=status.phone,
        name=status.name,
        language=status.language,
        purposes=purposes,
        events=tuple(events),
        ledger_head=head,
        ledger_events=count,
        generated_at=utc_now(),
        words_language=language,
        record_id=record_id or "",
        privacy=_privacy_in_force(session),
        stop_keyword=language_template(language).stop_keyword,
    )


def _privacy_in_force(session: Session) -> ShopPrivacy:
    """The shop's privacy settings with the defaults filled in: the contact number printed on
    forms, where the records are (this computer's file or the shop's server), WhatsApp's
    provider as the recipient."""
    stored = stored_privacy(session)
    on_server = session.get_bind().dialect.name == "postgresql"
    return replace(
        stored,
        whatsapp=contact_number(session),
        storage=kept_at(stored, on_server),
        recipients="; ".join(shared_with(stored)),
    )


Anchor = Callable[[Sequence[int], str], "dict[str, Any] | None"]
"""Makes a JSON proof's `anchor` section for its event ids and the sha256 of the rest of its
record (services.proof_anchor)."""
Anchors = Callable[[Sequence[int], str], "tuple[dict[str, Any] | None, PrintedAnchor]"]
"""Makes both a JSON `anchor` section (None when the key stays locked) and what a printed
proof rests on, for its event ids and record sha256 (services.proof_anchor.proof_anchors)."""


def json_beside(target: Path) -> Path:
    """Where a PDF proof's JSON proof is written: the same name ending in .json."""
    return target.with_suffix(".json")


def _json_text(proof: Proof, section: dict[str, Any] | None) -> str:
    record = proof_record(proof)
    if section is not None:
        record["anchor"] = section
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def write_proof(
    session: Session,
    written: str,
    target: Path,
    anchor: Anchor | None = None,
    anchors: Anchors | None = None,
) -> Proof:
    """Write the proof to `target`: JSON for a .json name (anchored when `anchor` is given and
    the signing key opens), PDF otherwise.

    A PDF made with `anchors` carries the checkpoint it rests on on every page; when that
    checkpoint was signed for it, the anchored JSON proof is written beside it as well
    (`json_beside`), for an auditor to check with `verify-proof`."""
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "the folder {parent} does not exist; choose another place"
            ),
            parent=target.parent,
        )
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".json"):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "name the proof FILE.pdf or FILE.json"))
    proof = build_proof(session, written)
    try:
        with writing_privately(target) as partial:  # owner-only; no half proof left behind
            ids = [e.event_id for e in proof.events]
            signed = record_digest(proof_record(proof))  # the anchor signs the record too
            if suffix == ".json":
                section = anchor(ids, signed) if anchor else None
                partial.write_text(_json_text(proof, section), encoding="utf-8")
            else:
                _write_pdf(partial, target, proof, anchors(ids, signed) if anchors else None)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "could not write {target}: {problem}"),
            target=target,
            problem=error.strerror or error,
        ) from error
    return proof


def _write_pdf(
    partial: Path,
    target: Path,
    proof: Proof,
    anchored: tuple[dict[str, Any] | None, PrintedAnchor] | None,
) -> None:
    """The PDF proof, and the JSON proof beside it when its checkpoint was signed for it."""
    from optin_desk.documents.proof_pdf import build_proof_pdf

    section, printed = anchored if anchored is not None else (None, UNANCHORED)
    if section is None:
        build_proof_pdf(partial, proof, printed)
        return
    beside = json_beside(target)
    with writing_privately(beside) as partial_json:  # both proofs, or neither
        partial_json.write_text(_json_text(proof, section), encoding="utf-8")
        build_proof_pdf(partial, proof, printed, beside.name)
