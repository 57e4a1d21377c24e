"""The owner PIN guards the data: backups, suppression list, exports, voiding an opt-out; its
hash resists offline search; an old hash still works; a damaged record is one clear line."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from optin_desk.cli import main
from optin_desk.services import owner
from optin_desk.services.errors import InputError
from optin_desk.services.owner import (
    DAMAGED,
    FAILURES_KEY,
    MAX_MEMORY,
    PIN_KEY,
    PRODUCTION_COST,
    PinCost,
    read_pin_record,
    require_owner,
    set_owner_pin,
)
from optin_desk.services.shop_texts import get_setting, put_setting
from tests.command_line import CommandLine

PIN = "246810"
Run = Callable[..., tuple[int, str, str]]


def old_record(pin: str, cost: PinCost) -> str:
    """A PIN record as versions before this one wrote it (no "kdf" key)."""
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32)
    return json.dumps(
        {"salt": salt.hex(), "n": cost.n, "r": cost.r, "p": cost.p, "hash": digest.hex()}
    )


def test_the_production_cost_stretches_a_check_to_a_fraction_of_a_second(
    session: Session,
) -> None:
    assert PinCost(n=2**16, r=8, p=1) == PRODUCTION_COST  # 64 MiB a try
    assert owner.MIN_PIN == 6
    set_owner_pin(session, PIN, None, PRODUCTION_COST)
    assert json.loads(get_setting(session, PIN_KEY))["n"] == 2**16
    started = time.perf_counter()
    require_owner(session, PIN, PRODUCTION_COST)
    took = time.perf_counter() - started
    assert 0.1 < took < 5, took  # about 0.4 s on the machines this was measured on


def test_an_old_four_digit_pin_still_opens_and_is_rehashed_on_success(session: Session) -> None:
    put_setting(session, PIN_KEY, old_record("2468", owner.LEGACY_COST))
    session.commit()
    with pytest.raises(InputError, match="wrong owner PIN"):
        require_owner(session, "1357")
    assert json.loads(get_setting(session, PIN_KEY))["n"] == 2**14  # no upgrade on a wrong PIN
    stronger = PinCost(n=2**15, r=8, p=1)
    require_owner(session, "2468", stronger)
    stored = json.loads(get_setting(session, PIN_KEY))
    assert (stored["kdf"], stored["n"], stored["r"], stored["p"]) == ("scrypt", 2**15, 8, 1)
    assert get_setting(session, FAILURES_KEY) == ""
    require_owner(session, "2468", stronger)  # the upgraded record opens with the same PIN


def test_a_new_pin_needs_six_characters(session: Session) -> None:
    for short in ("2468", "12345"):
        with pytest.raises(InputError, match="6 to 32 characters"):
            set_owner_pin(session, short, None)
    assert set_owner_pin(session, "123456", None)


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "[]",
        "{}",
        '"text"',
        "[" * 5000,
        '{"salt": "zz", "n": 16, "r": 1, "p": 1, "hash": "' + "0" * 64 + '"}',
        '{"salt": "' + "00" * 16 + '", "n": 17, "r": 1, "p": 1, "hash": "' + "0" * 64 + '"}',
        '{"salt": "' + "00" * 16 + '", "n": 1099511627776, "r": 8, "p": 1, "hash": "00"}',
        '{"salt": "' + "00" * 16 + '", "n": 1048576, "r": 64, "p": 16, "hash": "' + "0" * 64 + '"}',
        '{"salt": "' + "00" * 16 + '", "n": 16, "r": 1, "p": 1, "hash": "short"}',
        '{"salt": "' + "00" * 16 + '", "n": "16", "r": 1, "p": 1, "hash": "' + "0" * 64 + '"}',
        '{"kdf": "md5", "salt": "' + "00" * 16 + '", "n": 16, "r": 1, "p": 1, "hash": "x"}',
    ],
)
def test_a_hand_edited_pin_record_is_one_clear_line(
    session: Session,
    raw: str,
    tmp_path: Path,
    db_location: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    put_setting(session, PIN_KEY, raw)
    session.commit()
    with pytest.raises(InputError) as refused:
        require_owner(session, PIN)
    assert str(refused.value) == DAMAGED
    session.rollback()  # end this session's transaction: the command takes its own
    assert main(["--db", db_location, "--pin", PIN, "export", str(tmp_path / "all.csv")]) == 2
    err = capsys.readouterr().err
    assert err == f"optin-desk export: {DAMAGED}\n"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "kdf": st.sampled_from(["scrypt", "argon2id", ""]) | json_values,
        "salt": st.sampled_from(["00" * 16, "zz", ""]) | json_values,
        "n": st.integers(min_value=-4, max_value=2**64) | json_values,
        "r": st.integers(min_value=-4, max_value=2**10) | json_values,
        "p": st.integers(min_value=-4, max_value=2**10) | json_values,
        "hash": st.sampled_from(["0" * 64, "g" * 64]) | json_values,
    },
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.text(max_size=200) | json_values.map(json.dumps) | fields.map(json.dumps))
def test_any_stored_text_reads_as_a_record_within_bounds_or_as_damaged(raw: str) -> None:
    try:
        record = read_pin_record(raw)
    except InputError as error:
        problem = str(error)
    else:
        problem = ""
        cost = record.cost
        assert cost.n & (cost.n - 1) == 0
        assert 128 * cost.r * cost.n <= MAX_MEMORY
        assert cost.work <= 4 * PRODUCTION_COST.work
    assert problem in ("", DAMAGED)


def test_a_damaged_failure_count_is_no_traceback(session: Session) -> None:
    set_owner_pin(session, PIN, None)
    for raw in ("garbage", '{"count": "x"}', '{"count": 2, "until": "tomorrow"}', "[]"):
        put_setting(session, FAILURES_KEY, raw)
        session.commit()
        require_owner(session, PIN)
        assert get_setting(session, FAILURES_KEY) == ""
    put_setting(session, FAILURES_KEY, json.dumps({"count": 9, "until": "9999-01-01T00:00:00Z"}))
    session.commit()
    with pytest.raises(InputError, match=r"try again in (\d+) seconds") as waiting:
        require_owner(session, PIN)
    assert int(str(waiting.value).split()[-2]) <= 301  # a hand-edited wait is capped


@pytest.fixture
def run(command_line: CommandLine) -> Run:
    """`optin-desk --db shop.sqlite3 ...` in this process: (exit code, stdout, stderr)."""
    call = command_line.unchecked
    assert call("init", "--business", "Ann's Deli", "--country", "GB")[0] == 0
    assert call("optin", "07911 123456", "--scope", "all", "--method", "in_person")[0] == 0
    assert call("optout", "07911 123456", "--scope", "offers", "--method", "sms")[0] == 0
    return call


def test_backup_suppression_and_export_need_the_pin_when_one_is_set(
    run: Run, tmp_path: Path
) -> None:
    assert run("pin", "2468")[0] == 2  # too short now
    assert run("pin", PIN)[1] == "Owner PIN set\n"
    stick = tmp_path / "stick"
    stick.mkdir()
    for command in (["backup", str(stick)], ["suppression", str(tmp_path / "s.csv")]):
        code, out, err = run(*command)
        assert (code, out) == (2, ""), command
        assert err == (
            f"optin-desk {command[0]}: this needs the owner PIN (give --pin or set "
            "OPTIN_DESK_PIN)\n"
        )
        code, _, err = run("--pin", "135790", *command)
        assert code == 2
        assert err == f"optin-desk {command[0]}: wrong owner PIN\n"
    assert list(stick.iterdir()) == []
    assert not (tmp_path / "s.csv").exists()
    code, out, _ = run("--pin", PIN, "backup", str(stick))
    assert code == 0
    assert out.startswith("Backed up 6 events to ")  # 3 kinds, Ann's 2, the PIN stated
    assert run("--pin", PIN, "suppression", str(tmp_path / "s.csv"))[0] == 0
    assert "+447911123456" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert run("--pin", PIN, "export", str(tmp_path / "all.csv"))[0] == 0


def test_voiding_an_opt_out_needs_the_pin_and_voiding_an_opt_in_does_not(run: Run) -> None:
    assert run("pin", PIN)[0] == 0
    code, _, err = run("void", "5", "--reason", "staff say it was a joke")  # her opt-out
    assert code == 2
    assert err == "optin-desk void: this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)\n"
    code, out, _ = run("status", "07911 123456", "--json")
    assert json.loads(out)["consent"]["offers"] == "opted_out"
    assert run("--pin", PIN, "void", "5", "--reason", "typed the wrong person")[0] == 0
    assert json.loads(run("status", "07911 123456", "--json")[1])["consent"]["offers"] == (
        "opted_in"
    )
    code, out, _ = run("void", "4", "--reason", "the form was not signed")  # her opt-in
    assert code == 0
    assert out.startswith("Voided event 4 of +447911123456")
