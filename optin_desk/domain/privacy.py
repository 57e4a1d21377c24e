"""The privacy block printed on a consent form, in the form's language.

What UK/EU GDPR article 13 and India's DPDP Act ask a notice to say, in short: who keeps the
record and how to reach them, where the full privacy notice is, that agreeing is optional and
no condition of purchase, how long the record is kept, and how to opt out.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

MIN_YEARS = 1
MAX_YEARS = 30
DEFAULT_YEARS = 3
MAX_NOTICE = 300
MAX_EMAIL = 254
MAX_PLACE = 300
DEFAULT_RECIPIENTS = "Meta Platforms, as the provider of WhatsApp"
"""Who else receives the number and the messages: every message goes through WhatsApp."""
KEPT_ON_COMPUTER = "this computer, in the shop's records file, and the backups the shop makes"
KEPT_ON_SERVER = "the shop's own database server, and the backups the shop makes"


@dataclass(frozen=True)
class PrivacyTexts:
    """One language's sentences of the privacy block (string.Template texts)."""

    contact: str
    email: str
    notice: str
    no_notice: str
    optional: str
    retention: str
    optout: str
    years: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ShopPrivacy:
    """What the shop says about itself in Settings: contact, notice, how long it keeps records,
    where it keeps them and who else receives them (empty: the defaults, see `kept_at` and
    `shared_with`)."""

    whatsapp: str = ""
    email: str = ""
    notice: str = ""
    retention_years: int = DEFAULT_YEARS
    storage: str = ""
    recipients: str = ""


def kept_at(privacy: ShopPrivacy, on_server: bool) -> str:
    """Where the records are kept: as the shop wrote it, else this computer or the server."""
    return privacy.storage.strip() or (KEPT_ON_SERVER if on_server else KEPT_ON_COMPUTER)


def shared_with(privacy: ShopPrivacy) -> tuple[str, ...]:
    """The third parties that receive the number and the messages, one name each (written
    separated by ";"); WhatsApp's provider when the shop wrote none."""
    names = tuple(n.strip() for n in privacy.recipients.split(";") if n.strip())
    return names or (DEFAULT_RECIPIENTS,)


def years_text(texts: PrivacyTexts, years: int) -> str:
    """`years` written out in the language (Arabic has forms for one, two, and three to ten)."""
    forms = texts.years
    if years == 1 and "one" in forms:
        chosen = forms["one"]
    elif years == 2 and "two" in forms:
        chosen = forms["two"]
    elif 3 <= years <= 10 and "few" in forms:
        chosen = forms["few"]
    else:
        chosen = forms.get("other", "$n")
    return string.Template(chosen).substitute(n=str(years))


def privacy_paragraphs(
    texts: PrivacyTexts,
    business: str,
    address: str,
    shop: ShopPrivacy,
    stop_keyword: str,
) -> tuple[str, ...]:
    """The privacy block's paragraphs; the address and e-mail are left out when the shop has
    none, and a shop without a notice location tells people to ask for the notice."""
    contact = texts.contact if address.strip() else texts.contact.replace(" ($address)", "")
    first = string.Template(contact).substitute(
        business=business, address=" ".join(address.split()), whatsapp=shop.whatsapp or "—"
    )
    if shop.email.strip():
        first += " " + string.Template(texts.email).substitute(email=shop.email.strip())
    if shop.notice.strip():
        notice = string.Template(texts.notice).substitute(notice=shop.notice.strip())
    else:
        notice = texts.no_notice
    kept = string.Template(texts.retention).substitute(
        years=years_text(texts, shop.retention_years)
    )
    optout = string.Template(texts.optout).substitute(stop_keyword=stop_keyword)
    # the notice stands alone: a web address at the end of a sentence takes no full stop
    return (first, notice, texts.optional + " " + kept, optout)


def privacy_problems(
    email: str, notice: str, years: int, storage: str = "", recipients: str = ""
) -> list[str]:
    """What keeps the shop's privacy settings from being saved (empty when fine)."""
    problems: list[str] = []
    email = email.strip()
    if email and (
        len(email) > MAX_EMAIL
        or email.count("@") != 1
        or any(ch.isspace() for ch in email)
        or not all(email.split("@"))
    ):
        problems.append(f"the e-mail address {email!r} does not look like one")
    if len(notice.strip()) > MAX_NOTICE:
        problems.append(f"the privacy notice line is longer than {MAX_NOTICE} characters")
    if any(ord(ch) < 32 for ch in notice):
        problems.append("the privacy notice line holds a line break or control character")
    for line, what in ((storage, "where records are kept"), (recipients, "who receives them")):
        if len(line.strip()) > MAX_PLACE:
            problems.append(f"the line saying {what} is longer than {MAX_PLACE} characters")
        if any(ord(ch) < 32 for ch in line):
            problems.append(f"the line saying {what} holds a line break or control character")
    if not MIN_YEARS <= years <= MAX_YEARS:
        problems.append(f"keep records between {MIN_YEARS} and {MAX_YEARS} years")
    return problems
