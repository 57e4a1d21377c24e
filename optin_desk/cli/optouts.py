"""Command-line handlers for the opt-out desk: replies and import."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from optin_desk.cli.imports import IMPORT_OUTCOMES, import_summary
from optin_desk.cli.labels import ACTIONS, scope_words, word
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records

REPLY_LABELS = MappingProxyType(
    {
        "opt_out": QT_TRANSLATE_NOOP("CliWords", "opt-out"),
        "opt_in_request": QT_TRANSLATE_NOOP(
            "CliWords", "opt-in request (staff confirm in the app)"
        ),
        "maybe_opt_out": QT_TRANSLATE_NOOP("CliWords", "a person decides"),
        "other": QT_TRANSLATE_NOOP("CliWords", "nothing to record"),
    }
)


def cmd_replies(db: Records, args: argparse.Namespace) -> int:
    """Classify a batch of replies; with --apply, record the clear opt-outs."""
    from optin_desk.documents.lists import ListError
    from optin_desk.documents.replies_in import read_replies_file
    from optin_desk.services.profile import list_code_pages, load_profile
    from optin_desk.services.replies import apply_replies, read_replies

    with db.sessions() as session:  # a file that is not UTF-8 is read in the shop's code page
        pages = list_code_pages(session)
    try:
        replies = read_replies_file(Path(args.file), pages)
    except ListError as error:
        raise InputError.of(error) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {file}: {problem}"),
            file=args.file,
            problem=error.strerror or error,
        ) from None
    with db.sessions() as session:
        rows = read_replies(session, replies)
        for row in rows:
            who = row.phone or row.sender or translate("Cli", "(no number)")
            verdict = word(REPLY_LABELS[row.kind.value])
            if row.problem and row.kind.value != "other":
                verdict = translate("Cli", "skipped: {problem}").format(
                    problem=message(row.problem)
                )
            said = " ".join(row.message.split())[:60]
            language = f" [{row.language}]" if row.language else ""
            say(
                translate("Cli", "row {row}: {who}: “{message}” → {verdict} ({why})").format(
                    row=row.row, who=who, message=said, verdict=verdict, why=message(row.why)
                )
                + language
            )
        clear = [row for row in rows if row.clear_opt_out]

        def counted(kind: str) -> int:
            return sum(r.kind.value == kind and not r.problem for r in rows)

        reply_count = len(rows)
        clear_opt_outs = counted("opt_out")
        to_decide = counted("maybe_opt_out")
        requests = counted("opt_in_request")
        skipped = sum(bool(r.problem) for r in rows)
        summary = (
            translate("Cli", "%n (reply|replies):", None, reply_count),
            translate("Cli", "%n clear opt-out(s),", None, clear_opt_outs),
            translate("Cli", "%n for a person to decide,", None, to_decide),
            translate("Cli", "%n opt-in request(s),", None, requests),
            translate("Cli", "%n skipped", None, skipped),
        )
        say(" ".join(summary))
        if not args.apply:
            if clear:
                say(
                    translate(
                        "Cli",
                        "Dry run: nothing recorded. Run again with --apply to record the opt-outs.",
                    )
                )
            return EXIT_OK
        if not clear:
            say(translate("Cli", "No clear opt-outs to record."))
            return EXIT_OK
        applied = apply_replies(session, clear, args.by or "")
        categories = load_profile(session).categories
    for recorded in applied.opted_out:
        say(
            translate("Cli", "Opted out {phone} of {scope}; confirmation to send:").format(
                phone=recorded.phone, scope=scope_words(recorded.scopes[0], categories)
            )
        )
        say(f"  {recorded.confirmation_text}")
    count = len(applied.opted_out)
    say(
        translate("Cli", "Recorded %n opt-out(s).", None, count)
        + " "
        + translate(
            "Cli",
            "Their confirmations wait in the app's Opt-outs page until marked sent.",
        )
    )
    return EXIT_OK


SAID_AT_ONCE = 1000
"""Lines of an import's dry run written in one go."""


def cmd_import(db: Records, args: argparse.Namespace) -> int:
    """Show what importing consent records would change; with --apply, record them."""
    from optin_desk.documents.lists import ListError, read_table
    from optin_desk.services.imports import ImportOutcome, apply_import, plan_import
    from optin_desk.services.profile import list_code_pages, load_profile

    path = Path(args.file)
    with db.sessions() as session:  # a file that is not UTF-8 is read in the shop's code page
        pages = list_code_pages(session)
    try:
        table, cards = read_table(path, code_pages=pages)
    except ListError as error:
        raise InputError.of(error) from None
    if table is None or cards is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "{name} holds contact cards, not consent records"),
            name=path.name,
        )
    with db.sessions() as session:
        plan = plan_import(session, table)
        if args.apply and not args.skip_invalid:
            plan.require_valid()  # every row checked before any is recorded
        outcomes = {value: word(marked) for value, marked in IMPORT_OUTCOMES.items()}
        actions = {action.value: word(marked) for action, marked in ACTIONS.items()}
        categories = load_profile(session).categories
        scopes: dict[str, str] = {}  # each scope said once, however many rows name it

        def scope(text: str) -> str:
            found = scopes.get(text)
            if found is None:
                found = scopes[text] = scope_words(text, categories)
            return found

        no_number = translate("Cli", "(no number)")
        row_said = translate("Cli", "row {row}:")  # looked up once, filled in per row
        reasons: dict[str, str] = {}  # a reason is said once, however many rows give it

        def reason(text: str) -> str:
            found = reasons.get(text)
            if found is None:
                found = reasons[text] = message(text)
            return found

        rows = plan.rows
        for start in range(0, len(rows), SAID_AT_ONCE):  # a write a thousand lines, not a line
            say(
                "\n".join(
                    f"{row_said.format(row=row.row)} {row.phone or row.input or no_number} "
                    f"{actions.get(row.action, row.action)} "
                    f"{scope(row.scope)} {row.occurred_at[:10]} → {outcomes[row.outcome.value]}: "
                    f"{reason(row.reason)}"
                    for row in rows[start : start + SAID_AT_ONCE]
                )
            )
        say(import_summary(plan))
        if not args.apply:
            say(
                translate(
                    "Cli",
                    "Dry run: nothing recorded. Run again with --apply to record the rows to add.",
                )
            )
            if plan.count(ImportOutcome.INVALID):
                say(
                    translate(
                        "Cli",
                        "--apply refuses the file while a row is invalid: fix those rows, or "
                        "add --skip-invalid to record the others.",
                    )
                )
            return EXIT_OK
        added = apply_import(
            session, plan, path.name, args.by or "", skip_invalid=args.skip_invalid
        )
    say(translate("Cli", "Imported %n record(s) (method: imported).", None, added))
    return EXIT_OK
