"""Start OptIn Desk: `python main.py` opens the window; add a command for the command line."""

import sys

from optin_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
