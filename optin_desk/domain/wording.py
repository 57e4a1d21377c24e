"""Consent statements and opt-out confirmations: rendered, checked, and hashed.

A wording must name the business, say that the messages come over WhatsApp, list the
categories and say how to opt out (WhatsApp's opt-in policy). An opt-out confirmation must
name the business, say what stops and what continues, and tell how to opt in again.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from optin_desk.domain.consent import (
    SCOPE_ALL,
    SCOPE_MARKETING,
    Category,
    CategoryKind,
)
from optin_desk.domain.messages import QT_TRANSLATE_NOOP, WordedError


@dataclass(frozen=True)
class LanguageTemplate:
    """The texts of one language from which wordings and confirmations are rendered.

    `statement` takes `$business`, `$categories`, `$stop_keyword`; `confirmation` takes
    `$business`, `$stopped`, `$continues`, `$start_keyword`. A category label is never slotted
    in as a bare noun: `quoted` puts it in the language's quotation marks, and `stopped_some`
    (one category stopped), `stopped_marketing` and `continues_some` introduce the quoted
    `$labels`, so no article or agreement depends on what the shop called a category.
    """

    language: str
    name: str
    statement: str
    category_line: str
    marketing_heading: str
    service_heading: str
    stop_keyword: str
    start_keyword: str
    confirmation: str
    stopped_all: str
    stopped_marketing: str
    continues_some: str
    continues_none: str
    list_joiner: str = ", "
    stopped_some: str = "$labels"
    quoted: str = "$label"


ENGLISH_STOP = "STOP"
ENGLISH_START = "START"
"""The English keywords: read by `replies` in every language, so a shop's own text that
names them (as every template once did) still tells how to opt out and in again."""


def _names(text: str, keyword: str, english: str) -> bool:
    """Whether `text` names the language's keyword or the English one."""
    folded = text.casefold()
    return keyword.casefold() in folded or english.casefold() in folded


def sha256_text(text: str) -> str:
    """Hex sha256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fill(template_text: str, values: Mapping[str, str]) -> str:
    try:
        return string.Template(template_text).substitute(values)
    except (KeyError, ValueError) as error:
        raise WordedError(
            QT_TRANSLATE_NOOP(
                "Messages", "the template has an unknown or broken placeholder: {error}"
            ),
            error=error,
        ) from None


def render_statement(
    template: LanguageTemplate, business: str, categories: Sequence[Category]
) -> str:
    """The consent statement for the active categories, service first then marketing."""
    active = [c for c in categories if not c.archived]
    blocks: list[str] = []
    for kind, heading in (
        (CategoryKind.SERVICE, template.service_heading),
        (CategoryKind.MARKETING, template.marketing_heading),
    ):
        members = [c for c in active if c.kind is kind]
        if not members:
            continue
        lines = [heading] + [
            _fill(template.category_line, {"label": c.label, "description": c.description}).rstrip(
                " :"
            )
            for c in members
        ]
        blocks.append("\n".join(lines))
    text = _fill(
        template.statement,
        {
            "business": business,
            "categories": "\n".join(blocks),
            "stop_keyword": template.stop_keyword,
        },
    )
    return text.strip()


@dataclass(frozen=True)
class StatementBlock:
    """One line of a consent statement: plain text, a heading, or one category's line."""

    text: str
    kind: str = "text"
    category: Category | None = None


def statement_blocks(
    template: LanguageTemplate, business: str, categories: Sequence[Category]
) -> list[StatementBlock]:
    """The statement of `render_statement`, line by line, knowing which line is a category.

    Joining the blocks' texts with newlines gives exactly `render_statement`'s text, so a form
    that prints a tick box beside each category line still prints the stored wording.
    """
    marker = "\x00"
    filled = _fill(
        template.statement,
        {"business": business, "categories": marker, "stop_keyword": template.stop_keyword},
    )
    before, found, after = filled.partition(marker)
    if not found:
        return _trimmed([StatementBlock(line) for line in filled.strip().split("\n")])
    lines_before = before.split("\n")
    prefix = lines_before.pop()
    blocks = [StatementBlock(line) for line in lines_before]
    lines_after = after.split("\n") if found else []
    suffix = lines_after.pop(0) if lines_after else ""
    first_category = len(blocks)
    active = [c for c in categories if not c.archived]
    for kind, heading in (
        (CategoryKind.SERVICE, template.service_heading),
        (CategoryKind.MARKETING, template.marketing_heading),
    ):
        members = [c for c in active if c.kind is kind]
        if not members:
            continue
        blocks.append(StatementBlock(heading, f"heading_{kind.value}"))
        for category in members:
            line = _fill(
                template.category_line,
                {"label": category.label, "description": category.description},
            ).rstrip(" :")
            blocks.append(StatementBlock(line, "category", category))
    if len(blocks) == first_category:
        blocks.append(StatementBlock(""))
    if prefix:  # text before $categories on its line stays on that line
        head = blocks[first_category]
        blocks[first_category] = StatementBlock(prefix + head.text, head.kind, head.category)
    if suffix:
        tail = blocks[-1]
        blocks[-1] = StatementBlock(tail.text + suffix, tail.kind, tail.category)
    blocks.extend(StatementBlock(line) for line in lines_after)
    return _trimmed(blocks)


def _trimmed(blocks: list[StatementBlock]) -> list[StatementBlock]:
    """Blocks without the blank lines and outer spaces that `render_statement` strips."""
    while blocks and not blocks[0].text.strip():
        blocks.pop(0)
    while blocks and not blocks[-1].text.strip():
        blocks.pop()
    if blocks:
        first, last = blocks[0], blocks[-1]
        blocks[0] = StatementBlock(first.text.lstrip(), first.kind, first.category)
        last = blocks[-1]
        blocks[-1] = StatementBlock(last.text.rstrip(), last.kind, last.category)
    return blocks


def wording_problems(
    text: str,
    business: str,
    categories: Sequence[Category],
    stop_keyword: str,
) -> list[str]:
    """What a consent statement lacks to satisfy WhatsApp's opt-in policy (empty when fine)."""
    problems: list[str] = []
    if business.strip() and business not in text:
        problems.append(f"it must name the business ({business})")
    if "whatsapp" not in text.casefold():
        problems.append("it must say that the messages come over WhatsApp")
    missing = [c.label for c in categories if not c.archived and c.label not in text]
    if missing:
        problems.append("it must list every category: missing " + ", ".join(missing))
    if not _names(text, stop_keyword, ENGLISH_STOP):
        problems.append(f"it must say how to opt out (for instance: reply {stop_keyword})")
    return problems


def stopped_and_continuing(
    scope: str,
    categories: Sequence[Category],
    opted_in_after: Sequence[str],
) -> tuple[list[Category], list[Category]]:
    """Which categories an opt-out of `scope` stops, and which the person still receives.

    `opted_in_after` are the keys the person is still opted in to once the opt-out is counted.
    """
    active = [c for c in categories if not c.archived]
    if scope == SCOPE_ALL:
        stopped = active
    elif scope == SCOPE_MARKETING:
        stopped = [c for c in active if c.kind is CategoryKind.MARKETING]
    else:
        stopped = [c for c in active if c.key == scope]
    stopped_keys = {c.key for c in stopped}
    continuing = [c for c in active if c.key in opted_in_after and c.key not in stopped_keys]
    return stopped, continuing


def render_confirmation(
    template: LanguageTemplate,
    business: str,
    scope: str,
    categories: Sequence[Category],
    opted_in_after: Sequence[str],
    confirmation_text: str | None = None,
) -> str:
    """The opt-out confirmation: names the business, what stops, what continues, how to return.

    `confirmation_text` overrides the language's template (a shop's own wording).
    """
    stopped, continuing = stopped_and_continuing(scope, categories, opted_in_after)
    if scope == SCOPE_ALL:
        stopped_text = template.stopped_all
    elif scope == SCOPE_MARKETING:
        stopped_text = _fill(template.stopped_marketing, {"labels": quoted(template, stopped)})
    else:
        labels = quoted(template, stopped) or _fill(template.quoted, {"label": scope})
        stopped_text = _fill(template.stopped_some, {"labels": labels})
    if continuing:
        continues_text = _fill(template.continues_some, {"labels": quoted(template, continuing)})
    elif scope == SCOPE_ALL:
        continues_text = ""  # "no other messages" would repeat that every message stops
    else:
        continues_text = template.continues_none
    text = _fill(
        confirmation_text or template.confirmation,
        {
            "business": business,
            "stopped": stopped_text,
            "continues": continues_text,
            "start_keyword": template.start_keyword,
        },
    )
    # runs of spaces and line breaks become one space; no-break spaces (French « ») stay
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def quoted(template: LanguageTemplate, categories: Sequence[Category]) -> str:
    """The categories' labels, each in the language's quotation marks, joined into a list."""
    return template.list_joiner.join(_fill(template.quoted, {"label": c.label}) for c in categories)


def confirmation_problems(text: str, business: str, start_keyword: str) -> list[str]:
    """What an opt-out confirmation lacks (empty when it is complete)."""
    problems: list[str] = []
    if not text.strip():
        return ["the confirmation is empty"]
    if business.strip() and business not in text:
        problems.append(f"it must name the business ({business})")
    if not _names(text, start_keyword, ENGLISH_START):
        problems.append(f"it must tell how to opt in again (for instance: reply {start_keyword})")
    return problems
