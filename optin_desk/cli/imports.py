"""What `import` prints for people: each row's outcome in words and the summary line."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from optin_desk.cli.words import translate
from optin_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from optin_desk.services.imports import ImportPlan

IMPORT_OUTCOMES: Mapping[str, str] = MappingProxyType(
    {
        "add": QT_TRANSLATE_NOOP("CliWords", "to add"),
        "undoes_opt_out": QT_TRANSLATE_NOOP("CliWords", "skipped"),
        "no_change": QT_TRANSLATE_NOOP("CliWords", "already recorded"),
        "invalid": QT_TRANSLATE_NOOP("CliWords", "invalid"),
        "erased": QT_TRANSLATE_NOOP("CliWords", "refused"),
        "no_serial": QT_TRANSLATE_NOOP("CliWords", "refused"),
    }
)
"""Each row's outcome (ImportOutcome's values) in words (its reason follows it)."""


def import_summary(plan: ImportPlan) -> str:
    """How many rows of each outcome, one clause a count."""
    from optin_desk.services.imports import ImportOutcome

    count = len(plan.rows)
    to_add = plan.count(ImportOutcome.ADD)
    undoing_opt_outs = plan.count(ImportOutcome.UNDOES_OPT_OUT)
    unchanged = plan.count(ImportOutcome.NO_CHANGE)
    invalid = plan.count(ImportOutcome.INVALID)
    clauses = [
        translate("Cli", "%n row(s):", None, count),
        translate("Cli", "%n to add,", None, to_add),
        translate(
            "Cli",
            "%n skipped (would undo an opt-out),",
            None,
            undoing_opt_outs,
        ),
        translate("Cli", "%n already recorded,", None, unchanged),
        translate("Cli", "%n invalid", None, invalid),
    ]
    erased = plan.count(ImportOutcome.ERASED)
    if erased:
        clauses[-1] += ","
        clauses.append(translate("Cli", "%n refused (erased on request)", None, erased))
    no_serial = plan.count(ImportOutcome.NO_SERIAL)
    if no_serial:
        clauses[-1] += ","
        clauses.append(
            translate("Cli", "%n refused (paper form(s) without a serial)", None, no_serial)
        )
    return " ".join(clauses)
