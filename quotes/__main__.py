"""``python -m quotes``."""

import sys

from quotes.cli.commands import main

sys.exit(main())
