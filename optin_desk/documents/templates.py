"""Wording templates and other bundled resources, read from `resources/`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from optin_desk.domain.replies import LanguageWords, ReplyVocabulary, build_vocabulary
from optin_desk.domain.wording import LanguageTemplate

_TEMPLATE_FIELDS = frozenset(LanguageTemplate.__dataclass_fields__)


def resources_dir() -> Path:
    """The folder of bundled resources: beside the package in a checkout, inside it installed."""
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("optin_desk.resources")))


def available_languages() -> list[str]:
    """Language codes that have a wording template, sorted."""
    return sorted(path.stem for path in (resources_dir() / "wording").glob("*.json"))


@cache
def language_template(language: str) -> LanguageTemplate:
    """The wording template of `language` (e.g. "en"); ValueError when there is none."""
    path = resources_dir() / "wording" / f"{language}.json"
    if not path.is_file():
        known = ", ".join(available_languages())
        raise ValueError(f"no wording template for language {language!r}: use one of {known}")
    data = json.loads(path.read_text(encoding="utf-8"))
    values = {key: value for key, value in data.items() if key in _TEMPLATE_FIELDS}
    return LanguageTemplate(**values)


@cache
def reply_vocabulary() -> ReplyVocabulary:
    """The opt-out and opt-in words of every bundled language (English first)."""
    languages = available_languages()
    ordered = ["en", *(code for code in languages if code != "en")]
    words = []
    for code in ordered:
        path = resources_dir() / "wording" / f"{code}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        words.append(
            LanguageWords(
                language=code,
                opt_out=tuple(data.get("opt_out_keywords", ())),
                opt_in=tuple(data.get("opt_in_keywords", ())),
                stop_all=tuple(data.get("stop_all_keywords", ())),
                phrases=tuple(data.get("stop_phrases", ())),
                filler=tuple(data.get("filler_words", ())),
            )
        )
    return build_vocabulary(words)


@dataclass(frozen=True)
class FormLabels:
    """The words printed around the statement on a consent form, in one language."""

    title: str
    tick: str
    name: str
    number: str
    number_hint: str
    date: str
    signature: str
    for_staff: str
    entered_by: str
    entered_on: str
    form_number: str
    wording: str
    printed: str
    rtl: bool = False


@cache
def form_labels(language: str) -> FormLabels:
    """The form words of `language` (English where a template has none)."""
    language_template(language)  # a clear error for an unknown language
    data = json.loads((resources_dir() / "wording" / f"{language}.json").read_text("utf-8"))
    english = json.loads((resources_dir() / "wording" / "en.json").read_text("utf-8"))
    words = {**english.get("form", {}), **data.get("form", {})}
    fields = {key: str(words.get(key, "")) for key in FormLabels.__dataclass_fields__}
    fields.pop("rtl")
    return FormLabels(**fields, rtl=data.get("direction") == "rtl")
