"""Reading batches of replies: tool CSVs, Excel, pasted lines and exported chats."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from optin_desk.documents.lists import ListError
from optin_desk.documents.replies_in import (
    IncomingReply,
    read_replies_file,
    read_replies_text,
)


def test_a_whatsapp_tool_csv_with_headers() -> None:
    text = (
        "Phone,Name,Message,Received\n"
        "447911123456,Ann,STOP,2026-10-01\n"
        '34612345678,Bea,"baja, gracias",x\n'
    )
    assert read_replies_text(text) == [
        IncomingReply(1, "447911123456", "STOP"),
        IncomingReply(2, "34612345678", "baja, gracias"),
    ]


def test_headers_in_the_shops_language_and_semicolons() -> None:
    text = "Teléfono;Mensaje\n+34 612 345 678;BAJA\n"
    assert read_replies_text(text) == [IncomingReply(1, "+34 612 345 678", "BAJA")]


def test_pasted_lines_with_any_separator() -> None:
    text = "+44 7911 123456: Stop!\n34612345678,BAJA\n+33 6 12 34 56 78\tARRÊT\nhello there\n"
    assert read_replies_text(text) == [
        IncomingReply(1, "+44 7911 123456", "Stop!"),
        IncomingReply(2, "34612345678", "BAJA"),
        IncomingReply(3, "+33 6 12 34 56 78", "ARRÊT"),
        IncomingReply(4, "", "hello there"),
    ]


def test_an_exported_chat_keeps_multi_line_messages_together() -> None:
    text = (
        "[03/10/2026, 10:15:22] +34 612 345 678: Hola\n"
        "[03/10/2026, 10:16:01] +34 612 345 678: por favor\n"
        "no me escriban más\n"
        "03/10/2026, 10:17 - Ana López: BAJA\n"
    )
    assert read_replies_text(text) == [
        IncomingReply(1, "+34 612 345 678", "Hola"),
        IncomingReply(2, "+34 612 345 678", "por favor\nno me escriban más"),
        IncomingReply(3, "Ana López", "BAJA"),
    ]


def test_nothing_pasted_says_what_to_paste() -> None:
    with pytest.raises(ListError, match="paste lines"):
        read_replies_text("  \n")


def test_a_cp1252_file_and_an_excel_sheet(tmp_path: Path) -> None:
    csv_file = tmp_path / "replies.csv"
    csv_file.write_bytes("Número;Mensaje\n+33612345678;Arrêt\n".encode("cp1252"))
    assert read_replies_file(csv_file) == [IncomingReply(1, "+33612345678", "Arrêt")]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["WhatsApp", "Text"])
    sheet.append([447911123456, "STOP"])
    xlsx = tmp_path / "replies.xlsx"
    book.save(xlsx)
    assert read_replies_file(xlsx) == [IncomingReply(1, "447911123456", "STOP")]


def test_a_missing_file_or_contact_cards_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ListError, match="does not exist"):
        read_replies_file(tmp_path / "nope.csv")
    cards = tmp_path / "people.vcf"
    cards.write_text("BEGIN:VCARD\nVERSION:3.0\nTEL:+447911123456\nEND:VCARD\n")
    with pytest.raises(ListError, match="contact cards"):
        read_replies_file(cards)


def test_accented_headers_are_found() -> None:
    text = "Téléphone;Réponse\n+33 6 12 34 56 78;Arrêt\n"
    assert read_replies_text(text) == [IncomingReply(1, "+33 6 12 34 56 78", "Arrêt")]


def test_text_where_no_line_names_a_number_is_refused_in_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes((7 * i * i + 13) % 200 + 40 for i in range(20_000)))  # no NUL
    with pytest.raises(ListError, match="no line starts with a phone number"):
        read_replies_file(junk)
    with pytest.raises(ListError, match="no line starts with a phone number"):
        read_replies_text("BAJA\nstop please\n")
