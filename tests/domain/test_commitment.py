"""The keyed hash of a number made once per key gives what contact_key gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.commitment import contact_key, contact_keyer


@settings(max_examples=200, deadline=None)
@given(
    key=st.binary(min_size=0, max_size=130),  # short, a block, and longer than a block
    numbers=st.lists(st.from_regex(r"\+[1-9][0-9]{6,14}", fullmatch=True), max_size=5),
)
def test_a_keyer_hashes_each_number_as_contact_key_does(key: bytes, numbers: list[str]) -> None:
    keyed = contact_keyer(key)
    assert [keyed(number) for number in numbers] == [contact_key(key, n) for n in numbers]


def test_a_keyer_tells_two_keys_apart() -> None:
    assert contact_keyer(b"a" * 32)("+447700900123") != contact_keyer(b"b" * 32)("+447700900123")
