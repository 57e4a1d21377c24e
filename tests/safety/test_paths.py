"""Any folder a user can have holds the records: accents, %, spaces, #, ? (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs
import pytest

from optin_desk.cli import main
from optin_desk.storage.engine import APP_NAME, DB_ENV_VAR, DB_FILE_NAME

FOLDERS = ["José", "50% off", "%(name)s", "two words", "shop#2", "what?", "Zoë's 100%#?"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_command_works_in_a_folder_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, folder: str
) -> None:
    home = tmp_path / folder
    home.mkdir()
    db = str(home / "records.sqlite3")
    code, out, err = run(capsys, "--db", db, "init", "--business", "Ann's Deli", "--country", "GB")
    assert code == 0, err
    assert f"in {db}" in out  # the path as the person wrote it, not a URL
    code, _out, err = run(capsys, "--db", db, "optin", "07911123456", "--scope", "orders",
                          "--method", "in_person")  # fmt: skip
    assert code == 0, err
    code, out, _err = run(capsys, "--db", db, "status", "07911123456", "--json")
    assert json.loads(out)["consent"]["orders"] == "opted_in"
    backup = home / "backups" / "copy.sqlite3"
    (home / "backups").mkdir()
    assert run(capsys, "--db", db, "backup", str(backup))[0] == 0
    code, _out, err = run(capsys, "--db", db, "optout", "07911123456", "--scope", "all",
                          "--method", "phone_call")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "restore", str(backup))
    assert code == 0, err
    assert str(home) in out
    code, out, _err = run(capsys, "--db", db, "verify")
    assert code == 0
    assert out.startswith("ok: 6 events")  # 3 categories' kinds, 2 entries, the restore
    assert (home / "records.sqlite3").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing went elsewhere


@pytest.mark.parametrize("folder", ["José", "50%", "a b#?"])
def test_the_default_database_opens_under_such_a_home_folder(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    folder: str,
) -> None:
    home = tmp_path / folder
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    expected = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME
    assert str(home) in str(expected)
    code, out, err = run(capsys, "init", "--business", "Ann's Deli", "--country", "GB")
    assert code == 0, err
    assert str(expected) in out
    assert expected.is_file()
    code, out, _err = run(capsys, "verify")
    assert (code, out.split(",")[0]) == (0, "ok: 3 events")  # the 3 categories' kinds
