"""``python -m quotes``."""

import sys

from quotes.cli import main

sys.exit(main())
