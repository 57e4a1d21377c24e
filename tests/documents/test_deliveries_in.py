"""Reading delivery reports of every shape to one shape of status lines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from optin_desk.documents.deliveries_in import parse_time, read_deliveries
from optin_desk.documents.lists import ListError
from optin_desk.domain.deliveries import Status, fold_outcomes
from tests.delivery_exports import (
    ANN,
    BOB,
    CARA,
    DAN,
    EVE,
    write_excel_spanish_csv,
    write_twilio_csv,
    write_webhook_lines,
    write_xlsx,
)

SENT = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def test_webhook_lines_fold_to_each_message_final_status(tmp_path: Path) -> None:
    found = read_deliveries(write_webhook_lines(tmp_path / "hooks.jsonl", SENT), "GB")
    assert found.kind == "webhook JSON lines"
    assert found.problems == []
    assert found.incoming == 1  # Ann's own message is not a status
    outcomes = {o.phone: o for o in fold_outcomes(found.lines)}
    assert outcomes[ANN].status is Status.READ  # read came before delivered: still read
    assert outcomes[ANN].first_at == SENT + timedelta(minutes=1)
    assert outcomes[ANN].lines == (1, 2, 3, 4)
    assert (outcomes[BOB].status, outcomes[BOB].code) == (Status.FAILED, 131050)
    assert (outcomes[CARA].code, outcomes[DAN].code, outcomes[EVE].code) == (131026, 131049, 139999)
    assert outcomes[CARA].sender == "447911000111"


def test_twilio_csv_with_whatsapp_prefixes_and_inbound_rows(tmp_path: Path) -> None:
    found = read_deliveries(write_twilio_csv(tmp_path / "twilio.csv", SENT), "GB")
    assert found.incoming == 1
    assert [(s.phone, s.status, s.code, s.message_id) for s in found.lines] == [
        (ANN, Status.READ, None, "SM01"),
        (CARA, Status.FAILED, 63024, "SM02"),
    ]
    assert found.lines[0].at == SENT + timedelta(minutes=1)


def test_excel_resaved_spanish_csv_says_what_it_cannot_recover(tmp_path: Path) -> None:
    found = read_deliveries(write_excel_spanish_csv(tmp_path / "informe.csv", SENT), "ES")
    assert found.kind.startswith("CSV")
    assert [(s.phone, s.status, s.code, s.campaign) for s in found.lines] == [
        (ANN, Status.DELIVERED, None, "Black Friday"),
        (DAN, Status.FAILED, 131049, "Black Friday"),
    ]
    assert found.lines[0].at == SENT + timedelta(minutes=3)  # 27/11/2026, day first
    (line, problem), *_ = found.problems
    assert line == 4
    assert "'4,47912E+11' was turned into scientific notation" in problem
    assert "last digits are lost" in problem


def test_xlsx_with_the_code_inside_the_error_text(tmp_path: Path) -> None:
    found = read_deliveries(write_xlsx(tmp_path / "report.xlsx", SENT), "GB")
    assert found.kind == "Excel workbook"
    assert [(s.phone, s.status, s.code, s.campaign) for s in found.lines] == [
        (BOB, Status.FAILED, 131050, "bf"),
        (ANN, Status.DELIVERED, None, "bf"),
    ]
    assert found.lines[0].at == SENT + timedelta(minutes=1)


def test_a_table_without_a_status_column_is_refused_with_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nAnn,+447911123456\n", encoding="utf-8")
    with pytest.raises(ListError, match=r"no status column .*Name, Phone"):
        read_deliveries(path, "GB")


def test_unknown_statuses_and_broken_lines_are_said_per_line(tmp_path: Path) -> None:
    path = tmp_path / "hooks.jsonl"
    path.write_text(
        '{"status": "exploded", "recipient_id": "447911123456", "id": "w1"}\nnot json\n',
        encoding="utf-8",
    )
    found = read_deliveries(path, "GB")
    assert found.lines == []
    assert found.problems == [(1, "status 'exploded' is not known"), (2, "this line is not JSON")]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("1764236400", True, datetime(2025, 11, 27, 9, 40, tzinfo=UTC)),
        ("2026-11-27T09:30:00Z", True, datetime(2026, 11, 27, 9, 30, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 09:30:00 +0000", True, datetime(2026, 11, 27, 9, 30, tzinfo=UTC)),
        ("03/04/2026 10:00 ", True, datetime(2026, 4, 3, 10, 0).astimezone()),
        ("03/04/2026 10:00", False, datetime(2026, 3, 4, 10, 0).astimezone()),
    ],
)
def test_times_as_reports_write_them(text: str, day_first: bool, expected: datetime) -> None:
    assert parse_time(text, day_first) == expected


@pytest.mark.parametrize(
    "header", ["error_code", "Error_Code", "ERROR-CODE", "errorCode", "status_code"]
)
def test_the_error_code_column_is_found_however_a_tool_writes_its_name(
    tmp_path: Path, header: str
) -> None:
    path = tmp_path / "report.csv"
    path.write_text(
        f"phone,status,{header},timestamp\n+447911000111,failed,131050,2026-11-30T11:00:00Z\n"
    )
    found = read_deliveries(path, "GB")
    assert [line.code for line in found.lines] == [131050]
    assert found.notes == []


def test_failed_messages_without_an_error_column_are_said_to_lack_their_reason(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.csv"
    path.write_text("phone,status,failure\n+447911000111,failed,131050\n")
    found = read_deliveries(path, "GB")
    assert [line.code for line in found.lines] == [None]
    assert found.notes == [
        "no error code column: a failed message's reason cannot be read, so a person who "
        "stopped marketing messages (131050) is not recognised; the columns are: phone, "
        "status, failure"
    ]
