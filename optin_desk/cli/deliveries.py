"""Command-line handler for delivery reports: `deliveries FILE [--apply]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_OK, say

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
        say(f"{plan.source}: {plan.kind}, {len(plan.rows)} messages")
        for note in plan.notes:
            say(f"note: {note}")
        for row in plan.rows:
            outcome = row.outcome
            error = f" [{row.error}]" if row.error else ""
            then = f" -> {row.action}" if row.action else ""
            kept = "" if row.new else " (already read)"
            say(f"{outcome.phone}: {outcome.status.value}{error}; {row.matched}{then}{kept}")
        for line, problem in plan.problems:
            say(f"line {line}: not read: {problem}")
        counts = ", ".join(f"{plan.count(s)} {s.value}" for s in Status)
        aside = f", {plan.incoming} incoming messages left aside" if plan.incoming else ""
        say(f"{counts}; {len(plan.problems)} lines not read{aside}")
        new = plan.new_rows
        if not plan.rows:
            say("Nothing to keep: no message status could be read from this report.")
            return EXIT_OK
        if not args.apply:
            if new:
                say(f"Dry run: nothing kept. Run again with --apply to keep {len(new)} outcomes.")
            else:
                say("Nothing new: this report was read before.")
            return EXIT_OK
        if not new:
            say("Nothing new: this report was read before; nothing added.")
            return EXIT_OK
        applied = apply_deliveries(session, plan, args.by or "")
    say(
        f"Kept {applied.added} outcomes; {len(applied.opted_out)} opted out of marketing "
        f"(WhatsApp's stop button), {len(applied.undeliverable)} numbers marked undeliverable, "
        f"{len(applied.held_back)} held back by WhatsApp."
    )
    return EXIT_OK
