"""The proof PDF's own words in one language, read from the `proof` section of the wording files.

Values slotted into a sentence (dates, numbers, hashes, a command) are left-to-right islands,
so a right-to-left proof keeps their characters in order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from string import Template

from optin_desk.documents.bidi_runs import isolated_ltr
from optin_desk.documents.templates import available_languages, form_labels
from optin_desk.resources import resource

_TABLES = ("actions", "states", "kinds", "methods")


@dataclass(frozen=True)
class ProofWords:
    """The sentences, headings and names of one language's proof."""

    language: str
    rtl: bool
    sentences: Mapping[str, str]
    tables: Mapping[str, Mapping[str, str]]

    def say(self, key: str, **values: object) -> str:
        """The sentence `key` with its `$name` slots filled (values are never read as slots)."""
        return Template(self.sentences[key]).substitute(
            {name: str(value) for name, value in values.items()}
        )

    def name(self, table: str, code: str) -> str:
        """A code (`paper_form`, `opted_in`) in words; the code itself when it has none."""
        return self.tables[table].get(code, code.replace("_", " "))

    def fixed(self, text: str) -> str:
        """`text` (a date, a number, a hash) kept left to right inside this language's lines."""
        return isolated_ltr(text) if self.rtl else text


def _section(language: str) -> dict[str, object]:
    data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
    section = data.get("proof", {})
    return section if isinstance(section, dict) else {}


@cache
def proof_words(language: str) -> ProofWords:
    """The proof words of `language`, English where its file has none; English for unknown."""
    if language not in available_languages():
        language = "en"
    english, own = _section("en"), _section(language)
    sentences = {
        key: str(own.get(key, value)) for key, value in english.items() if key not in _TABLES
    }
    tables: dict[str, Mapping[str, str]] = {}
    for table in _TABLES:
        base = english.get(table, {})
        mine = own.get(table, {})
        merged = {
            **(base if isinstance(base, dict) else {}),
            **(mine if isinstance(mine, dict) else {}),
        }
        tables[table] = {str(k): str(v) for k, v in merged.items()}
    return ProofWords(language, form_labels(language).rtl, sentences, tables)
