"""Proof of consent as a PDF: the person, their consent now, every event with the wording shown.

Text flows over as many pages as it needs; every page carries the ledger head and the signed
checkpoint the proof rests on (or says plainly that there is none), the shop's key
fingerprint, and how to check it: `optin-desk verify-proof FILE.json --key FINGERPRINT` on the
JSON proof written beside the PDF (or made with `proof NUMBER --out FILE.json`). The
proof's own words are in `proof.words_language` (the customer's, else the shop's), right to
left for Arabic; what people wrote keeps the direction of its first letter.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from optin_desk.documents.fonts import unprintable
from optin_desk.documents.proof_words import ProofWords, proof_words
from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.documents.typeset import draw_line, embedded_canvas, wrap
from optin_desk.domain.consent import SCOPE_ALL, SCOPE_MARKETING, Action
from optin_desk.domain.printed_anchor import UNANCHORED, PrintedAnchor
from optin_desk.domain.program_notes import shown_note
from optin_desk.domain.proof import Proof, ProofEvent
from optin_desk.domain.when import from_canonical, local_display_zoned, local_zone_name

MARGIN = 46.0
FOOTER_SIZE = 6.5
FOOTER_STEP = 8.0
FOOTER_BASE = 18.0
"""The baseline of the footer's last line, from the bottom edge."""
KEEP_WITH_HEADING = 3
"""An entry's heading starts a new page unless this many of its lines fit below it."""
INK = HexColor("#1a1a1a")
GREY = HexColor("#5f6368")
STRUCK = HexColor("#b00020")


class _Flow:
    """Lines placed down the page, a new page when the next one does not fit."""

    def __init__(self, canvas: Canvas, proof: Proof, anchor: PrintedAnchor, json_name: str) -> None:
        self.canvas = canvas
        self.proof = proof
        self.words = proof_words(proof.words_language)
        self.width, self.height = A4
        self.inner = self.width - 2 * MARGIN
        self.page = 1
        self.y = self.height - MARGIN
        self.anchor_lines = [
            line
            for said in anchor_sentences(self.words, proof, anchor, json_name)
            for line in wrap(said, FOOTER_SIZE, self.inner, rtl=self.words.rtl)
        ]
        self.bottom = FOOTER_BASE + (len(self.anchor_lines) + 1) * FOOTER_STEP + 4
        """Text stops above this: the footer stands below it."""

    def _footer(self) -> None:
        self.canvas.setFillColor(GREY)
        words, proof = self.words, self.proof
        line = words.say(
            "footer",
            phone=words.fixed(proof.phone),
            head=words.fixed(f"{proof.ledger_head[:16]}…"),
            count=proof.ledger_events,
            page=self.page,
        )
        first = wrap(line, FOOTER_SIZE, self.inner, rtl=words.rtl)[:1]
        y = FOOTER_BASE + len(self.anchor_lines) * FOOTER_STEP
        for placed in first + self.anchor_lines:
            draw_line(self.canvas, placed, MARGIN, y, self.inner, align_right=placed.rtl)
            y -= FOOTER_STEP

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
        rtl: bool | Literal["own"] | None = "own",
        space_after: float = 2,
    ) -> None:
        """A wrapped paragraph (kept as written: nothing is read as markup).

        `rtl` is its direction: "own" for the proof's own words (their language's), a
        language's for its wording, None (from the first letter) for what people wrote.
        Right-to-left paragraphs stand against the right edge.
        """
        if isinstance(rtl, str):
            rtl = self.words.rtl
        step = size * 1.35
        width = self.inner - indent
        for line in wrap(text, size, width, bold, rtl):
            if self.y - step < self.bottom:
                self.new_page()
            self.y -= step
            self.canvas.setFillColor(colour)
            left = MARGIN if line.rtl else MARGIN + indent
            draw_line(self.canvas, line, left, self.y + size * 0.3, width, align_right=line.rtl)
        self.y -= space_after

    def keep_together(self, lines: int, size: float = 9.5) -> None:
        """Start a new page unless `lines` lines of `size` fit on this one."""
        if self.y - lines * size * 1.35 < self.bottom:
            self.new_page()

    def rule(self) -> None:
        """A thin line across."""
        if self.y - 8 < self.bottom:
            self.new_page()
        self.y -= 6
        self.canvas.setStrokeColor(GREY)
        self.canvas.setLineWidth(0.4)
        self.canvas.line(MARGIN, self.y, self.width - MARGIN, self.y)
        self.y -= 6

    def finish(self) -> None:
        """The last page's footer."""
        self._footer()


def anchor_sentences(
    words: ProofWords, proof: Proof, anchor: PrintedAnchor, json_name: str
) -> list[str]:
    """What the proof rests on, the key to check it with and how: the footer of every page."""
    checkpoint = anchor.checkpoint
    if checkpoint is None:
        rests = words.say("checkpoint_none")
    else:
        rests = words.say(
            "checkpoint_signed" if anchor.fresh else "checkpoint_kept",
            count=checkpoint.tree_size,
            head=words.fixed(anchor.head_short),
            when=_moment(words, from_canonical(checkpoint.made_at)),
        )
    fingerprint = words.fixed(anchor.fingerprint)
    key = words.say("key", fingerprint=fingerprint) if anchor.fingerprint else words.say("no_key")
    phone = words.fixed(proof.phone)
    if json_name and checkpoint is not None and anchor.fresh:
        command = words.fixed(f"optin-desk verify-proof {json_name} --key {anchor.fingerprint}")
        check = words.say("check_json", command=command, json=words.fixed(json_name))
    else:
        make = words.fixed(f"optin-desk --pin PIN proof {proof.phone} --out FILE.json")
        verify = (
            f"optin-desk verify-proof FILE.json --key {anchor.fingerprint}"
            if anchor.fingerprint
            else "optin-desk verify-proof FILE.json"
        )
        check = words.say("check_make", make=make, verify=words.fixed(verify), phone=phone)
    return [rests, key, check]


def _moment(words: ProofWords, value: datetime | None) -> str:
    return words.fixed(local_display_zoned(value)) if value is not None else "—"


def _given(words: ProofWords, event: ProofEvent) -> str:
    """When the person gave it: their day alone when they gave no time (a dated form)."""
    if event.occurred_on is not None:
        return words.fixed(event.occurred_on.isoformat())
    return _moment(words, event.occurred_at)


def _direction(language: str) -> bool | None:
    """A language's direction, or None (from the first letter) when it is not known."""
    return form_labels(language).rtl if language in available_languages() else None


def _scope(words: ProofWords, event: ProofEvent) -> str:
    if event.scope == SCOPE_ALL:
        return words.say("all_messages")
    if event.scope == SCOPE_MARKETING:
        return words.say("all_marketing")
    return event.scope_label


def _event(flow: _Flow, event: ProofEvent, language: str) -> None:
    words = flow.words
    voided = event.voided_by_event_id is not None
    if event.action is Action.VOID:  # a correction: what it voids, not a consent of its own
        what = words.say("void_of", event=event.voids_event_id)
        head = f"#{event.event_id}  {what} · {_moment(words, event.recorded_at)}"
    else:
        head = (
            f"#{event.event_id}  {words.name('actions', event.action.value)} · "
            f"{_scope(words, event)} · {_given(words, event)}"
        )
    flow.keep_together(KEEP_WITH_HEADING + 1, 10.5)
    flow.text(head, 10.5, bold=True, colour=STRUCK if voided else INK)
    recorded = words.say(
        "recorded", when=_moment(words, event.recorded_at), who=event.recorded_by or "—"
    )
    facts = (
        [recorded]
        if event.action is Action.VOID
        else [words.say("how", method=words.name("methods", event.method)), recorded]
    )
    if event.form_serial:
        facts.append(words.say("form_serial", serial=words.fixed(event.form_serial)))
    flow.text(" · ".join(facts), 8.5, colour=GREY, indent=12)
    if event.evidence_sha256:
        sha = words.fixed(event.evidence_sha256)
        flow.text(words.say("scan", sha256=sha), 8, colour=GREY, indent=12)
    if voided:
        flow.text(
            words.say("voided_by", event=event.voided_by_event_id, reason=event.void_reason),
            9,
            bold=True,
            colour=STRUCK,
            indent=12,
        )
    if event.action is Action.VOID:
        said = words.say("voids", event=event.voids_event_id, reason=event.void_reason)
        flow.text(said, 9, indent=12)
    for key, value in (
        ("their_words", event.customer_words),
        ("reason", event.reason),
        (
            "note",
            shown_note(event.note, lambda note, fields: words.say(f"note_{note.code}", **fields)),
        ),
    ):
        if value:
            slot = "words" if key == "their_words" else "text"
            flow.text(words.say(key, **{slot: value}), 9, indent=12)
    if event.notice is not None:
        notice = event.notice
        shown = words.say(
            "wording_shown" if event.wording_known_shown else "wording_in_force",
            wording=words.fixed(f"{notice.language} v{notice.version}"),
            sha256=words.fixed(notice.sha256),
        )
        flow.text(shown, 8, colour=GREY, indent=12)
        rtl = form_labels(notice.language).rtl if notice.language else False
        for paragraph in notice.text.split("\n"):
            flow.text(paragraph, 9, indent=24, rtl=rtl, space_after=0)
        flow.y -= 2
    if event.action is Action.OPT_OUT:
        sent = (
            words.say("confirmation_sent", when=_moment(words, event.confirmation_sent_at))
            if event.confirmation_sent_at
            else words.say("confirmation_not_sent")
        )
        flow.text(sent, 8.5, colour=GREY, indent=12)
        flow.text(event.confirmation_text, 9, indent=24, rtl=_direction(language))  # theirs
    flow.y -= 6


def _person(flow: _Flow, proof: Proof) -> None:
    words = flow.words
    flow.text(proof.name or words.say("no_name"), 13, bold=True, rtl=None)
    if unprintable(proof.name):
        flow.text(words.say("code_points"), 8.5, colour=GREY)
    flow.text(words.say("number", phone=words.fixed(proof.phone)), 10)
    flow.text(words.say("consent_now"), 10, bold=True, space_after=0)
    days = {e.event_id: e.occurred_on for e in proof.events if e.occurred_on is not None}
    for purpose in proof.purposes:
        day = days.get(purpose.event_id) if purpose.event_id is not None else None
        values = {
            "label": purpose.category.label,
            "kind": words.name("kinds", purpose.category.kind.value),
            "state": words.name("states", purpose.state.value),
        }
        if day is not None:  # given as a day: shown as that day, not as its midnight
            line = words.say("purpose_since", when=words.fixed(day.isoformat()), **values)
        elif purpose.since:
            line = words.say("purpose_since", when=_moment(words, purpose.since), **values)
        else:
            line = words.say("purpose", **values)
        flow.text(line, 9.5, indent=12, space_after=0)


def _rests_on(flow: _Flow, anchor: PrintedAnchor) -> None:
    """The checkpoint in full (both hashes whole), after the ledger head."""
    checkpoint, words = anchor.checkpoint, flow.words
    if checkpoint is None:
        return
    flow.text(words.say("checkpoint_heading"), 9.5, bold=True)
    full = words.say(
        "checkpoint_full",
        count=checkpoint.tree_size,
        root=words.fixed(checkpoint.root_hash),
        head=words.fixed(checkpoint.head_hash),
        when=_moment(words, from_canonical(checkpoint.made_at)),
    )
    flow.text(full, 8.5)


def build_proof_pdf(
    target: Path, proof: Proof, anchor: PrintedAnchor = UNANCHORED, json_name: str = ""
) -> None:
    """Write the proof of consent to `target`, resting on `anchor`; `json_name` names the
    anchored JSON proof written beside it ("" when none was)."""
    canvas = embedded_canvas(str(target), A4)
    flow = _Flow(canvas, proof, anchor, json_name)
    words = flow.words
    canvas.setTitle(f"{words.say('short_title')} — {proof.phone}")
    canvas.setAuthor(proof.business)
    flow.text(words.say("title"), 17, bold=True, space_after=4)
    flow.text(proof.business, 12, bold=True, rtl=None)
    if proof.address:
        flow.text(proof.address, 9, colour=GREY, rtl=None)
    numbers = ", ".join(words.fixed(number) for number in proof.senders) or "—"
    printed = words.say("printed", when=_moment(words, proof.generated_at))
    flow.text(f"{printed} {words.say('shop_numbers', numbers=numbers)}", 8.5, colour=GREY)
    zone = words.fixed(local_zone_name(proof.generated_at))
    flow.text(words.say("times", zone=zone), 8.5, colour=GREY)
    flow.rule()
    _person(flow, proof)
    flow.rule()
    flow.text(words.say("entries", count=len(proof.events)), 11, bold=True)
    for event in proof.events:
        _event(flow, event, proof.language)
    flow.rule()
    flow.text(words.say("head_heading"), 9.5, bold=True)
    head = words.say("head", hash=words.fixed(proof.ledger_head), count=proof.ledger_events)
    flow.text(head, 9)
    command = words.fixed(f"optin-desk verify --head {proof.ledger_head}")
    flow.text(words.say("verify", command=command), 8.5, colour=GREY)
    _rests_on(flow, anchor)
    flow.finish()
    canvas.save()
