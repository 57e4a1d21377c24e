"""`checks`: the checks kept, and the report or allowed list of one of them, as it was judged.

An auditor asks which list was checked before a broadcast and what each row was told: every
check is kept with its rows, and this writes them out again (the reasons in the shop's
language, as the check's own report was).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command, json_help
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import message, translate

if TYPE_CHECKING:
    from optin_desk.services.check import CheckedRow
    from optin_desk.services.handle import Records
    from optin_desk.services.kept_checks import KeptCheck


def add_checks_parser(commands: Any) -> None:
    """The `checks` command and its options."""
    from optin_desk.cli.handler import Handler

    checks = add_command(
        commands,
        "checks",
        translate("CliHelp", "the checks kept; with a number, that check's rows written out again"),
    )
    checks.add_argument(
        "check_id",
        metavar="N",
        nargs="?",
        type=int,
        help=translate("CliHelp", "the number of a kept check"),
    )
    checks.add_argument(
        "--report",
        metavar="OUT.csv",
        help=translate("CliHelp", "every row with its verdict, as it was judged"),
    )
    checks.add_argument(
        "--allowed",
        metavar="OUT.csv",
        help=translate("CliHelp", "the rows that were found fit to be sent to"),
    )
    checks.add_argument("--json", action="store_true", help=json_help())
    checks.set_defaults(handler=Handler("checks", "cmd_checks"))


def cmd_checks(db: Records, args: argparse.Namespace) -> int:
    """List the kept checks, or write out one of them."""
    from optin_desk.domain.messages import QT_TRANSLATE_NOOP
    from optin_desk.services.errors import InputError
    from optin_desk.services.kept_checks import kept_check, kept_checks
    from optin_desk.services.profile import load_profile

    wants_files = args.report or args.allowed
    if args.check_id is None and wants_files:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "--report and --allowed need the number of a check")
        )
    from optin_desk.cli.labels import scope_words

    with db.reading() as session:
        categories = load_profile(session).categories
        if args.check_id is None:
            listed = kept_checks(session)
            _say_list(listed, lambda key: scope_words(key, categories), args.json)
            return EXIT_OK
        result = kept_check(session, args.check_id)
    if wants_files:
        _write(result.rows, args.report, args.allowed)
    if args.json:  # the names `check --json` and the report's columns use
        payload = {
            "check_id": result.check_id,
            "category": result.category,
            "kept_at": result.kept_at,
            "sent_at": result.sent_at,
            "rows": len(result.rows),
            "counts": result.counts,
            "opt_out_line": result.opt_out_lines,
            "results": [
                {"row": r.row, "input": r.input, "name": r.name, "phone": r.phone}
                | {"verdict": r.verdict.value, "reason": message(r.reason)}
                | {"opt_out_line": r.opt_out_line}
                for r in result.rows
            ],
        }
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    from optin_desk.cli.check_lines import say_counts

    count = len(result.rows)
    heading = translate(
        "Cli", "Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}", None, count
    )
    say(
        heading.format(
            check=result.check_id,
            when=_minute(result.kept_at),
            source=result.file_name,
            kind=scope_words(result.category, categories),
        )
    )
    if result.sent_at:
        say(translate("Cli", "Recorded as sent on {day}.").format(day=result.sent_at[:10]))
    say_counts(result)
    return EXIT_OK


def _minute(stamp: str) -> str:
    """A stored UTC time to the minute, as the lines show it: `2026-10-03 14:05`."""
    return stamp[:16].replace("T", " ")


def _say_list(listed: list[KeptCheck], kind: Callable[[str], str], as_json: bool) -> None:
    if as_json:
        payload = [
            {
                "check_id": kept.check_id,
                "kept_at": kept.kept_at,
                "file": kept.file_name,
                "category": kept.category_key,
                "rows": kept.row_count,
                "sent_at": kept.sent_at,
            }
            for kept in listed
        ]
        say(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if not listed:
        say(translate("Cli", "No check was kept yet."))
        return
    for kept in listed:
        rows = kept.row_count
        line = translate("Cli", "{check}  {when} UTC  {file}  {kind}  %n row(s)", None, rows)
        line = line.format(
            check=kept.check_id,
            when=_minute(kept.kept_at),
            file=kept.file_name,
            kind=kind(kept.category_key),
        )
        if kept.sent_at:
            line += "  " + translate("Cli", "sent {day}").format(day=kept.sent_at[:10])
        say(line)


def _write(rows: Sequence[CheckedRow], report: str | None, allowed: str | None) -> None:
    """The kept rows as the check's report and allowed list would have been written."""
    from optin_desk.services.check_files import write_allowed, write_report

    if report:
        write_report(Path(report), rows, message)
    if allowed:
        write_allowed(Path(allowed), rows)
