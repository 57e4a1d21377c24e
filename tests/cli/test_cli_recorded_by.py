"""Who records, and which serials are the shop's, on the command line."""

from __future__ import annotations

import getpass
import json

import pytest

from optin_desk.services.this_computer import remember_recorder
from tests.command_line import CommandLine as Cli

ANN = "+447911123456"


@pytest.fixture
def cli(command_line: Cli) -> Cli:
    command_line(
        "init", "--business", "Ann's Deli", "--country", "GB", "--staff", "Sam", "--staff", "Kim"
    )
    return command_line


def history(cli: Cli) -> list[dict[str, object]]:
    events: list[dict[str, object]] = json.loads(cli("history", ANN, "--json").out)
    return events


def recorded_by(cli: Cli) -> list[object]:
    return [e["by"] for e in history(cli)]


def test_by_defaults_to_the_name_remembered_here_else_the_login(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "till2")
    cli("optin", ANN, "--scope", "orders", "--method", "in_person")
    remember_recorder("Kim")  # the name last chosen in the window on this computer
    cli("optin", ANN, "--scope", "offers", "--method", "in_person")
    cli("optin", ANN, "--scope", "delivery", "--method", "in_person", "--by", "Sam")
    assert recorded_by(cli) == ["till2", "Kim", "Sam"]


def test_a_serial_the_shop_never_printed_is_refused_with_the_reason(cli: Cli) -> None:
    for serial in ("K3M9", "hello world", "0000-0000-0"):
        ran = cli(
            "optin",
            ANN,
            "--scope",
            "orders",
            "--method",
            "paper_form",
            "--serial",
            serial,
            expect=2,
        )
        assert ran.err.count("\n") == 1
        assert "give --other-print-run if the shop printed it elsewhere" in ran.err
    assert history(cli) == []


def test_a_form_from_another_print_run_is_kept_with_a_note(cli: Cli) -> None:
    cli(
        "optin", ANN, "--scope", "orders", "--method", "paper_form", "--serial", "K3M9",
        "--other-print-run", "--by", "Sam",
    )  # fmt: skip
    assert "form K3M9" in cli("history", ANN).out
    assert [(e["form_serial"], e["note"]) for e in history(cli)] == [
        ("K3M9", "form from another print run")
    ]
