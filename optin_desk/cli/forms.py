"""Command-line handlers for paper: forms (blank or pre-filled) and proof of consent."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optin_desk.cli.output import EXIT_OK, complain, say
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.services.handle import Records


def cmd_forms(db: Records, args: argparse.Namespace) -> int:
    """Print a batch of serialised consent forms (or one pre-filled), or list the batches."""
    from optin_desk.services.forms import PrintRequest, batch_views, print_forms

    if args.batches:
        with db.reading() as session:
            views = batch_views(session)
        for view in views:
            who = f" for {view.for_name}" if view.for_name else ""
            say(
                f"batch {view.batch_id}: {view.printed_at} by {view.printed_by or '—'}, "
                f"{view.count} {view.language} forms (wording v{view.wording_version}, "
                f"{view.paper}){who}: {view.returned} returned, {view.outstanding} outstanding"
            )
        if not views:
            say("No forms printed yet.")
        return EXIT_OK
    if not args.out:
        raise InputError("say where to write the forms: --out FILE.pdf")
    target = Path(args.out)
    if target.suffix.lower() != ".pdf":
        raise InputError("the forms are a PDF: name the file FILE.pdf")
    request = PrintRequest(
        count=1 if args.for_number else args.count,
        language=args.language or "",
        paper=args.paper or "",
        by=args.by or "",
        for_phone=args.for_number or "",
    )
    with db.sessions() as session:
        printed = print_forms(session, request, target)
    assert printed is not None
    if printed.untranslated:
        complain(
            f"Note: not translated into {printed.language}, printed in the shop's language: "
            f"{', '.join(printed.untranslated)} (set them with 'category KEY --language "
            f"{printed.language}')"
        )
    first, last = printed.serials[0], printed.serials[-1]
    say(
        f"Printed {len(printed.serials)} {printed.language} forms (wording "
        f"v{printed.wording_version}, {printed.paper}) to {target}: serials {first} … {last}"
    )
    return EXIT_OK


def cmd_proof(db: Records, args: argparse.Namespace) -> int:
    """Write a proof of consent for one number, as PDF or JSON."""
    from optin_desk.cli.anchors import NOT_ANCHORED
    from optin_desk.services.proof import write_proof
    from optin_desk.services.proof_anchor import anchor_for

    target = Path(args.out)
    anchored: list[bool] = []

    def anchor(event_ids: Sequence[int]) -> dict[str, Any] | None:
        section = anchor_for(db, event_ids, args.pin)
        anchored.append(section is not None)
        return section

    with db.reading() as session:
        proof = write_proof(session, args.number, target, anchor)
    complain(
        f"Proof of consent for {proof.phone} ({len(proof.events)} entries) written to "
        f"{target}; ledger head {proof.ledger_head}"
    )
    if anchored == [False]:
        complain(NOT_ANCHORED)
    return EXIT_OK
