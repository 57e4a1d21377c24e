"""Delivery reports: what became of each message sent, folded to one outcome per message.

A status stream repeats a message's statuses (sent, delivered, read) in any order; a message
that failed ends there. Error codes are Meta's (a tool's own code is mapped to Meta's where
the tool says which it is); what the three codes the records act on mean is in
`resources/deliveries/error_codes.json`, with its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said


class Status(StrEnum):
    """Where a message got to."""

    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"


class Effect(StrEnum):
    """What an error code does to the records."""

    NONE = ""
    MARKETING_OPT_OUT = "marketing_opt_out"
    UNDELIVERABLE = "undeliverable"
    HELD_BACK = "held_back"


RANK = {Status.SENT: 1, Status.DELIVERED: 2, Status.READ: 3, Status.FAILED: 4}
"""A failure ends a message; otherwise the furthest status is where it got to."""

STATUS_WORDS: dict[str, Status] = {
    "sent": Status.SENT,
    "accepted": Status.SENT,
    "queued": Status.SENT,
    "sending": Status.SENT,
    "enviado": Status.SENT,
    "envoye": Status.SENT,
    "gesendet": Status.SENT,
    "terkirim": Status.SENT,
    "delivered": Status.DELIVERED,
    "entregado": Status.DELIVERED,
    "entregue": Status.DELIVERED,
    "distribue": Status.DELIVERED,
    "livre": Status.DELIVERED,
    "zugestellt": Status.DELIVERED,
    "diterima": Status.DELIVERED,
    "read": Status.READ,
    "seen": Status.READ,
    "leido": Status.READ,
    "lido": Status.READ,
    "lu": Status.READ,
    "gelesen": Status.READ,
    "dibaca": Status.READ,
    "failed": Status.FAILED,
    "undelivered": Status.FAILED,
    "error": Status.FAILED,
    "fallido": Status.FAILED,
    "falhou": Status.FAILED,
    "echec": Status.FAILED,
    "echoue": Status.FAILED,
    "fehlgeschlagen": Status.FAILED,
    "gagal": Status.FAILED,
}

_CODE_IN_TEXT = re.compile(r"(?<!\d)(13[0-2]\d{3}|63\d{3})(?!\d)")


@dataclass(frozen=True)
class ErrorCode:
    """One error code: its title, what it means, and what the records do about it."""

    code: int
    title: str
    meaning: str
    effect: Effect


@dataclass(frozen=True)
class CodeTable:
    """Meta's error codes the program knows, and tools' own codes mapped to them."""

    codes: Mapping[int, ErrorCode]
    aliases: Mapping[int, int]

    def meta_code(self, code: int | None) -> int | None:
        """Meta's code for a code as a report gave it (a tool's own code mapped)."""
        if code is None:
            return None
        return self.aliases.get(code, code)

    def effect(self, code: int | None) -> Effect:
        """What the records do about this (Meta) code."""
        known = self.codes.get(code) if code is not None else None
        return known.effect if known else Effect.NONE

    def describe(self, code: int | None, title: str = "") -> str:
        """The code as a person reads it: `131026 Message undeliverable`, or 'unknown code'."""
        if code is None:
            return title or "no error code"
        known = self.codes.get(code)
        if known is not None:
            return f"{code} {known.title}"
        return f"{code} (unknown code{': ' + title if title else ''})"


def code_table(data: Mapping[str, object]) -> CodeTable:
    """The table from the resource file's parsed JSON."""
    raw_codes = data.get("codes", {})
    raw_aliases = data.get("aliases", {})
    assert isinstance(raw_codes, dict)
    assert isinstance(raw_aliases, dict)
    codes = {
        int(key): ErrorCode(int(key), str(v["title"]), str(v["meaning"]), Effect(v["effect"]))
        for key, v in raw_codes.items()
    }
    aliases = {int(k): int(v) for k, v in raw_aliases.items() if not k.startswith("_")}
    return CodeTable(codes, aliases)


def code_from(cell: str, text: str = "") -> int | None:
    """An error code from its own cell (`131050`, `#131050`, `131050.0`) or, failing that, from
    an error text that carries it (`(#131050) User stopped...`, `Error 63024: ...`).

    Meta's own code in the text wins over a tool's code in the cell (`63016` beside "WhatsApp
    131050 user stopped marketing"): the tool's code may map many of Meta's to one."""
    digits = cell.strip().lstrip("#").removesuffix(".0")
    own = int(digits) if digits.isdigit() and len(digits) <= 7 else None
    found = [int(m.group(1)) for m in map(_CODE_IN_TEXT.search, (cell, text)) if m is not None]
    meta = next((code for code in found if _is_meta(code)), None)
    if meta is not None and (own is None or not _is_meta(own)):
        return meta
    if own is not None:
        return own
    return found[0] if found else None


def _is_meta(code: int) -> bool:
    """Meta's WhatsApp error codes are the 13xxxx ones (tools number theirs otherwise)."""
    return 130_000 <= code < 140_000


def status_from(cell: str) -> Status | None:
    """A status word as tools and languages write it, else None."""
    folded = cell.strip().casefold()
    folded = folded.replace("é", "e").replace("í", "i").replace("è", "e")
    return STATUS_WORDS.get(folded)


@dataclass(frozen=True)
class StatusLine:
    """One status of one message, as a report gave it (the number already read)."""

    line: int
    message_id: str
    phone: str
    """E.164 of the recipient."""
    status: Status
    at: datetime | None
    code: int | None = None
    error_title: str = ""
    campaign: str = ""
    sender: str = ""


@dataclass(frozen=True)
class Outcome:
    """One message, folded: where it got to and the error that ended it."""

    key: str
    phone: str
    status: Status
    first_at: datetime | None
    last_at: datetime | None
    code: int | None
    error_title: str
    campaign: str
    sender: str
    lines: tuple[int, ...]


def message_key(line: StatusLine) -> str:
    """The key of the message a line is about: the tool's message id, or (a report without
    ids) the number, campaign and day together: its statuses (sent, delivered, read) are one
    message, and one broadcast reaches a person once a day at most."""
    if line.message_id:
        return "id:" + line.message_id[:180]
    day = line.at.date().isoformat() if line.at else ""  # sent, delivered, read: one day
    return f"row:{line.phone}|{line.campaign[:60]}|{day}"


def fold_outcomes(lines: Iterable[StatusLine]) -> list[Outcome]:
    """One outcome per message, whatever the order of its statuses; in the order first seen."""
    groups: dict[str, list[StatusLine]] = {}
    for line in lines:
        groups.setdefault(message_key(line), []).append(line)
    outcomes = []
    for key, group in groups.items():
        final = max(group, key=lambda s: (RANK[s.status], s.at.timestamp() if s.at else 0.0))
        times = [s.at for s in group if s.at is not None]
        failed = final.status is Status.FAILED
        outcomes.append(
            Outcome(
                key,
                final.phone,
                final.status,
                min(times) if times else None,
                final.at or (max(times) if times else None),
                final.code if failed else None,
                final.error_title if failed else "",
                next((s.campaign for s in group if s.campaign), ""),
                next((s.sender for s in group if s.sender), ""),
                tuple(sorted(s.line for s in group)),
            )
        )
    return outcomes


def campaign_matches(campaign: str, check_file: str) -> bool:
    """Whether a report's campaign or template name names this check's list file."""
    words = _folded(campaign)
    return bool(words) and words in _folded(check_file)


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def undeliverable_note(day: str, table: CodeTable) -> Said:
    """What the check adds to a row whose number WhatsApp could not deliver to (the code's
    title as WhatsApp words it, in English)."""
    known = table.codes.get(131026)
    title = known.title.lower() if known else "undeliverable"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "warning: WhatsApp could not deliver to this number on {day}"
        " (131026 {title}: often not on WhatsApp)",
    )
    return Said(text, day=day, title=title)
