"""Issue 11, part 1, from the command line: whatever `optout` prints, the status agrees."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from optin_desk import cli
from optin_desk.domain.when import utc_now
from tests.command_line import CommandLine
from tests.paper_forms import printed_by_command

NUMBER = "07911123460"


class Run(CommandLine):
    """The shared command line, with the one reading these tests repeat."""

    def offers(self, number: str = NUMBER) -> str:
        return str(self.status(number)["consent"]["offers"])


@pytest.fixture
def run(db_location: str, capsys: pytest.CaptureFixture[str]) -> Run:
    runner = Run(db_location, capsys)
    runner("init", "--business", "Corner Shop", "--country", "GB")
    return runner


def test_an_opt_out_dated_today_holds_against_this_mornings_opt_in(
    run: Run, tmp_path: Path
) -> None:
    run("optin", NUMBER, "--scope", "offers", "--method", "in_person")
    today = date.today().isoformat()
    _, out, _ = run("optout", NUMBER, "--scope", "offers", "--method", "phone_call", "--at", today)
    assert "no longer send you the “Offers & new products” messages" in out
    assert run.offers() == "opted_out"
    listing = tmp_path / "list.csv"
    listing.write_text(f"number\n{NUMBER}\n", encoding="utf-8")
    _, out, _ = run("check", str(listing), "--category", "offers")
    counts = {" ".join(line.split()) for line in out.splitlines()}
    assert "Opted out 1" in counts
    assert "Send 0" in counts


def test_an_opt_out_back_dated_before_the_signed_form_holds(run: Run, tmp_path: Path) -> None:
    (serial,) = printed_by_command(run, tmp_path)
    run(
        *("optin", NUMBER, "--scope", "offers", "--method", "paper_form", "--serial", serial),
        *("--at", "2026-01-05"),
    )
    run("optout", NUMBER, "--scope", "offers", "--method", "phone_call", "--at", "2026-01-01")
    assert run.offers() == "opted_out"
    _, _, err = run("optout", NUMBER, "--scope", "offers", "--method", "phone_call")
    assert "already opted out of this: recorded again, nothing changed" in err


def test_a_clock_a_year_ahead_cannot_make_an_opt_in_outrank_a_later_stop(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead = utc_now() + timedelta(days=365)
    monkeypatch.setattr("optin_desk.services.consent.utc_now", lambda: ahead)
    run("optin", NUMBER, "--scope", "offers", "--method", "in_person")
    monkeypatch.undo()
    # the first opt-in after the clock went back waits for the clock to be checked
    _, _, err = run("optin", "07911123461", "--scope", "offers", "--method", "in_person", expect=2)
    assert "the computer's clock says" in err
    assert "--clock-checked" in err
    assert run.offers("07911123461") == "none"
    # an opt-out is never refused: it is recorded, holds, and says what is wrong
    _, _, err = run("optout", NUMBER, "--scope", "offers", "--method", "whatsapp_reply")
    assert "the opt-out holds all the same; set the clock right" in err
    assert run.offers() == "opted_out"
    _, out, _ = run("verify")
    assert out.startswith("ok: 5 events")  # the 3 categories' kinds, then the 2 entries
    assert "note: event 5 was recorded at" in out
    run("optin", NUMBER, "--scope", "offers", "--method", "in_person")
    assert run.offers() == "opted_in"  # given and recorded after the STOP


def test_a_checked_clock_lets_an_opt_in_through_with_a_note(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead = utc_now() + timedelta(days=30)
    monkeypatch.setattr("optin_desk.services.consent.utc_now", lambda: ahead)
    run("optin", NUMBER, "--scope", "orders", "--method", "in_person")
    monkeypatch.undo()
    _, _, err = run(
        "optin", "07911123461", "--scope", "offers", "--method", "in_person", "--clock-checked"
    )
    assert "recorded as confirmed" in err
    assert run.offers("07911123461") == "opted_in"


def test_demo_data_never_lands_in_real_records(
    run: Run, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run("optin", NUMBER, "--scope", "offers", "--method", "in_person")
    _, _, err = run("demo", "--contacts", "5", expect=2)
    assert "hold 1 person who is not a demo record:" in err
    _, out, _ = run("verify")
    assert out.startswith("ok: 4 events,")  # the 3 categories' kinds, then the person
    monkeypatch.delenv("OPTIN_DESK_DB", raising=False)
    capsys.readouterr()
    assert cli.main(["demo", "--contacts", "5"]) == 2
    assert "demo needs --db" in capsys.readouterr().err


def test_an_opt_in_that_cannot_undo_a_stop_says_so(run: Run) -> None:
    run("optout", NUMBER, "--scope", "offers", "--method", "phone_call")
    earlier = date.today().replace(day=1) - timedelta(days=1)
    _, _, err = run(
        "optin", NUMBER, "--scope", "offers", "--method", "in_person", "--at", earlier.isoformat()
    )
    assert "they stay opted out of Offers & new products" in err
    assert run.offers() == "opted_out"


def test_output_that_cannot_be_written_is_one_line(
    run: Run, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    run("optin", NUMBER, "--scope", "offers", "--method", "in_person")
    capsys.readouterr()
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    code = cli.main(["--db", str(run.db), "status", NUMBER])
    monkeypatch.undo()
    assert code == 2
    assert capsys.readouterr().err == (
        "optin-desk status: the output could not be written (Broken pipe)\n"
    )
