"""`init --language`, init's privacy options and `category KEY --language L`, in-process."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from optin_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def texts_in(db: str) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT category_key, language, label FROM category_texts ORDER BY 1, 2"
        ).fetchall()


def test_init_in_arabic_creates_arabic_categories_and_privacy_details(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    code, out, _ = run(
        capsys,
        "--db", db, "init", "--business", "عطور النور", "--country", "AE",
        "--language", "ar", "--sender", "+971 50 123 4567",
        "--email", "noor@example.com", "--privacy-notice", "https://noor.example/privacy",
        "--keep-years", "5",
    )  # fmt: skip
    assert code == 0
    assert "orders       تحديثات الطلبات والدفع (service)" in out
    assert "offers       العروض والمنتجات الجديدة (marketing)" in out
    with closing(sqlite3.connect(db)) as connection:
        settings = dict(connection.execute("SELECT key, value FROM settings"))
    assert settings["privacy.email"] == "noor@example.com"
    assert settings["privacy.retention_years"] == "5"


def test_category_sets_one_language_and_makes_a_new_wording_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init", "--business", "Deli", "--country", "GB")[0] == 0
    code, out, _ = run(
        capsys,
        "--db", db, "category", "offers", "--language", "es",
        "--label", "Promociones", "--description", "Descuentos de temporada.",
    )  # fmt: skip
    assert code == 0
    assert out == "offers in Spanish: Promociones (Spanish wording v1)\n"
    code, out, _ = run(
        capsys, "--db", db, "category", "offers", "--language", "es", "--label", "Rebajas"
    )
    assert out == "offers in Spanish: Rebajas (Spanish wording v2)\n"
    pdf = tmp_path / "es.pdf"
    assert run(capsys, "--db", db, "forms", "--language", "es", "--out", str(pdf))[0] == 0
    from pypdf import PdfReader

    assert "Rebajas" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("category", "nope", "--language", "es", "--label", "X"), "no category 'nope'"),
        (("category", "offers", "--language", "xx", "--label", "X"), "no wording template"),
        (("category", "offers", "--language", "es", "--label", " "), "needs a label"),
    ],
)
def test_bad_category_input_is_one_line_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init", "--business", "Deli", "--country", "GB")[0] == 0
    before = texts_in(db)
    code, _, err = run(capsys, "--db", db, *argv)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1
    assert texts_in(db) == before


def test_init_refuses_bad_privacy_details_and_creates_no_shop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    code, _, err = run(
        capsys, "--db", db, "init", "--business", "Deli", "--country", "GB", "--email", "x y"
    )
    assert code == 2
    assert "does not look like one" in err
    again = run(capsys, "--db", db, "init", "--business", "Deli", "--country", "GB")
    assert again[0] == 0


def test_forms_name_the_categories_printed_untranslated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite3")
    init = (
        "init",
        "--business",
        "Deli",
        "--country",
        "GB",
        "--category",
        "vip=VIP nights:marketing",
    )
    assert run(capsys, "--db", db, *init)[0] == 0
    pdf = str(tmp_path / "hi.pdf")
    code, _, err = run(capsys, "--db", db, "forms", "--language", "hi", "--out", pdf)
    assert code == 0
    assert "Note: not translated into Hindi, printed in the shop's language: VIP nights" in err


def test_category_needs_the_owner_pin_when_one_is_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPTIN_DESK_PIN", raising=False)
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init", "--business", "Deli", "--country", "GB")[0] == 0
    assert run(capsys, "--db", db, "pin", "owner-123")[0] == 0
    before = texts_in(db)
    set_es = ("category", "offers", "--language", "es", "--label", "Rebajas")
    code, _, err = run(capsys, "--db", db, *set_es)
    assert code == 2
    assert "PIN" in err
    assert texts_in(db) == before
    assert run(capsys, "--db", db, "--pin", "owner-123", *set_es)[0] == 0
    assert ("offers", "es", "Rebajas") in texts_in(db)
