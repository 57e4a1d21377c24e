"""The command line in the shop's language: `--ui-language`, else the system locale."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from optin_desk.cli.words import chosen_language, speaking, system_language, translate
from tests.command_line import CommandLine

ANN = "07911 123456"


@pytest.fixture
def shop(command_line: CommandLine) -> CommandLine:
    """A GB shop with one opt-in, set up in English."""
    command_line("init", "--business", "Ann's Deli", "--country", "GB")
    command_line("optin", ANN, "--scope", "offers", "--method", "in_person", "--by", "Sam")
    return command_line


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "pt_BR.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "id_ID.UTF-8"}, "id"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "hi_IN"}, "hi"),
    ],
)
def test_the_system_locale_picks_a_language_english_when_none_fits(
    environ: dict[str, str], language: str
) -> None:
    assert system_language(environ) == language


def test_the_option_wins_over_the_locale() -> None:
    assert chosen_language("ar", {"LANG": "es_ES.UTF-8"}) == "ar"
    assert chosen_language(None, {"LANG": "es_ES.UTF-8"}) == "es"


def test_spanish_success_error_and_counts(command_line: CommandLine) -> None:
    made = command_line(
        "--ui-language", "es", "init", "--business", "Ann's Deli", "--country", "GB"
    )
    assert made.out.startswith("Se configuró Ann's Deli (Reino Unido) en ")
    assert "(publicidad)" in made.out
    # a new shop's ledger holds its three categories' kinds
    assert command_line("--ui-language", "es", "verify").out.startswith("correcto: 3 registros,")
    done = command_line(
        "--ui-language", "es", "optin", ANN, "--scope", "offers", "--method", "in_person"
    )
    assert done.out.startswith("Alta de +447911123456 en offers (en persona; registro 4)")
    assert command_line("--ui-language", "es", "verify").out.startswith("correcto: 4 registros,")
    status = command_line("--ui-language", "es", "status", ANN).out
    assert "offers       de alta" in status
    assert "(en persona)" in status
    out = ("--ui-language", "es", "optout", ANN, "--scope", "offers", "--method", "in_person")
    assert command_line(*out).err.startswith("Baja de +447911123456 en offers (registro 5)")
    again = command_line(*out).err
    assert "Nota: ya estaba de baja en esto: se anotó de nuevo, no cambió nada" in again
    wrong = command_line("--ui-language", "es", "void", "99", "--reason", "x", expect=2)
    assert wrong.err == (
        "optin-desk void: no existe el registro 99; consulte 'optin-desk history NÚMERO'\n"
    )


def test_arabic_success_error_and_counts(command_line: CommandLine) -> None:
    made = command_line(
        "--ui-language", "ar", "init", "--business", "Ann's Deli", "--country", "GB"
    )
    assert made.out.startswith("تم إعداد Ann's Deli (المملكة المتحدة) في ")
    assert "(تسويق)" in made.out
    # a new shop's ledger holds its three categories' kinds
    assert command_line("--ui-language", "ar", "verify").out.startswith("سليم: 3 سجلات،")
    command_line("--ui-language", "ar", "optin", ANN, "--scope", "offers", "--method", "in_person")
    assert command_line("--ui-language", "ar", "verify").out.startswith("سليم: 4 سجلات،")
    command_line("optin", ANN, "--scope", "orders", "--method", "in_person")
    assert command_line("--ui-language", "ar", "verify").out.startswith("سليم: 5 سجلات،")
    wrong = command_line("--ui-language", "ar", "void", "99", "--reason", "x", expect=2)
    assert wrong.err == ("optin-desk void: لا يوجد سجل رقم 99؛ راجع 'optin-desk history الرقم'\n")


def test_the_system_locale_speaks_without_the_option(
    shop: CommandLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert shop("verify").out.startswith("correcto: 4 registros,")  # 3 kinds and one entry
    assert shop("--ui-language", "en", "verify").out.startswith("ok: 4 events,")


def test_what_a_catalogue_lacks_is_said_in_english() -> None:
    with speaking("es"):
        assert translate("Cli", "a line no catalogue holds") == "a line no catalogue holds"
        assert translate("Cli", "%n line(s) no catalogue holds", None, 1) == (
            "1 line no catalogue holds"
        )
    assert translate("Cli", "Owner PIN set") == "Owner PIN set"  # English again after


def test_an_unknown_language_is_one_line_exit_2(shop: CommandLine) -> None:
    wrong = shop.unchecked("--ui-language", "xx", "verify")
    assert wrong.code == 2
    assert "--ui-language" in wrong.err
    assert wrong.err.count("\n") == 1
    assert wrong.out == ""


def test_the_json_stays_machine_readable_in_any_language(shop: CommandLine) -> None:
    consent = shop.status(ANN)["consent"]
    assert isinstance(consent, dict)
    assert consent["offers"] == "opted_in"
    status = shop("--ui-language", "ar", "status", ANN, "--json").out
    assert '"offers": "opted_in"' in status


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_english_status_loads_no_qt(shop: CommandLine) -> None:
    """English pays nothing for translations: `status` imports no PySide6 at all."""
    ran = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "optin_desk",
            "--db",
            str(shop.db),
            "status",
            ANN,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("+447911123456")
    assert "optin_desk.cli.words" in ran.stderr  # the import log is there
    assert "PySide6" not in ran.stderr
