"""The command line: ``quotes extract``, ``entities``, ``digest``, ``evaluate``, ``calibrate``, ``download``.

Takes files, folders or JSON Lines of articles on the command line; gives JSON, JSON Lines or
a digest on stdout, diagnostics on stderr, and an exit status (0 success, 1 a file or article
failed, 2 usage). :mod:`~quotes.cli.commands` parses the arguments and runs the reading commands;
:mod:`~quotes.cli.gold` the commands over an annotated corpus. See docs/cli.md.

Public names: :func:`main`.
"""

from quotes.cli.commands import main

__all__ = ["main"]
