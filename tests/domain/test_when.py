"""Reading dates people type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from optin_desk.domain.when import canonical, from_canonical, parse_when

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_dates_and_date_times_are_read() -> None:
    assert parse_when("2026-10-03T14:30:00+00:00", NOW) == datetime(2026, 10, 3, 14, 30, tzinfo=UTC)
    assert parse_when("2026-10-03T14:30Z", NOW).hour == 14
    assert parse_when("2026-10-03", NOW).tzinfo is not None


def test_future_and_nonsense_are_refused() -> None:
    with pytest.raises(ValueError, match="future"):
        parse_when("2026-12-01", NOW)
    with pytest.raises(ValueError, match="not a date"):
        parse_when("yesterday", NOW)
    with pytest.raises(ValueError, match="no date"):
        parse_when("", NOW)


def test_canonical_form_round_trips() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert canonical(moment) == "2026-01-02T03:04:05.000006Z"
    assert from_canonical(canonical(moment)) == moment


def test_a_day_alone_stays_a_day_and_nothing_is_dated_ahead() -> None:
    from datetime import date, timedelta

    from optin_desk.domain.when import occurred_moment, parse_occurred, start_of_local_day

    assert parse_occurred("2026-10-03", NOW) == date(2026, 10, 3)
    assert parse_occurred("2026-10-03T14:30Z", NOW) == datetime(2026, 10, 3, 14, 30, tzinfo=UTC)
    assert occurred_moment(date(2026, 10, 3), NOW) == (
        start_of_local_day(date(2026, 10, 3)),
        date(2026, 10, 3),
    )
    assert occurred_moment(None, NOW) == (NOW, None)
    # a moment within the clock tolerance counts as now; beyond it, it is refused
    assert occurred_moment(NOW + timedelta(minutes=1), NOW) == (NOW, None)
    with pytest.raises(ValueError, match="future"):
        occurred_moment(NOW + timedelta(minutes=5), NOW)
    with pytest.raises(ValueError, match="future"):
        occurred_moment(date(2026, 11, 24), NOW)
