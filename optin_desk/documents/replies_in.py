"""Batches of customer replies: a CSV from a WhatsApp tool, or chat lines copied or exported.

Each reply becomes (record number, sender as written, message). A table needs a phone column
and a message column, found by their headers; otherwise every line is read as a chat line:
`+34 612 345 678: BAJA`, `34612345678,STOP`, `[03/10/2026, 10:15] +34 612 345 678: Stop` or
`03/10/2026, 10:15 - Ana: no más mensajes`. In an exported chat (lines with time stamps) a
line without one continues the message before it; elsewhere every line is one reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from optin_desk.documents.bounded import TextSource, read_text, text_lines
from optin_desk.documents.code_pages import WESTERN
from optin_desk.documents.lists import (
    ListError,
    Table,
    choose_columns,
    find_column,
    looks_like_phone,
    read_table,
    read_text_table,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP

MESSAGE_WORDS = (
    "message",
    "messages",
    "text",
    "body",
    "reply",
    "response",
    "content",
    "mensaje",
    "mensagem",
    "texto",
    "respuesta",
    "resposta",
    "nachricht",
    "antwort",
    "pesan",
    "balasan",
    "contenu",
    "reponse",
)
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
"""A date in a chat export's stamp ([12/03/2026, 14:05:22]): its senders may be names."""
MAX_MESSAGE = 2000
MAX_REPLIES_BYTES = 16 * 1024 * 1024  # about 200,000 replies: a batch is never near it
_CHAT_LINE = re.compile(
    r"""^\s*
    (?:\[(?P<stamp>[^\]]{6,40})\]\s*
      |(?P<dated>\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?
        (?:\s?[apAP]\.?\s?[mM]\.?)?)\s+[-\u2013]\s+)?
    (?P<sender>[^:\t,;|\]\[]{1,80}?)\s*[:\t,;|]\s*(?P<message>.*)$""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class IncomingReply:
    """One customer reply as the batch wrote it."""

    row: int
    sender: str
    message: str


def _from_table(table: Table) -> list[IncomingReply] | None:
    if not table.has_header:
        return None
    message_index = find_column(table.headers, MESSAGE_WORDS)
    if message_index < 0:
        return None
    try:
        phone_index, _, _ = choose_columns(table)
    except ListError:
        return None
    replies = []
    for number, record in enumerate(table.records, start=1):
        sender = record[phone_index] if phone_index < len(record) else ""
        message = record[message_index] if message_index < len(record) else ""
        replies.append(IncomingReply(number, sender.strip(), message.strip()[:MAX_MESSAGE]))
    return replies


def _from_lines(text: str) -> list[IncomingReply]:
    lines = [line.rstrip("\r\n") for line in text_lines(text) if line.strip()]
    matches = [_CHAT_LINE.match(line) for line in lines]
    exported_chat = any(m is not None and (m["stamp"] or m["dated"]) for m in matches)
    replies: list[IncomingReply] = []
    for line, match in zip(lines, matches, strict=True):
        starts = match is not None and bool(
            match["stamp"] or match["dated"] or looks_like_phone(match["sender"])
        )
        if exported_chat and not starts and replies:
            last = replies[-1]  # an exported chat continues a message on the next line
            joined = f"{last.message}\n{line.strip()}"[:MAX_MESSAGE]
            replies[-1] = IncomingReply(last.row, last.sender, joined)
            continue
        row = len(replies) + 1
        if match is None:
            replies.append(IncomingReply(row, "", line.strip()[:MAX_MESSAGE]))
        else:
            message = match["message"].strip()[:MAX_MESSAGE]
            replies.append(IncomingReply(row, match["sender"].strip(), message))
    dated = any(m is not None and (_DATE.search(m["stamp"] or "") or m["dated"]) for m in matches)
    if not dated and not any(looks_like_phone(reply.sender) for reply in replies):
        # not one line says who wrote it: not replies at all (a binary file read as text)
        raise ListError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "no line starts with a phone number: these are not replies; give lines such "
                "as '+34 612 345 678: BAJA'",
            )
        )
    return replies


def _too_many(name: str) -> str:
    return (
        f"{name} holds more than {MAX_REPLIES_BYTES // (1024 * 1024)} MB of replies: "
        "split the batch"
    )


def read_replies_text(text: str) -> list[IncomingReply]:
    """Replies pasted into the window or read from a text file."""
    text = text.lstrip("\ufeff")
    if len(text) > MAX_REPLIES_BYTES:
        raise ListError(_too_many("the text"))
    if not text.strip():
        raise ListError(
            QT_TRANSLATE_NOOP(
                "Messages", "there are no replies: paste lines such as '+34 612 345 678: BAJA'"
            )
        )
    try:
        from_table = _from_table(read_text_table(text))
    except (ListError, ValueError):
        from_table = None
    return from_table if from_table is not None else _from_lines(text)


def read_replies_file(path: Path, code_pages: Sequence[str] = WESTERN) -> list[IncomingReply]:
    """Replies from a CSV, text or Excel file (any encoding the list reader knows, `code_pages`
    the code pages text that is not UTF-8 may be in; within the list reader's caps, and at
    most `MAX_REPLIES_BYTES`)."""
    if path.is_file() and path.stat().st_size > MAX_REPLIES_BYTES:
        raise ListError(_too_many(path.name))
    table, cards = read_table(path, code_pages=code_pages)
    if cards is not None or table is None:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} holds contact cards, not replies"),
            name=path.name,
        )
    if table.sheets:
        replies = _from_table(table)
        if replies is None:
            raise ListError(
                QT_TRANSLATE_NOOP("Messages", "{name} needs a phone column and a message column"),
                name=path.name,
            )
        return replies
    try:
        with path.open("rb") as handle:
            text = read_text(TextSource(handle, path.name, code_pages))
    except OSError as error:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be read: {problem}"),
            name=path.name,
            problem=error.strerror or error,
        ) from None
    return read_replies_text(text)
