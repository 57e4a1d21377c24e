"""What `check` prints for people: the list read, then each verdict in words with its count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from optin_desk.cli.labels import VERDICTS, word
from optin_desk.cli.output import say
from optin_desk.cli.words import translate

if TYPE_CHECKING:
    from optin_desk.documents.list_types import RecipientList
    from optin_desk.services.check import CheckResult


def say_check(result: CheckResult, recipients: RecipientList) -> None:
    """The check's heading line and one line a verdict (the codes stay in --json)."""

    rows = result.row_count
    if result.check_id:
        heading = translate("Cli", "Check {check}: %n row(s) of {source} for {kind}", None, rows)
    else:
        heading = translate(
            "Cli", "Check (not kept: read-only): %n row(s) of {source} for {kind}", None, rows
        )
    column = translate("Cli", "(numbers from column {column})").format(
        column=repr(recipients.phone_column)
    )
    say(
        heading.format(check=result.check_id, source=recipients.source, kind=result.category)
        + " "
        + column
    )
    say_counts(result)


def say_counts(result: CheckResult) -> None:
    """One line a verdict given, with how many rows got it."""
    from optin_desk.domain.check import Verdict

    lines = result.opt_out_lines
    width = max(len(word(text)) for text in VERDICTS.values()) + 2
    for verdict, count in result.counts.items():
        said = word(VERDICTS[Verdict(verdict)])
        extra = ""
        if verdict == Verdict.SEND and lines:
            extra = " " + translate("Cli", "(%n with an opt-out option)", None, lines)
        say(f"  {said:<{width}}{count:>7}{extra}")
