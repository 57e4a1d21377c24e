"""What a restore may put back, named as a person calls it (said in the reader's language)."""

from __future__ import annotations

from optin_desk.domain.messages import QT_TRANSLATE_NOOP

SETTING_NAMES = {
    "check.": QT_TRANSLATE_NOOP("Messages", "broadcast rules"),
    "template.": QT_TRANSLATE_NOOP("Messages", "wording templates"),
    "staff_names": QT_TRANSLATE_NOOP("Messages", "staff names"),
    "privacy.": QT_TRANSLATE_NOOP("Messages", "privacy details"),
    "optin_desk.profile": QT_TRANSLATE_NOOP("Messages", "shop details"),
}
TABLE_NAMES = {
    "shop details": QT_TRANSLATE_NOOP("Messages", "shop details"),
    "kinds of messages": QT_TRANSLATE_NOOP("Messages", "kinds of messages"),
    "sender numbers": QT_TRANSLATE_NOOP("Messages", "sender numbers"),
    "wordings": QT_TRANSLATE_NOOP("Messages", "wordings"),
}
NAMED = frozenset({*SETTING_NAMES.values(), *TABLE_NAMES.values()})
"""What a restore may put back, in words (said in the reader's language); a setting of
another name is shown by its key."""


def setting_name(key: str) -> str:
    """How a person calls a setting."""
    for start, name in SETTING_NAMES.items():
        if key.startswith(start):
            return name
    return key
