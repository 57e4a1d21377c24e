"""Messages for people, in words that are translated where they are shown.

The domain and the services never translate: they mark each message's literal English with
`QT_TRANSLATE_NOOP("Messages", ...)` (so `pyside6-lupdate` extracts it into the messages
catalogue) and hand it on with its named fields. The window or the command line looks the
English up in the shop's language and only then fills in the fields (`str.format`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping, Sequence

CONTEXT = "Messages"
"""The translation context of every message the domain and the services hand to a person."""
COUNTRIES = "Countries"
"""The context under which a front door's lookup names a country by its region code:
`lookup(COUNTRIES, "GB", None, -1)` is "United Kingdom" in English, "Reino Unido" in Spanish.
A lookup that knows no names gives the code back (as `english` does)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for extraction into translations under `context`; return it unchanged."""
    del context
    return text


class Plural:
    """The marker of a message with a count: `Plural.translate("Messages", "%n row(s)", None,
    n)` is extracted by lupdate as a numerus message (a form per count) and returns the text."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: None, n: int) -> str:
        """Mark `text` (with `%n`) for extraction as a counted message; return it unchanged."""
        del context, disambiguation, n
        return text


_ENGLISH_PLURAL = re.compile(r"\((e?s)\)|\(([^()|]*)\|([^()|]*)\)")


def english(text: str, n: int) -> str:
    """The English of a source text: `%n` filled in, `(s)` kept or dropped for the count, and
    `(one|many)` the form that fits it (no count, n < 0: the text as it is)."""
    if n < 0:
        return text

    def form(found: re.Match[str]) -> str:
        suffix, one, many = found.groups()
        if suffix is not None:
            return "" if n == 1 else suffix
        return str(one if n == 1 else many)

    return _ENGLISH_PLURAL.sub(form, text).replace("%n", str(n))


def filled(text: str, fields: Mapping[str, object]) -> str:
    """`text` with its `{name}` fields filled in (as it is, when there are none); a field
    that is a tuple is its items, said one after the other with commas between."""
    if not fields:
        return text
    shown = {
        key: ", ".join(str(item) for item in value) if isinstance(value, tuple) else value
        for key, value in fields.items()
    }
    return text.format_map(shown)


class WordedError(ValueError):
    """A refusal whose English (`text`, marked for translation) has named `{fields}` (and
    `%n`, the count `n`, when marked with `Plural.translate`).

    `str(error)` is the English sentence; `worded_in()` gives it in another language."""

    def __init__(self, text: str, /, n: int = -1, **fields: object) -> None:
        self.text = text
        self.n = n
        self.fields: Mapping[str, object] = fields
        super().__init__(filled(english(text, n), fields))

    @classmethod
    def of(cls, error: Exception | Said) -> WordedError:
        """The same message as `error` (its words, count and fields when it has them)."""
        if isinstance(error, WordedError | Said):
            return cls(error.text, error.n, **error.fields)
        return cls(str(error))


class Country(str):
    """A country in a message, by its two-letter region code ("GB"). As text it is the code;
    `worded` says its name in the reader's language (the front door's lookup names it)."""

    __slots__ = ()


class Said(str):
    """A message handed on as its English (it is a `str`), its marked words (`text`), count
    and fields kept so a front door can say it in another language (see `worded`)."""

    text: str
    n: int
    fields: Mapping[str, object]

    def __new__(cls, text: str, /, n: int = -1, **fields: object) -> Said:
        """The English of `text` with its count `n` and `fields`, keeping all three."""
        said = super().__new__(cls, filled(english(text, n), fields))
        said.text = text
        said.n = n
        said.fields = fields
        return said


def joined(parts: Sequence[str], separator: str = "; ") -> Said:
    """Several messages as one line, each said in the reader's language when it is Said
    (plain text as it is)."""
    fields: dict[str, object] = {f"part{at}": part for at, part in enumerate(parts)}
    return Said(separator.join(f"{{part{at}}}" for at in range(len(parts))), -1, **fields)


Lookup = Callable[[str, str, None, int], str]
"""How a front door looks a text up: (context, text, disambiguation, count) -> its words, with
`%n` filled in (Qt's `QCoreApplication.translate` has this shape)."""


def worded(error: BaseException | str, lookup: Lookup) -> str:
    """An error's (or a Said's) message through `lookup`, its fields filled in after (its
    English, `str`, when it is not marked or a translation mistypes a field). A field that
    is itself Said is said through `lookup` too."""
    if not isinstance(error, WordedError | Said):
        return str(error)
    try:
        fields = {key: _worded_field(value, lookup) for key, value in error.fields.items()}
        return filled(lookup(CONTEXT, error.text, None, error.n), fields)
    except (KeyError, IndexError, ValueError):
        return str(error)


def _worded_field(value: object, lookup: Lookup) -> object:
    """A field said through `lookup` when it is Said or a Country (or a tuple of them), else
    as it is."""
    if isinstance(value, Said):
        return worded(value, lookup)
    if isinstance(value, Country):
        return lookup(COUNTRIES, str(value), None, -1) or str(value)
    if isinstance(value, tuple):
        return tuple(_worded_field(item, lookup) for item in value)
    return value


FORMER_COUNTRY_TEXTS = {
    "too short for a {region} number": "too short for {country}",
    "too long for a {region} number": "too long for {country}",
    "local number without area code for {region}": "local number without area code for {country}",
    "not a valid {region} number": "not a valid number for {country}",
}
"""Reasons kept (in checks) before countries were named, with the code as `{region}`: read
back as today's reasons (`domain.phones`), which name the country in the reader's language."""


def _plain_fields(text: str, fields: Mapping[str, object]) -> None:
    """Refuse a message text whose fields are more than `{name}`, each one given."""
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if spec or conversion or name not in fields:
            raise ValueError(f"a kept message asks for {{{name}}} in a way no message does")


def said_data(value: object, known: dict[int, object] | None = None) -> object:
    """A message as plain JSON data that `said_from_data` turns back into it: a Said as its
    marked words, count and fields (each field the same way), other values as they are.
    `known` keeps what was made of each Said already (messages share their days and words)."""
    if isinstance(value, Said):
        if known is not None and id(value) in known:
            return known[id(value)]
        fields = {key: said_data(field, known) for key, field in value.fields.items()}
        data = {"said": value.text, "n": value.n, "fields": fields}
        if known is not None:
            known[id(value)] = data
        return data
    if isinstance(value, tuple):
        return {"items": [said_data(item, known) for item in value]}
    if isinstance(value, Country):
        return {"country": str(value)}
    return value


def said_from_data(data: object) -> object:
    """What `said_data` was given (a Said again, so it can be said in another language);
    anything that is not such data as it is. Data read back from storage may have been
    edited: a message whose text asks more of its fields than to be put in place
    (`{day.__class__}`, `{day:>9999999}`) or names one it lacks raises ValueError."""
    if isinstance(data, dict):
        if isinstance(data.get("said"), str) and isinstance(data.get("fields"), dict):
            text = data["said"]
            fields = {str(key): said_from_data(value) for key, value in data["fields"].items()}
            if text in FORMER_COUNTRY_TEXTS and isinstance(fields.get("region"), str):
                text = FORMER_COUNTRY_TEXTS[text]
                fields = {"country": Country(str(fields["region"]))}
            _plain_fields(text, fields)
            count = data.get("n")
            return Said(text, count if isinstance(count, int) else -1, **fields)
        if isinstance(data.get("items"), list):
            return tuple(said_from_data(item) for item in data["items"])
        if isinstance(data.get("country"), str) and len(data) == 1:
            return Country(data["country"])
    return data
