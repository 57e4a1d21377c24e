"""Where this computer keeps its keys (the signing key, each set of records' key).

Apart from `signing`: finding a records key needs no cryptography, and loading the
`cryptography` package costs a tenth of a second that `import` and `demo` need not pay.
"""

from __future__ import annotations

from pathlib import Path

from optin_desk.storage.engine import default_data_dir

KEY_FOLDER = "keys"


def key_folder() -> Path:
    """Where this computer keeps its signing key and its records keys."""
    return default_data_dir() / KEY_FOLDER
