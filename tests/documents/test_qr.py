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
