"""Consent forms and proofs read back: text extracted, pages rendered, nothing typed as markup."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from optin_desk.documents.fonts import unprintable, unprintable_message
from optin_desk.documents.form_pdf import FormContent, FormPage, build_forms
from optin_desk.documents.templates import available_languages, form_labels, language_template
from optin_desk.documents.typeset import wrap
from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.domain.serials import make_serial, read_serial
from optin_desk.domain.wording import statement_blocks

SHOP = "<b>Ann & Co</b>"


def content(language: str, business: str = SHOP, paper: str = "a4") -> FormContent:
    template = language_template(language)
    return FormContent(
        business=business,
        address="1 High St & Market <i>Sq</i>",
        blocks=tuple(statement_blocks(template, business, DEFAULT_CATEGORIES)),
        labels=form_labels(language),
        number_example="07400 123456",
        language=language,
        wording_version=4,
        wording_sha256="f" * 64,
        printed_on="2026-11-22",
        paper=paper,
    )


def build(language: str, pages: list[FormPage], **kwargs: str) -> bytes:
    out = BytesIO()
    build_forms(out, content(language, **kwargs), pages)
    return out.getvalue()


def page_texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages]


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr", "de", "id"])
def test_every_form_names_the_shop_whatsapp_each_category_and_its_serial(language: str) -> None:
    serials = [make_serial(n) for n in (1, 99, 123_456)]
    texts = page_texts(build(language, [FormPage(s) for s in serials]))
    assert len(texts) == 3
    for serial, text in zip(serials, texts, strict=True):
        assert SHOP in text
        assert "WhatsApp" in text
        for category in DEFAULT_CATEGORIES:
            assert category.label in text
        assert serial in text
        assert language_template(language).stop_keyword in text
        assert f"v4 {language} ffffffffffff" in text
        assert form_labels(language).signature in text


def test_serials_are_unique_and_carry_their_check_symbol() -> None:
    serials = [make_serial(n * 7919) for n in range(50)]
    texts = page_texts(build("en", [FormPage(s) for s in serials]))
    printed = [
        next(w for w in t.split() if read_serial(w).serial == s)
        for t, s in zip(texts, serials, strict=True)
    ]
    assert len(set(printed)) == 50


def test_typed_text_prints_literally_and_long_names_are_shortened_visibly() -> None:
    name = "<img src='/etc/passwd'/> R&amp;D " + "Wolfeschlegelsteinhausen " * 12
    text = page_texts(build("en", [FormPage(make_serial(5), name, "+44 7400 123456")]))[0]
    assert "<img src='/etc/passwd'/> R&amp;D Wolfeschlegelsteinhausen" in text
    assert "…" in text
    assert "+44 7400 123456" in text
    assert "1 High St & Market <i>Sq</i>" in text


def test_a_huge_unbroken_shop_name_still_builds_on_letter_paper() -> None:
    data = build("en", [FormPage(make_serial(5))], business="A&" * 400, paper="letter")
    page = PdfReader(BytesIO(data)).pages[0]
    assert float(page.mediabox.width) == 612
    assert "…" in page.extract_text()


def _ink_columns(data: bytes, top: float, bottom: float) -> tuple[int, int]:
    """Leftmost and rightmost inked pixel columns between two heights (fractions of the page)."""
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=1).to_pil().convert("L")
    width, height = image.size
    box = image.crop((0, int(height * top), width, int(height * bottom)))
    columns = [
        x for x in range(width) if min(box.getpixel((x, y)) for y in range(box.height)) < 128
    ]
    return columns[0], columns[-1]


def test_arabic_prints_right_to_left_and_english_left_to_right() -> None:
    serial = make_serial(77)
    english = _ink_columns(build("en", [FormPage(serial)]), 0.172, 0.19)
    arabic = _ink_columns(build("ar", [FormPage(serial)]), 0.172, 0.19)
    assert english[0] < 45  # the title starts at the left margin
    assert arabic[1] > 595 - 45  # ... and at the right margin in Arabic
    assert arabic[0] > 150


def test_arabic_is_joined_and_devanagari_shaped() -> None:
    (joined,) = wrap("رسائل", 10, 500)[0].items
    assert joined.rtl
    assert len(joined.text) == 5
    assert joined.text != "رسائل"[::-1]  # contextual (joined) forms, not the bare letters
    (conjunct,) = wrap("प्राप्त", 10, 500)[0].items
    assert len(conjunct.text) < len("प्राप्त")  # conjuncts: fewer glyphs than letters
    text = page_texts(build("ar", [FormPage(make_serial(3))]))[0]
    assert "\ufe8e" in text or any("\ufe70" <= ch <= "\ufeff" for ch in text)


def test_every_bundled_language_prints_with_real_glyphs() -> None:
    for language in available_languages():
        template = language_template(language)
        labels = form_labels(language)
        words = " ".join(b.text for b in statement_blocks(template, "Shop", DEFAULT_CATEGORIES))
        printed = [words, *(str(value) for value in vars(labels).values())]
        assert unprintable(" ".join(printed)) == [], language


def test_names_in_latin_greek_cyrillic_arabic_and_devanagari_print_cjk_does_not() -> None:
    for name in (
        "Zoë Ørsted-Łukasz",
        "Νίκος Παπαδόπουλος",
        "Пётр Иванов",
        "نور الهاشمي",
        "अनीता शर्मा",
    ):
        assert unprintable(name) == [], name
    message = unprintable_message("The name", "王小明")
    assert message is not None
    assert "empty boxes" in message
    assert "王" in message


def test_a_form_is_written_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "forms.pdf"
    assert build_forms(target, content("hi"), [FormPage(make_serial(1))]) == 1
    assert target.read_bytes().startswith(b"%PDF")


def test_printing_can_be_cancelled() -> None:
    out = BytesIO()
    written = build_forms(
        out, content("en"), [FormPage(make_serial(n)) for n in range(5)], cancelled=lambda: True
    )
    assert written == 0


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr", "de", "id", "hi", "ar"])
def test_every_language_renders_its_title_and_statement(language: str) -> None:
    data = build(language, [FormPage(make_serial(11))])
    left, right = _ink_columns(data, 0.172, 0.19)  # the title line
    assert right - left > 100
    left, right = _ink_columns(data, 0.2, 0.26)  # the statement's first lines
    assert right - left > 300


def test_every_language_words_every_label_of_the_form() -> None:
    import json

    from optin_desk.documents.templates import FormLabels
    from optin_desk.resources import resource

    for language in available_languages():
        data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
        words = data.get("form", {})
        missing = [
            key for key in FormLabels.__dataclass_fields__ if key != "rtl" and not words.get(key)
        ]
        assert missing == [], language  # no English left on a form in another language
