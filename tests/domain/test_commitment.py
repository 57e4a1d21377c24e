"""The keyed number hash: the fast keyer gives `contact_key`'s answer for any key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.commitment import ContactKeyer, contact_key


@settings(max_examples=200, deadline=None)
@given(
    key=st.binary(min_size=0, max_size=130),  # short, a block, and longer than a block
    numbers=st.lists(st.from_regex(r"\+[1-9][0-9]{6,14}", fullmatch=True), max_size=5),
)
def test_a_keyer_hashes_each_number_as_contact_key_does(key: bytes, numbers: list[str]) -> None:
    keyed = ContactKeyer(key)
    assert [keyed(number) for number in numbers] == [contact_key(key, n) for n in numbers]


def test_a_keyer_tells_two_keys_apart() -> None:
    assert ContactKeyer(b"a" * 32)("+447700900123") != ContactKeyer(b"b" * 32)("+447700900123")


@pytest.mark.parametrize("size", [0, 1, 16, 32, 63, 64, 65, 200])
def test_the_keyer_gives_contact_keys_answer_for_keys_of_any_length(size: int) -> None:
    key = bytes((7 * i + size) % 256 for i in range(size))
    keyer = ContactKeyer(key)
    for number in ("+447700900123", "+34612345678", "+1"):
        assert keyer(number) == contact_key(key, number)


def test_the_keyer_can_be_used_again_and_again() -> None:
    keyer = ContactKeyer(b"k" * 32)
    first = keyer("+447700900123")
    keyer("+34612345678")
    assert keyer("+447700900123") == first == contact_key(b"k" * 32, "+447700900123")
