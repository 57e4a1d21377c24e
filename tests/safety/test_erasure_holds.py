"""Erasure holds: every door (optin, import, replies) consults the erased numbers.

The reproduction of issue 11 (an old CRM row brought an erased person back as `send`), run
through the command line in-process, and each door on its own through the services.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from optin_desk.documents.lists import read_pasted
from optin_desk.documents.replies_in import IncomingReply
from optin_desk.domain.consent import ConsentState
from optin_desk.domain.replies import ReplyKind
from optin_desk.domain.when import utc_now
from optin_desk.services.check import run_check
from optin_desk.services.consent import (
    OptInRequest,
    OptOutRequest,
    record_opt_in,
    record_opt_out,
)
from optin_desk.services.contacts import contact_history, contact_status
from optin_desk.services.erasure import erase_contact, erased_on
from optin_desk.services.errors import InputError
from optin_desk.services.records import verify_records
from optin_desk.services.replies import read_replies
from optin_desk.storage.engine import Database
from tests.command_line import CommandLine

ZELDA = "+447911123477"
CRM_ROW = f"{ZELDA},Zelda Quixote,all,opt_in,2026-03-01,old_crm\n"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(command_line: CommandLine) -> Run:
    """`optin-desk --db shop.sqlite3 ...` in this process: (exit code, stdout, stderr)."""
    call = command_line.unchecked
    assert call("init", "--business", "Zed's Deli", "--country", "GB")[0] == 0
    return call


def erased_zelda(run: Run) -> None:
    assert run("optin", ZELDA, "--scope", "all", "--method", "in_person", "--name", "Zelda")[0] == 0
    assert run("optout", ZELDA, "--scope", "marketing", "--method", "whatsapp_reply")[0] == 0
    assert run("erase", ZELDA)[0] == 0


def test_an_old_crm_row_cannot_bring_an_erased_person_back(run: Run, tmp_path: Path) -> None:
    erased_zelda(run)
    crm = tmp_path / "crm.csv"
    crm.write_text("phone,name,scope,action,date,method\n" + CRM_ROW, encoding="utf-8")
    code, out, _ = run("import", str(crm))
    assert code == 0
    assert f"row 1: {ZELDA} opt-in all messages 2026-03-01 → refused: erased on request on " in out
    assert "an import never brings them back" in out
    assert "1 row: 0 to add" in out
    assert "1 refused (erased on request)" in out
    code, _, err = run("import", str(crm), "--apply")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    listing = tmp_path / "list.csv"
    listing.write_text(f"phone\n{ZELDA}\n", encoding="utf-8")
    code, out, _ = run("check", str(listing), "--category", "orders", "--json")
    assert code == 0
    assert json.loads(out)["counts"] == {
        "send": 0, "no_consent": 0, "opted_out": 1, "invalid_number": 0, "duplicate": 0,
        "too_frequent": 0,
    }  # fmt: skip
    assert b"Zelda" not in (tmp_path / "shop.sqlite3").read_bytes()


def test_an_opt_in_of_an_erased_number_needs_new_consent_and_the_flag(
    run: Run, tmp_path: Path
) -> None:
    erased_zelda(run)
    code, out, err = run("optin", ZELDA, "--scope", "all", "--method", "in_person")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert "erased on request on" in err
    assert "--lift-erasure" in err
    for method in ("import", "phone_call", "ivr"):
        code, _, err = run("optin", ZELDA, "--scope", "all", "--method", method, "--lift-erasure")
        assert code == 2, method
        assert f"not {method}" in err
        assert "own new consent" in err
    yesterday = (utc_now() - timedelta(days=2)).date().isoformat()
    code, _, err = run(
        "optin", ZELDA, "--scope", "all", "--method", "paper_form", "--at", yesterday,
        "--lift-erasure",
    )  # fmt: skip
    assert code == 2
    assert "before the erasure" in err
    code, out, _ = run(
        "optin", ZELDA, "--scope", "orders", "--method", "whatsapp_thread", "--name", "Zelda Q",
        "--lift-erasure",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("Opted in Zelda Q +447911123477 to Order & payment updates")
    assert "lifts the erasure on request of" in run("history", ZELDA, "--json")[1]
    assert run("verify")[0] == 0
    with sqlite3.connect(tmp_path / "shop.sqlite3") as raw:
        lifted = raw.execute("SELECT lifted_at, lifted_by_event_id FROM erased_numbers").fetchall()
        notes = [n for (n,) in raw.execute("SELECT note FROM consent_events")]
    assert len(lifted) == 1
    assert lifted[0][0]
    assert lifted[0][1]
    assert not any("7911123477" in n or "Zelda" in n for n in notes)
    # a second opt-in is an ordinary one now
    assert run("optin", ZELDA, "--scope", "delivery", "--method", "in_person")[0] == 0
    # erased again: blocked again
    assert run("erase", ZELDA)[0] == 0
    assert run("optin", ZELDA, "--scope", "all", "--method", "in_person")[0] == 2


def opt_in(database: Database, phone: str, name: str = "", lift_erasure: bool = False) -> None:
    request = OptInRequest(phone, ["all"], "in_person", name=name, lift_erasure=lift_erasure)
    with database.sessions() as session:
        record_opt_in(session, request, database.evidence_dir)


def test_the_block_holds_for_a_number_back_in_contacts(database: Database) -> None:
    opt_in(database, ZELDA, name="Zelda")
    with database.sessions() as session:
        erase_contact(session, ZELDA, "", database)
    with database.sessions() as session:  # a later STOP puts the number back in contacts
        record_opt_out(session, OptOutRequest(phone=ZELDA, scope="all", method="sms"))
        assert contact_status(session, ZELDA).known
        assert erased_on(session, "07911 123477") is not None
    with pytest.raises(InputError, match="--lift-erasure"):
        opt_in(database, "07911 123477")
    opt_in(database, "07911 123477", lift_erasure=True)
    with database.sessions() as session:
        assert contact_status(session, ZELDA).state_of("offers") is ConsentState.OPTED_IN
        assert erased_on(session, ZELDA) is None
        _, events = contact_history(session, ZELDA)
        assert "lifts the erasure" in events[-1].note
        assert verify_records(session).ok


def test_a_check_says_erased_even_when_the_number_came_back_another_way(
    database: Database,
) -> None:
    opt_in(database, ZELDA, name="Zelda")
    with database.sessions() as session:
        erase_contact(session, ZELDA, "", database)
    opt_in(database, ZELDA, lift_erasure=True)
    with database.sessions() as session:  # as a database written before this rule looks
        session.execute(text("UPDATE erased_numbers SET lifted_at = NULL"))
        session.commit()
        result = run_check(session, read_pasted(f"{ZELDA}\n"), "offers", "x")
    assert result.rows[0].verdict.value == "opted_out"
    assert result.rows[0].reason.startswith("erased on request on ")


def test_an_opt_in_request_by_reply_from_an_erased_number_waits_for_a_person(
    database: Database,
) -> None:
    opt_in(database, ZELDA, name="Zelda")
    with database.sessions() as session:
        record_opt_out(session, OptOutRequest(phone=ZELDA, scope="all", method="sms"))
        erase_contact(session, ZELDA, "", database)
    with database.sessions() as session:
        rows = read_replies(session, [IncomingReply(1, ZELDA, "START")])
    assert rows[0].kind is ReplyKind.OPT_IN_REQUEST
    assert not rows[0].recordable
    assert rows[0].problem.startswith("erased on request on ")
    assert "lifts the erasure" in rows[0].problem
