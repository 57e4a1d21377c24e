"""An event's canonical payload written straight from its stored row, without a dict.

`chain.canonical_payload` builds a dict of the chained fields and hands it to the JSON
encoder, which writes every key again for every event. Here the keys are written once per
shape of row (which optional fields are set, and whether the texts are committed), into a
`%s` template; each event then only escapes its values: text as the encoder escapes it
(`json.encoder.encode_basestring`, ensure_ascii off), whole numbers in decimal, None as
null. A value of any other type (a float or bytes stored behind the program's back) makes
the writer give None, and the caller encodes the dict as before: the bytes are always those
of canonical_payload (a test compares both on random rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any

from optin_desk.domain.commitment import COMMITMENT_FIELD, FREE_TEXT_FIELDS

Shape = tuple[bool, ...]


def _null(_value: None) -> str:
    return "null"


def payload_writer(
    stored_order: Sequence[str], optional: Sequence[str]
) -> Callable[[Sequence[Any]], str | None]:
    """A function from a stored row (the `stored_order` fields first) to the compact JSON of
    its payload: `optional` fields left out when None, the free texts written empty when the
    row has a texts commitment; None when a value is not text, a whole number or None."""
    optional_of = itemgetter(*(stored_order.index(name) for name in optional))
    commitment_in_shape = tuple(optional).index(COMMITMENT_FIELD)
    texts = frozenset(FREE_TEXT_FIELDS)
    left_out = dict(zip(optional, range(len(optional)), strict=True))
    written: dict[type, Callable[[Any], str]] = {
        str: encode_basestring,
        int: int.__repr__,
        type(None): _null,
    }
    templates: dict[Shape, tuple[str, Callable[[Sequence[Any]], tuple[Any, ...]]]] = {}

    def template(shape: Shape) -> tuple[str, Callable[[Sequence[Any]], tuple[Any, ...]]]:
        parts: list[str] = []
        taken: list[int] = []
        blank = shape[commitment_in_shape]
        for at, name in enumerate(stored_order):
            if name in left_out and not shape[left_out[name]]:
                continue
            if blank and name in texts:
                parts.append(f'"{name}":""')
                continue
            parts.append(f'"{name}":%s')
            taken.append(at)
        pick = itemgetter(*taken)  # a tuple: a payload has many fields besides the optional
        made = templates[shape] = ("{" + ",".join(parts) + "}", pick)
        return made

    def write(row: Sequence[Any]) -> str | None:
        shape = tuple([value is not None for value in optional_of(row)])
        text, pick = templates.get(shape) or template(shape)
        try:
            return text % tuple([written[value.__class__](value) for value in pick(row)])
        except KeyError:  # not a type the template writes: the caller encodes the dict
            return None

    return write
