"""Lists saved in a Windows code page other than cp1252 (Excel's "CSV" on an Arabic, Russian,
Greek, Turkish, Hebrew, Polish or Thai Windows) read in the code page their text is in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optin_desk.documents import bounded, code_pages
from optin_desk.documents.code_pages import WESTERN, choose_code_page, shop_code_pages
from optin_desk.documents.lists import decode_bytes, read_list, read_stream

# Names as shops of each country write them, and the shop (language, country) that saves them.
SHOPS = {
    "cp1256": ("ar", "AE", ["سارة", "محمد عبد الله", "فاطمة الزهراء", "عمر الفاروق"]),
    "cp1251": ("en", "RU", ["Иван Петров", "Мария Смирнова", "Ольга Кузнецова", "Юрий"]),
    "cp1253": ("en", "GR", ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Δημητρίου"]),
    "cp1254": ("en", "TR", ["Ayşe Yılmaz", "Mehmet Öztürk", "Doğan Şahin", "İrem Çelik"]),
    "cp1255": ("en", "IL", ["דוד כהן", "שרה לוי", "משה אברהם", "רחל יעקב"]),
    "cp1250": ("en", "PL", ["Paweł Wróbel", "Łucja Żak", "Zofia Dąbrowska", "Jiří Dvořák"]),
    "cp1252": ("es", "ES", ["José Peña", "María Muñoz", "Íñigo Ibáñez", "Nuño Álvarez"]),
    "cp1257": ("en", "LT", ["Rūta Kazlauskienė", "Jānis Bērziņš", "Šarūnas Žukauskas"]),
    "cp874": ("en", "TH", ["สมชาย ใจดี", "สมหญิง รักไทย", "ประยุทธ์ มั่นคง"]),
}
OTHER_SCRIPTS = ("cp1256", "cp1251", "cp1253", "cp1255", "cp874")
SPANISH = "Nombre;Móvil\nJosé Peña;612345678\nMuñoz;612345679\nAna Núñez;612345680\n"


def listing(names: list[str], ending: str = "\n") -> str:
    rows = [f"{name};+9715012{index:05d}" for index, name in enumerate(names)]
    return ending.join(["Name;Phone", *rows]) + ending


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("page", SHOPS)
def test_each_shops_list_reads_in_its_own_code_page(tmp_path: Path, page: str) -> None:
    language, country, names = SHOPS[page]
    path = write(tmp_path, "list.csv", listing(names).encode(page))
    read = read_list(path, code_pages=shop_code_pages(language, country))
    assert [row.name for row in read.rows] == names
    assert read.encoding == page


@pytest.mark.parametrize("page", OTHER_SCRIPTS)
def test_a_list_in_another_script_reads_right_wherever_the_shop_is(
    tmp_path: Path, page: str
) -> None:
    """Arabic, Cyrillic, Greek, Hebrew, Thai: the words decide, not the shop."""
    names = SHOPS[page][2]
    path = write(tmp_path, "list.csv", listing(names).encode(page))
    for shop in (WESTERN, shop_code_pages("es", "ES"), shop_code_pages("ar", "AE")):
        assert [row.name for row in read_list(path, code_pages=shop).rows] == names


def test_a_spanish_cp1252_list_reads_as_it_always_did(tmp_path: Path) -> None:
    path = write(tmp_path, "clientes.csv", SPANISH.encode("cp1252"))
    for shop in (WESTERN, shop_code_pages("es", "ES"), shop_code_pages("ar", "AE")):
        read = read_list(path, code_pages=shop)
        assert [row.name for row in read.rows] == ["José Peña", "Muñoz", "Ana Núñez"]
        assert (read.encoding, read.phone_column) == ("cp1252", "Móvil")


def test_the_arabic_mojibake_of_cp1252_is_never_chosen() -> None:
    header = "الجوال,الاسم\n".encode("cp1256")
    assert header.decode("cp1252") == "ÇáÌæÇá,ÇáÇÓã\n"  # what was read before
    assert decode_bytes(header, WESTERN) == ("الجوال,الاسم\n", "cp1256")
    sara = "0501239999,سارة\n".encode("cp1256")
    assert sara.decode("cp1252") == "0501239999,ÓÇÑÉ\n"
    assert decode_bytes(sara, WESTERN)[0] == "0501239999,سارة\n"


def test_an_ambiguous_file_is_read_in_the_shops_code_page() -> None:
    """`Nº` in cp1252 is `N؛` in cp1256: both read as a word beside a sign, so the shop's
    language decides; accents cp1256 shares with cp1252 read the same either way."""
    ordinal = b"N\xba;Phone\n1;0501239999\n"
    assert decode_bytes(ordinal, shop_code_pages("ar", "AE"))[1] == "cp1256"
    assert decode_bytes(ordinal, shop_code_pages("es", "ES")) == (
        "Nº;Phone\n1;0501239999\n",
        "cp1252",
    )
    assert decode_bytes(ordinal, shop_code_pages("en", "AE"))[1] == "cp1256"  # the country
    assert decode_bytes(ordinal, shop_code_pages("en", "GB"))[1] == "cp1252"
    french = "Hélène Loïc;0501239999\n".encode("cp1252")
    for shop in (shop_code_pages("ar", "AE"), shop_code_pages("fr", "FR")):
        assert decode_bytes(french, shop)[0] == "Hélène Loïc;0501239999\n"


def test_latin_code_pages_that_tie_are_told_apart_by_the_shop() -> None:
    turkish = "Ayşe Yılmaz;905321234567\n".encode("cp1254")
    assert decode_bytes(turkish, shop_code_pages("en", "TR"))[0].startswith("Ayşe Yılmaz")
    assert decode_bytes(turkish, WESTERN)[0].startswith("Ayþe Yýlmaz")  # no word says which


def test_a_list_mixing_utf8_and_cp1256_lines_reads_both(tmp_path: Path) -> None:
    data = (
        b"Name,Phone\n"
        + "José Núñez,0501230001\n".encode()
        + "سارة,0501230002\n".encode("cp1256")
        + "محمد عبد الله,0501230003\n".encode()
        + "فاطمة الزهراء,0501230004\n".encode("cp1256")
    )
    read = read_list(write(tmp_path, "mixed.csv", data))
    assert [row.name for row in read.rows] == [
        "José Núñez",
        "سارة",
        "محمد عبد الله",
        "فاطمة الزهراء",
    ]
    assert read.encoding == "utf-8+cp1256"


def test_lines_in_a_code_page_far_into_a_list_read_the_same_in_any_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sample starts at the first line that is not UTF-8, wherever it is, and is the
    same however the file arrives (here past the first 64 KiB read and the first piece)."""
    head = "".join(f"Ann {i},+4479111{i:05d}\n" for i in range(15_000)).encode()
    assert len(head) > bounded.CHUNK > bounded.HEAD
    tail = "".join(f"{name},+97150123{i:04d}\n" for i, name in enumerate(SHOPS["cp1256"][2]))
    data = b"Name,Phone\n" + head + tail.encode("cp1256")
    whole = read_stream(io.BytesIO(data), "list")
    assert [row.name for row in whole.rows[-4:]] == SHOPS["cp1256"][2]
    assert whole.encoding == "cp1256"  # the lines before it are ASCII
    monkeypatch.setattr(bounded, "CHUNK", 64)
    pieces = read_stream(io.BytesIO(data), "list")
    assert pieces.rows == whole.rows


def test_the_code_page_is_chosen_once_on_a_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[int] = []

    def counting(sample: bytes, pages: tuple[str, ...] = WESTERN) -> str:
        chosen.append(len(sample))
        return choose_code_page(sample, pages)

    monkeypatch.setattr(bounded, "choose_code_page", counting)
    names = SHOPS["cp1256"][2] * 5_000
    path = write(tmp_path, "big.csv", listing(names).encode("cp1256"))
    assert path.stat().st_size > 4 * code_pages.SAMPLE_BYTES
    read = read_list(path, code_pages=shop_code_pages("ar", "AE"))
    assert len(read.rows) == 20_000
    assert read.rows[-1].name == "عمر الفاروق"
    assert len(chosen) == 1
    assert code_pages.SAMPLE_BYTES <= chosen[0] < code_pages.SAMPLE_BYTES + 100


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    page=st.sampled_from(sorted(SHOPS)),
    picks=st.lists(st.integers(min_value=0, max_value=99), min_size=1, max_size=15),
    ending=st.sampled_from(["\n", "\r\n", "\r"]),
    chunk=st.integers(min_value=1, max_value=40),
)
def test_any_list_of_a_shops_names_reads_back_in_any_pieces(
    monkeypatch: pytest.MonkeyPatch, page: str, picks: list[int], ending: str, chunk: int
) -> None:
    language, country, known = SHOPS[page]
    names = [known[pick % len(known)] for pick in picks]
    data = listing(names, ending).encode(page)
    shop = shop_code_pages(language, country)
    whole = read_stream(io.BytesIO(data), "list", code_pages=shop)
    assert [row.name for row in whole.rows] == names
    monkeypatch.setattr(bounded, "CHUNK", chunk * 2)
    assert read_stream(io.BytesIO(data), "list", code_pages=shop).rows == whole.rows
