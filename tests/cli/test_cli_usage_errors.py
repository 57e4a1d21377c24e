"""argparse's own errors (a missing argument, a mistyped option or command) in the shop's
language: one line, the command's words as typed, where its help is, exit 2, nothing written."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from optin_desk.cli.parser import build_parser
from optin_desk.cli.parser_errors import ARGPARSE_MESSAGES, in_language
from optin_desk.cli.words import speaking
from tests.command_line import CommandLine

COMMANDS = (
    "'init', 'category', 'optin', 'optout', 'void', 'status', 'history', 'verify', 'export', "
    "'check', 'checks', 'backup', 'restore', 'erase', 'pin', 'suppression', 'forms', 'proof', "
    "'replies', 'import', 'deliveries', 'quality', 'report', 'public-key', 'checkpoint', "
    "'verify-proof', "
    "'records-key', 'demo', 'move-to', 'screenshots'"
)

SAID = {
    "es": [
        (
            ("check",),
            "optin-desk check: faltan argumentos obligatorios: FILE, --category "
            "(consulte 'optin-desk check --help')",
        ),
        (
            ("check", "l.csv", "--category"),
            "optin-desk check: argumento --category: se esperaba un valor "
            "(consulte 'optin-desk check --help')",
        ),
        (
            ("status", "+447911123456", "--foo"),
            "optin-desk: argumentos no reconocidos: --foo (consulte 'optin-desk --help')",
        ),
        (
            ("chek",),
            f"optin-desk: argumento COMMAND: valor no válido: 'chek' (elija entre {COMMANDS}) "
            "(consulte 'optin-desk --help')",
        ),
        (
            ("void", "x", "--reason", "typo"),
            "optin-desk void: argumento EVENT_ID: no es un número entero: 'x' "
            "(consulte 'optin-desk void --help')",
        ),
        (
            ("optin", "+447911123456", "--l", "es"),
            "optin-desk optin: opción ambigua: --l puede ser --language, --lift-erasure "
            "(consulte 'optin-desk optin --help')",
        ),
        (
            ("records-key", "--out", "a.key", "--import", "b.key"),
            "optin-desk records-key: argumento --import: no se puede usar junto con --out "
            "(consulte 'optin-desk records-key --help')",
        ),
        (
            ("status", "+447911123456", "--json=yes"),
            "optin-desk status: argumento --json: no admite valor: 'yes' "
            "(consulte 'optin-desk status --help')",
        ),
    ],
    "ar": [
        (
            ("status",),
            "optin-desk status: الوسائط التالية مطلوبة: number (راجع 'optin-desk status --help')",
        ),
        (
            ("forms", "--paper", "a5"),
            "optin-desk forms: الوسيط --paper: اختيار غير صالح: 'a5' (اختر من بين 'a4', "
            "'letter') (راجع 'optin-desk forms --help')",
        ),
        (
            ("forms", "--count", "many"),
            "optin-desk forms: الوسيط --count: ليس عددًا صحيحًا: 'many' "
            "(راجع 'optin-desk forms --help')",
        ),
        (
            ("records-key",),
            "optin-desk records-key: يلزم أحد هذه الوسائط: --out --import "
            "(راجع 'optin-desk records-key --help')",
        ),
        (
            ("--db",),
            "optin-desk: الوسيط --db: يلزم قيمة واحدة (راجع 'optin-desk --help')",
        ),
    ],
    "en": [
        (
            ("check",),
            "optin-desk check: the following arguments are required: FILE, --category "
            "(see 'optin-desk check --help')",
        ),
        (
            ("chek",),
            f"optin-desk: argument COMMAND: invalid choice: 'chek' (choose from {COMMANDS}) "
            "(see 'optin-desk --help')",
        ),
        (
            ("void", "x", "--reason", "typo"),
            "optin-desk void: argument EVENT_ID: invalid int value: 'x' "
            "(see 'optin-desk void --help')",
        ),
        (
            ("status", "+447911123456", "--foo"),
            "optin-desk: unrecognized arguments: --foo (see 'optin-desk --help')",
        ),
    ],
}


@pytest.fixture
def shop_to_be(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CommandLine:
    """The command line on records not made yet (a usage error must not make them)."""
    return CommandLine(tmp_path / "shop.sqlite3", capsys)


@pytest.mark.parametrize(
    ("language", "args", "line"),
    [(language, args, line) for language, cases in SAID.items() for args, line in cases],
)
def test_a_usage_error_is_one_line_in_the_shops_language(
    shop_to_be: CommandLine, language: str, args: tuple[str, ...], line: str
) -> None:
    ran = shop_to_be("--ui-language", language, *args, expect=2)
    assert ran.err == line + "\n"
    assert ran.out == ""
    assert not Path(shop_to_be.db).exists()  # nothing written


def test_the_system_locale_chooses_the_language_of_a_usage_error(
    shop_to_be: CommandLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    ran = shop_to_be("optin", "+447911123456", "--scope", "offers", expect=2)
    assert ran.err == (
        "optin-desk optin: folgende Argumente sind erforderlich: --method "
        "(siehe „optin-desk optin --help“)\n"
    )


def test_another_parser_in_the_same_process_keeps_its_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("name")
    with speaking("es"), pytest.raises(SystemExit):
        build_parser().parse_args(["status"])
    assert "faltan argumentos obligatorios: number" in capsys.readouterr().err
    with speaking("es"), pytest.raises(SystemExit):
        other.parse_args([])
    assert capsys.readouterr().err.endswith(
        "other: error: the following arguments are required: name\n"
    )


NOT_OURS = {
    "usage: ": "help_words says it (help, not an error)",
    "positional arguments": "help_words says it",
    "options": "help_words says it",
    "show this help message and exit": "help_words says it",
    "subcommands": "a heading; our commands have none",
    "%(prog)s: error: %(message)s\n": "our parser's error() writes its own line",
    ".__call__() not defined": "a mistake in a program's own Action",
    "conflicting subparser: %s": "raised while the parser is built",
    "conflicting subparser alias: %s": "raised while the parser is built",
    "cannot merge actions - two groups are named %r": "raised while the parser is built",
    "'required' is an invalid argument for positionals": "raised while the parser is built",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "raised while the parser is built"
    ),
    "dest= is required for options like %r": "raised while the parser is built",
    "invalid conflict_resolution value: %r": "raised while the parser is built",
    "conflicting option string: %s": "raised while the parser is built",
    "conflicting option strings: %s": "raised while the parser is built",
    "mutually exclusive arguments must be optional": "raised while the parser is built",
    "cannot have multiple subparser arguments": "raised while the parser is built",
    "%r is not callable": "add_argument refuses a type that is not callable",
    "unexpected option string: %s": "argparse's own 'shouldn't ever get here'",
    'argument "-" with mode %r': "argparse.FileType: no option of ours has it",
    "can't open '%(filename)s': %(error)s": "argparse.FileType: no option of ours has it",
    "expected %s argument": "a fixed count of values: no option of ours takes one",
    "expected %s arguments": "a fixed count of values: no option of ours takes one",
}
"""argparse's messages that no usage of our parsers can show, and why."""


def argparse_messages() -> set[str]:
    """Every message argparse.py marks for translation (`_()` and `ngettext()`)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in {"_", "ngettext"}:
            found.update(
                arg.value
                for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            )
    return found


def fields_blank(text: str) -> str:
    """A template with each field, argparse's `%(name)s`, `%r` or ours `{name}`, as `{}`."""
    return re.sub(r"%(\(\w+\))?[sr]|\{\w+\}", "{}", text)


def test_every_message_argparse_can_give_our_parsers_is_translated() -> None:
    ours = {fields_blank(template) for template in ARGPARSE_MESSAGES}
    theirs = argparse_messages()
    assert len(theirs) > 30
    unread = {text for text in theirs - set(NOT_OURS) if fields_blank(text) not in ours}
    assert unread == set(), "argparse has messages no template reads"
    # and each template is argparse's own (`type=int` said apart)
    assert ours - {fields_blank(text) for text in theirs} == {"invalid int value: {}"}


def test_what_not_ours_rests_on_holds_for_every_parser() -> None:
    parsers = [build_parser()]
    for parser in parsers:
        for action in parser._actions:
            fixed_count = isinstance(action.nargs, int) and action.nargs > 0  # 0: a flag
            assert not fixed_count, action.option_strings
            assert not isinstance(action.type, argparse.FileType), action.option_strings
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
    assert len(parsers) > 25


@pytest.mark.parametrize("language", ["es", "pt", "fr", "de", "id", "hi", "ar"])
def test_every_template_reads_back_and_keeps_what_was_typed(language: str) -> None:
    for template in ARGPARSE_MESSAGES:
        fields = {name: f"<{name}>" for name in re.findall(r"\{(\w+)\}", template)}
        english = template.format_map(fields)
        assert in_language(english) == english  # English as argparse says it
        with speaking(language):
            said = in_language(english)
        assert said != english, (language, template)
        for typed in fields.values():
            assert typed in said, (language, template, said)


def test_english_no_template_reads_is_kept_as_it_is() -> None:
    with speaking("es"):
        assert in_language("a message from another argparse") == "a message from another argparse"
        assert in_language("argument --x: something new") == "argumento --x: something new"
