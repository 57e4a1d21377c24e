"""Form serials: Crockford base32 with a check symbol that catches typing mistakes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from optin_desk.domain.serials import (
    CHECK_SYMBOLS,
    SYMBOLS,
    SerialShape,
    make_serial,
    read_serial,
)

NUMBERS = st.integers(min_value=0, max_value=32**8 - 1)


def test_a_serial_reads_back_as_printed() -> None:
    serial = make_serial(123_456_789)
    assert len(serial) == 11
    assert serial[4] == "-"
    assert serial[9] == "-"
    assert read_serial(serial).shape is SerialShape.OURS
    assert read_serial(serial.lower().replace("-", " ")).serial == serial


def test_confusable_letters_read_as_digits() -> None:
    serial = make_serial(32**7 + 1)  # 1000-0001-?
    typed = serial.replace("1", "l").replace("0", "O")
    assert read_serial(typed).serial == serial
    assert read_serial(typed).shape is SerialShape.OURS


@given(NUMBERS, st.integers(min_value=0, max_value=7), st.sampled_from(SYMBOLS))
def test_any_one_mistyped_symbol_is_caught(number: int, position: int, symbol: str) -> None:
    data = make_serial(number).replace("-", "")
    if data[position] == symbol:
        return
    typed = data[:position] + symbol + data[position + 1 :]
    assert read_serial(typed).shape is SerialShape.MISTYPED


@given(NUMBERS, st.integers(min_value=0, max_value=7))
def test_two_neighbours_swapped_are_caught(number: int, position: int) -> None:
    data = make_serial(number).replace("-", "")
    if data[position] == data[position + 1]:
        return
    typed = data[:position] + data[position + 1] + data[position] + data[position + 2 :]
    assert read_serial(typed).shape is SerialShape.MISTYPED


def test_a_symbol_left_out_is_told_apart_from_another_forms_reference() -> None:
    serial = make_serial(42)
    short = read_serial(serial[:3] + serial[4:])
    assert short.shape is SerialShape.MISTYPED
    assert "has 8 symbols" in short.message
    assert read_serial("AB12").shape is SerialShape.OTHER
    assert read_serial("").shape is SerialShape.OTHER


def test_every_check_symbol_is_used() -> None:
    checks = {make_serial(n)[-1] for n in range(200)}
    assert checks == set(CHECK_SYMBOLS)
