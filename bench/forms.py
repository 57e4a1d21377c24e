"""500 serialised consent forms: OptIn Desk against a bare ReportLab script drawing the same page.

The baseline is the plain way to draw that page with ReportLab: every page drawn in full with
`drawString` (lines wrapped once, up front), the panels, boxes and lines, and the QR code drawn
from its encoded matrix as one path (the fastest way we know; ReportLab's QR widget is
slower). OptIn Desk's run is the whole service: fresh serials checked against the records,
the PDF, and the batch recorded. Prints medians and the ratio (target: under 1.3).
Run: python bench/forms.py [--forms N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.fonts import fonts_dir
from optin_desk.documents.templates import language_template
from optin_desk.domain.consent import DEFAULT_CATEGORIES
from optin_desk.domain.serials import make_serial
from optin_desk.domain.wording import render_statement
from optin_desk.services.forms import PrintRequest, print_forms
from optin_desk.services.profile import BusinessSetup, create_business
from optin_desk.storage.engine import open_database

SHOP = "Corner Deli & Co"


def bare(count: int, target: Path) -> None:
    """The same page drawn by hand with plain ReportLab calls, every page in full."""
    pdfmetrics.registerFont(TTFont("BareSans", str(fonts_dir() / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("BareSansBold", str(fonts_dir() / "NotoSans-Bold.ttf")))
    width, height = A4
    text = render_statement(language_template("en"), SHOP, DEFAULT_CATEGORIES)
    lines = [
        line
        for paragraph in text.split("\n")
        for line in simpleSplit(paragraph, "BareSans", 11, width - 80)
    ]
    canvas = Canvas(str(target), pagesize=A4, invariant=True)
    for number in range(count):
        serial = make_serial(number * 7919)
        canvas.setFont("BareSansBold", 18)
        canvas.drawString(40, height - 58, SHOP)
        canvas.setFont("BareSans", 8.5)
        canvas.drawString(40, height - 72, "12 High Street, Leeds")
        canvas.line(40, height - 110, width - 40, height - 110)
        canvas.setFont("BareSansBold", 13.5)
        canvas.drawString(40, height - 130, "Consent to receive WhatsApp messages")
        canvas.setFont("BareSans", 11)
        y = height - 160
        canvas.roundRect(40, y - 120, width - 80, 60, 4)
        canvas.roundRect(40, y - 190, width - 80, 40, 4)
        for line in lines:
            canvas.drawString(60, y, line)
            y -= 14.3
        for index in range(3):
            canvas.rect(44, height - 230 - index * 20, 11, 11)
        for field_y in (300, 256, 194, 70):
            canvas.line(40, field_y, width - 40, field_y)
            canvas.setFont("BareSans", 7.5)
            canvas.drawString(40, field_y - 10, "Full name")
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(serial)
        code.make()
        path = canvas.beginPath()
        module = 66 / (len(code.modules) + 4)
        for row_index, row in enumerate(code.modules):
            for column, dark in enumerate(row):
                if dark:
                    path.rect(
                        width - 106 + (column + 2) * module,
                        height - 40 - (row_index + 3) * module,
                        module,
                        module,
                    )
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFont("BareSansBold", 11)
        canvas.drawRightString(width - 112, height - 102, serial)
        canvas.setFont("BareSans", 7)
        canvas.drawString(40, 38, f"Form no. {serial} · Wording v1 en · Printed 2026-11-22")
        canvas.showPage()
    canvas.save()


def ours(count: int, folder: Path) -> None:
    """The whole service: serials, PDF and the recorded batch."""
    database = open_database(str(folder / "records.sqlite3"))
    with database.sessions() as session:
        if (
            session.scalar(__import__("sqlalchemy").text("SELECT count(*) FROM business_profile"))
            == 0
        ):
            create_business(
                session, BusinessSetup(name=SHOP, country="GB", address="12 High Street, Leeds")
            )
        print_forms(session, PrintRequest(count=count, language="en"), folder / "ours.pdf")
    database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--forms", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ours(1, folder)  # fonts registered and shaped words cached, as after a first print
        bare(1, folder / "warm.pdf")
        bare_times, our_times = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            bare(args.forms, folder / "bare.pdf")
            bare_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            ours(args.forms, folder)
            our_times.append(time.perf_counter() - start)
        bare_time, our_time = statistics.median(bare_times), statistics.median(our_times)
        sizes = (folder / "bare.pdf").stat().st_size, (folder / "ours.pdf").stat().st_size
    print(f"{args.forms} forms, median of {args.runs} runs")
    print(f"bare ReportLab page : {bare_time:6.2f} s  ({sizes[0] // 1024} KiB)")
    print(f"OptIn Desk forms    : {our_time:6.2f} s  ({sizes[1] // 1024} KiB)")
    print(f"ratio               : {our_time / bare_time:6.2f}  (target: under 1.3)")


if __name__ == "__main__":
    main()
