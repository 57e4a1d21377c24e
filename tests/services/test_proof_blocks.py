"""A proof from the stored blocks: the same proof the whole tree gives, checked by an auditor,
and never signed on a block edited behind the program's back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from optin_desk.domain.consent import Action, Method
from optin_desk.domain.merkle import MerkleLevels
from optin_desk.domain.merkle_blocks import BLOCK_LEAVES
from optin_desk.domain.when import canonical
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.proof_anchor import SavedProof, save_proof
from optin_desk.services.proof_blocks import anchors_from_blocks
from optin_desk.services.proof_check import check_proof_file
from optin_desk.storage.anchors import event_hashes
from optin_desk.storage.bulk import NewContact, bulk_add
from optin_desk.storage.engine import Database
from optin_desk.storage.ledger import NewEvent
from optin_desk.storage.models import ConsentEvent, Contact

B = BLOCK_LEAVES
PHONE = "07911 123456"


def bulk(session: Session, people: int, first: int) -> None:
    when = canonical(datetime(2026, 3, 1, tzinfo=UTC))
    event = NewEvent(0, Action.OPT_IN, "orders", Method.IN_PERSON, when, when, "Sam")
    batch = [
        NewContact(f"+4471{first + at:08d}", "Ann Lee", "en", when, [event]) for at in range(people)
    ]
    bulk_add(session, batch, None)
    session.commit()


def person_over_blocks(database: Database) -> list[int]:
    """A person whose three events sit in three blocks, and a tail after the last block;
    their event ids."""
    with database.sessions() as session:
        for round_ in range(3):
            record_opt_in(
                session,
                OptInRequest(
                    phone=PHONE, scopes=["orders", "offers"][: 1 + round_ % 2], method="sms"
                ),
                database.evidence_dir,
            )
            bulk(session, B + 9, round_ * 10_000)
        contact = session.scalars(select(Contact.id).where(Contact.name == "")).first()
        query = select(ConsentEvent.id).where(ConsentEvent.contact_id == contact)
        return list(session.scalars(query.order_by(ConsentEvent.id)))


def prove(database: Database, target: Path) -> SavedProof:
    with database.sessions() as session:
        return save_proof(session, database, PHONE, target)


def anchored(path: Path) -> dict[str, object]:
    section = json.loads(path.read_text(encoding="utf-8"))["anchor"]
    assert isinstance(section, dict)
    return section


def whole_tree_paths(database: Database, section: dict[str, object]) -> list[list[str]]:
    """The inclusion proofs the whole tree gives for the section's events."""
    with database.reading() as session:
        levels = MerkleLevels(bytes.fromhex(value) for value in event_hashes(session))
    events = section["events"]
    assert isinstance(events, list)
    return [[node.hex() for node in levels.inclusion_proof(e["leaf_index"])] for e in events]


def test_after_the_first_proof_the_blocks_answer_with_the_same_proof(
    database: Database, tmp_path: Path
) -> None:
    ids = person_over_blocks(database)
    assert anchors_from_blocks(database, ids, None) is None  # no frontier logged yet
    first = prove(database, tmp_path / "first.json")
    assert first.json_path is not None
    assert check_proof_file(first.json_path).ok
    quick = anchors_from_blocks(database, ids, None)
    assert quick is not None
    section, printed = quick
    assert printed.fresh
    events = section["events"]
    assert [e["event_id"] for e in events] == ids
    assert len({e["leaf_index"] // B for e in events}) == 3  # three blocks read
    assert [e["inclusion_proof"] for e in events] == whole_tree_paths(database, section)
    second = prove(database, tmp_path / "second.pdf")
    assert second.json_path is not None
    assert check_proof_file(second.json_path).ok
    assert (
        anchored(second.json_path)["checkpoint"]["tree_size"] == section["checkpoint"]["tree_size"]
    )


def test_a_block_edited_behind_the_programs_back_is_never_signed_on(
    database: Database, tmp_path: Path
) -> None:
    ids = person_over_blocks(database)
    prove(database, tmp_path / "first.json")
    assert anchors_from_blocks(database, ids, None) is not None
    forged = "ab" * 32
    for block in (1, 0):  # another person's block, then one of this person's own
        with database.sessions() as session:
            session.execute(
                text("UPDATE merkle_blocks SET root = :root WHERE block_index = :block"),
                {"root": forged, "block": block},
            )
            session.commit()
        assert anchors_from_blocks(database, ids, None) is None
        proof = prove(database, tmp_path / f"after{block}.pdf")
        assert proof.json_path is not None  # built from every event instead, and it holds
        assert check_proof_file(proof.json_path).ok
        section = anchored(proof.json_path)
        assert [e["inclusion_proof"] for e in section["events"]] == whole_tree_paths(
            database, section
        )
