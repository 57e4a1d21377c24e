"""Form serials: Crockford base32 with a check symbol that catches typing mistakes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from optin_desk.domain.serials import (
    LEGACY_CHECK_SYMBOLS,
    SYMBOLS,
    SerialShape,
    legacy_check_symbol,
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


def caught(typed: str) -> bool:
    """Not read as a serial printed now (mistyped, or right only by the old check)."""
    read = read_serial(typed)
    return read.shape is SerialShape.MISTYPED or read.legacy


@given(NUMBERS, st.integers(min_value=0, max_value=8), st.sampled_from(LEGACY_CHECK_SYMBOLS))
def test_any_one_mistyped_symbol_is_caught(number: int, position: int, symbol: str) -> None:
    data = make_serial(number).replace("-", "")
    if data[position] == symbol:
        return
    typed = data[:position] + symbol + data[position + 1 :]
    assert caught(typed)


@given(NUMBERS, st.integers(min_value=0, max_value=7))
def test_two_neighbours_swapped_are_caught(number: int, position: int) -> None:
    data = make_serial(number).replace("-", "")
    if data[position] == data[position + 1]:
        return
    typed = data[:position] + data[position + 1] + data[position] + data[position + 2 :]
    assert caught(typed)


def test_every_substitution_and_swap_of_some_serials_is_caught() -> None:
    for number in (0, 1, 31, 32**8 - 1, 123_456_789, 987_654_321):
        data = make_serial(number).replace("-", "")
        for position in range(9):
            for symbol in SYMBOLS:
                if symbol != data[position]:
                    assert caught(data[:position] + symbol + data[position + 1 :])
            if position < 8 and data[position] != data[position + 1]:
                pair = data[position + 1] + data[position]
                assert caught(data[:position] + pair + data[position + 2 :])


@given(NUMBERS)
def test_serials_printed_before_still_read_as_ours(number: int) -> None:
    data = make_serial(number).replace("-", "")[:8]
    old = f"{data[:4]}-{data[4:]}-{legacy_check_symbol(data)}"
    read = read_serial(old.lower())
    assert read.shape is SerialShape.OURS
    assert read.serial == old
    assert read.legacy or old == make_serial(number)


def test_an_old_serial_with_a_symbol_no_keyboard_lacks() -> None:
    read = read_serial("26DR-DETR-$")
    assert (read.shape, read.legacy, read.serial) == (SerialShape.OURS, True, "26DR-DETR-$")


def test_a_symbol_left_out_is_told_apart_from_another_forms_reference() -> None:
    serial = make_serial(42)
    short = read_serial(serial[:3] + serial[4:])
    assert short.shape is SerialShape.MISTYPED
    assert "has 8 symbols" in short.message
    assert read_serial("AB12").shape is SerialShape.OTHER
    assert read_serial("").shape is SerialShape.OTHER


def test_check_symbols_are_letters_and_digits_of_the_serial_alphabet() -> None:
    checks = {make_serial(n)[-1] for n in range(0, 32**8, 32**8 // 997)}
    assert checks == set(SYMBOLS)
