"""Recipient lists from vCards (2.1, 3.0 and 4.0): every TEL of every card."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from optin_desk.documents.bounded import MAX_LINE, MAX_ROWS, ListError, text_lines
from optin_desk.documents.list_types import ListRow, RecipientList
from optin_desk.domain.messages import QT_TRANSLATE_NOOP


def _unfold_vcard(lines: Iterable[str]) -> Iterator[str]:
    """Logical vCard lines: folded (and quoted-printable soft-broken) lines joined."""
    current: str | None = None
    for line in lines:
        raw = line.rstrip("\r\n")
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
        elif (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in current[:200].upper()
        ):
            current = current[:-1] + raw
        else:
            if current is not None:
                yield current
            current = raw
        if len(current) > MAX_LINE:
            raise ListError(
                QT_TRANSLATE_NOOP(
                    "Messages", "a vCard line is longer than {kilobytes} KiB: not a contact"
                ),
                kilobytes=MAX_LINE // 1024,
            )
    if current is not None:
        yield current


def _vcard_value(line: str) -> tuple[str, str, str]:
    """(property name, parameters, value) of one vCard line."""
    head, _, value = line.partition(":")
    name, _, params = head.partition(";")
    name = name.split(".")[-1].upper()  # "item1.TEL" -> "TEL"
    if "QUOTED-PRINTABLE" in params.upper():
        import quopri

        value = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
    return name, params, value.replace("\\,", ",").replace("\\;", ";").strip()


def read_vcards(text: str | Iterable[str], source: str, digest: str = "") -> RecipientList:
    """Every TEL of every card (vCard 2.1, 3.0 and 4.0), numbered by card."""
    rows: list[ListRow] = []
    card = 0
    name = ""
    numbers: list[str] = []
    for line in _unfold_vcard(text_lines(text) if isinstance(text, str) else text):
        prop, _, value = _vcard_value(line)
        if prop == "BEGIN" and value.upper() == "VCARD":
            card += 1
            name, numbers = "", []
        elif prop == "FN":
            name = value
        elif prop == "N" and not name:
            parts = [p for p in value.split(";")[:2] if p]
            name = " ".join(reversed(parts))
        elif prop == "TEL":
            numbers.append(value.removeprefix("tel:"))
        elif prop == "END" and value.upper() == "VCARD":
            for number in numbers or [""]:
                rows.append(ListRow(card, number, name))
            if len(rows) > MAX_ROWS:
                raise ListError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{source} has more than {most:,} numbers: split it"
                    ),
                    source=source,
                    most=MAX_ROWS,
                )
    if card == 0:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{source} holds no vCard (BEGIN:VCARD)"),
            source=source,
        )
    return RecipientList(
        source, "vcard", ("FN", "TEL"), "TEL", "FN", tuple(rows), "", "", digest=digest
    )
