"""`checks`: the kept checks listed, and one written out again exactly as it was judged."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.command_line import CommandLine


@pytest.fixture
def shop(command_line: CommandLine) -> CommandLine:
    command_line("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    command_line("optin", "07911 123456", "--scope", "offers", "--method", "in_person")
    return command_line


def _checked(shop: CommandLine, folder: Path, numbers: str, name: str) -> Path:
    listed = folder / f"{name}.csv"
    listed.write_text(f"phone\n{numbers}", encoding="utf-8")
    report = folder / f"{name}-report.csv"
    shop("check", str(listed), "--category", "offers", "--report", str(report))
    return report


def test_no_check_kept_says_so(shop: CommandLine) -> None:
    assert shop("checks").out == "No check was kept yet.\n"


def test_kept_checks_are_listed_newest_first_with_when_they_were_sent(
    shop: CommandLine, tmp_path: Path
) -> None:
    _checked(shop, tmp_path, "07911 123456\n07911 123457\n0791\n", "first")
    _checked(shop, tmp_path, "07911 123456\n", "second")
    shop("check", str(tmp_path / "second.csv"), "--category", "offers", "--record-sent")
    lines = shop("checks").out.splitlines()
    assert [line.split("  ")[0] for line in lines] == ["3", "2", "1"]
    assert lines[0].endswith("  second.csv  Offers & new products  1 row  sent " + lines[0][-10:])
    assert lines[2].endswith("  first.csv  Offers & new products  3 rows")
    assert " UTC  " in lines[2]


def test_a_kept_check_is_written_out_again_byte_for_byte_as_its_own_report(
    shop: CommandLine, tmp_path: Path
) -> None:
    first = _checked(shop, tmp_path, "07911 123456\n07911 123457\n0791\n07911 123456\n", "first")
    again, allowed = tmp_path / "again.csv", tmp_path / "allowed.csv"
    said = shop("checks", "1", "--report", str(again), "--allowed", str(allowed)).out
    assert again.read_bytes() == first.read_bytes()
    assert allowed.read_text(encoding="utf-8-sig").count("+447911123456") == 1
    assert said.splitlines()[0].startswith("Check 1, kept ")
    assert said.splitlines()[0].endswith(" UTC: 4 rows of first.csv for Offers & new products")


def test_files_without_a_check_and_a_check_that_is_not_kept_are_one_line(
    shop: CommandLine, tmp_path: Path
) -> None:
    report = tmp_path / "r.csv"
    refused = shop("checks", "--report", str(report), expect=2)
    assert refused.err == "optin-desk checks: --report and --allowed need the number of a check\n"
    assert shop("checks", "7", expect=2).err == "optin-desk checks: there is no check 7\n"
    assert not report.exists()


def test_kept_checks_are_listed_in_the_shops_language(shop: CommandLine, tmp_path: Path) -> None:
    _checked(shop, tmp_path, "07911 123456\n07911 123457\n", "lista")
    (line,) = shop("--ui-language", "es", "checks").out.splitlines()
    assert line.endswith("  lista.csv  Offers & new products  2 filas")


def test_one_kept_check_as_json_names_its_fields_as_check_and_the_report_do(
    shop: CommandLine, tmp_path: Path
) -> None:
    _checked(shop, tmp_path, "07911 123456\n0791\n", "first")
    payload = json.loads(shop("checks", "1", "--json").out)
    assert (payload["check_id"], payload["category"], payload["rows"]) == (1, "offers", 2)
    assert payload["counts"]["invalid_number"] == 1
    assert [r["verdict"] for r in payload["results"]] == ["send", "invalid_number"]
    assert set(payload["results"][0]) == {
        "row", "input", "name", "phone", "verdict", "reason", "opt_out_line"
    }  # fmt: skip
    (listed,) = json.loads(shop("checks", "--json").out)
    assert (listed["check_id"], listed["rows"], listed["sent_at"]) == (1, 2, None)


@pytest.mark.sqlite_only  # the sqlite3 tool stores any text
def test_counts_edited_outside_the_program_are_shown_without_the_strange_ones(
    shop: CommandLine, tmp_path: Path
) -> None:
    _checked(shop, tmp_path, "07911 123456\n", "first")
    with closing(sqlite3.connect(shop.db)) as raw:
        raw.execute("""UPDATE checks SET counts_json = '{"send": 5, "free": 9, "no_consent": 1}'""")
        raw.commit()
    lines = shop("checks", "1").out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["Send", "No"]
