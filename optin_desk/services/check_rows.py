"""One checked row of a recipient list: what the check and what it adds both speak of."""

from __future__ import annotations

from typing import NamedTuple

from optin_desk.domain.check import Verdict


class CheckedRow(NamedTuple):
    """One row of a check: as written, and the verdict (a plain immutable row).

    A tuple, so a check's rows are packed for keeping as they are, without copying.
    """

    row: int
    input: str
    name: str
    phone: str
    verdict: Verdict
    reason: str
    opt_out_line: bool
