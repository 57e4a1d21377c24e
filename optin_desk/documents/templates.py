"""Wording templates and other bundled files, read from the package `optin_desk.resources`."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache

from optin_desk.domain.consent import DEFAULT_CATEGORIES, Category
from optin_desk.domain.privacy import PrivacyTexts
from optin_desk.domain.replies import LanguageWords, ReplyVocabulary, build_vocabulary
from optin_desk.domain.wording import LanguageTemplate
from optin_desk.resources import resource, resources_dir

_TEMPLATE_FIELDS = frozenset(LanguageTemplate.__dataclass_fields__)


def available_languages() -> list[str]:
    """Language codes that have a wording template, sorted."""
    found = sorted(path.stem for path in (resources_dir() / "wording").glob("*.json"))
    if not found:
        resource("wording", "en.json")  # names the first file a language needs
    return found


@cache
def language_template(language: str) -> LanguageTemplate:
    """The wording template of `language` (e.g. "en"); ValueError when there is none."""
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise ValueError(f"no wording template for language {language!r}: use one of {known}")
    data = json.loads(resource("wording", f"{language}.json").read_text(encoding="utf-8"))
    values = {key: value for key, value in data.items() if key in _TEMPLATE_FIELDS}
    return LanguageTemplate(**values)


@cache
def reply_vocabulary() -> ReplyVocabulary:
    """The opt-out and opt-in words of every bundled language (English first)."""
    languages = available_languages()
    ordered = ["en", *(code for code in languages if code != "en")]
    words = []
    for code in ordered:
        data = json.loads(resource("wording", f"{code}.json").read_text(encoding="utf-8"))
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
    sample: str
    """The mark a sample page carries where a real form has its serial ("SAMPLE")."""
    wording: str
    printed: str
    code_points: str
    anchor: str
    no_anchor: str
    rtl: bool = False


@cache
def form_labels(language: str) -> FormLabels:
    """The form words of `language` (English where a template has none)."""
    language_template(language)  # a clear error for an unknown language
    data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
    english = json.loads(resource("wording", "en.json").read_text("utf-8"))
    words = {**english.get("form", {}), **data.get("form", {})}
    fields = {key: str(words.get(key, "")) for key in FormLabels.__dataclass_fields__}
    fields.pop("rtl")
    return FormLabels(**fields, rtl=data.get("direction") == "rtl")


@cache
def default_category_texts(language: str) -> dict[str, tuple[str, str]]:
    """The default categories' label and description in `language` (key -> (label, text))."""
    language_template(language)  # a clear error for an unknown language
    data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
    return {
        str(key): (str(text["label"]), str(text.get("description", "")))
        for key, text in data.get("categories", {}).items()
    }


def default_categories(language: str) -> tuple[Category, ...]:
    """The default categories, worded in `language` (English where it has no text)."""
    texts = default_category_texts(language)
    return tuple(
        replace(c, label=texts[c.key][0], description=texts[c.key][1]) if c.key in texts else c
        for c in DEFAULT_CATEGORIES
    )


@cache
def privacy_texts(language: str) -> PrivacyTexts:
    """The privacy block's sentences in `language` (English where a template has none)."""
    language_template(language)
    data = json.loads(resource("wording", f"{language}.json").read_text("utf-8"))
    english = json.loads(resource("wording", "en.json").read_text("utf-8"))
    texts = {**english["privacy"], **data.get("privacy", {})}
    return PrivacyTexts(
        **{key: str(texts[key]) for key in PrivacyTexts.__dataclass_fields__ if key != "years"},
        years={str(k): str(v) for k, v in texts.get("years", {}).items()},
    )
