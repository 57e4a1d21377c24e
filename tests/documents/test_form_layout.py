"""A form a print shop would pass: sizes, embedded fonts, and nothing drawn over anything."""

from __future__ import annotations

from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from optin_desk.documents.form_parts import LABEL_SIZE, SIGNATURE_HEIGHT, TICK
from optin_desk.documents.form_pdf import (
    FormContent,
    FormPage,
    StatementTooLongError,
    build_forms,
    layout_boxes,
)
from optin_desk.documents.templates import form_labels, language_template
from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.domain.serials import make_serial
from optin_desk.domain.wording import statement_blocks

MM = 72 / 25.4
PRIVACY_AR = (
    "عطور النور تحفظ هذا النموذج ما دمت موافقًا، ثم سنتين بعد ذلك. الموافقة اختيارية وليست "
    "شرطًا للشراء. للتواصل: واتساب +44 7400 123456، مبنى رقم ١٢، شارع الملك فهد.",
    "لإلغاء الاشتراك أرسل STOP في أي وقت. إشعار الخصوصية: https://example.com/privacy",
)
WORDS = st.sampled_from(
    ["Al", "Noor", "عطور", "النور", "Market", "१२", "दुकान", "Straße", "12", "(شقة)", "Ltd."]
)
TEXT = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


def content(
    language: str, business: str, address: str, privacy: tuple[str, ...] = ()
) -> FormContent:
    return FormContent(
        business=business,
        address=address,
        blocks=tuple(statement_blocks(language_template(language), business, DEFAULT_CATEGORIES)),
        labels=form_labels(language),
        number_example="07400 123456",
        language=language,
        wording_version=1,
        wording_sha256="a" * 64,
        printed_on="2026-11-30",
        international_example="+34 612 34 56 78",
        privacy=privacy,
    )


def overlapping(boxes: list) -> list:  # type: ignore[type-arg]
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    language=st.sampled_from(["en", "es", "pt", "fr", "de", "id", "hi", "ar"]),
    business=TEXT,
    address=TEXT,
    name=TEXT,
    privacy=st.lists(TEXT, max_size=4).map(tuple),
    paper=st.sampled_from(["a4", "letter"]),
    kinds=st.integers(min_value=1, max_value=10),
)
def test_nothing_on_a_form_is_drawn_over_anything_else(
    language: str,
    business: str,
    address: str,
    name: str,
    privacy: tuple[str, ...],
    paper: str,
    kinds: int,
) -> None:
    form = content(language, business, address, privacy)
    categories = (tuple(DEFAULT_CATEGORIES) * 4)[:kinds]
    blocks = tuple(statement_blocks(language_template(language), business, categories))
    form = FormContent(**{**vars(form), "paper": paper, "blocks": blocks})
    try:
        boxes = layout_boxes(form, FormPage(make_serial(7), name, "+44 7400 123456"))
    except StatementTooLongError:  # refused with a message: nothing printed over anything
        assert kinds > 6
        return
    assert {"qr", "serial", "signature"} <= {box.what for box in boxes}
    assert overlapping(boxes) == []


def test_a_statement_too_long_for_one_page_is_refused_not_overprinted() -> None:
    form = content("de", "Shop", "")
    many = tuple(DEFAULT_CATEGORIES) * 8
    blocks = tuple(statement_blocks(language_template("de"), "Shop", many))
    with pytest.raises(StatementTooLongError, match="does not fit on one page"):
        layout_boxes(FormContent(**{**vars(form), "blocks": blocks}), FormPage(make_serial(1)))


def test_sizes_a_print_shop_asks_for() -> None:
    boxes = layout_boxes(content("en", "Shop", "1 High St"), FormPage(make_serial(1)))
    ticks = [box for box in boxes if box.what == "tick box"]
    assert len(ticks) == len(DEFAULT_CATEGORIES)
    assert all(box.right - box.left >= 4 * MM for box in ticks)
    assert SIGNATURE_HEIGHT >= 20 * MM
    assert LABEL_SIZE >= 8.5
    assert TICK >= 4 * MM


def test_tick_boxes_keep_their_size_with_many_categories() -> None:
    many = tuple(DEFAULT_CATEGORIES) * 4
    form = content("en", "Shop", "")
    form = FormContent(
        **{
            **vars(form),
            "blocks": tuple(statement_blocks(language_template("en"), "Shop", many)),
        }
    )
    ticks = [b for b in layout_boxes(form, FormPage(make_serial(1))) if b.what == "tick box"]
    assert len(ticks) == len(many)
    assert {round(b.right - b.left, 3) for b in ticks} == {TICK}


def test_privacy_paragraphs_print_below_the_signature_in_arabic() -> None:
    form = content("ar", "Al Noor عطور النور", "مبنى رقم ١٢", PRIVACY_AR)
    boxes = layout_boxes(form, FormPage(make_serial(3)))
    signature = next(b for b in boxes if b.what == "signature")
    privacy = [b for b in boxes if b.what.startswith(("عطور النور تحفظ", "لإلغاء"))]
    assert privacy
    assert all(b.top <= signature.bottom for b in privacy)
    assert overlapping(boxes) == []
    out = BytesIO()
    build_forms(out, form, [FormPage(make_serial(3))])
    text = PdfReader(BytesIO(out.getvalue())).pages[0].extract_text()
    assert "STOP" in text
    assert "+447400123456" in "".join(text.split())  # the number in its own order


def test_the_number_hint_shows_a_national_and_an_international_example() -> None:
    out = BytesIO()
    build_forms(out, content("en", "Shop", ""), [FormPage(make_serial(3))])
    text = " ".join(PdfReader(BytesIO(out.getvalue())).pages[0].extract_text().split())
    assert "07400 123456 / +34 612 34 56 78" in text


def test_every_font_is_embedded() -> None:
    out = BytesIO()
    build_forms(out, content("ar", "Shop", ""), [FormPage(make_serial(3), "Omar عمر", "+44 7")])
    for page in PdfReader(BytesIO(out.getvalue())).pages:
        fonts = page["/Resources"]["/Font"]
        for font in fonts.values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
