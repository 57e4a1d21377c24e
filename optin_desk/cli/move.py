"""`optin-desk move-to URL`: the shop's SQLite records into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_move_to(db: Records, args: argparse.Namespace) -> int:
    """Copy every record into the empty database at args.url and prove both sides equal."""
    from optin_desk.services.move import move_records, open_target, target_url_problem
    from optin_desk.services.owner import require_owner

    if db.sqlite_path is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "move-to moves a shop's SQLite file: give it with --db FILE"
            )
        )
    problem = target_url_problem(args.url)
    if problem:
        raise InputError(problem)
    with db.sessions() as session:  # every name and number leaves this file: the owner's
        require_owner(session, args.pin)
    target = open_target(args.url)
    try:
        moved = move_records(db, target)
    finally:
        target.dispose()
    count = moved.events
    say(
        translate("Cli", "Moved %n event(s) and every other record to {where}", None, count).format(
            where=target.where
        )
    )
    for table, count in moved.rows.items():
        say(f"  {table}: " + translate("Cli", "%n row(s)", None, count))
    say(translate("Cli", "Ledger head on both sides: {head}").format(head=moved.head))
    if moved.scans_copied:
        count = moved.scans_copied
        say(
            translate("Cli", "%n scan(s) copied to {folder}", None, count).format(
                folder=target.evidence_dir
            )
        )
    say(
        translate(
            "Cli", "Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL"
        )
    )
    return EXIT_OK
