"""Printed proofs and forms rest on a signed checkpoint: taken now, kept, or plainly none."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from optin_desk.services.checkpoints import log_path, take_checkpoint
from optin_desk.services.consent import OptInRequest, record_opt_in
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.owner import set_owner_pin
from optin_desk.services.paper_anchor import paper_anchor
from optin_desk.services.proof_anchor import save_proof
from optin_desk.services.proof_check import check_proof_file
from optin_desk.services.signing import public_key
from optin_desk.storage.engine import Database

PIN = "246810"
OMAR = "+447400123456"


def opt_in(database: Database, number: str, method: str = "phone_call") -> None:
    with database.sessions() as session:
        record_opt_in(
            session,
            OptInRequest(phone=number, scopes=["offers"], method=method, by="Sam"),
            database.evidence_dir,
        )


def pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def fingerprint() -> str:
    key = public_key()
    assert key is not None
    return key.fingerprint


def test_a_pdf_made_while_the_key_opens_gets_its_json_proof_beside_it(
    database: Database, tmp_path: Path
) -> None:
    opt_in(database, OMAR)
    target = tmp_path / "omar.pdf"
    with database.reading() as session:
        saved = save_proof(session, database, OMAR, target)
    assert saved.json_path == tmp_path / "omar.json"
    assert check_proof_file(saved.json_path, fingerprint()).ok
    anchor = json.loads(saved.json_path.read_text("utf-8"))["anchor"]["checkpoint"]
    for text in pages(target):
        assert f"Rests on a checkpoint signed for this proof: {anchor['tree_size']} entries" in text
        assert f"head {anchor['head_hash'][:16]}…" in text
        assert f"SHA-256 fingerprint: {fingerprint()}" in text
        assert f"optin-desk verify-proof omar.json --key {fingerprint()}" in text


def test_with_the_key_locked_the_pdf_rests_on_the_newest_kept_checkpoint(
    database: Database, tmp_path: Path
) -> None:
    opt_in(database, OMAR)
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    kept = take_checkpoint(database, PIN)
    assert kept.signed
    target = tmp_path / "omar.pdf"
    with database.reading() as session:
        saved = save_proof(session, database, OMAR, target)  # no PIN given
    assert saved.json_path is None
    assert not (tmp_path / "omar.json").exists()
    made = kept.made_at[:16].replace("T", " ")
    for text in pages(target):
        assert "Rests on the newest signed checkpoint kept that covers these entries" in text
        assert f"{kept.tree_size} entries, head {kept.head_hash[:16]}…, made {made}" in text
        assert "Rests on a checkpoint signed for this proof" not in text
        assert f"proof {OMAR} --out FILE.json" in text
    logged = log_path(database).read_text("utf-8").splitlines()
    assert all(json.loads(line)["signature"] for line in logged)  # no unsigned one added


def test_with_the_key_locked_and_no_kept_checkpoint_covering_the_pdf_says_none_is_signed(
    database: Database, tmp_path: Path
) -> None:
    opt_in(database, "+447400999888")
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    take_checkpoint(database, PIN)
    opt_in(database, OMAR)  # after the last checkpoint: none covers it
    target = tmp_path / "omar.pdf"
    with database.reading() as session:
        save_proof(session, database, OMAR, target)
    for text in pages(target):
        assert "Not signed: no checkpoint was signed for this proof" in text
        assert "Rests on" not in text
        assert f"SHA-256 fingerprint: {fingerprint()}" in text


def test_every_form_of_a_batch_carries_the_checkpoint_in_force_and_the_key(
    database: Database, tmp_path: Path
) -> None:
    opt_in(database, OMAR)
    anchor = paper_anchor(database, None)
    assert anchor.fresh
    assert anchor.checkpoint is not None
    target = tmp_path / "forms.pdf"
    with database.sessions() as session:
        print_forms(session, PrintRequest(count=3, language="es"), target, anchor=anchor)
    texts = pages(target)
    assert len(texts) == 3
    for text in texts:
        size = anchor.checkpoint.tree_size  # the shop's 3 kinds and Omar's opt-in
        assert f"Punto de control del registro vigente al imprimir: {size} entradas" in text
        assert f"huella {anchor.checkpoint.head_hash[:16]}…" in text
        assert f"clave del comercio {fingerprint()}" in text


def test_forms_printed_with_the_key_locked_carry_the_newest_kept_checkpoint(
    database: Database, tmp_path: Path
) -> None:
    opt_in(database, OMAR)
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    assert not paper_anchor(database, None).checkpoint  # nothing kept yet: none
    kept = take_checkpoint(database, PIN)
    opt_in(database, "+447400999888")  # forms need no covering: the newest kept one holds
    anchor = paper_anchor(database, None)
    assert anchor.checkpoint == kept
    assert not anchor.fresh


def test_a_kept_checkpoint_altered_in_the_log_is_never_printed(database: Database) -> None:
    opt_in(database, OMAR)
    with database.sessions() as session:
        set_owner_pin(session, PIN, None)
    older = take_checkpoint(database, PIN)
    opt_in(database, "+447400999888")
    take_checkpoint(database, PIN)
    log = log_path(database)
    lines = log.read_text("utf-8").splitlines()
    altered = json.loads(lines[-1])
    altered["made_at"] = "2099-01-01T00:00:00.000000Z"  # claims to be newer: signature fails
    log.write_text("\n".join([*lines, json.dumps(altered)]) + "\n", encoding="utf-8")
    newest = json.loads(lines[-1])
    anchor = paper_anchor(database, None)
    assert anchor.checkpoint is not None
    assert anchor.checkpoint.made_at == newest["made_at"]
    assert anchor.checkpoint.made_at != older.made_at
