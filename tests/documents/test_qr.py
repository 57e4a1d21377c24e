"""The QR code on each form is ReportLab's own, mask and all, only scored faster."""

from __future__ import annotations

import random

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

from optin_desk.documents.qr import lost_points, qr_matrix
from optin_desk.domain.serials import make_serial


def reportlab_matrix(text: str) -> list[list[bool]]:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


def test_every_serial_gets_the_code_reportlab_makes() -> None:
    chance = random.Random(14)
    serials = [make_serial(chance.randrange(32**8)) for _ in range(200)]
    for serial in serials:
        assert qr_matrix(serial) == reportlab_matrix(serial), serial


def test_longer_texts_of_other_versions_too() -> None:
    for text in ("x", "0123456789" * 6, "https://shop.example/f?" + "a" * 90, "Ünïcödé ✓"):
        assert qr_matrix(text) == reportlab_matrix(text), text


def test_the_penalty_is_reportlabs_for_every_mask() -> None:
    from reportlab.graphics.barcode.qrencoder import QRUtil

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(make_serial(123456))
    code.make()
    scores = []
    for mask in range(8):
        code.makeImpl(True, mask)
        scores.append(lost_points(code.modules))
        assert scores[-1] == QRUtil.getLostPoint(code)
    assert len(set(scores)) > 1  # the masks differ: the comparison can tell them apart


def reference_pdf(serials: list[str]) -> bytes:
    """Each code drawn as a ReportLab path of its dark runs, with ReportLab's own calls."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from optin_desk.documents.qr import QUIET_MODULES

    out = BytesIO()
    canvas = Canvas(out, invariant=True)
    for serial in serials:
        matrix = reportlab_matrix(serial)
        module = 66 / (len(matrix) + 2 * QUIET_MODULES)
        path = canvas.beginPath()
        for index, row in enumerate(matrix):
            top = 700 + 66 - (index + QUIET_MODULES + 1) * module
            column = 0
            while column < len(row):
                start = column
                while column < len(row) and row[column]:
                    column += 1
                if column > start:
                    left = 480 + (start + QUIET_MODULES) * module
                    path.rect(left, top, (column - start) * module, module)
                else:
                    column += 1
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_drawn_codes_are_byte_for_byte_reportlabs_path() -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from optin_desk.documents.qr import draw_qr

    serials = [make_serial(number * 7919) for number in range(5)]
    out = BytesIO()
    canvas = Canvas(out, invariant=True)
    for serial in serials:
        draw_qr(canvas, serial, 480, 700, 66)
        canvas.showPage()
    canvas.save()
    assert out.getvalue() == reference_pdf(serials)
