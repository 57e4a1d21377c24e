"""The command line: `optin-desk [--db PATH_OR_URL] COMMAND ...` over the same services.

Exit codes: 0 done, 1 the records say no, 2 bad input or usage (one line on stderr, nothing
written). With no command, the desktop window opens. `optin_desk.cli:main` is the entry point.
"""

from optin_desk.cli.run import main

__all__ = ["main"]
