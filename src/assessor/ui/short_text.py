"""Shortening names for a title bar, a list row or a file name: cut after a whole word, never inside one."""

from __future__ import annotations

FILE_NAME_CHARS = 40  # of a suggested file name, before ".g4sa"


def cut_at_word(text: str, limit: int, *, mark: str = "…", breaks: str = " ") -> str:
    """``text`` if it fits in ``limit`` characters; else its start, cut after the last whole word that fits
    (a word: what lies between the ``breaks`` characters), then ``mark``; a first word longer than the limit is
    cut inside."""
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(mark)
    head = text[: room + 1]
    cut = max(head.rfind(ch) for ch in breaks)
    kept = (head[:cut] if cut > 0 else text[:room]).rstrip(breaks + ",;:")
    return kept + mark


def file_name_for(name: str) -> str:
    """A file name from an institution's name: letters, digits, - and _, words joined by -, cut at a word."""
    words = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in name).split()
    joined = cut_at_word(" ".join(words), FILE_NAME_CHARS, mark="").replace(" ", "-").strip("-")
    return f"{joined or 'assessment'}.g4sa"
