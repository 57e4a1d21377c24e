"""`python -m optin_desk`: the same as the `optin-desk` command."""

import sys

from optin_desk.cli import main

sys.exit(main())
