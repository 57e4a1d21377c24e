"""Lines are ordered by the Unicode Bidirectional Algorithm: checked against python-bidi and Qt.

For each mixed line, the logical characters behind the drawn glyph clusters, read left to
right, must equal the visual order python-bidi computes; and Qt's own text engine
(`QTextLayout`), laying out the same line, must put the characters in the same order.
"""

from __future__ import annotations

import pytest
from bidi import get_display
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from optin_desk.documents.bidi_runs import BIDI_CONTROLS, isolated_ltr
from optin_desk.documents.fonts import fonts_dir
from optin_desk.documents.typeset import placed, prepared, wrap

# (line, paragraph direction: True right to left, False left to right, None its first letter)
LINES = [
    ("مبنى رقم ١٢", True),  # Arabic-Indic digits keep their order
    ("خصومات حتى ٥٠٪", True),  # a percentage
    ("خصومات حتى 50%", True),
    ("بشأن طلباتي (رسائل الخدمة):", True),  # brackets, and the colon after them
    ("أوافق على تلقي رسائل من Al Noor عطور النور عبر WhatsApp،", True),  # Latin shop name
    ("عبر WhatsApp، على رقم", True),  # the comma after WhatsApp
    ("Al Noor عطور النور", None),
    ("Omar عمر الحداد", False),  # an Arabic name inside English
    ("Proof for عمر الحداد (Omar), opted in", False),
    (f"مثال: {isolated_ltr('07400 123456')} / {isolated_ltr('+34 612 345 678')}", True),
    ("اتصل على +44 7400 123456 الآن", True),  # a phone number in an Arabic sentence
    ("مبنى رقم ١٢، شارع الملك فهد", True),  # an address with digits
    ("12 High Street, London", True),
    ("شقة 4B، الطابق 3", True),
    ("Reply STOP (or أوقف) to stop", False),
]


def drawn_order(text: str, rtl: bool | None) -> list[int]:
    """Logical indexes of the characters, in the left-to-right order of the drawn clusters.

    `text` is a line as `prepared` leaves it (numbers isolated).
    """
    (line,) = wrap(text, 10, 10_000, rtl=rtl)
    order: list[int] = []
    for _, run in placed(line, 0, 10_000, False):
        end = run.start + run.length
        starts = sorted(set(run.clusters))
        for cluster in dict.fromkeys(run.clusters):
            following = [s for s in starts if s > cluster]
            covered = list(range(cluster, following[0] if following else end))
            order.extend(reversed(covered) if run.rtl else covered)
    return [i for i in order if text[i] not in BIDI_CONTROLS]


@pytest.mark.parametrize(("text", "rtl"), LINES)
def test_drawn_clusters_follow_the_visual_order_python_bidi_computes(
    text: str, rtl: bool | None
) -> None:
    text = prepared(text)
    base = None if rtl is None else ("R" if rtl else "L")
    expected = "".join(c for c in get_display(text, base_dir=base) if c not in BIDI_CONTROLS)
    assert "".join(text[i] for i in drawn_order(text, rtl)) == expected


def test_issue_cases_read_as_a_reader_expects() -> None:
    def seen(text: str, rtl: bool | None) -> str:
        text = prepared(text)
        return "".join(text[i] for i in drawn_order(text, rtl) if text[i] not in BIDI_CONTROLS)

    assert "١٢" in seen("مبنى رقم ١٢", True)  # not ٢١
    assert seen("خصومات حتى ٥٠٪", True).startswith("٪٥٠")  # 50, then % to its left
    assert seen("Al Noor عطور النور", None) == "Al Noor " + "عطور النور"[::-1]
    assert seen("Omar عمر الحداد", False) == "Omar " + "عمر الحداد"[::-1]
    assert seen("عبر WhatsApp،", True).startswith("،WhatsApp")  # the comma after it
    example = f"مثال: {isolated_ltr('07400 123456')}"
    assert seen(example, True).startswith("07400 123456")
    assert seen("مثال: 07400 123456", True).startswith("07400 123456")
    assert seen("واتساب +44 7400 123456، الآن", True).startswith("الآن"[::-1] + " ،+44 7400 123456")


def test_brackets_in_right_to_left_runs_are_mirrored() -> None:
    (line,) = wrap("بشأن طلباتي (رسائل الخدمة):", 10, 10_000, rtl=True)
    glyphs = "".join(run.text for _, run in placed(line, 0, 10_000, False))
    # read left to right the bracket opening towards the words comes first, as "(" looks
    assert glyphs.index("(") < glyphs.index(")")


@pytest.fixture(scope="module")
def qt_fonts() -> list[str]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    families = []
    for name in ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def qt_order(text: str, rtl: bool | None, families: list[str]) -> list[int]:
    """Logical indexes of the visible characters as Qt places them, left to right.

    Each character stands where Qt puts its first glyph; characters drawn by one glyph
    together (a ligature) are left out, their order being the cluster's.
    """
    layout = QTextLayout(text)
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(20)
    layout.setFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    if rtl is not None:
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    wanted = QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    where: dict[int, float] = {}
    for index, char in enumerate(text):
        if char in BIDI_CONTROLS or char.isspace():
            continue
        xs = [p.x() for run in layout.glyphRuns(index, 1, wanted) for p in run.positions()]
        if xs:
            where[index] = min(xs)
    shared = {x for x in where.values() if list(where.values()).count(x) > 1}
    return [i for i, x in sorted(where.items(), key=lambda item: item[1]) if x not in shared]


@pytest.mark.parametrize(("text", "rtl"), LINES)
def test_qt_lays_out_the_same_order(text: str, rtl: bool | None, qt_fonts: list[str]) -> None:
    text = prepared(text)
    ours = drawn_order(text, rtl)
    theirs = qt_order(text, rtl, qt_fonts)
    both = set(ours) & set(theirs) - {i for i, c in enumerate(text) if c.isspace()}
    assert len(both) > len(text.replace(" ", "")) // 2  # most characters compared
    assert [i for i in ours if i in both] == [i for i in theirs if i in both]
