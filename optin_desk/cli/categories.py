"""Command-line pieces for the words a shop prints: `category` (a category's text in one
language) and the privacy options of `init`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from optin_desk.cli.help_words import add_command
from optin_desk.cli.output import EXIT_OK, say
from optin_desk.cli.words import translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP
from optin_desk.services.errors import InputError

if TYPE_CHECKING:
    from optin_desk.domain.privacy import ShopPrivacy
    from optin_desk.services.handle import Records


def add_privacy_options(parser: argparse.ArgumentParser) -> None:
    """The shop's privacy details printed on every form."""
    parser.add_argument(
        "--whatsapp",
        metavar="NUMBER",
        help=translate("CliHelp", "the number printed for people to reach the shop"),
    )
    parser.add_argument(
        "--email", metavar="ADDRESS", help=translate("CliHelp", "an e-mail printed on forms")
    )
    parser.add_argument(
        "--privacy-notice",
        metavar="TEXT",
        help=translate("CliHelp", "where the privacy notice is (a URL or a line)"),
    )
    parser.add_argument(
        "--keep-years",
        type=int,
        metavar="N",
        help=translate("CliHelp", "years the records are kept after a person opts out (default 3)"),
    )
    parser.add_argument(
        "--records-kept-at",
        metavar="TEXT",
        help=translate(
            "CliHelp", "where the records are kept (default: this computer, or the shop's server)"
        ),
    )
    parser.add_argument(
        "--shared-with",
        metavar="NAMES",
        help=translate(
            "CliHelp",
            "who else receives numbers and messages, separated by ';' "
            "(default: Meta Platforms, as the provider of WhatsApp)",
        ),
    )


def privacy_from(args: argparse.Namespace) -> ShopPrivacy:
    """The privacy details given on the command line."""
    from optin_desk.domain.privacy import DEFAULT_YEARS, ShopPrivacy

    years = DEFAULT_YEARS if args.keep_years is None else args.keep_years
    return ShopPrivacy(
        args.whatsapp or "",
        args.email or "",
        args.privacy_notice or "",
        years,
        storage=args.records_kept_at or "",
        recipients=args.shared_with or "",
    )


def add_category_parser(commands: Any) -> None:
    """`category KEY --language L --label TEXT --description TEXT`."""
    category = add_command(
        commands,
        "category",
        translate("CliHelp", "set a category's label and description in one language"),
    )
    category.add_argument(
        "key", metavar="KEY", help=translate("CliHelp", "the category's key, e.g. offers")
    )
    category.add_argument("--language", required=True, metavar="LANG", help="en, es, ..., ar")
    category.add_argument(
        "--label", required=True, metavar="TEXT", help=translate("CliHelp", "its label")
    )
    category.add_argument(
        "--description", default="", metavar="TEXT", help=translate("CliHelp", "its description")
    )
    category.set_defaults(handler=cmd_category)


def cmd_category(db: Records, args: argparse.Namespace) -> int:
    """Set one category's text in one language; a new wording version follows from it."""
    from optin_desk.cli.labels import language_name  # with the check's words: not for --help
    from optin_desk.services.category_texts import set_category_text

    if not args.key.strip():
        raise InputError(QT_TRANSLATE_NOOP("Messages", "name the category by its key"))
    with db.sessions() as session:
        result = set_category_text(
            session, args.key, args.language, args.label, args.description, args.pin
        )
    say(
        translate("Cli", "{key} in {language}: {label} ({language} wording v{version})").format(
            key=result.key,
            language=language_name(result.language),
            label=result.label,
            version=result.wording_version,
        )
    )
    return EXIT_OK
