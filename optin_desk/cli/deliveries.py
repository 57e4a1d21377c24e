"""Command-line handler for delivery reports: `deliveries FILE [--apply]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.labels import STATUSES, status_count, word
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import message, translate

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_deliveries(db: Records, args: argparse.Namespace) -> int:
    """Show what each message of a report became; with --apply, keep it and act on errors."""
    from optin_desk.domain.deliveries import Status
    from optin_desk.services.deliveries import (
        apply_deliveries,
        plan_deliveries,
        read_delivery_file,
    )

    with db.sessions() as session:
        found = read_delivery_file(session, Path(args.file))
        plan = plan_deliveries(session, found)
        count = len(plan.rows)
        say(
            translate("Cli", "{source}: {kind}, %n message(s)", None, count).format(
                source=plan.source, kind=plan.kind
            )
        )
        for note in plan.notes:
            say(translate("Cli", "note: {note}").format(note=message(note)))
        for row in plan.rows:
            outcome = row.outcome
            error = f" [{row.error}]" if row.error else ""
            then = f" -> {message(row.action)}" if row.action else ""
            kept = "" if row.new else translate("Cli", " (already read)")
            status = word(STATUSES[outcome.status.value])
            say(f"{outcome.phone}: {status}{error}; {message(row.matched)}{then}{kept}")
        for line, problem in plan.problems:
            say(
                translate("Cli", "line {line}: not read: {problem}").format(
                    line=line, problem=problem
                )
            )
        counts = ", ".join(status_count(s.value, plan.count(s)) for s in Status)
        count = len(plan.problems)
        unread = translate("Cli", "%n line(s) not read", None, count)
        aside = ""
        if plan.incoming:
            count = plan.incoming
            aside = translate("Cli", ", %n incoming message(s) left aside", None, count)
        say(f"{counts}; {unread}{aside}")
        new = plan.new_rows
        if not plan.rows:
            say(
                translate(
                    "Cli", "Nothing to keep: no message status could be read from this report."
                )
            )
            return EXIT_OK
        if not args.apply:
            if new:
                count = len(new)
                say(
                    translate(
                        "Cli",
                        "Dry run: nothing kept. Run again with --apply to keep %n outcome(s).",
                        None,
                        count,
                    )
                )
            else:
                say(translate("Cli", "Nothing new: this report was read before."))
            return EXIT_OK
        if not new:
            say(translate("Cli", "Nothing new: this report was read before; nothing added."))
            return EXIT_OK
        applied = apply_deliveries(session, plan, args.by or "")
    count = applied.added
    opted_out = len(applied.opted_out)
    undeliverable = len(applied.undeliverable)
    held_back = len(applied.held_back)
    said = (
        translate("Cli", "Kept %n outcome(s).", None, count),
        translate(
            "Cli",
            "Opted out of marketing (WhatsApp's stop button): %n.",
            None,
            opted_out,
        ),
        translate("Cli", "Numbers marked undeliverable: %n.", None, undeliverable),
        translate("Cli", "Held back by WhatsApp: %n.", None, held_back),
    )
    say(" ".join(said))
    return EXIT_OK
