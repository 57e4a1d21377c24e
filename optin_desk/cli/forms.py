"""Command-line handlers for paper: forms (blank or pre-filled) and proof of consent."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from optin_desk.cli.labels import language_name
from optin_desk.cli.output import EXIT_OK, complain, say
from optin_desk.cli.words import translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.forms import BatchView
    from optin_desk.services.handle import Records


def cmd_forms(db: Records, args: argparse.Namespace) -> int:
    """Print a batch of serialised consent forms (or one pre-filled), or list the batches."""
    from optin_desk.services.forms import PrintRequest, batch_views, print_forms

    if args.batches:
        with db.reading() as session:
            views = batch_views(session)
        for view in views:
            say(batch_line(view))
        if not views:
            say(translate("Cli", "No forms printed yet."))
        return EXIT_OK
    if not args.out:
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "say where to write the forms: --out FILE.pdf")
        )
    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise InputError(
            QT_TRANSLATE_NOOP("Messages", "the forms are a PDF: name the file FILE.pdf")
        )
    request = PrintRequest(
        count=1 if args.for_number else args.count,
        language=args.language or "",
        paper=args.paper or "",
        by=args.by or "",
        for_phone=args.for_number or "",
    )
    from optin_desk.services.paper_anchor import paper_anchor

    anchor = paper_anchor(db, args.pin)  # signed now when the key opens, else the newest kept
    with db.sessions() as session:
        printed = print_forms(session, request, target, anchor=anchor)
    assert printed is not None
    if printed.untranslated:
        complain(
            translate(
                "Cli",
                "Note: not translated into {language}, printed in the shop's language: "
                "{kinds} (set them with 'category KEY --language {code}')",
            ).format(
                language=language_name(printed.language),
                code=printed.language,
                kinds=", ".join(printed.untranslated),
            )
        )
    first, last = printed.serials[0], printed.serials[-1]
    count = len(printed.serials)
    say(
        translate(
            "Cli",
            "Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: "
            "serials {first} … {last}",
            None,
            count,
        ).format(
            language=language_name(printed.language),
            version=printed.wording_version,
            paper=printed.paper,
            file=target,
            first=first,
            last=last,
        )
    )
    return EXIT_OK


def cmd_proof(db: Records, args: argparse.Namespace) -> int:
    """Write a proof of consent for one number, as PDF or JSON (a PDF whose checkpoint was
    signed for it gets its JSON proof beside it)."""
    from optin_desk.cli.anchors import NOT_ANCHORED
    from optin_desk.services.proof_anchor import save_proof

    target = Path(args.out)
    with db.reading() as session:
        saved = save_proof(session, db, args.number, target, args.pin)
    proof = saved.proof
    count = len(proof.events)
    complain(
        translate(
            "Cli",
            "Proof of consent for {phone} (%n (entry|entries)) written to {file}; "
            "ledger head {head}",
            None,
            count,
        ).format(phone=proof.phone, file=target, head=proof.ledger_head)
    )
    if saved.json_path is None:
        complain(translate("Anchors", NOT_ANCHORED))
    elif saved.json_path != target:
        complain(
            translate(
                "Cli", "Its JSON proof, for an auditor to check with verify-proof: {file}"
            ).format(file=saved.json_path)
        )
    return EXIT_OK


def batch_line(view: BatchView) -> str:
    """One printed batch: when, by whom, how many forms and how many came back."""
    count = view.count
    said = translate(
        "Cli",
        "batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})",
        None,
        count,
    ).format(
        batch=view.batch_id,
        when=view.printed_at,
        who=view.printed_by or "—",
        language=language_name(view.language),
        version=view.wording_version,
        paper=view.paper,
    )
    if view.for_name:
        said += " " + translate("Cli", "for {name}").format(name=view.for_name)
    back = translate("Cli", "{returned} returned, {outstanding} outstanding").format(
        returned=view.returned, outstanding=view.outstanding
    )
    return f"{said}: {back}"
