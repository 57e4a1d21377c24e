"""Which Windows code page a text file that is not UTF-8 is in.

Excel's "CSV" is saved in the computer's ANSI code page: cp1252 in western Europe and the
Americas, cp1256 on an Arabic Windows, cp1251 Cyrillic, cp1253 Greek, cp1254 Turkish, cp1255
Hebrew, cp1250 central Europe, cp874 Thai. Nothing in the bytes says which. The text does:
read in its own code page a list's names are words, runs of letters of one script cased as
words are; read in another they are mojibake (سارة read as cp1252 is `ÓÇÑÉ`: a run of accented
Latin capitals; `ÇáÌæÇá`: capitals inside a word; `Wroc³aw`: a digit inside a word; letters
of two scripts in one word; bytes the code page lacks). Every code page reads a sample's
words (the distinct runs of letters holding a byte over 127), the one with the fewest
mojibake words is chosen, and where several tie the shop's own language, then its country,
decides (an Arabic shop's ambiguous file is cp1256, a Spanish one's cp1252). The Latin code
pages (cp1252, cp1250, cp1254, cp1257) read one another's accented letters as other accented
letters (`Ayşe` as `Ayþe`), which no shape of a word tells apart: there the shop decides.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from types import MappingProxyType

CODE_PAGES = (  # the order ties are broken in when nothing is known of the shop
    "cp1252",  # western Europe, the Americas, Indonesia
    "cp1250",  # central Europe
    "cp1251",  # Cyrillic
    "cp1256",  # Arabic, Persian, Urdu
    "cp1254",  # Turkish
    "cp1253",  # Greek
    "cp1255",  # Hebrew
    "cp1257",  # Baltic
    "cp1258",  # Vietnamese
    "cp874",  # Thai
)

_LANGUAGE_PAGES = MappingProxyType(  # English says nothing: it is used everywhere
    {
        **dict.fromkeys(("es", "de", "fr", "pt", "id", "it", "nl"), "cp1252"),
        **dict.fromkeys(("da", "sv", "nb", "no", "fi", "is", "ga", "ca", "ms"), "cp1252"),
        **dict.fromkeys(("pl", "cs", "sk", "hu", "ro", "hr", "sl", "sq", "bs"), "cp1250"),
        **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn"), "cp1251"),
        **dict.fromkeys(("ar", "fa", "ur", "ps"), "cp1256"),
        "el": "cp1253",
        "tr": "cp1254",
        "az": "cp1254",
        "he": "cp1255",
        "lt": "cp1257",
        "lv": "cp1257",
        "et": "cp1257",
        "vi": "cp1258",
        "th": "cp874",
    }
)

_COUNTRY_PAGES = MappingProxyType(
    {
        country: page
        for page, countries in (
            ("cp1256", "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE IR PK AF"),
            ("cp1251", "RU UA BY BG RS MK KZ KG MN"),
            ("cp1250", "PL CZ SK HU RO HR SI AL BA ME"),
            ("cp1253", "GR CY"),
            ("cp1254", "TR AZ"),
            ("cp1255", "IL"),
            ("cp1257", "EE LV LT"),
            ("cp1258", "VN"),
            ("cp874", "TH"),
        )
        for country in countries.split()
    }
)

SAMPLE_BYTES = 64 * 1024
"""Lines that are not UTF-8 read to choose the code page (the choice is made once)."""
LOOKAHEAD_BYTES = 1024 * 1024
"""How far past the first line that is not UTF-8 the sample is looked for."""
_SAMPLE_WORDS = 500  # distinct words judged, the most frequent first
_WORD = re.compile(rb"[A-Za-z\x80-\xff]+")
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI"})
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK"})
_WORD_ROLES = ("letter", "mark")
_VOWELS = MappingProxyType({"CYRILLIC": "аеиоуыэюяіїє", "GREEK": "αεηιουω"})
_FINAL_ONLY = MappingProxyType(
    {
        "GREEK": "ς",  # final sigma
        "HEBREW": "ךםןףץ",  # final forms
        "ARABIC": "ة",  # teh marbuta
    }
)
_NEVER_LAST = MappingProxyType({"THAI": "เแโใไ"})  # vowels written before their consonant
_PUNCTUATION = "«»‹›„“”‘’‚¡¿–—…·،؛؟׳״ʼ"
_APOSTROPHES = "’‘ʼ"
_SPACES = "\u00a0\u00ad\u200c\u200d\u200e\u200f"
_BESIDE_WORDS = "°ºª®©™"  # `Nº`, `1ª`, `n°`: symbols that do stand against words


def shop_code_pages(language: str = "", country: str = "") -> tuple[str, ...]:
    """Every code page, in the order ties are broken: the shop's language's, its country's,
    then cp1252 (Excel's in most of the world), then the others."""
    first = (_LANGUAGE_PAGES.get(language.lower(), ""), _COUNTRY_PAGES.get(country.upper(), ""))
    return tuple(dict.fromkeys(page for page in (*first, *CODE_PAGES) if page))


WESTERN = shop_code_pages()
"""The order when nothing is known of the shop: cp1252 first."""


def sample_of(lines: Iterable[bytes]) -> bytes:
    """The lines that are not UTF-8 among the first `LOOKAHEAD_BYTES` of `lines` (from the
    first such line on), up to `SAMPLE_BYTES` of them; line by line, so the sample is the
    same however the file was cut into pieces."""
    parts: list[bytes] = []
    size = seen = 0
    for line in lines:
        seen += len(line)
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                parts.append(line)
                size += len(line)
        if size >= SAMPLE_BYTES or seen >= LOOKAHEAD_BYTES:
            break
    return b"".join(parts)


def choose_code_page(sample: bytes, code_pages: Sequence[str] = WESTERN) -> str:
    """The code page (of `code_pages`, in their order of preference) that reads the sample
    with the fewest mojibake words."""
    counts = Counter(word for word in _WORD.findall(sample) if not word.isascii())
    words = counts.most_common(_SAMPLE_WORDS)
    best, fewest = code_pages[0], -1
    for page in code_pages:
        faults = sum(_faults(word.decode(page, "replace")) * count for word, count in words)
        if fewest < 0 or faults < fewest:
            best, fewest = page, faults
            if not faults:
                break  # nothing later in the order can do better
    return best


def decode_bytes(data: bytes, code_pages: Sequence[str] = WESTERN) -> tuple[str, str]:
    """Text and the encoding it was in, as `TextSource` reads it: UTF-8 (BOM or not), UTF-16
    with BOM, else line by line UTF-8 where valid and the code page chosen where not."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    page = choose_code_page(sample_of(_not_utf8_onwards(lines)), code_pages)
    decoder = codecs.getdecoder(page)
    parts = []
    mixed = False
    for raw in lines:
        try:
            text = raw.decode("utf-8")
            mixed = mixed or not text.isascii()
        except UnicodeDecodeError:
            text = decoder(raw, "replace")[0]
        parts.append(text)
    return "".join(parts), f"utf-8+{page}" if mixed else page


def _not_utf8_onwards(lines: list[bytes]) -> Iterable[bytes]:
    """The lines from the first that is not UTF-8 on."""
    for index, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return lines[index:]
    return []


@cache
def _kind(char: str) -> tuple[str, str]:
    """(script, role) of a character. Roles: `letter` and `mark` (script one of `_SCRIPTS`,
    or empty for a combining mark any script uses), `space` (a space or a format mark),
    `punctuation` (quotes, dashes, `¿`: what sits beside words) and `symbol` (any other: `³`,
    `×`, `§`, `ª`)."""
    category = unicodedata.category(char)
    script = unicodedata.name(char, "").split(" ", 1)[0]
    if category[0] in "LM" and script in _SCRIPTS:
        return script, "letter" if category[0] == "L" else "mark"
    if category[0] == "M":
        return "", "mark"
    if category[0] == "Z" or category == "Cf":
        return "", "space"
    return "", "punctuation" if char in _PUNCTUATION else "symbol"


def _faults(text: str) -> int:
    """How many mojibake words a run of letters and bytes over 127 makes when read in one
    code page: 0 when it reads as words, maybe with spaces and punctuation between them."""
    faults = 2 * text.count("\ufffd")  # a byte the code page lacks
    kinds = [_kind(char) for char in text]
    runs = [
        (start, start + len(run))
        for start, run in _runs("".join("w" if role in _WORD_ROLES else "g" for _, role in kinds))
    ]
    for start, end in runs:
        if kinds[start][1] in _WORD_ROLES:
            faults += _word_faults(text[start:end], kinds[start:end])
            continue
        gap = text[start:end]
        inside = start > 0 and end < len(text)  # words on both sides
        if inside and gap.strip(_APOSTROPHES + _SPACES):
            faults += 1  # `Wroc³aw`, `ß·Ã`: a symbol or punctuation inside a word
        elif (start == 0) != (end == len(text)) and any(
            role == "symbol" and char not in _BESIDE_WORDS
            for char, (_, role) in zip(gap, kinds[start:end], strict=True)
        ):
            faults += 1  # `Pawe³`: a symbol against a word
    return faults


def _runs(roles: str) -> list[tuple[int, str]]:
    """The runs of one letter in a string of `w` and `g`, with where each starts."""
    return [(found.start(), found.group()) for found in re.finditer(r"w+|g+", roles)]


def _word_faults(word: str, kinds: list[tuple[str, str]]) -> int:
    """1 when a run of letters and marks is not a word of one script as words are written."""
    if word.isascii():
        return 0
    scripts = {script for script, _ in kinds if script}
    if len(scripts) != 1 or kinds[0][1] == "mark":
        return 1  # letters of two scripts, or a mark before any letter
    script = scripts.pop()
    letters = "".join(char for char, (_, role) in zip(word, kinds, strict=True) if role == "letter")
    if any(char in _FINAL_ONLY.get(script, "") for char in letters[:-1]) or (
        letters[-1:] in tuple(_NEVER_LAST.get(script, ""))
    ):
        return 1  # a letter written only at the end of a word inside one, or the reverse
    if script == "GREEK" and not _accented(letters):
        return 1
    if script in _CASED and not _cased_as_a_word(letters, script == "LATIN"):
        return 1
    if script == "LATIN":
        foreign = "".join("x" if not char.isascii() else "." for char in letters)
        return int(len(letters) > 1 and ("." not in foreign or "xxx" in foreign))  # `ÓÇÑÉ`
    return int(script in _VOWELS and not _voiced(letters, script))


def _voiced(letters: str, script: str) -> bool:
    """A Cyrillic or Greek word has a vowel (but an abbreviation of a few capitals) and
    fewer than five consonants in a row; in Cyrillic `й` follows a vowel (or starts the
    word) and `ъ ы ь` never start one."""
    lower = letters.lower()
    shape = "".join(
        "v" if unicodedata.normalize("NFD", char)[0] in _VOWELS[script] else "c" for char in lower
    )
    if "v" not in shape:
        return len(letters) < 2 or (letters.isupper() and len(letters) <= 4)
    if script == "CYRILLIC" and (lower[0] in "ъыь" or "cй" in _shape_with_short_i(lower, shape)):
        return False
    return "ccccc" not in shape


def _shape_with_short_i(lower: str, shape: str) -> str:
    """The shape of a Cyrillic word (`v` vowel, `c` consonant) with its `й` written in."""
    return "".join("й" if char == "й" else kind for char, kind in zip(lower, shape, strict=True))


def _accented(letters: str) -> bool:
    """A Greek word written in lower case with two vowels or more has its accent (tonos)."""
    if letters.isupper() or len(letters) < 3:
        return True
    marks = unicodedata.normalize("NFD", letters.lower())
    return "\u0301" in marks or "\u0308" in marks or sum(c in _VOWELS["GREEK"] for c in marks) < 2


def _cased_as_a_word(letters: str, latin: bool) -> bool:
    """Lower case, upper case, or a capital then lower case (in Latin, ASCII capitals inside
    a word are allowed: McDonald)."""
    if not any(char.isupper() for char in letters) or not any(char.islower() for char in letters):
        return True
    return not any(char.isupper() and not (latin and char.isascii()) for char in letters[1:])
