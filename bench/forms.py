"""500 serialised consent forms, as the owner waits for them, against a bare ReportLab script.

Two ways the owner gets a batch, each timed in its own fresh process (CPU seconds and peak
memory of that process, `timing.py`), on a copy of the records given (the year database):

- the command, `optin-desk forms --count 500 --out F.pdf`, from process start: start-up, the
  records opened, fresh serials checked against them, the PDF written and the batch recorded;
- the window's job, a process that has already imported what the window has and opened the
  records (the window is open when the owner presses Make): the checkpoint in force
  (`paper_anchor`), `make_forms` and `record_batch`, timed in-process.

The floor, run beside each in the same way (from process start; and its drawing alone), is a
bare ReportLab script that knows nothing of the records: it registers the same two fonts,
draws the unchanging part of the page once as a form object (the same shop, statement, panels,
fields, staff box and checkpoint line, wrapped once), and on each page places it and draws
the serial, its QR code (encoded once, drawn as one path) and the footer line; the serials are
the same kind, made beforehand. Prints each figure with its floor, the ratio and the peak memory.

Run: python bench/forms.py YEAR.sqlite3 [--forms 500] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

from timing import HEADER, Sample, optin_desk, python, row, run

TARGET = 1.3
HERE = Path(__file__).resolve()


def bare(spec_file: str, out: str) -> float:
    """The floor: the page drawn with plain ReportLab; returns the drawing's CPU seconds."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    imported = time.process_time()
    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    pdfmetrics.registerFont(TTFont("Bare", spec["regular"]))
    pdfmetrics.registerFont(TTFont("BareBold", spec["bold"]))
    width, height = A4
    inner = width - 80
    canvas = Canvas(out, pagesize=A4, invariant=True, initialFontName="Bare")
    canvas.beginForm("static")
    canvas.setFont("BareBold", 18)
    canvas.drawString(40, height - 58, spec["business"])
    canvas.setFont("Bare", 8.5)
    canvas.drawString(40, height - 72, spec["address"])
    canvas.line(40, height - 110, width - 40, height - 110)
    canvas.setFont("BareBold", 13.5)
    canvas.drawString(40, height - 130, spec["title"])
    y = height - 160
    for kind, paragraph in spec["blocks"]:
        if kind.startswith("heading"):
            canvas.roundRect(40, y - 60, inner, 64, 4, stroke=1, fill=0)
            font = "BareBold"
        else:
            font = "Bare"
        if kind == "category":
            canvas.rect(50, y - 2, 11, 11)
        canvas.setFont(font, 10)
        for line in simpleSplit(paragraph, font, 10, inner - 40):
            canvas.drawString(68, y, line)
            y -= 13
    for field_y, label in zip((300, 256, 194, 70), spec["labels"], strict=False):
        canvas.line(40, field_y, width - 40, field_y)
        canvas.setFont("Bare", 7.5)
        canvas.drawString(40, field_y - 11, label)
    canvas.setFont("Bare", 6)
    canvas.drawString(40, 30, spec["anchor"])  # the same checkpoint on every page of a batch
    canvas.rect(40, 120, inner, 60)
    canvas.setDash(3, 2)
    canvas.rect(40, 52, inner, 50)
    canvas.setDash()
    canvas.endForm()
    for serial in spec["serials"]:
        canvas.doForm("static")
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(serial)
        code.make()
        path = canvas.beginPath()
        module = 66 / (len(code.modules) + 4)
        for row_index, cells in enumerate(code.modules):
            for column, dark in enumerate(cells):
                if dark:
                    path.rect(
                        width - 106 + (column + 2) * module,
                        height - 40 - (row_index + 3) * module,
                        module,
                        module,
                    )
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFont("BareBold", 11)
        canvas.drawCentredString(width - 73, height - 117, serial)
        canvas.setFont("Bare", 7.5)
        canvas.drawString(40, 38, spec["footer"].replace("SERIAL", serial))
        canvas.showPage()
    canvas.save()
    return time.process_time() - imported


def window_job(db: str, count: int, out: str) -> float:
    """The window's job in a process that has the window's imports; its CPU seconds."""
    from optin_desk.services.forms import PrintRequest, make_forms, record_batch
    from optin_desk.services.paper_anchor import paper_anchor
    from optin_desk.storage.engine import open_database

    database = open_database(db)
    with database.sessions() as session:  # the window has the records open already
        session.execute(__import__("sqlalchemy").text("SELECT 1 FROM business_profile"))
    started = time.process_time()
    anchor = paper_anchor(database, None)  # as the window's job does, no PIN asked
    with database.sessions() as session:
        request = PrintRequest(count=count, language="en")
        made = make_forms(session, request, Path(out), anchor=anchor)
        assert made is not None
        record_batch(session, made, "")
    spent = time.process_time() - started
    database.dispose()
    return spent


def spec_of(db: str, count: int, folder: Path) -> Path:
    """What the floor draws: the shop's own page texts and `count` fresh serials."""
    from optin_desk.documents.fonts import FAMILIES
    from optin_desk.documents.form_pdf import anchor_line
    from optin_desk.domain.serials import make_serial
    from optin_desk.resources import resource
    from optin_desk.services.forms import _content
    from optin_desk.services.paper_anchor import paper_anchor
    from optin_desk.storage.engine import open_database

    database = open_database(db)
    with database.reading() as session:
        content, _wording = _content(session, "en", "a4")
    anchor = anchor_line(content.labels, paper_anchor(database, None))
    database.dispose()
    labels = content.labels
    regular, bold = FAMILIES["latin"]
    spec = {
        "regular": str(resource("fonts", regular)),
        "bold": str(resource("fonts", bold)),
        "business": content.business,
        "address": content.address,
        "title": labels.title,
        "blocks": [(block.kind, block.text) for block in content.blocks],
        "labels": [labels.name, labels.number, labels.signature, labels.entered_by],
        "footer": f"{labels.form_number} SERIAL · {labels.wording} v1 en · {labels.printed} "
        f"{content.printed_on}",
        "anchor": anchor,
        "serials": [make_serial(secrets.randbelow(32**8)) for _ in range(count)],
    }
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def in_process(*args: str) -> tuple[float, Sample]:
    """Run one of this file's own jobs in a fresh process: the CPU it reports, the process."""
    folder = Path(args[-1]).parent
    report = folder / "spent.txt"
    sample = run(python(str(HERE), "--job", str(report), *args))
    return float(report.read_text()), sample


def main() -> None:
    if sys.argv[1:2] == ["--job"]:
        report, job, *rest = sys.argv[2:]
        if job == "spec":
            spec_of(rest[0], int(rest[1]), Path(rest[2]))
            spent = 0.0
        elif job == "bare":
            spent = bare(*rest)
        else:
            spent = window_job(rest[0], int(rest[1]), rest[2])
        Path(report).write_text(str(spent))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("records", help="a records database (the year one); it is copied")
    parser.add_argument("--forms", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = str(folder / "records.sqlite3")
        shutil.copy(args.records, db)  # every run records its batch here, never in the original
        # made in a child: a process starts with its parent's peak memory as its own, so this
        # one never opens the records (every peak printed is the measured process's own)
        run(python(str(HERE), "--job", str(folder / "x"), "spec", db, str(args.forms), scratch))
        spec = str(folder / "spec.json")
        ours_pdf, bare_pdf = str(folder / "ours.pdf"), str(folder / "bare.pdf")
        command = run(optin_desk(db, "forms", "--count", str(args.forms), "--out", ours_pdf))
        floor = run(python(str(HERE), "--job", str(folder / "x"), "bare", spec, bare_pdf))
        commands, floors, jobs, drawings = [command], [floor], [], []
        for _ in range(args.runs):
            commands.append(
                run(optin_desk(db, "forms", "--count", str(args.forms), "--out", ours_pdf))
            )
            floors.append(
                run(python(str(HERE), "--job", str(folder / "x"), "bare", spec, bare_pdf))
            )
            jobs.append(in_process("window", db, str(args.forms), ours_pdf))
            drawings.append(in_process("bare", spec, bare_pdf))
        sizes = os.path.getsize(ours_pdf) // 1024, os.path.getsize(bare_pdf) // 1024
    print(f"{args.forms} forms, {args.runs} runs (first command and floor runs not counted)")
    print(f"PDF size: ours {sizes[0]} KiB, bare {sizes[1]} KiB")
    print(HEADER)
    for index in range(args.runs):
        ours, base = commands[index + 1], floors[index + 1]
        print(row("forms command from process start", ours.cpu, base.cpu, TARGET, ours.peak_mib))
        (job, job_run), (drawing, _draw_run) = jobs[index], drawings[index]
        print(row("window's job (make + record), warm", job, drawing, TARGET, job_run.peak_mib))
    print(f"floor peak MiB: {max(f.peak_mib for f in floors):.0f}")


if __name__ == "__main__":
    main()
