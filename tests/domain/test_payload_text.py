"""The payload written straight from a stored row is canonical_payload's, byte for byte."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from optin_desk.domain.chain import (
    OPTIONAL_CHAINED_FIELDS,
    STORED_ORDER,
    _encoder,
    _payload_text,
    canonical_payload,
)
from optin_desk.domain.payload_text import payload_writer

written = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.text(),  # quotes, backslashes, control characters, any plane
)
other = st.one_of(st.floats(allow_nan=False), st.booleans())  # JSON, not written here


def rows(values: st.SearchStrategy[object]) -> st.SearchStrategy[tuple[object, ...]]:
    return st.tuples(*(values for _name in STORED_ORDER))


@settings(max_examples=300, deadline=None)
@given(row=rows(written))
def test_a_row_of_text_numbers_and_nulls_is_written_as_the_canonical_payload(
    row: tuple[object, ...],
) -> None:
    write = payload_writer(STORED_ORDER, OPTIONAL_CHAINED_FIELDS)
    canonical = canonical_payload(dict(zip(STORED_ORDER, row, strict=True)))  # type: ignore[arg-type]
    assert write(row) is not None
    assert write(row).encode() == canonical  # type: ignore[union-attr]
    assert write(row).encode() == canonical  # type: ignore[union-attr]  # the shape kept


@settings(max_examples=200, deadline=None)
@given(row=rows(st.one_of(written, other)))
def test_any_other_value_is_left_to_the_encoder_with_the_same_bytes(
    row: tuple[object, ...],
) -> None:
    write = payload_writer(STORED_ORDER, OPTIONAL_CHAINED_FIELDS)
    hashed = write(row) or _payload_text(row, _encoder())  # as verify_rows hashes it
    assert hashed.encode() == canonical_payload(dict(zip(STORED_ORDER, row, strict=True)))  # type: ignore[arg-type]
