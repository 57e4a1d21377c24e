"""Proof of consent as a PDF: the person, their consent now, every event with the wording shown.

Text flows over as many pages as it needs; every page carries the ledger head, so a printed
proof can later be checked against the records with `optin-desk verify --head HASH`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.fonts import unprintable
from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.documents.typeset import draw_line, embedded_canvas, wrap
from optin_desk.domain.consent import Action
from optin_desk.domain.proof import Proof, ProofEvent
from optin_desk.domain.when import local_display

MARGIN = 46.0
INK = HexColor("#1a1a1a")
GREY = HexColor("#5f6368")
STRUCK = HexColor("#b00020")
CODE_POINT_NOTE = (
    "Characters the fonts of OptIn Desk cannot draw are printed as their Unicode code points "
    "(U+ and four or more hexadecimal digits), so nothing of the name is left out."
)
ACTIONS = {Action.OPT_IN: "Opt-in", Action.OPT_OUT: "Opt-out", Action.VOID: "Void"}


class _Flow:
    """Lines placed down the page, a new page when the next one does not fit."""

    def __init__(self, canvas: Canvas, proof: Proof) -> None:
        self.canvas = canvas
        self.proof = proof
        self.width, self.height = A4
        self.inner = self.width - 2 * MARGIN
        self.page = 1
        self.y = self.height - MARGIN

    def _footer(self) -> None:
        self.canvas.setFillColor(GREY)
        line = (
            f"Proof of consent · {self.proof.phone} · ledger head "
            f"{self.proof.ledger_head[:16]}… ({self.proof.ledger_events} entries) · "
            f"page {self.page}"
        )
        for words in wrap(line, 7, self.inner, rtl=False)[:1]:
            draw_line(self.canvas, words, MARGIN, MARGIN - 18, self.inner)

    def new_page(self) -> None:
        """Finish this page and start the next."""
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.y = self.height - MARGIN

    def text(
        self,
        text: str,
        size: float = 9.5,
        bold: bool = False,
        colour: Color = INK,
        indent: float = 0,
        rtl: bool | None = False,
        space_after: float = 2,
    ) -> None:
        """A wrapped paragraph (kept as written: nothing is read as markup).

        `rtl` is its direction: False for the proof's own English, a language's for its
        wording, None (from the first letter) for what people wrote. Right-to-left
        paragraphs stand against the right edge.
        """
        step = size * 1.35
        width = self.inner - indent
        for line in wrap(text, size, width, bold, rtl):
            if self.y - step < MARGIN:
                self.new_page()
            self.y -= step
            self.canvas.setFillColor(colour)
            left = MARGIN if line.rtl else MARGIN + indent
            draw_line(self.canvas, line, left, self.y + size * 0.3, width, align_right=line.rtl)
        self.y -= space_after

    def rule(self) -> None:
        """A thin line across."""
        if self.y - 8 < MARGIN:
            self.new_page()
        self.y -= 6
        self.canvas.setStrokeColor(GREY)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN, self.y, self.width - MARGIN, self.y)
        self.y -= 6

    def finish(self) -> None:
        """The last page's footer."""
        self._footer()


def _moment(value: datetime | None) -> str:
    return local_display(value) if value is not None else "—"


def _direction(language: str) -> bool | None:
    """A language's direction, or None (from the first letter) when it is not known."""
    return form_labels(language).rtl if language in available_languages() else None


def _event(flow: _Flow, event: ProofEvent, language: str) -> None:
    voided = event.voided_by_event_id is not None
    head = (
        f"#{event.event_id}  {ACTIONS[event.action]} · {event.scope_label} · "
        f"{_moment(event.occurred_at)}"
    )
    flow.text(head, 10.5, bold=True, colour=STRUCK if voided else INK)
    facts = [
        f"how: {event.method}",
        f"recorded {_moment(event.recorded_at)} by {event.recorded_by or '—'}",
    ]
    if event.form_serial:
        facts.append(f"form serial {event.form_serial}")
    flow.text(" · ".join(facts), 8.5, colour=GREY, indent=12)
    if event.evidence_sha256:
        flow.text(f"scan sha256 {event.evidence_sha256}", 8, colour=GREY, indent=12)
    if voided:
        flow.text(
            f"VOIDED by #{event.voided_by_event_id}: {event.void_reason}",
            9,
            bold=True,
            colour=STRUCK,
            indent=12,
        )
    if event.action is Action.VOID:
        flow.text(f"voids #{event.voids_event_id}: {event.void_reason}", 9, indent=12)
    if event.customer_words:
        flow.text(f"their words: “{event.customer_words}”", 9, indent=12)
    if event.reason:
        flow.text(f"reason: {event.reason}", 9, indent=12)
    if event.note:
        flow.text(f"note: {event.note}", 9, indent=12)
    if event.notice is not None:
        notice = event.notice
        flow.text(
            f"wording shown: {notice.language} v{notice.version}, sha256 {notice.sha256}",
            8,
            colour=GREY,
            indent=12,
        )
        rtl = form_labels(notice.language).rtl if notice.language else False
        for paragraph in notice.text.split("\n"):
            flow.text(paragraph, 9, indent=24, rtl=rtl, space_after=0)
        flow.y -= 2
    if event.action is Action.OPT_OUT:
        sent = (
            f"sent {_moment(event.confirmation_sent_at)}"
            if event.confirmation_sent_at
            else "not marked sent"
        )
        flow.text(f"confirmation ({sent}):", 8.5, colour=GREY, indent=12)
        flow.text(event.confirmation_text, 9, indent=24, rtl=_direction(language))  # theirs
    flow.y -= 6


def build_proof_pdf(target: Path, proof: Proof) -> None:
    """Write the proof of consent to `target`."""
    canvas = embedded_canvas(str(target), A4)
    canvas.setTitle(f"Proof of consent — {proof.phone}")
    canvas.setAuthor(proof.business)
    flow = _Flow(canvas, proof)
    flow.text("Proof of consent to WhatsApp messages", 17, bold=True, space_after=4)
    flow.text(proof.business, 12, bold=True, rtl=None)
    if proof.address:
        flow.text(proof.address, 9, colour=GREY, rtl=None)
    flow.text(
        f"Printed {_moment(proof.generated_at)} by OptIn Desk. Shop numbers: "
        + (", ".join(proof.senders) or "—"),
        8.5,
        colour=GREY,
    )
    flow.rule()
    flow.text(proof.name or "(no name on file)", 13, bold=True, rtl=None)
    if unprintable(proof.name):
        flow.text(CODE_POINT_NOTE, 8.5, colour=GREY)
    flow.text(f"WhatsApp number {proof.phone}", 10)
    flow.text("Consent now:", 10, bold=True, space_after=0)
    for purpose in proof.purposes:
        since = f" since {_moment(purpose.since)}" if purpose.since else ""
        flow.text(
            f"{purpose.category.label} ({purpose.category.kind.value}): "
            f"{purpose.state.value.replace('_', ' ')}{since}",
            9.5,
            indent=12,
            space_after=0,
        )
    flow.rule()
    flow.text(f"Every entry of the records ({len(proof.events)}), oldest first", 11, bold=True)
    for event in proof.events:
        _event(flow, event, proof.language)
    flow.rule()
    flow.text("Ledger head when this proof was printed:", 9.5, bold=True)
    flow.text(f"{proof.ledger_head} ({proof.ledger_events} entries)", 9)
    flow.text(
        "Anyone can later confirm that none of these entries was changed since: "
        f"optin-desk verify --head {proof.ledger_head}",
        8.5,
        colour=GREY,
    )
    flow.finish()
    canvas.save()
