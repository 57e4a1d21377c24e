"""Recipient lists as shops really have them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from optin_desk.documents.lists import ListError, read_list, read_pasted

GOOGLE = (
    "First Name,Middle Name,Last Name,Nickname,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\n"
    "Ann,,Lee,,* Home,ann@example.com,Mobile,+44 7911 123456 ::: +34 612 345 678,Home,\n"
    "Bob,,Stone,,,,Mobile,07400 123456,,\n"
)
SHOPIFY = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address City,Default Address Phone,Phone,"
    "Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags\n"
    "'7001,Ann,Lee,ann@example.com,yes,,1 High St,Leeds,,'+447911123456,no,10.00,1,,no,\n"
    "'7002,Bob,Stone,bob@example.com,no,,2 Low St,York,01632 960001,+447400123456,no,0,0,,no,\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_google_contacts_export_with_several_numbers_in_a_cell(tmp_path: Path) -> None:
    result = read_list(write(tmp_path, "contacts.csv", GOOGLE.encode()))
    assert result.phone_column == "Phone 1 - Value"
    assert result.name_column == "First Name + Last Name"
    assert [(r.row, r.input, r.name) for r in result.rows] == [
        (1, "+44 7911 123456", "Ann Lee"),
        (1, "+34 612 345 678", "Ann Lee"),
        (2, "07400 123456", "Bob Stone"),
    ]


def test_shopify_customers_export(tmp_path: Path) -> None:
    result = read_list(write(tmp_path, "customers_export.csv", SHOPIFY.encode()))
    assert result.phone_column == "Phone"
    assert [r.input for r in result.rows] == ["'+447911123456", "+447400123456"]
    assert [r.name for r in result.rows] == ["Ann Lee", "Bob Stone"]


def test_excel_semicolon_csv_in_cp1252_with_spanish_headers(tmp_path: Path) -> None:
    text = "Nombre;Apellidos;Teléfono móvil;Ciudad\r\nJosé;Muñoz;612 345 678;Cádiz\r\n"
    result = read_list(write(tmp_path, "clientes.csv", text.encode("cp1252")))
    assert result.encoding == "cp1252"
    assert result.delimiter == ";"
    assert result.phone_column == "Teléfono móvil"
    assert result.rows[0].name == "José Muñoz"
    assert result.rows[0].input == "612 345 678"


def test_utf16_unicode_text_with_tabs(tmp_path: Path) -> None:
    text = "Name\tHandy\r\nJürgen Groß\t+49 1512 3456789\r\nنور\t+971 50 123 4567\r\n"
    result = read_list(write(tmp_path, "export.txt", text.encode("utf-16")))
    assert result.delimiter == "\t"
    assert result.phone_column == "Handy"
    assert [r.name for r in result.rows] == ["Jürgen Groß", "نور"]


def test_utf8_bom_does_not_hide_the_first_header(tmp_path: Path) -> None:
    result = read_list(write(tmp_path, "l.csv", "\ufeffPhone,Name\n07911123456,Ann\n".encode()))
    assert result.phone_column == "Phone"
    assert result.rows[0].name == "Ann"


def test_whatsapp_tool_digits_without_header_and_bars(tmp_path: Path) -> None:
    result = read_list(write(tmp_path, "wa.txt", b"447911123456|Ann\n34612345678|Bob\n"))
    assert result.phone_column == "column 1"
    assert [r.input for r in result.rows] == ["447911123456", "34612345678"]
    assert [r.row for r in result.rows] == [1, 2]


def test_one_number_per_line(tmp_path: Path) -> None:
    result = read_list(write(tmp_path, "numbers.txt", b"07911 123456\n\n+34 612 345 678\n"))
    assert [r.input for r in result.rows] == ["07911 123456", "+34 612 345 678"]


def test_xlsx_first_sheet_or_the_one_named(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["nothing", "here"])
    first.append(["x", "y"])
    sheet = book.create_sheet("Clientes")
    sheet.append(["Nombre", "Celular"])
    sheet.append(["Ana", 447911123456])
    sheet.append(["Luis", "+34 612 345 678"])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    result = read_list(path, sheet="Clientes")
    assert [r.input for r in result.rows] == ["447911123456", "+34 612 345 678"]
    assert result.sheets == ("Notes", "Clientes")
    with pytest.raises(ListError, match="no column of phone numbers"):
        read_list(path)
    with pytest.raises(ListError, match="no sheet 'Other'"):
        read_list(path, sheet="Other")


@pytest.mark.parametrize(
    "card",
    [
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nTEL;CELL;PREF:+447911123456\r\n"
        "TEL;HOME:0113 496 0000\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nitem1.TEL;type=CELL:+44 7911\n"
        " 123456\nTEL;TYPE=HOME:0113 496 0000\nEND:VCARD\n",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nTEL;VALUE=uri;TYPE=cell:tel:+44-7911-123456\n"
        "TEL;VALUE=uri;TYPE=home:tel:+44-113-496-0000\nEND:VCARD\n",
    ],
)
def test_vcards_of_every_version(tmp_path: Path, card: str) -> None:
    second = "BEGIN:VCARD\nVERSION:3.0\nFN:Bob\nEND:VCARD\n"
    result = read_list(write(tmp_path, "contacts.vcf", (card + second).encode()))
    assert result.kind == "vcard"
    assert [r.row for r in result.rows] == [1, 1, 2]
    assert result.rows[0].name == "Ann Lee"
    assert result.rows[0].input.replace(" ", "").replace("-", "") == "+447911123456"
    assert result.rows[2].input == ""  # a card with no number: one row, "no number"


def test_pasted_text(tmp_path: Path) -> None:
    result = read_pasted("07911 123456\n+34 612 345 678\n")
    assert result.source == "pasted text"
    assert [r.row for r in result.rows] == [1, 2]
    table = read_pasted("Name\tMobile\nAnn\t07911 123456\n")
    assert table.rows[0].name == "Ann"


def test_the_column_can_be_named_and_bad_files_are_explained(tmp_path: Path) -> None:
    path = write(tmp_path, "l.csv", b"Phone,Other phone\n07911123456,07400123456\n")
    assert read_list(path, column="other phone").rows[0].input == "07400123456"
    with pytest.raises(ListError, match="no column 'Fax'"):
        read_list(path, column="Fax")
    with pytest.raises(ListError, match="does not exist"):
        read_list(tmp_path / "missing.csv")
    with pytest.raises(ListError, match="empty"):
        read_list(write(tmp_path, "empty.csv", b"\n\n"))
    with pytest.raises(ListError, match="not a text list"):
        read_list(write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"))


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("الاسم,الهاتف", "الاسم"),
        ("اسم,رقم", "اسم"),
        ("الاسم الأول,اسم العائلة,الهاتف", "الاسم الأول + اسم العائلة"),
        ("नाम,फ़ोन", "नाम"),
        ("पहला नाम,उपनाम,फ़ोन", "पहला नाम + उपनाम"),
        ("first_name,last_name,phone_number", "first_name + last_name"),
        ("Nama Lengkap,Telepon", "Nama Lengkap"),
        ("Cliente,Teléfono", "Cliente"),
        ("Customer,Mobile", "Customer"),
        ("Kunde,Handy", "Kunde"),
        ("العميل,الجوال", "العميل"),
        ("ग्राहक का नाम,मोबाइल", "ग्राहक का नाम"),
    ],
)
def test_name_columns_are_found_in_the_shops_languages(
    tmp_path: Path, header: str, found: str
) -> None:
    path = tmp_path / "list.csv"
    columns = header.count(",")
    path.write_text(f"{header}\n" + ",".join(["Mona"] * columns + ["0507654321"]) + "\n")
    result = read_list(path)
    assert result.name_column == found
    assert [row.name for row in result.rows] == ["Mona Mona" if " + " in found else "Mona"]


def test_a_workbook_whose_formulas_were_never_calculated_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "phone"])
    sheet.append(["Ann", '="07911"&"123456"'])  # openpyxl saves formulas without their values
    path = tmp_path / "made.xlsx"
    book.save(path)
    with pytest.raises(ListError) as refused:
        read_list(path)
    assert str(refused.value) == (
        "made.xlsx holds formulas whose values were never saved (the program that wrote it"
        " does not calculate them): open it in Excel or LibreOffice, save it, and try again"
    )


def test_a_formula_whose_saved_value_is_empty_text_reads_as_a_blank_cell(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "phone"])
    sheet.append(["x", "07911 123456"])
    path = tmp_path / "calc.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:  # as Excel saves a formula that gives ""
        parts = {item: source.read(item) for item in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    calculated = '<c r="A2" t="str"><f>""</f><v></v></c>'
    written = '<c r="A2" t="inlineStr"><is><t>x</t></is></c>'
    assert written in xml
    xml = xml.replace(written, calculated)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for item, data in parts.items():
            target.writestr(item, data)
    (row,) = read_list(path).rows
    assert (row.input, row.name) == ("07911 123456", "")
