"""packaging/postgres-setup.sh makes the database and the role every computer logs in as."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from optin_desk.cli import main
from tests.pg_server import PgServer

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "postgres-setup.sh"


def setup(server: PgServer, typed: str, *names: str) -> subprocess.CompletedProcess[str]:
    psql_dir = str(server.bin_dir)
    env = {
        **os.environ,
        "PGHOST": str(server.folder),
        "PGPORT": str(server.port),
        "PGUSER": "postgres",
        "PATH": psql_dir + os.pathsep + os.environ.get("PATH", ""),
    }
    return subprocess.run(
        ["bash", str(SCRIPT), *names], input=typed, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_script_makes_a_database_the_program_can_set_up_and_use(
    shop_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    made = setup(shop_server, "till-and-office\ntill-and-office\n", "corner_shop", "corner_till")
    assert made.returncode == 0, made.stderr
    assert "till-and-office" not in made.stdout + made.stderr
    url = shop_server.url("corner_shop", "corner_till", "till-and-office")
    assert main(["--db", url, "init", "--business", "Corner Shop", "--country", "GB"]) == 0
    assert main(["--db", url, "verify"]) == 0
    owner = shop_server.sql("SELECT pg_get_userbyid(datdba) FROM pg_database "
                          "WHERE datname = 'corner_shop'")  # fmt: skip
    assert owner.strip() == "corner_till"

    again = setup(shop_server, "x\nx\n", "corner_shop", "corner_till")
    assert again.returncode == 2
    assert "already exists; nothing was changed" in again.stderr
    typo = setup(shop_server, "one\ntwo\n", "other_shop", "other_till")
    assert typo.returncode == 2
    assert "the two passwords differ" in typo.stderr
    assert shop_server.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'other_till'") == "0\n"
    capsys.readouterr()
