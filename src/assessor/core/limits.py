"""Bounds on what assessor reads, and how much of a user's value a message repeats.

Every file assessor reads comes from someone: a bound keeps a damaged or hostile file from taking
minutes or gigabytes before it is refused. A message names the problem and repeats at most
`ECHO_CHARS` characters of any value it quotes (a 50 MB key is shown as its first 80 characters).
"""

from __future__ import annotations

ECHO_CHARS = 80
"""Characters of a user's value repeated in a message; longer values end with an ellipsis."""

MAX_ASSESSMENT_BYTES = 4 * 1024 * 1024
"""The largest assessment file (.g4sa) accepted: a full assessment with long notes is well under 1 MB."""

MAX_RECOVERY_BYTES = MAX_ASSESSMENT_BYTES + 64 * 1024
"""An autosave recovery file: one assessment and a few fields about it."""

MAX_NESTING = 64
"""Levels of lists and mappings inside one another in a form pack file (the pack itself uses under 20)."""

MAX_PACK_FILE_BYTES = 4 * 1024 * 1024
"""One YAML file of a form pack (the largest shipped one, a translation, is 240 KB)."""


def clip(value: object, limit: int = ECHO_CHARS) -> str:
    """``str(value)`` cut to ``limit`` characters, the last one an ellipsis when anything was cut."""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(message: str, limit: int = 1000) -> str:
    """A message as printed: line breaks and other control characters (a file name may hold them) become
    spaces, and a message longer than ``limit`` is cut, as a last resort behind `clip`."""
    text = "".join(" " if ch < " " or ch == "\x7f" else ch for ch in message[: limit * 2])
    return clip(text, limit)


def clip_repr(value: object, limit: int = ECHO_CHARS) -> str:
    """``repr(value)`` cut the same way, for values whose type matters (``'2'`` against ``2``)."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # never build the repr of a huge string only to cut it
    return clip(repr(value), limit)


MAX_PRINTED_LINES = 10_000
"""Lines of free text in one assessment, as the report prints them (a line holds up to `LINE_CHARS`
characters): some 200 pages of notes. Bytes alone do not bound a report: a note of short lines
prints a page for every 50 of them."""

LINE_CHARS = 100

MAX_EVIDENCE = 500
"""Evidence documents in one assessment, all answers together (each is listed twice in the report)."""
