"""Reading customers' replies: a clear opt-out keyword, an opt-in request, or words a person weighs.

Keywords match as whole words in any case with accents optional ("Stop!" and "arret" match,
"stopwatch" does not). A keyword alone (give or take "please" and "thanks") is clear; a keyword
among other words, or a phrase such as "no más mensajes", is flagged for a person to decide.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from optin_desk.domain.messages import QT_TRANSLATE_NOOP, Said


class ReplyKind(StrEnum):
    """What a reply asks for."""

    OPT_OUT = "opt_out"
    OPT_IN_REQUEST = "opt_in_request"
    MAYBE_OPT_OUT = "maybe_opt_out"
    OTHER = "other"


@dataclass(frozen=True)
class LanguageWords:
    """The reply words of one language, as the wording templates list them."""

    language: str
    opt_out: Sequence[str]
    opt_in: Sequence[str]
    stop_all: Sequence[str] = ()
    phrases: Sequence[str] = ()
    filler: Sequence[str] = ()


Words = tuple[str, ...]


@dataclass(frozen=True)
class ReplyVocabulary:
    """Every language's words, folded for matching; phrase → languages that use it."""

    opt_out: Mapping[Words, tuple[str, ...]]
    opt_in: Mapping[Words, tuple[str, ...]]
    stop_all: frozenset[Words]
    phrases: Mapping[Words, tuple[str, ...]]
    filler: frozenset[str]
    longest: int
    """The most words any phrase of the tables has (a message is searched up to that)."""


@dataclass(frozen=True)
class Classification:
    """What one reply was read as, and why."""

    kind: ReplyKind
    why: str
    matched: str = ""
    languages: tuple[str, ...] = ()
    stops_all: bool = False

    def language(self, preferred: Sequence[str]) -> str:
        """The reply's language: the first of `preferred` it may be in, else its own first."""
        for language in preferred:
            if language in self.languages:
                return language
        return self.languages[0] if self.languages else ""


def fold(text: str) -> str:
    """Case and accents removed (also Arabic diacritics), compatibility forms unified."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept)


def _tokens(text: str) -> list[str]:
    """Runs of letters, digits and marks, as written."""
    tokens: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.category(ch)[0] in "LNM" or ch == "'":
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return [t.strip("'") for t in tokens if t.strip("'")]


def words_of(text: str) -> Words:
    """The folded whole words of a text."""
    return tuple(fold(token) for token in _tokens(text))


def build_vocabulary(languages: Iterable[LanguageWords]) -> ReplyVocabulary:
    """Fold every language's lists into one vocabulary (languages keep their order)."""
    opt_out: dict[Words, list[str]] = {}
    opt_in: dict[Words, list[str]] = {}
    phrases: dict[Words, list[str]] = {}
    stop_all: set[Words] = set()
    filler: set[str] = set()
    for words in languages:
        for target, texts in ((opt_out, words.opt_out), (opt_in, words.opt_in)):
            for text in texts:
                key = words_of(text)
                if key and words.language not in target.setdefault(key, []):
                    target[key].append(words.language)
        for text in words.phrases:
            key = words_of(text)
            if key:
                phrases.setdefault(key, []).append(words.language)
        stop_all.update(words_of(text) for text in words.stop_all)
        filler.update(w for text in words.filler for w in words_of(text))
    return ReplyVocabulary(
        _longest_first(opt_out),
        _longest_first(opt_in),
        frozenset(stop_all),
        _longest_first(phrases),
        frozenset(filler),
        max((len(k) for table in (opt_out, opt_in, phrases) for k in table), default=0),
    )


def _longest_first(table: dict[Words, list[str]]) -> dict[Words, tuple[str, ...]]:
    """The table ordered longest phrase first ("stop all" is tried before "stop")."""
    return {k: tuple(table[k]) for k in sorted(table, key=len, reverse=True)}


def _find(
    words: Words, wanted: Mapping[Words, tuple[str, ...]], longest: int
) -> list[tuple[int, Words]]:
    """Where each of `wanted` (longest first) occurs in `words` as a whole-word run.

    Each run of the message up to `longest` words is looked up in the table (a message has
    few words, a table hundreds of phrases). Runs found that overlap are settled as the
    table's order says: an earlier phrase of the table keeps its words.
    """
    candidates = [
        (start, words[start : start + size])
        for size in range(min(longest, len(words)), 0, -1)
        for start in range(len(words) - size + 1)
        if words[start : start + size] in wanted
    ]
    spans = [set(range(start, start + len(phrase))) for start, phrase in candidates]
    if len(set().union(*spans)) < sum(len(span) for span in spans):
        order = {phrase: rank for rank, phrase in enumerate(wanted)}
        candidates.sort(key=lambda hit: (order[hit[1]], hit[0]))
    found: list[tuple[int, Words]] = []
    taken: set[int] = set()
    for start, phrase in candidates:
        span = set(range(start, start + len(phrase)))
        if not span & taken:
            found.append((start, phrase))
            taken |= span
    return sorted(found)


def _languages(hits: Sequence[Words], table: Mapping[Words, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lang for hit in hits for lang in table[hit]))


def _shown(hits: Sequence[tuple[int, Words]], written: Sequence[str]) -> str:
    """The matched words as the customer wrote them (upper-cased), each once."""
    return ", ".join(dict.fromkeys(" ".join(written[s : s + len(p)]).upper() for s, p in hits))


def classify_reply(message: str, vocabulary: ReplyVocabulary) -> Classification:
    """Read one reply: clear opt-out, opt-in request, maybe an opt-out, or nothing of the kind."""
    written = _tokens(message)
    words = tuple(fold(token) for token in written)
    if not words:
        return Classification(ReplyKind.OTHER, Said(QT_TRANSLATE_NOOP("Messages", "no words")))
    out_hits = _find(words, vocabulary.opt_out, vocabulary.longest)
    in_hits = _find(words, vocabulary.opt_in, vocabulary.longest)
    outs = [phrase for _, phrase in out_hits]
    ins = [phrase for _, phrase in in_hits]
    used = sum(len(p) for p in outs + ins)
    rest = [w for w in words if w not in vocabulary.filler]
    alone = used >= len(rest) and len(words) - used <= 3
    shown_out = _shown(out_hits, written)
    shown_in = _shown(in_hits, written)
    if outs and ins:
        return Classification(
            ReplyKind.MAYBE_OPT_OUT,
            Said(
                QT_TRANSLATE_NOOP("Messages", "says both {out} and {in_}: a person decides"),
                out=shown_out,
                in_=shown_in,
            ),
            shown_out,
            _languages(outs, vocabulary.opt_out),
        )
    if outs:
        languages = _languages(outs, vocabulary.opt_out)
        stops_all = any(p in vocabulary.stop_all for p in outs)
        if alone:
            return Classification(
                ReplyKind.OPT_OUT,
                Said(QT_TRANSLATE_NOOP("Messages", "keyword {word}"), word=shown_out),
                shown_out,
                languages,
                stops_all,
            )
        return Classification(
            ReplyKind.MAYBE_OPT_OUT,
            Said(
                QT_TRANSLATE_NOOP("Messages", "{word} among other words: a person decides"),
                word=shown_out,
            ),
            shown_out,
            languages,
            stops_all,
        )
    phrase_hits = _find(words, vocabulary.phrases, vocabulary.longest)
    phrases = [phrase for _, phrase in phrase_hits]
    if phrases:
        shown = ", ".join(f"“{' '.join(written[s : s + len(p)])}”" for s, p in phrase_hits)
        return Classification(
            ReplyKind.MAYBE_OPT_OUT,
            Said(
                QT_TRANSLATE_NOOP("Messages", "says {words}: may mean stop; a person decides"),
                words=shown,
            ),
            shown,
            _languages(phrases, vocabulary.phrases),
        )
    if ins and alone:
        return Classification(
            ReplyKind.OPT_IN_REQUEST,
            Said(
                QT_TRANSLATE_NOOP("Messages", "keyword {word}: an opt-in once staff confirm"),
                word=shown_in,
            ),
            shown_in,
            _languages(ins, vocabulary.opt_in),
        )
    return Classification(
        ReplyKind.OTHER, Said(QT_TRANSLATE_NOOP("Messages", "no opt-out or opt-in words"))
    )
