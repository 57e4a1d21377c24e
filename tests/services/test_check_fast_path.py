"""The check's fast reading of numbers gives every row the verdict the full parse gives."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from optin_desk.documents.list_types import ListRow, RecipientList
from optin_desk.domain.phone_reader import PhoneReader
from optin_desk.domain.phones import parse_phone
from optin_desk.services import check_judge
from optin_desk.services.check import CheckedRow, run_check
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.erasure import erase_contact
from optin_desk.storage import check_queries
from optin_desk.storage.engine import Database

NOW = datetime.now(UTC)
ON_FILE = {
    "+447911123456": "07911 123456",  # GB mobile, the shop's own country
    "+442079460123": "020 7946 0123",  # GB landline
    "+34612345678": "+34 612 345 678",  # Spain
    "+4915123456789": "+49 151 23456789",  # Germany, trunk 0 at home
    "+390612345678": "+39 06 1234 5678",  # Italian landline: its leading zero is kept
    "+393471234567": "+39 347 123 4567",  # Italian mobile
    "+14155550134": "+1 415 555 0134",  # United States
}
OPTED_OUT = "+447400123456"
ERASED = "+447712345678"


class ParsingReader(PhoneReader):
    """The slow path only: every row goes through phonenumbers (`parse_phone`)."""

    def read_keys(self, raws: Sequence[str]) -> list[tuple[str | None, str | None]]:
        return [self.read_key(raw) for raw in raws]

    def read_key(self, raw: str) -> tuple[str | None, str | None]:
        parsed = parse_phone(raw, self.region)
        return parsed.e164, parsed.reason

    def _known(self, text: str) -> str | None:
        return None

    def _national(self, text: str) -> str | None:
        return None

    def _international(self, text: str) -> str | None:
        return None


def written_forms(e164: str) -> list[str]:
    """A number as lists write it: E.164, without +, with 00, spaced, dashed, bracketed,
    nationally (GB), with and without its trunk prefix, with a stray zero."""
    digits = e164[1:]
    forms = [e164, digits, "00" + digits, f"{e164[:3]} {e164[3:7]} {e164[7:]}"]
    forms += [
        f"{e164[:3]}-{e164[3:6]}-{e164[6:]}",
        f"({e164[:3]}) {e164[3:]}",
        f"{e164[:3]}.{e164[3:]}",
    ]
    forms += ["0" + digits, "+0" + digits, "+" + digits[:2] + " (0) " + digits[2:]]
    if e164.startswith("+44"):
        forms += ["0" + e164[3:], e164[3:], "0044 0" + e164[3:], f"0{e164[3:7]} {e164[7:]}"]
    if e164.startswith("+39"):
        forms += [e164[3:], "0" + e164[3:], "0039" + e164[3:]]
    return forms


OTHER = [
    "",
    "   ",
    "not a number",
    "12345",
    "+999 1234 5678",
    "0000 000000",
    "07911 12345",  # one digit short of someone on file
    "079111234567",  # one too many
    "+44 7911 123457",  # a neighbour nobody holds
    "0612345678",  # the Italian landline's digits read as a GB number
    "347 1234567",
    "00 1 415 555 0134",
    "tel:+447911123456",
    "+44 (0)20 7946 0123",
    "011 44 7911 123456",
    "1 415 555 0134",
    "4155550134",
    "+44 7911 123456 ext 2",
    "٠٧٩١١ ١٢٣٤٥٦",  # Arabic-Indic digits
]


def seed(session: Session, database: Database) -> None:
    for number in [*ON_FILE, OPTED_OUT, ERASED]:
        record_opt_in(
            session,
            OptInRequest(
                phone=number,
                scopes=("offers", "orders"),
                method="in_person",
                at=NOW - timedelta(days=3),
            ),
            database.evidence_dir,
        )
    record_opt_out(
        session,
        OptOutRequest(phone=OPTED_OUT, scope="marketing", method="sms", at=NOW - timedelta(days=1)),
    )
    erase_contact(session, ERASED, "Owner", database)


def verdicts(session: Session, recipients: RecipientList, category: str) -> list[CheckedRow]:
    return list(run_check(session, recipients, category, "sha", keep=False).rows)


@pytest.mark.parametrize("share", [0.0, 1e9], ids=["numbers-read-whole", "numbers-looked-up"])
@pytest.mark.parametrize("category", ["offers", "orders"])
def test_fast_and_full_parsing_give_every_row_the_same_verdict(
    database: Database,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    category: str,
    share: float,
) -> None:
    seed(session, database)
    monkeypatch.setattr(check_queries, "BROAD_SHARE", share)  # how the numbers on file are read
    written = [form for e164 in [*ON_FILE, OPTED_OUT, ERASED] for form in written_forms(e164)]
    written += OTHER + written[::3]  # and repeats, which are duplicates either way
    rows = tuple(ListRow(index, text, f"Person {index}") for index, text in enumerate(written, 1))
    recipients = RecipientList("list.csv", "text", ("Name", "Phone"), "Phone", "Name", rows)

    fast = verdicts(session, recipients, category)
    monkeypatch.setattr(check_judge, "PhoneReader", ParsingReader)
    full = verdicts(session, recipients, category)

    assert len(fast) == len(written)
    for fast_row, full_row in zip(fast, full, strict=True):
        assert fast_row == full_row, fast_row.input
    found = {row.verdict.value for row in fast}  # the forms reach every kind of verdict
    assert {"send", "opted_out", "invalid_number", "duplicate", "no_consent"} <= found
    erased = [row for row in fast if row.phone == ERASED and row.verdict.value == "opted_out"]
    assert erased
    assert erased[0].reason.startswith("erased on request")
