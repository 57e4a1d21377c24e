"""Reading delivery reports: a WhatsApp tool's status export (CSV or Excel) or the Cloud API's
message-status webhooks saved as JSON lines, all to status lines of one shape.

Tables go through the list reader (bounded, any encoding, `;` or `,`, Excel workbooks) and
their columns are found by header words in several languages. What cannot be read is said per
line, never guessed: a number a spreadsheet turned into `9,19877E+11` has lost its last digits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from optin_desk.documents.bounded import TextSource, read_text, text_lines
from optin_desk.documents.code_pages import WESTERN
from optin_desk.documents.columns import choose_phone_column, find_column
from optin_desk.documents.delivery_headers import (
    CAMPAIGN_HEADERS,
    CODE_HEADERS,
    DIRECTION_HEADERS,
    ID_HEADERS,
    PHONE_HEADERS,
    SENDER_HEADERS,
    STATUS_HEADERS,
    TIME_HEADERS,
    TITLE_HEADERS,
)
from optin_desk.documents.lists import ListError, Table, read_table
from optin_desk.domain.deliveries import Status, StatusLine, code_from, status_from
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said
from optin_desk.domain.phone_reader import PhoneReader

MAX_DELIVERY_BYTES = 64 * 1024 * 1024
_SCIENTIFIC = re.compile(r"^\s*\+?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\d+\s*$")
_DAY_FIRST = re.compile(
    r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?\s*$"
)


@dataclass
class DeliveryFile:
    """A delivery report read: its status lines, and what could not be read, line by line."""

    source: str
    kind: str
    digest: str
    lines: list[StatusLine] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    incoming: int = 0
    """The customers' own messages mixed into a stream (not statuses; left aside)."""
    notes: list[str] = field(default_factory=list)


def read_phone(written: str, reader: PhoneReader) -> tuple[str | None, str]:
    """E.164 of a recipient as a WhatsApp tool writes it (`whatsapp:+44...`, `447911...`), or
    (None, why). Digits alone are international first: that is how these tools write them."""
    text = written.strip()
    if _SCIENTIFIC.match(text):
        return None, (
            f"the number {text!r} was turned into scientific notation by a spreadsheet and "
            "its last digits are lost; export the report again with the number column as text"
        )
    if text.lower().startswith("whatsapp:"):
        text = text[len("whatsapp:") :].strip()
    digits = re.sub(r"[\s().-]", "", text)
    if digits.isdigit() and not digits.startswith("0") and len(digits) >= 8:
        e164, _ = reader.read_key("+" + digits)
        if e164:
            return e164, ""
    e164, reason = reader.read_key(text)
    return e164, "" if e164 else f"{written!r} is not a usable number: {reason}"


def parse_time(text: str, day_first: bool = True) -> datetime | None:
    """A moment as reports write it: Unix seconds, ISO 8601, RFC 2822, or `23/11/2026 10:15`
    (day first unless told); a moment without a zone is the computer's local time."""
    value = text.strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(value.replace(" UTC", "+00:00").replace("Z", "+00:00"))
    except ValueError:
        match = _DAY_FIRST.match(value)
        if match:
            first, second, year, hour, minute, sec = match.groups()
            day, month = (first, second) if day_first else (second, first)
            full_year = int(year) + (2000 if len(year) == 2 else 0)
            try:
                moment = datetime(
                    full_year, int(month), int(day), int(hour or 0), int(minute or 0), int(sec or 0)
                )
            except ValueError:
                return None
        else:
            try:
                moment = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
    return moment if moment.tzinfo else moment.astimezone()


def _day_first(cells: Sequence[str], delimiter: str) -> bool:
    """Whether a column's slashed dates are day-first: told by a first part over 12 (or a
    second one), else day-first in a `;` file (Excel in most of Europe) and month-first in
    a `,` one."""
    for cell in cells:
        match = _DAY_FIRST.match(cell)
        if match and int(match.group(1)) > 12:
            return True
        if match and int(match.group(2)) > 12:
            return False
    return delimiter != ","


def _cell(record: Sequence[str], index: int) -> str:
    return record[index].strip() if 0 <= index < len(record) else ""


def _from_table(table: Table, found: DeliveryFile, reader: PhoneReader) -> None:
    headers = table.headers
    phone = find_column(headers, PHONE_HEADERS)
    if phone < 0:
        phone = choose_phone_column(headers, table.records)
    status = find_column(headers, STATUS_HEADERS)
    if status < 0:
        raise ListError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{source} has no status column (sent, delivered, read, failed); the "
                "columns are: {columns}",
            ),
            source=found.source,
            columns=", ".join(h for h in headers if h),
        )
    columns = {
        name: find_column(headers, words)
        for name, words in (
            ("code", CODE_HEADERS),
            ("title", TITLE_HEADERS),
            ("time", TIME_HEADERS),
            ("campaign", CAMPAIGN_HEADERS),
            ("id", ID_HEADERS),
            ("direction", DIRECTION_HEADERS),
            ("sender", SENDER_HEADERS),
        )
    }
    times = [_cell(r, columns["time"]) for r in table.records[:500]]
    day_first = _day_first(times, table.delimiter)
    if any(_DAY_FIRST.match(t) for t in times):
        found.notes.append(
            Said(QT_TRANSLATE_NOOP("Messages", "dates read day first"))
            if day_first
            else Said(QT_TRANSLATE_NOOP("Messages", "dates read month first"))
        )
    for number, record in enumerate(table.records, start=2 if table.has_header else 1):
        direction = _cell(record, columns["direction"]).casefold()
        if direction.startswith(("inbound", "incoming", "received", "entrante")):
            found.incoming += 1
            continue
        written_status = _cell(record, status)
        state = status_from(written_status)
        if state is None:
            found.problems.append(
                (
                    number,
                    Said(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "status {status!r} is not one of sent, delivered, read, failed",
                        ),
                        status=written_status,
                    ),
                )
            )
            continue
        e164, why = read_phone(_cell(record, phone), reader)
        if e164 is None:
            found.problems.append((number, why))
            continue
        title = _cell(record, columns["title"])
        written_time = _cell(record, columns["time"])
        moment = parse_time(written_time, day_first)
        if written_time and moment is None:
            found.problems.append(
                (
                    number,
                    Said(
                        QT_TRANSLATE_NOOP("Messages", "the time {time!r} cannot be read"),
                        time=written_time,
                    ),
                )
            )
            continue
        found.lines.append(
            StatusLine(
                number,
                _cell(record, columns["id"]),
                e164,
                state,
                moment,
                code_from(_cell(record, columns["code"]), title)
                if state is Status.FAILED
                else None,
                title[:300],
                _cell(record, columns["campaign"])[:200],
                _cell(record, columns["sender"])[:40],
            )
        )

    failed = any(line.status is Status.FAILED for line in found.lines)
    if failed and columns["code"] < 0 and columns["title"] < 0:
        found.notes.append(
            Said(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no error code column: a failed message's reason cannot be read, so a "
                    "person who stopped marketing messages (131050) is not recognised; the "
                    "columns are: {columns}",
                ),
                columns=", ".join(h for h in headers if h),
            )
        )


def _statuses(payload: object) -> Iterator[tuple[Mapping[str, object], str, int]]:
    """(status, sender, incoming messages) found anywhere a webhook puts them: the whole
    notification, one change's `value`, or a bare status object."""
    if not isinstance(payload, Mapping):
        return
    if "entry" in payload and isinstance(payload["entry"], list):
        for entry in payload["entry"]:
            changes = entry.get("changes", []) if isinstance(entry, Mapping) else []
            for change in changes if isinstance(changes, list) else []:
                if isinstance(change, Mapping):
                    yield from _statuses(change.get("value"))
        return
    if "statuses" in payload or "messages" in payload:
        metadata = payload.get("metadata")
        sender = ""
        if isinstance(metadata, Mapping):
            sender = str(metadata.get("display_phone_number", ""))
        messages = payload.get("messages")
        if isinstance(messages, list) and messages:
            yield {}, sender, len(messages)
        statuses = payload.get("statuses")
        for status in statuses if isinstance(statuses, list) else []:
            if isinstance(status, Mapping):
                yield status, sender, 0
        return
    if "status" in payload and "recipient_id" in payload:
        yield payload, "", 0


def _from_json_lines(text: str, found: DeliveryFile, reader: PhoneReader) -> None:
    for number, raw in enumerate(text_lines(text), start=1):
        if not raw.strip():
            continue
        try:
            payload = json.loads(raw)
        except ValueError:
            found.problems.append(
                (number, Said(QT_TRANSLATE_NOOP("Messages", "this line is not JSON")))
            )
            continue
        for status, sender, incoming in _statuses(payload):
            found.incoming += incoming
            if not status:
                continue
            state = status_from(str(status.get("status", "")))
            if state is None:
                found.problems.append(
                    (
                        number,
                        Said(
                            QT_TRANSLATE_NOOP("Messages", "status {status!r} is not known"),
                            status=status.get("status"),
                        ),
                    )
                )
                continue
            e164, why = read_phone(str(status.get("recipient_id", "")), reader)
            if e164 is None:
                found.problems.append((number, why))
                continue
            errors = status.get("errors")
            first = errors[0] if isinstance(errors, list) and errors else {}
            error = first if isinstance(first, Mapping) else {}
            title = str(error.get("title") or error.get("message") or "")
            found.lines.append(
                StatusLine(
                    number,
                    str(status.get("id", ""))[:180],
                    e164,
                    state,
                    parse_time(str(status.get("timestamp", ""))),
                    code_from(str(error.get("code", "")), title) if error else None,
                    title[:300],
                    str(status.get("biz_opaque_callback_data", ""))[:200],
                    sender[:40],
                )
            )


def read_deliveries(
    path: Path, region: str, known: Sequence[str] = (), code_pages: Sequence[str] = WESTERN
) -> DeliveryFile:
    """A delivery report file read to status lines (ListError when it cannot be read at all;
    text that is not UTF-8 in the first of `code_pages` that reads it as words)."""
    reader = PhoneReader(region, frozenset(known))
    if path.is_file() and path.stat().st_size > MAX_DELIVERY_BYTES:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} is larger than {megabytes} MB: split it"),
            name=path.name,
            megabytes=MAX_DELIVERY_BYTES // 2**20,
        )
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        try:
            with path.open("rb") as handle:
                source = TextSource(handle, path.name, code_pages)
                text = read_text(source)
                digest = source.digest()
        except OSError as error:
            raise ListError(
                QT_TRANSLATE_NOOP("Messages", "{name} cannot be read: {problem}"),
                name=path.name,
                problem=error.strerror or error,
            ) from None
        found = DeliveryFile(
            path.name, Said(QT_TRANSLATE_NOOP("Messages", "webhook JSON lines")), digest
        )
        _from_json_lines(text, found, reader)
        return found
    table, cards = read_table(path, code_pages=code_pages)
    if table is None or cards is not None:
        raise ListError(
            QT_TRANSLATE_NOOP("Messages", "{name} holds contact cards, not a delivery report"),
            name=path.name,
        )
    kind = (
        Said(QT_TRANSLATE_NOOP("Messages", "Excel workbook"))
        if table.sheets
        else Said(QT_TRANSLATE_NOOP("Messages", "CSV ({encoding})"), encoding=table.encoding)
        if table.encoding
        else Said(QT_TRANSLATE_NOOP("Messages", "CSV text"))
    )
    found = DeliveryFile(path.name, kind, table.digest)
    _from_table(table, found, reader)
    return found
