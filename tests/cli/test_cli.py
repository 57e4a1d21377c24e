"""The command line on a fresh database, run in this process (`main(argv)`)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.command_line import CommandLine
from tests.pg import tamper


def sent_just_now() -> str:
    """A sending time typed to the minute, as staff type it (not before the opt-out)."""
    return datetime.now().strftime("%Y-%m-%dT%H:%M")


ANN = "07911 123456"
BOB = "+34 612 345 678"
CARA = "4915123456789"


Cli = CommandLine  # in this process: tests/cli/test_entry_points.py starts real processes


@pytest.fixture
def cli(command_line: CommandLine) -> CommandLine:
    command_line(
        "init", "--business", "Ann's Deli & Co", "--country", "GB", "--sender", "07911 000111"
    )
    return command_line


def test_a_dozen_calls_give_the_status_the_rules_predict(cli: Cli) -> None:
    cli(
        "optin",
        ANN,
        "--scope",
        "orders",
        "--scope",
        "offers",
        "--method",
        "paper_form",
        "--name",
        "Ann Lee",
        "--at",
        "2026-10-01",
        "--by",
        "Sam",
        "--serial",
        "AB12",
        "--other-print-run",
    )
    cli("optin", BOB, "--scope", "all", "--method", "in_person", "--name", "Bob")
    cli("optin", CARA, "--scope", "delivery", "--method", "website")
    cli(
        "optout",
        "+447911123456",
        "--scope",
        "marketing",
        "--method",
        "whatsapp_reply",
        "--words",
        "STOP",
    )
    cli("optin", "0034612345678", "--scope", "offers", "--method", "import")
    cli("optout", "612 345 678", "--scope", "offers", "--method", "phone_call", expect=2)
    cli("optout", BOB, "--scope", "offers", "--method", "phone_call")
    cli("optin", BOB, "--scope", "offers", "--method", "import")  # never re-opts in
    mistaken = cli("optout", CARA, "--scope", "all", "--method", "letter")
    assert "Ann's Deli & Co" in mistaken.stdout
    history = json.loads(cli("history", CARA, "--json").stdout)
    cli("void", str(history[-1]["id"]), "--reason", "wrong customer", "--by", "Sam")
    cli("optin", ANN, "--scope", "delivery", "--method", "phone_call")

    assert cli.status(ANN)["consent"] == {
        "orders": "opted_in",
        "delivery": "opted_in",
        "offers": "opted_out",
    }
    assert cli.status(BOB)["consent"] == {
        "orders": "opted_in",
        "delivery": "opted_in",
        "offers": "opted_out",
    }
    assert cli.status("+49 1512 3456789")["consent"] == {
        "orders": "none",
        "delivery": "opted_in",
        "offers": "none",
    }
    stranger = cli.status("07400 123456")
    assert stranger["phone"] == "+447400123456"
    assert stranger["name"] is None
    assert set(stranger["consent"].values()) == {"none"}  # type: ignore[union-attr]
    assert cli.status(ANN)["name"] == "Ann Lee"
    verify = cli("verify")
    assert verify.stdout.startswith("ok: 14 events, head ")  # 3 categories' kinds, 11 of theirs


def test_optout_prints_the_stored_confirmation(cli: Cli) -> None:
    cli("optin", ANN, "--scope", "orders", "--scope", "offers", "--method", "in_person")
    printed = cli("optout", ANN, "--scope", "marketing", "--method", "in_person").stdout.strip()
    history = json.loads(cli("history", ANN, "--json").stdout)
    assert history[-1]["confirmation_text"] == printed
    assert "You will still receive these messages: “Order & payment updates”." in printed
    assert "START" in printed


def test_verify_names_the_event_changed_behind_the_apps_back(cli: Cli) -> None:
    for scope in ("orders", "delivery", "offers"):
        cli("optin", ANN, "--scope", scope, "--method", "phone_call")
    tamper(cli.db, "UPDATE consent_events SET method = 'in_person' WHERE id = 2")
    result = cli("verify", expect=1)
    assert result.stdout.startswith("broken: event 2:")


def test_verify_finds_removed_events(cli: Cli) -> None:
    for scope in ("orders", "delivery", "offers"):
        cli("optin", ANN, "--scope", scope, "--method", "phone_call")
    head = cli("verify").stdout.splitlines()[0].split()[-1]
    # events 1-3 state the categories' kinds; Ann's are 4-6
    tamper(cli.db, "DELETE FROM consent_state", "DELETE FROM consent_events WHERE id = 6")
    assert cli("verify", expect=1).stdout.startswith("broken: event 6:")
    assert "broken" in cli("verify", "--head", head, expect=1).stdout


def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli: Cli) -> None:
    cases = [
        ("optin", "123", "--scope", "orders", "--method", "in_person"),
        ("optin", ANN, "--scope", "promo", "--method", "in_person"),
        ("optin", ANN, "--scope", "orders", "--method", "in_person", "--at", "2999-01-01"),
        ("optin", ANN, "--scope", "orders", "--method", "in_person", "--at", "last week"),
        ("optin", ANN, "--scope", "orders", "--method", "fax"),
        ("optin", ANN, "--scope", "orders", "--method", "in_person", "--evidence", "nope.jpg"),
        ("optin", ANN, "--scope", "orders", "--method", "paper_form"),
        ("optin", ANN, "--scope", "orders", "--method", "paper_form", "--other-print-run"),
        ("optin", ANN, "--scope", "orders", "--method", "paper_form", "--serial", " "),
        ("optout", ANN, "--scope", "everything", "--method", "letter"),
        ("void", "42", "--reason", "typo"),
        ("status", "not a number"),
        ("init", "--business", "Again", "--country", "GB"),
        ("frobnicate",),
    ]
    for args in cases:
        result = cli(*args, expect=2)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, result.stderr)
        assert result.stdout == ""
    assert cli("verify").stdout.startswith("ok: 3 events")  # only the categories' kinds


def test_commands_before_init_say_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = Cli(tmp_path / "new.sqlite3", capsys)("status", ANN, expect=2)
    assert "optin-desk init" in result.stderr


def test_export_writes_every_event_with_the_agreed_columns(cli: Cli, tmp_path: Path) -> None:
    cli("optin", ANN, "--scope", "offers", "--method", "in_person", "--name", "=HYPERLINK(1)")
    cli("optout", ANN, "--scope", "all", "--method", "sms")
    target = tmp_path / "events.csv"
    cli("export", str(target))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows] == ["opt_in", "opt_out"]
    for column in ("event_id", "at", "action", "scope", "method", "by", "name", "phone"):
        assert column in rows[0]
    assert rows[0]["phone"] == "+447911123456"
    assert rows[0]["name"] == "'=HYPERLINK(1)"


def test_history_lists_events_oldest_first_with_their_details(cli: Cli) -> None:
    cli(
        "optin",
        ANN,
        "--scope",
        "offers",
        "--method",
        "paper_form",
        "--serial",
        "q7",
        "--other-print-run",
        "--by",
        "Sam",
        "--at",
        "2026-09-30",
    )
    cli("optout", ANN, "--scope", "offers", "--method", "in_person", "--by", "Kim")
    text = cli("history", ANN).stdout
    assert text.index("opt-in") < text.index("opt-out")
    assert "(paper form), recorded by Sam" in text
    assert "(in person), recorded by Kim" in text
    assert "paper_form" not in text
    assert "in_person" not in text
    assert "form Q7" in text
    assert "confirmation:" in text
    events = json.loads(cli("history", ANN, "--json").stdout)
    assert [e["by"] for e in events] == ["Sam", "Kim"]
    assert events[0]["at"].startswith("2026-09-29") or events[0]["at"].startswith("2026-09-30")


@pytest.mark.gui
def test_demo_then_screenshots_of_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(tmp_path / "demo.sqlite3", capsys)
    assert "Added 120 demo contacts" in cli("demo", "--contacts", "120").stdout
    assert cli("verify").stdout.startswith("ok: ")
    written = cli("screenshots", str(tmp_path / "shots")).stdout.split()
    assert [Path(p).name for p in written] == [
        "00-today.png",
        "01-sign-ups.png",
        "02-contacts.png",
        "03-opt-outs.png",
        "04-check-list.png",
        "05-forms.png",
        "06-settings.png",
        "07-quality.png",
    ]
    for name in written:
        assert Path(name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    refused = cli("screenshots", str(tmp_path / "xx"), "--language", "xx", expect=2)
    assert refused.stderr.strip().endswith("the window has no translation into 'xx'")
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not list((tmp_path / "xx").glob("*.png"))


def test_check_prints_counts_and_writes_report_and_allowed_files(cli: Cli, tmp_path: Path) -> None:
    cli("optin", ANN, "--scope", "offers", "--method", "in_person", "--name", "Ann Lee")
    cli("optin", BOB, "--scope", "orders", "--method", "in_person")
    listing = tmp_path / "clientes.csv"
    listing.write_bytes(
        "Nombre;Teléfono\r\n=cmd|' /C calc'!A0;07911 123456\r\nBob;34612345678\r\n"
        "Nadie;0791\r\n".encode("cp1252")
    )
    report, allowed = tmp_path / "report.csv", tmp_path / "allowed.csv"
    result = cli(
        "check",
        str(listing),
        "--category",
        "offers",
        "--report",
        str(report),
        "--allowed",
        str(allowed),
        "--json",
        "--by",
        "Sam",
    )
    payload = json.loads(result.stdout)
    assert payload["rows"] == 3
    assert payload["category"] == "offers"
    assert payload["counts"]["send"] == 1
    assert payload["counts"]["no_consent"] == 1
    assert payload["counts"]["invalid_number"] == 1
    assert isinstance(payload["check_id"], int)
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "row,input,name,phone,verdict,reason,opt_out_line"
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"].startswith("'=cmd")
    assert rows[0]["phone"] == "+447911123456"
    assert rows[0]["opt_out_line"] == "yes"
    assert rows[1]["reason"] == "consent for Order & payment updates only"
    with allowed.open(encoding="utf-8-sig", newline="") as handle:
        sendable = list(csv.reader(handle))
    assert sendable == [
        ["name", "phone", "opt_out_line"],
        ["'=cmd|' /C calc'!A0", "+447911123456", "yes"],
    ]
    text = cli("check", str(listing), "--category", "offers", "--record-sent").stdout
    assert "Recorded 1 message as sent" in text
    again = json.loads(cli("check", str(listing), "--category", "offers", "--json").stdout)
    assert again["opt_out_line"] == 0


def test_check_refuses_bad_input_with_one_line(cli: Cli, tmp_path: Path) -> None:
    listing = tmp_path / "l.csv"
    listing.write_text("Phone\n07911123456\n")
    for args in (
        ("check", str(tmp_path / "missing.csv"), "--category", "offers"),
        ("check", str(listing), "--category", "promo"),
        ("check", str(listing), "--category", "offers", "--column", "Fax"),
        ("check", str(listing), "--category", "offers", "--sent-at", "2026-01-01"),
    ):
        result = cli(*args, expect=2)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_the_owner_pin_on_the_command_line(cli: Cli, tmp_path: Path) -> None:
    assert cli("pin", "246810").stdout.strip() == "Owner PIN set"
    target = str(tmp_path / "all.csv")
    refused = cli("export", target, expect=2)
    assert "owner PIN" in refused.stderr
    assert "wrong owner PIN" in cli("--pin", "1111", "export", target, expect=2).stderr
    assert cli("--pin", "246810", "export", target).stdout.startswith("Wrote 0 events")
    cli("optin", ANN, "--scope", "orders", "--method", "in_person")  # staff need no PIN
    env_run = subprocess.run(
        [sys.executable, "-m", "optin_desk", "--db", str(cli.db), "export", target],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "OPTIN_DESK_PIN": "246810"},
    )
    assert env_run.returncode == 0, env_run.stderr


def test_an_opt_out_confirmation_in_the_customers_language(cli: Cli) -> None:
    cli(
        "optin",
        BOB,
        "--scope",
        "orders",
        "--scope",
        "offers",
        "--method",
        "in_person",
        "--language",
        "es",
    )
    spanish = cli("optout", BOB, "--scope", "marketing", "--method", "whatsapp_reply").stdout
    assert "ya no le enviaremos mensajes de marketing («Ofertas y productos nuevos»)" in spanish
    assert "Seguirá recibiendo estos mensajes: «Avisos de pedidos y pagos»." in spanish
    assert "ALTA" in spanish
    german = cli("optout", CARA, "--scope", "all", "--method", "letter", "--language", "de")
    assert "ABMELDEN" not in german.stdout
    assert "ANMELDEN" in german.stdout
    history = json.loads(cli("history", BOB, "--json").stdout)
    assert history[0]["wording_language"] == "es"


def test_optout_sent_at_and_the_suppression_list(cli: Cli, tmp_path: Path) -> None:
    cli("optout", ANN, "--scope", "all", "--method", "sms", "--sent-at", sent_just_now())
    cli("optout", BOB, "--scope", "all", "--method", "sms", "--sent-at", "2999-01-01", expect=2)
    target = tmp_path / "suppression.csv"
    assert "Wrote 3 suppressed" in cli("suppression", str(target)).stdout
    assert target.read_text(encoding="utf-8-sig").splitlines()[0] == (
        "phone,name,category,since,event_id"
    )
