"""`--help` speaks the shop's language: the main help, every sub-command's description and
option help, and argparse's own headings (chosen as the rest of the command line chooses)."""

from __future__ import annotations

import pytest

from optin_desk.cli.help_words import ui_language_in
from tests.command_line import CommandLine


def test_a_sub_commands_help_in_spanish(command_line: CommandLine) -> None:
    shown = command_line("--ui-language", "es", "optout", "--help").out
    assert shown.startswith("uso: optin-desk optout")
    assert "Anota una baja; muestra la confirmación" in shown
    assert "qué se detiene: un tipo de mensaje, todo el marketing" in shown
    assert "opciones:" in shown
    assert "muestra esta ayuda y termina" in shown
    for english in ("usage:", "options:", "show this help", "record an opt-out", "what stops"):
        assert english not in shown


def test_a_sub_commands_help_in_arabic(command_line: CommandLine) -> None:
    shown = command_line("--ui-language=ar", "import", "--help").out
    assert shown.startswith("الاستخدام: optin-desk import")
    assert "سجلات موافقة من أداة أخرى (تجربة فقط ما لم يُعطَ --apply)" in shown
    assert "مع --apply: سجّل الصفوف الصالحة فقط" in shown
    assert "الخيارات:" in shown
    for english in ("usage:", "options:", "consent records from another tool", "valid rows"):
        assert english not in shown


def test_the_help_follows_the_system_locale(
    command_line: CommandLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    shown = command_line("check", "--help").out
    assert "comprueba una lista de destinatarios antes de una difusión" in shown.casefold()
    assert "la columna con los números" in shown


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr", "de", "id", "hi", "ar"])
def test_every_command_has_its_help_in_every_language(
    command_line: CommandLine, language: str
) -> None:
    english = summaries(command_line("--ui-language", "en", "--help").out)
    said = summaries(command_line("--ui-language", language, "--help").out)
    assert set(said) == set(english)
    assert len(said) > 25
    if language != "en":  # every command's line is said in the language, none left in English
        for command, summary in english.items():
            assert said[command] != summary, (language, command)


def summaries(main_help: str) -> dict[str, str]:
    """Each command's line in the main help: command -> its summary's first line."""
    commands = main_help.partition("COMMAND\n")[2].split("\n\n")[0]
    lines = [line for line in commands.splitlines() if line[:4] == "    " and line[4] != " "]
    return {line.split(None, 1)[0]: line.split(None, 1)[1] for line in lines}


def test_the_language_option_is_found_before_the_parser_is_built() -> None:
    assert ui_language_in(["--ui-language", "ar", "status", "+44"]) == "ar"
    assert ui_language_in(["--db", "x", "--ui-language=pt", "--help"]) == "pt"
    assert ui_language_in(["--ui-language", "xx", "--help"]) is None
    assert ui_language_in(["status", "--", "--ui-language", "es"]) is None
