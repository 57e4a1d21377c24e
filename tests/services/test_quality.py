"""The quality log (kept once, append-only, checked) and the warnings that say what to do."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from optin_desk.documents.lists import read_list
from optin_desk.services.check import record_sent, run_check
from optin_desk.services.consent import OptInRequest, OptOutRequest, record_opt_in, record_opt_out
from optin_desk.services.deliveries import apply_deliveries, plan_deliveries, read_delivery_file
from optin_desk.services.errors import InputError
from optin_desk.services.quality import (
    QualityReading,
    add_readings,
    quality_history,
    read_quality_file,
)
from optin_desk.services.quality_overview import OverviewCancelled, quality_overview
from optin_desk.services.quality_warnings import (
    broadcasts,
    opt_out_rates,
    save_thresholds,
    warnings,
)
from optin_desk.storage.engine import Database
from tests.paper_forms import printed_serials

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = date.today()
SENDER = "+447911000111"
PAPER = [f"+4479111234{n:02d}" for n in range(5)]
ADS = [f"+4479111234{n:02d}" for n in range(5, 10)]


def test_readings_are_kept_once_checked_and_append_only(session: Session) -> None:
    first = QualityReading("07911 000111", TODAY - timedelta(days=3), "green", "connected", "1K")
    assert add_readings(session, [first], "Ann") == 1
    assert add_readings(session, [first]) == 0
    assert [(r.sender, r.rating, r.messaging_limit) for r in quality_history(session)] == [
        (SENDER, "high", "1K")
    ]
    with pytest.raises(InputError, match="not one of the shop's WhatsApp numbers"):
        add_readings(session, [QualityReading("+447400123456", TODAY, "high")])
    with pytest.raises(InputError, match="dated in the future"):
        add_readings(session, [QualityReading(SENDER, TODAY + timedelta(days=2), "high")])
    with pytest.raises(InputError, match="use high, medium or low"):
        add_readings(session, [QualityReading(SENDER, TODAY, "great")])
    with pytest.raises(DatabaseError, match="append-only"):
        session.execute(text("UPDATE quality_log SET rating = 'low'"))
    session.rollback()


def test_an_import_with_one_bad_line_keeps_nothing(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "manager.csv"
    path.write_text(
        "Phone number,Date,Quality rating,Status,Messaging limit\n"
        f"{SENDER},{TODAY - timedelta(days=9)},High,Connected,1K\n"
        f"{SENDER},{TODAY - timedelta(days=2)},Medium,Flagged,1K\n",
        encoding="utf-8",
    )
    assert add_readings(session, read_quality_file(path)) == 2
    assert add_readings(session, read_quality_file(path)) == 0  # read again: nothing new
    assert warnings(session) == [
        f"quality dropped to medium on {SENDER}: hold marketing from this number for a week"
    ]
    path.write_text(f"Number,Date,Rating\n{SENDER},yesterday,high\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: the date 'yesterday' is not YYYY-MM-DD"):
        read_quality_file(path)


def _broadcast(session: Session, tmp_path: Path, name: str, days_ago: int) -> int:
    path = tmp_path / name
    path.write_text("phone\n" + "\n".join(PAPER + ADS) + "\n", encoding="utf-8")
    result = run_check(session, read_list(path), "offers", "sha")
    record_sent(session, result.check_id, NOW - timedelta(days=days_ago))
    return result.check_id


def _stop(session: Session, phone: str, days_ago: int) -> None:
    record_opt_out(
        session,
        OptOutRequest(
            phone=phone,
            scope="marketing",
            method="whatsapp_reply",
            at=NOW - timedelta(days=days_ago),
        ),
    )


def test_the_warnings_say_what_to_do(database: Database, session: Session, tmp_path: Path) -> None:
    forms = iter(printed_serials(session, tmp_path, len(PAPER)))
    for phones, method in ((PAPER, "paper_form"), (ADS, "click_to_whatsapp_ad")):
        for phone in phones:
            serial = next(forms) if method == "paper_form" else ""
            record_opt_in(
                session,
                OptInRequest(
                    phone=phone,
                    scopes=["offers"],
                    method=method,
                    at=NOW - timedelta(days=60),
                    serial=serial,
                ),
                database.evidence_dir,
            )
    save_thresholds(session, {"min_people": 5})
    session.commit()
    _broadcast(session, tmp_path, "october.csv", 30)
    _stop(session, ADS[0], 29)
    _broadcast(session, tmp_path, "november.csv", 20)
    _stop(session, ADS[1], 19)
    last = _broadcast(session, tmp_path, "black-friday.csv", 3)
    for phone in (ADS[2], ADS[3], PAPER[0]):
        _stop(session, phone, 2)
    report = tmp_path / "hooks.jsonl"
    at = int((NOW - timedelta(days=3) + timedelta(minutes=1)).timestamp())
    lines = [
        f'{{"id": "w{n}", "status": "{"failed" if n < 2 else "delivered"}", "timestamp": "{at}", '
        f'"recipient_id": "{phone[1:]}"}}'
        for n, phone in enumerate(PAPER[:4] + ADS[2:])
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    apply_deliveries(session, plan_deliveries(session, read_delivery_file(session, report)))

    summaries = broadcasts(session)
    assert [(b.file_name, b.sent, b.opt_outs) for b in summaries] == [
        ("october.csv", 10, 1),
        ("november.csv", 9, 1),
        ("black-friday.csv", 8, 3),
    ]
    assert summaries[-1].check_id == last
    assert summaries[-1].statuses == {"failed": 2, "delivered": 5}
    rates = {m.value: r for m, r in opt_out_rates(session).items()}
    assert rates == {"paper_form": (5, 1), "click_to_whatsapp_ad": (5, 4)}
    said = warnings(session)
    assert len(said) == 3
    assert re.fullmatch(
        r"Opt-outs after the broadcast of .+ were 4× your usual: look at who it went to", said[0]
    )
    assert re.fullmatch(
        r"29% not delivered after the broadcast of .+: check these numbers", said[1]
    )
    assert said[2] == (
        "people who opted in by a WhatsApp ad opt out 4× as often as those who opted in by "
        "paper form"
    )

    # the overview reads the ledger once, says how far it got, and gives the same warnings
    seen: list[tuple[int, int]] = []
    overview = quality_overview(session, lambda done, total: seen.append((done, total)))
    assert list(overview.warnings) == said
    assert [(b.file_name, b.opt_outs) for b in overview.broadcasts] == [
        ("october.csv", 1),
        ("november.csv", 1),
        ("black-friday.csv", 3),
    ]
    assert seen
    assert seen[-1][0] == seen[-1][1] > 0
    with pytest.raises(OverviewCancelled):  # asked to stop: no figures at all
        quality_overview(session, stop=lambda: True)
