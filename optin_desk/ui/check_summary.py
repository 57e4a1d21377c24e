"""What the Check list page says of a check: its counts, and which check it is (in the page's
own translation context, written out in each call for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optin_desk.domain.check import Verdict
from optin_desk.domain.when import from_canonical, local_display
from optin_desk.services.check import CheckResult
from optin_desk.ui.labels import VERDICTS, label


def counts_line(result: CheckResult) -> str:
    """Each verdict given with how many rows got it, and how many need an opt-out option."""
    parts = [
        f"{label(VERDICTS[Verdict(verdict)])}: {count}"
        for verdict, count in result.counts.items()
        if count  # a kept check's counts hold verdicts only (services.kept_checks)
    ]
    lines = result.opt_out_lines
    extra = (
        QCoreApplication.translate("CheckPage", " — %n need an opt-out option", "", lines)
        if lines
        else ""
    )
    return " · ".join(parts) + extra


def which_check(result: CheckResult, category: str, fresh: bool, latest: bool = True) -> str:
    """Which check the rows are: the one just made, the last one kept, or an earlier one kept
    (and whether it was recorded as sent)."""
    if fresh:
        count = len(result.rows)
        text = QCoreApplication.translate("CheckPage", "Check %1: %n rows of %2 for %3.", "", count)
    elif not latest:
        text = _earlier(result)
    elif result.sent_at:
        count = len(result.rows)
        text = QCoreApplication.translate(
            "CheckPage",
            "The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4."
            " Open or paste a list to check another.",
            "",
            count,
        ).replace("%4", result.sent_at[:10])
    else:
        count = len(result.rows)
        text = QCoreApplication.translate(
            "CheckPage",
            "The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.",
            "",
            count,
        )
    return (
        text.replace("%1", str(result.check_id))
        .replace("%2", result.file_name)
        .replace("%3", category)
    )


def _earlier(result: CheckResult) -> str:
    """A check kept before the last one: when it was made, and whether it was sent."""
    if result.sent_at:
        count = len(result.rows)
        text = QCoreApplication.translate(
            "CheckPage",
            "Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.",
            "",
            count,
        ).replace("%4", result.sent_at[:10])
    else:
        count = len(result.rows)
        text = QCoreApplication.translate(
            "CheckPage", "Check %1, kept on %5: %n rows of %2 for %3.", "", count
        )
    return text.replace("%5", kept_when(result.kept_at)[:10])


def kept_when(kept_at: str) -> str:
    """When a check was kept, as the shop reads it (as stored when that cannot be read)."""
    try:
        return local_display(from_canonical(kept_at))
    except (TypeError, ValueError):
        return str(kept_at)[:16]
