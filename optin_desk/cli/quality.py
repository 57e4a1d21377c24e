"""Command-line handlers for the quality monitor: `quality [show|add|import]` and
`report quality --out FILE.pdf`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command, by_help
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records, Session


def add_quality_parser(commands: Any) -> None:
    """The `quality` command's options."""
    quality = add_command(
        commands,
        "quality",
        translate("CliHelp", "the quality log, what came of each broadcast, and warnings"),
    )
    quality.add_argument("action", nargs="?", default="show", choices=("show", "add", "import"))
    quality.add_argument("target", nargs="?", metavar="SENDER|FILE")
    quality.add_argument("--rating", choices=("high", "medium", "low"))
    quality.add_argument(
        "--status", default="connected", choices=("connected", "flagged", "restricted")
    )
    quality.add_argument(
        "--limit", default="", metavar="LIMIT", help=translate("CliHelp", "messaging limit shown")
    )
    quality.add_argument(
        "--on", metavar="YYYY-MM-DD", help=translate("CliHelp", "the day it was read (today)")
    )
    quality.add_argument("--blocks", type=int)
    quality.add_argument("--reports", type=int)
    quality.add_argument("--by", metavar="STAFF", help=by_help())
    quality.set_defaults(handler=cmd_quality)
    report = add_command(
        commands, "report", translate("CliHelp", "a one-page PDF report for the owner")
    )
    report.add_argument("kind", choices=("quality",))
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.set_defaults(handler=cmd_report)


def cmd_report(db: Records, args: argparse.Namespace) -> int:
    """Write the owner's one-page quality report."""
    from optin_desk.services.quality_overview import write_quality_report

    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "--out {out!r}: the report is a PDF; name it FILE.pdf"),
            out=args.out,
        )
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the folder {parent} does not exist"),
            parent=target.parent,
        )
    with db.reading() as session:
        overview = write_quality_report(session, target, translate)
    count = len(overview.warnings)
    broadcasts = len(overview.broadcasts)
    say(
        translate("Cli", "Wrote {file}:").format(file=target)
        + " "
        + translate("Cli", "%n broadcast(s),", None, broadcasts)
        + " "
        + translate("Cli", "%n warning(s).", None, count)
    )
    return EXIT_OK


def cmd_quality(db: Records, args: argparse.Namespace) -> int:
    """Show the log, broadcasts and warnings; or add a reading; or import readings."""
    from optin_desk.services.profile import list_code_pages
    from optin_desk.services.quality import QualityReading, add_readings, read_quality_file

    with db.sessions() as session:
        if args.action == "add":
            if not args.target or not args.rating:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "quality add needs the sender number and --rating"
                    )
                )
            try:
                day = date.fromisoformat(args.on) if args.on else date.today()
            except ValueError:
                raise InputError(
                    QT_TRANSLATE_NOOP("Messages", "--on {on!r} is not a date (YYYY-MM-DD)"),
                    on=args.on,
                ) from None
            reading = QualityReading(
                args.target, day, args.rating, args.status, args.limit, args.blocks, args.reports
            )
            added = add_readings(session, [reading], args.by or "")
            if added:
                say(translate("Cli", "Kept the reading of {day}.").format(day=day))
            else:
                say(translate("Cli", "That reading was already kept."))
            return EXIT_OK
        if args.action == "import":
            if not args.target:
                raise InputError(
                    QT_TRANSLATE_NOOP("Messages", "quality import needs a CSV or .xlsx file")
                )
            readings = read_quality_file(Path(args.target), list_code_pages(session))
            added = add_readings(session, readings, args.by or "")
            say(translate("Cli", "Kept %n new reading(s).", None, added))
            return EXIT_OK
        _show(session)
    return EXIT_OK


def _show(session: Session) -> None:
    from optin_desk.cli.labels import METHODS, SENDER_STATUSES, status_count, word
    from optin_desk.domain.check import day_text
    from optin_desk.domain.messages import Said
    from optin_desk.services.quality import quality_history
    from optin_desk.services.quality_warnings import (
        RATING_WORDS,
        broadcasts,
        opt_out_rates,
        warnings,
    )

    for reading in quality_history(session):
        limit = ""
        if reading.messaging_limit:
            limit = translate("Cli", ", limit {limit}").format(limit=reading.messaging_limit)
        rating = RATING_WORDS.get(reading.rating)
        status = SENDER_STATUSES.get(reading.status)
        say(
            translate("Cli", "{sender} on {day}: quality {rating}, {status}{limit}").format(
                sender=reading.sender,
                day=reading.observed_on,
                rating=message(Said(rating)) if rating else reading.rating,
                status=word(status) if status else reading.status,
                limit=limit,
            )
        )
    for b in broadcasts(session):
        parts = ", ".join(status_count(s, n) for s, n in sorted(b.statuses.items()))
        heading = translate("Cli", "broadcast {check} ({file}, {day}):").format(
            check=b.check_id, file=b.file_name, day=day_text(b.sent_at)
        )
        count = b.sent
        sent = translate("Cli", "%n sent;", None, count)
        shown = parts or translate("Cli", "no delivery report")
        count = b.opt_outs
        later = translate("Cli", "%n opt-out(s) within 7 days", None, count)
        say(f"{heading} {sent} {shown}; {later}")
    for method, (people, out) in sorted(opt_out_rates(session).items()):
        how = translate("Cli", "opted in by {method}:").format(method=word(METHODS[method]))
        who = translate("Cli", "%n (person|people),", None, people)
        left = translate("Cli", "%n opted out since", None, out)
        say(f"{how} {who} {left}")
    for line in warnings(session):
        say(translate("Cli", "warning: {warning}").format(warning=message(line)))
