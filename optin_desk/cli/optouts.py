"""Command-line handlers for the opt-out desk: replies and import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_OK, say
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records

REPLY_LABELS = {
    "opt_out": "opt-out",
    "opt_in_request": "opt-in request (staff confirm in the app)",
    "maybe_opt_out": "a person decides",
    "other": "nothing to record",
}


def cmd_replies(db: Records, args: argparse.Namespace) -> int:
    """Classify a batch of replies; with --apply, record the clear opt-outs."""
    from optin_desk.documents.lists import ListError
    from optin_desk.documents.replies_in import read_replies_file
    from optin_desk.services.replies import apply_replies, read_replies

    try:
        replies = read_replies_file(Path(args.file))
    except ListError as error:
        raise InputError.of(error) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "cannot read {file}: {problem}",
            ),
            file=args.file,
            problem=error.strerror or error,
        ) from None
    with db.sessions() as session:
        rows = read_replies(session, replies)
        for row in rows:
            who = row.phone or row.sender or "(no number)"
            verdict = REPLY_LABELS[row.kind.value]
            if row.problem and row.kind.value != "other":
                verdict = f"skipped: {row.problem}"
            message = " ".join(row.message.split())[:60]
            language = f" [{row.language}]" if row.language else ""
            say(f"row {row.row}: {who}: “{message}” → {verdict} ({row.why}){language}")
        clear = [row for row in rows if row.clear_opt_out]
        counts = {
            label: sum(r.kind.value == kind and not r.problem for r in rows)
            for kind, label in (
                ("opt_out", "clear opt-outs"),
                ("maybe_opt_out", "for a person to decide"),
                ("opt_in_request", "opt-in requests"),
            )
        }
        skipped = sum(bool(r.problem) for r in rows)
        summary = ", ".join(f"{n} {label}" for label, n in counts.items())
        say(f"{len(rows)} replies: {summary}, {skipped} skipped")
        if not args.apply:
            if clear:
                say("Dry run: nothing recorded. Run again with --apply to record the opt-outs.")
            return EXIT_OK
        if not clear:
            say("No clear opt-outs to record.")
            return EXIT_OK
        applied = apply_replies(session, clear, args.by or "")
    for recorded in applied.opted_out:
        say(f"Opted out {recorded.phone} of {recorded.scopes[0]}; confirmation to send:")
        say(f"  {recorded.confirmation_text}")
    say(
        f"Recorded {len(applied.opted_out)} opt-outs. Their confirmations wait in the app's "
        "Opt-outs page until marked sent."
    )
    return EXIT_OK


def cmd_import(db: Records, args: argparse.Namespace) -> int:
    """Show what importing consent records would change; with --apply, record them."""
    from optin_desk.documents.lists import ListError, read_table
    from optin_desk.services.imports import ImportOutcome, apply_import, plan_import

    path = Path(args.file)
    try:
        table, cards = read_table(path)
    except ListError as error:
        raise InputError.of(error) from None
    if table is None or cards is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} holds contact cards, not consent records",
            ),
            name=path.name,
        )
    with db.sessions() as session:
        plan = plan_import(session, table)
        if args.apply and not args.skip_invalid:
            plan.require_valid()  # every row checked before any is recorded
        for row in plan.rows:
            who = row.phone or row.input or "(no number)"
            say(
                f"row {row.row}: {who} {row.action} {row.scope} {row.occurred_at[:10]} → "
                f"{row.outcome.value}: {row.reason}"
            )
        erased = plan.count(ImportOutcome.ERASED)
        say(
            f"{len(plan.rows)} rows: {plan.count(ImportOutcome.ADD)} to add, "
            f"{plan.count(ImportOutcome.UNDOES_OPT_OUT)} skipped (would undo an opt-out), "
            f"{plan.count(ImportOutcome.NO_CHANGE)} already recorded, "
            f"{plan.count(ImportOutcome.INVALID)} invalid"
            + (f", {erased} refused (erased on request)" if erased else "")
        )
        if not args.apply:
            say("Dry run: nothing recorded. Run again with --apply to record the rows to add.")
            if plan.count(ImportOutcome.INVALID):
                say(
                    "--apply refuses the file while a row is invalid: fix those rows, or add "
                    "--skip-invalid to record the others."
                )
            return EXIT_OK
        added = apply_import(
            session, plan, path.name, args.by or "", skip_invalid=args.skip_invalid
        )
    say(f"Imported {added} records (method import).")
    return EXIT_OK
