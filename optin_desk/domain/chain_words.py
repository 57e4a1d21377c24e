"""The words `verify` says about the chain: why a link is broken, and its notes (each a
message with named fields, said in the shop's language where it is shown)."""

from __future__ import annotations

from datetime import datetime

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Plural, Said

TEXTS_CHANGED = Said(
    QT_TRANSLATE_NOOP(
        "Messages", "its texts (note, customer's words, confirmation, reason) were changed"
    )
)
TEXTS_BACK = Said(
    QT_TRANSLATE_NOOP("Messages", "its texts were erased on request, yet texts are there again")
)
OUT_OF_ORDER = Said(QT_TRANSLATE_NOOP("Messages", "events are out of order"))
NOT_FOLLOWING = Said(QT_TRANSLATE_NOOP("Messages", "it does not follow the event before it"))
HASH_DIFFERS = Said(QT_TRANSLATE_NOOP("Messages", "its stored hash does not match its fields"))


def ids_missing(first: int, last: int) -> Said:
    """Ids skipped before an event: events were removed."""
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "event ids {first} to {last} are missing before it: the program numbers events"
        " without gaps, so events were removed",
    )
    return Said(text, first=first, last=last)


def other_persons_key(contact: object) -> Said:
    """An event whose contact's row now carries another person's key."""
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "it belongs to contact {contact}, whose row now carries another person's key:"
        " contacts' numbers or keys were swapped or changed in the file",
    )
    return Said(text, contact=contact)


def dated_ahead(dated: datetime, recorded: datetime) -> Said:
    """An event dated after it was recorded."""
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be"
        " dated ahead",
    )
    return Said(text, dated=f"{dated:%Y-%m-%d %H:%M}", recorded=f"{recorded:%Y-%m-%d %H:%M}")


def ends_early(count: int, last: int, expected: int | None, head: str) -> Said:
    """A chain shorter than the ledger's head row says: events were removed at the end."""
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "the chain ends after {count} events at {last}, but the ledger recorded {expected}"
        " events ending in {head}: events were removed",
    )
    return Said(text, count=count, last=last, expected=expected, head=head[:12])


def taken_on_trust(trusted: list[int]) -> Said:
    """Events whose texts were erased before texts were chained as commitments."""
    count = len(trusted)
    text = Plural.translate(
        "Messages",
        "%n event(s) recorded before texts were chained as commitments had their texts"
        " erased on request (first: {first}): each one's other fields are taken on trust"
        " from the event after it, which still chains its hash",
        None,
        count,
    )
    return Said(text, len(trusted), first=trusted[0])


def clock_note(first: tuple[int, str, str], backwards: int) -> Said:
    """The note on events recorded before the event ahead of them (`first`: the first one's
    id, when it was recorded, when the one ahead was)."""
    event, recorded, ahead = first
    if backwards == 1:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "event {event} was recorded at {recorded} UTC, before the event ahead of it"
            " ({ahead} UTC): the computer's clock was wrong, or the records were loaded out of"
            " order (the ledger's order still holds)",
        )
        return Said(text, event=event, recorded=recorded, ahead=ahead)
    count = backwards - 1
    text = Plural.translate(
        "Messages",
        "event {event} was recorded at {recorded} UTC, before the event ahead of it"
        " ({ahead} UTC), and %n more like it: the computer's clock was wrong, or the records"
        " were loaded out of order (the ledger's order still holds)",
        None,
        count,
    )
    return Said(text, backwards - 1, event=event, recorded=recorded, ahead=ahead)
