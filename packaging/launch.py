"""Entry point of the desktop bundle: the window with no arguments, else the command line."""

import sys

from optin_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
