"""Command-line `erase`: a person erased on request from the records, their files, and, when
asked, from the backups this program knows of."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command, by_help, number_help
from optin_desk.cli.output import EXIT_NO, EXIT_OK, complain, say
from optin_desk.cli.words import message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.erasure import Erased
    from optin_desk.services.erasure_backups import BackupErased
    from optin_desk.services.handle import Records

MOST_WAIT = 3600.0


def add_erase_parser(commands: Any) -> None:
    """The `erase` command and its options."""
    erase = add_command(
        commands, "erase", translate("CliHelp", "erase a person's name, number and scans")
    )
    erase.add_argument("number", help=number_help())
    erase.add_argument("--by", metavar="STAFF", help=by_help())
    erase.add_argument(
        "--wait",
        metavar="SECONDS",
        default=None,
        help=translate(
            "CliHelp",
            "how long to wait for other programs reading the records before saying who still "
            "holds them (default 10)",
        ),
    )
    erase.add_argument(
        "--from-backups",
        action="store_true",
        help=translate("CliHelp", "also erase the person from every backup this program knows of"),
    )
    erase.add_argument(
        "--remove-unerasable",
        action="store_true",
        help=translate(
            "CliHelp",
            "with --from-backups: delete a backup that cannot be rewritten (a server's dump, "
            "a damaged file) instead of keeping it",
        ),
    )
    erase.set_defaults(handler=cmd_erase)


def _wait(written: str | None) -> float:
    from optin_desk.services.erasure_files import WAIT_SECONDS

    if written is None:
        return WAIT_SECONDS
    try:
        seconds = float(written)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= MOST_WAIT:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Messages", "--wait takes a number of seconds from 0 to 3600, not {written!r}"
            ),
            written=written,
        )
    return seconds


def cmd_erase(db: Records, args: argparse.Namespace) -> int:
    """Erase a person on request; wait for other readers; then the backups when asked."""
    from optin_desk.services.contacts import e164_or_error
    from optin_desk.services.erasure import erase_contact

    wait = _wait(args.wait)
    if args.remove_unerasable and not args.from_backups:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "--remove-unerasable goes with --from-backups")
        )
    with db.sessions() as session:
        done = erase_contact(session, args.number, args.by or "", db, args.pin, wait=wait)
        e164 = e164_or_error(session, args.number)
    _say_erased(done, args.number)
    status = _say_files(done, args.number, db.sqlite_path is None)
    if args.from_backups:
        from optin_desk.services.erasure_backups import erase_from_backups

        found = erase_from_backups(db, e164, remove_unerasable=args.remove_unerasable)
        status = max(status, _say_backups(found, args.number))
    return status


def _say_erased(done: Erased, number: str) -> None:
    if done.already:
        said = translate("Cli", "{number} was erased on {day}; the number stays blocked")
        say(said.format(number=number, day=f"{done.erased_at:%Y-%m-%d}"))
        return
    count = done.events_kept
    scans_removed = done.scans_removed
    say(
        translate("Cli", "Erased the name, number and %n scan(s).", None, scans_removed)
        + " "
        + translate(
            "Cli",
            "%n (entry stays|entries stay) in the ledger, and the number stays blocked from "
            "broadcasts.",
            None,
            count,
        )
    )


def _say_files(done: Erased, number: str, server: bool) -> int:
    """What the records' files (or the server) still hold; EXIT_NO when anything."""
    from optin_desk.services.erasure_files import Holder

    if done.wipe_problem:
        complain(
            "optin-desk erase: "
            + translate(
                "Cli",
                "the erasure is recorded, but wiping the freed space of the file failed "
                "({problem}): free some disk space, then run 'optin-desk erase {number}' "
                "again to wipe it",
            ).format(problem=done.wipe_problem, number=number)
        )
        return EXIT_NO
    if done.held_by is Holder.SERVER_SESSION:
        complain(
            "optin-desk erase: "
            + translate(
                "Cli",
                "the person is erased from the records, but the server keeps their old row "
                "versions while another connection has a transaction open (a computer reading "
                "the records): once it ends, run 'optin-desk erase {number}' again",
            ).format(number=number)
        )
        return EXIT_NO
    if done.held_by is not Holder.NOBODY:
        complain(
            "optin-desk erase: "
            + translate(
                "Cli",
                "the person is erased from the records, but still readable in the file until "
                "another program that has it open (an OptIn Desk window on this computer, or "
                "another process) closes it: close it, then run 'optin-desk erase {number}' "
                "again (or add --wait SECONDS)",
            ).format(number=number)
        )
        return EXIT_NO
    if server:
        say(
            translate(
                "Cli",
                "The server's old row versions were vacuumed; its own write-ahead log and its "
                "backups keep them until they are recycled or deleted.",
            )
        )
    elif done.already:
        say(translate("Cli", "Wiped the freed space of the file again"))
    return EXIT_OK


def _say_backups(found: list[BackupErased], number: str) -> int:
    """One line per backup; EXIT_NO when one still holds the person."""
    from optin_desk.services.erasure_backups import Outcome

    if not found:
        say(translate("Cli", "No backups of these records are known to this program."))
        return EXIT_OK
    status = EXIT_OK
    for item in found:
        if item.outcome is Outcome.ERASED:
            line = translate("Cli", "  {path}: erased, checked")
            if item.checkpoint:
                line = translate(
                    "Cli",
                    "  {path}: erased, checked; the checkpoint beside it still holds (same ledger)",
                )
        elif item.outcome is Outcome.NOT_IN_IT:
            line = translate("Cli", "  {path}: the person is not in it")
        elif item.outcome is Outcome.REMOVED:
            line = translate("Cli", "  {path}: could not be rewritten ({reason}): deleted")
        else:
            status = EXIT_NO
            line = translate(
                "Cli",
                "  {path}: could not be rewritten ({reason}): it still holds {number}; delete "
                "it, or run again with --remove-unerasable",
            )
        say(line.format(path=item.path, reason=message(item.reason), number=number))
    return status
