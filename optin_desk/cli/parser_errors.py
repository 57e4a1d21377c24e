"""argparse's own errors (a missing argument, a mistyped option or command) in the language
being spoken, as the command line's one line.

argparse (Python 3.11) writes each error in English, `_("template") % fields`, before its
`ArgumentParser.error` sees it. Its `_` is a global of the argparse module that every parser
in the process shares, so it is left alone: the parser's `error` reads the finished English
back instead. Each template below is argparse's own, its `%` fields written `{name}`, and is
at once the pattern the English is read with, the English itself and the source text of its
translation. A `{message}` (the one `argument X: ...` wraps) is read again in its turn. The
other fields (options, commands, choices, what was typed) are passed on exactly as argparse
gave them. English that no template reads (another Python's argparse) is kept as it is.
"""

from __future__ import annotations

import re

from optin_desk.cli.words import translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP

ARGPARSE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CliArgs", "argument {argument}: {message}"),
    QT_TRANSLATE_NOOP("CliArgs", "the following arguments are required: {arguments}"),
    QT_TRANSLATE_NOOP("CliArgs", "one of the arguments {arguments} is required"),
    QT_TRANSLATE_NOOP("CliArgs", "unrecognized arguments: {arguments}"),
    QT_TRANSLATE_NOOP("CliArgs", "ambiguous option: {option} could match {matches}"),
    QT_TRANSLATE_NOOP("CliArgs", "not allowed with argument {argument}"),
    QT_TRANSLATE_NOOP("CliArgs", "ignored explicit argument {value}"),
    QT_TRANSLATE_NOOP("CliArgs", "expected one argument"),
    QT_TRANSLATE_NOOP("CliArgs", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CliArgs", "expected at least one argument"),
    # `type=int` is the only type our options have: said as "a whole number", before the
    # general form below (which names the type as argparse does)
    QT_TRANSLATE_NOOP("CliArgs", "invalid int value: {value}"),
    QT_TRANSLATE_NOOP("CliArgs", "invalid {type} value: {value}"),
    QT_TRANSLATE_NOOP("CliArgs", "invalid choice: {value} (choose from {choices})"),
    QT_TRANSLATE_NOOP("CliArgs", "unknown parser {command} (choices: {choices})"),
)
"""argparse's error messages as our parsers can meet them, tried in this order."""

_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """What `template` reads: its words as they are, each `{field}` any text (newlines too)."""
    parts = _FIELD.split(template)  # words, field, words, field, ..., words
    pattern = "".join(
        f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(pattern, re.DOTALL)


_READ = tuple((template, _pattern(template)) for template in ARGPARSE_MESSAGES)


def in_language(english: str) -> str:
    """argparse's English `message` in the language being spoken (as it is, when unknown)."""
    for template, pattern in _READ:
        found = pattern.fullmatch(english)
        if found is None:
            continue
        fields = found.groupdict()
        if "message" in fields:
            fields["message"] = in_language(fields["message"])
        return translate("CliArgs", template).format_map(fields)
    return english


def usage_error(prog: str, message: str) -> str:
    """The line a usage error shows: the command, what is wrong, and where its help is."""
    from optin_desk.domain.text import shown_controls

    line = translate("Cli", "{prog}: {problem} (see '{prog} --help')")
    return shown_controls(line.format(prog=prog, problem=in_language(message)))
