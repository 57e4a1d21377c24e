"""Command-line handlers for anchors outside the records: public-key, checkpoint, and the
checkpoints `verify --checkpoint` checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command
from optin_desk.cli.output import EXIT_NO, EXIT_OK, say
from optin_desk.cli.words import message, translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural

if TYPE_CHECKING:
    from optin_desk.services.handle import Records

NO_KEY = QT_TRANSLATE_NOOP(
    "Anchors",
    "this computer has no signing key yet and the shop has an owner PIN: give --pin "
    "(or OPTIN_DESK_PIN) so that the new key is locked by it",
)
PUBLIC_KEY = QT_TRANSLATE_NOOP("Anchors", "Public key (Ed25519, base64): {key}")
FINGERPRINT = QT_TRANSLATE_NOOP("Anchors", "Fingerprint (SHA-256): {fingerprint}")
CHECKPOINT_MADE = Plural.translate(
    "Anchors", "Checkpoint of %n event(s), root {root}, head {head}", None, 0
)
SIGNED_BY = QT_TRANSLATE_NOOP("Anchors", "Signed by key {fingerprint}")
NOT_SIGNED = QT_TRANSLATE_NOOP(
    "Anchors", "Not signed: the signing key is locked by the owner PIN (give --pin)"
)
WRITTEN = QT_TRANSLATE_NOOP("Anchors", "Written to {path}; also in the log {log}")
LOGGED = QT_TRANSLATE_NOOP("Anchors", "Kept in the log {log}")
NOT_ANCHORED = QT_TRANSLATE_NOOP(
    "Anchors",
    "note: the proof is not anchored to a signed checkpoint (the signing key is locked by the "
    "owner PIN): give --pin so that an auditor can check it with verify-proof",
)
OTHER_KEY = QT_TRANSLATE_NOOP(
    "Anchors",
    "{message}; it is signed by another computer's key, not this one's: make sure that key "
    "is one of your shop's ('optin-desk public-key' on each computer)",
)
ALL_HELD = Plural.translate(
    "Anchors", "ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})", None, 0
)
SOME_REPLACED = Plural.translate(
    "Anchors",
    "ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see "
    "the notes) and the ledger holds the others ({latest})",
    None,
    0,
)
ALL_REPLACED = Plural.translate(
    "Anchors",
    "ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see "
    "the notes); none was taken since",
    None,
    0,
)
SOME_FAIL = Plural.translate(
    "Anchors",
    "broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)",
    None,
    0,
)
LATEST = Plural.translate("Anchors", "the latest: %n event(s), made {made}", None, 0)
"""The newest checkpoint held, said inside ALL_HELD and SOME_REPLACED."""


def _said(text: str, count: int = -1) -> str:
    """One of this module's sentences in the language being spoken (`count`: its %n)."""
    return translate("Anchors", text, None, count)


def _note(text: str) -> str:
    return translate("Cli", "note: {note}").format(note=text)


def cmd_public_key(db: Records, args: argparse.Namespace) -> int:
    """Print this computer's public signing key and its fingerprint (made on first need)."""
    from optin_desk.services.checkpoints import shop_key
    from optin_desk.services.errors import InputError
    from optin_desk.services.owner import pin_is_set, require_owner
    from optin_desk.services.signing import public_key

    key = public_key()
    if key is None:
        with db.sessions() as session:  # a key made now is locked by the PIN: check it first
            if pin_is_set(session) and args.pin:
                require_owner(session, args.pin)
        key = shop_key(db, args.pin)
    if key is None:
        raise InputError(_said(NO_KEY))
    say(_said(PUBLIC_KEY).format(key=key.text))
    say(_said(FINGERPRINT).format(fingerprint=key.fingerprint))
    return EXIT_OK


def cmd_checkpoint(db: Records, args: argparse.Namespace) -> int:
    """Take a signed checkpoint now, log it, and write it to --out when given."""
    from optin_desk.services.checkpoints import log_path, take_checkpoint, write_checkpoint
    from optin_desk.services.owner import pin_is_set, require_owner

    with db.sessions() as session:  # the key opens with the owner PIN only
        if pin_is_set(session) and args.pin:
            require_owner(session, args.pin)
    checkpoint = take_checkpoint(db, args.pin)
    say(
        _said(CHECKPOINT_MADE, checkpoint.tree_size).format(
            root=checkpoint.root_hash, head=checkpoint.head_hash
        )
    )
    if checkpoint.signed:
        say(_said(SIGNED_BY).format(fingerprint=checkpoint.key_fingerprint))
    else:
        say(_said(NOT_SIGNED))
    if args.out:
        written = write_checkpoint(checkpoint, Path(args.out).expanduser())
        say(_said(WRITTEN).format(path=written, log=log_path(db)))
    else:
        say(_said(LOGGED).format(log=log_path(db)))
    return EXIT_OK


def verify_checkpoints(db: Records, where: str) -> int:
    """Check every checkpoint in a file or folder against the ledger; say each that fails."""
    from optin_desk.services.checkpoints import check_checkpoints, restore_hint
    from optin_desk.services.signing import public_key

    path = Path(where).expanduser()
    findings = check_checkpoints(db, path)
    failed = [finding for finding in findings if not finding.ok]
    for finding in failed:
        say(translate("Cli", "broken: {finding}").format(finding=message(finding.message)))
    own = public_key()
    for finding in findings:
        checkpoint = finding.checkpoint
        if not finding.ok or checkpoint is None:
            continue
        if not checkpoint.signed or finding.replaced:
            say(_note(message(finding.message)))
        elif own is None or checkpoint.key_fingerprint != own.fingerprint:
            say(_note(_said(OTHER_KEY).format(message=message(finding.message))))
    if failed:
        say(_said(SOME_FAIL, len(failed)).format(count=len(findings), path=path))
        hint = restore_hint(db, findings)
        if hint:
            say(_note(message(hint)))
        return EXIT_NO
    replaced = sum(finding.replaced for finding in findings)
    held = [f.checkpoint for f in findings if f.checkpoint is not None and not f.replaced]
    if not held:  # every one was of records a restore replaced (said above, one note each)
        say(_said(ALL_REPLACED, len(findings)).format(path=path))
        return EXIT_OK
    newest = max(held, key=lambda c: c.tree_size)
    latest = _said(LATEST, newest.tree_size).format(made=newest.made_at[:16].replace("T", " "))
    if replaced:
        say(_said(SOME_REPLACED, replaced).format(path=path, latest=latest))
    else:
        say(_said(ALL_HELD, len(findings)).format(path=path, latest=latest))
    return EXIT_OK


def add_anchor_parsers(commands: Any) -> None:
    """The public-key and checkpoint commands."""
    key = add_command(
        commands, "public-key", translate("CliHelp", "this computer's public signing key")
    )
    key.set_defaults(handler=cmd_public_key)
    checkpoint = add_command(
        commands,
        "checkpoint",
        translate("CliHelp", "take a signed checkpoint of the ledger (kept away, it anchors it)"),
    )
    checkpoint.add_argument(
        "--out", metavar="PATH", help=translate("CliHelp", "also write it to this file or folder")
    )
    checkpoint.set_defaults(handler=cmd_checkpoint)
    proof = add_command(
        commands,
        "verify-proof",
        translate("CliHelp", "check a proof JSON on its own (no database needed)"),
    )
    proof.add_argument("file", metavar="FILE.json")
    proof.add_argument(
        "--key",
        metavar="PUBLIC_KEY",
        help=translate("CliHelp", "the shop's public key (base64) or its fingerprint"),
    )
    proof.set_defaults(handler=cmd_verify_proof, without_records=True)


def cmd_verify_proof(db: Records | None, args: argparse.Namespace) -> int:
    """Check a proof JSON on its own, without any database."""
    from optin_desk.services.proof_check import check_proof_file

    result = check_proof_file(Path(args.file).expanduser(), args.key)
    if result.ok:
        say(message(result.message))
        return EXIT_OK
    say(translate("Cli", "altered: {problem}").format(problem=message(result.message)))
    return EXIT_NO
