"""`export` writes the very bytes the plain way would: every row read, every cell cleaned.

The reference below is the export as first written, with nothing made faster: the events
joined to their contacts and wordings in one query, each text cell stripped of control
characters and, outside the columns the program makes itself, neutralised when a
spreadsheet would run it; `csv.writer` into UTF-8 with a byte-order mark. The seeded shop
holds every kind of person's event (opt-ins by paper with a serial and a scan, in person,
imported; opt-outs by reply, by the stop button, by letter; a void; an erased person) and
hostile text in every free column.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from optin_desk.documents import csv_out
from optin_desk.storage.engine import open_database
from tests.command_line import CommandLine

HEADER = [
    "event_id",
    "at",
    "action",
    "scope",
    "method",
    "by",
    "name",
    "phone",
    "recorded_at",
    "wording_language",
    "wording_version",
    "wording_sha256",
    "form_serial",
    "evidence_sha256",
    "voided_event_id",
    "reason",
    "customer_words",
    "note",
    "confirmation_text",
    "hash",
]
MADE_BY_THE_PROGRAM = {
    "event_id",
    "at",
    "action",
    "scope",
    "method",
    "phone",
    "recorded_at",
    "wording_language",
    "wording_sha256",
    "evidence_sha256",
    "hash",
}
QUERY = """SELECT e.id, e.occurred_at, e.action, e.scope, e.method, e.recorded_by, c.name,
 c.phone_e164, e.recorded_at, w.language, w.version, e.wording_sha256, e.form_serial,
 e.evidence_sha256, e.voided_event_id, e.reason, e.customer_words, e.note,
 e.confirmation_text, e.hash
 FROM consent_events e JOIN contacts c ON c.id = e.contact_id
 LEFT JOIN wordings w ON w.id = e.wording_id ORDER BY e.id"""
CONTROLS = {code: None for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if code not in (9, 10)}
HOSTILE = ("=HYPERLINK(1)", "+44 a name", "-2+3", "@SUM(A1)", "\tTabbed", "\rCarriage")


def cell_the_plain_way(value: object, column: str) -> object:
    """One cell as the first export wrote it."""
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n").translate(CONTROLS)
    if column not in MADE_BY_THE_PROGRAM and value.startswith(("=", "+", "-", "@", "\t", "\n")):
        return "'" + value
    return value


def export_the_plain_way(db: str) -> bytes:
    """The whole export, one cell at a time, from one query."""
    database = open_database(db)
    try:
        with database.sessions() as session:
            rows = session.execute(text(QUERY)).all()
    finally:
        database.dispose()
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([cell_the_plain_way(v, c) for v, c in zip(row, HEADER, strict=True)])
    return out.getvalue().encode("utf-8-sig")


def seed_every_kind_of_event(cli: CommandLine, folder: Path) -> None:
    """A shop with each kind of person's event and hostile text in every free column."""
    cli("init", "--business", "Ann's Deli", "--country", "GB", "--sender", "07911 000111")
    scan = folder / "signed.png"
    scan.write_bytes(b"a scanned form")
    for n, name in enumerate(HOSTILE):
        cli(
            *("optin", f"07911 1234{n:02d}", "--scope", "offers", "--method", "paper_form"),
            f"--name={name}",
            f"--by={name}",
            f"--note={name}\nline two\n=after a break",
            *("--serial", f"AB{n}", "--other-print-run", "--at", "2026-10-01"),
        )
    cli(
        *("optin", "07911 123499", "--scope", "all", "--method", "in_person"),
        *("--name", 'Zoë Ünal, "the" customer', "--evidence", str(scan)),
        *("--note", "Bell\x07 and ESC\x1b[31m and C1\x85 gone, tab\tkept"),
    )
    cli(
        *("optout", "07911 123400", "--scope", "marketing", "--method", "whatsapp_reply"),
        *("--words=-STOP please", "--reason==1+1", "--by=@staff"),
    )
    cli("optout", "07911 123401", "--scope", "all", "--method", "letter", "--words", "\tno more")
    mistaken = cli("optout", "07911 123402", "--scope", "offers", "--method", "sms")
    assert mistaken.code == 0
    history = cli("history", "07911 123402", "--json").out
    last = history.split('"id": ')[-1].split(",")[0]
    cli("void", last, "--reason=+wrong person", "--by=-Kim")
    crm = folder / "crm.csv"
    crm.write_text(
        "phone;name;category;action;date\n"
        "+34 612 100 008;=cmd|' /C calc'!A0;orders;opt_in;2026-09-01\n"
        "+34 612 100 009;Plain Pedro;orders;opt_in;2026-09-01\n",
        encoding="utf-8",
    )
    cli("import", str(crm), "--apply")
    cli(
        *("optin", "07400 123456", "--scope", "offers", "--method", "website"),
        *("--name", "To be erased", "--note==erased note"),
    )
    cli("optout", "07400 123456", "--scope", "offers", "--method", "phone_call", "--words=-x")
    cli("erase", "07400 123456")
    sent = (datetime.now() - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    listed = folder / "list.csv"
    listed.write_text("phone\n07911 123403\n", encoding="utf-8")
    cli("check", str(listed), "--category", "offers", "--record-sent", "--sent-at", sent)
    written_elsewhere(str(cli.db))


def written_elsewhere(db: str) -> None:
    """Names no door of the program lets in (it strips them), as another tool or an older
    version may have left them, and a number with a control character in it."""
    database = open_database(db)
    try:
        with database.sessions() as session:
            for typed, name in (("07911 123404", "\tTabbed"), ("07911 123405", "\r\n=Below")):
                phone = "+44" + typed[1:].replace(" ", "")
                session.execute(
                    text("UPDATE contacts SET name = :name WHERE phone_e164 = :phone"),
                    {"name": name, "phone": phone},
                )
            session.execute(
                text("UPDATE contacts SET phone_e164 = :bad WHERE phone_e164 = :phone"),
                {"bad": "+34612100009\x07", "phone": "+34612100009"},
            )
            session.commit()
    finally:
        database.dispose()


@pytest.mark.parametrize("batch", [csv_out.WRITE_BATCH, 3])
def test_export_is_byte_for_byte_the_plain_way(
    command_line: CommandLine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    seed_every_kind_of_event(command_line, tmp_path)
    monkeypatch.setattr(csv_out, "WRITE_BATCH", batch)  # 3: clean and hostile batches mixed
    target = tmp_path / "events.csv"
    command_line("export", str(target))
    written = target.read_bytes()
    assert written == export_the_plain_way(str(command_line.db))
    rows = list(csv.reader(io.StringIO(written.decode("utf-8-sig"), newline="")))
    names = {row[6] for row in rows[1:]}
    assert {
        "'=HYPERLINK(1)",
        "'+44 a name",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTabbed",
        "'\n=Below",
    } <= names
    assert "+34612100009" in {row[7] for row in rows}
    assert any(row[17].startswith("Bell and ESC[31m and C1 gone, tab\tkept") for row in rows)
    assert len(rows) > 1 + len(HOSTILE) + 6
