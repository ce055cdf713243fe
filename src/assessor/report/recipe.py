"""How a report was made: what `sign` needs to make exactly the same PDF again.

Every PDF report records, in its Keywords next to the report id and the fingerprint, the assessor
version that made it, the paper, the language, the report date, the form pack (id, version and the
start of its content hash) and the fingerprint of the ``--previous`` assessment it was compared
with (``none`` when there was none), and ``part=summary`` for a board pack made with
``report --summary`` (a full report records no part, as reports made before summaries existed). With
the assessment the report carries as an attachment, these are all the inputs of `render_pdf`:
signing makes the report again from them and signs only when the bytes are the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.report.attestation import Paper

PREFIX = "made-with:"
FIELDS = ("assessor", "paper", "language", "date", "pack", "previous")
NONE = "none"
SUMMARY = "summary"  # the only value of the optional ``part`` field


@dataclass(frozen=True)
class Recipe:
    assessor: str  # the version of assessor that made the report
    paper: Paper
    language: str
    date: str  # YYYY-MM-DD
    pack: str  # id@version#first 16 hex digits of the pack's hash
    previous: str | None  # fingerprint of the --previous assessment
    summary: bool = False  # cover, board summary and attestation only

    def keywords(self) -> str:
        """The words added to the PDF's Keywords (no spaces inside a value)."""
        values = {**self.__dict__, "previous": self.previous or NONE}
        words = [f"{PREFIX}{name}={values[name]}" for name in FIELDS]
        return " ".join([*words, f"{PREFIX}part={SUMMARY}"] if self.summary else words)


def pack_label(pack_id: str, version: str, content_hash: str) -> str:
    return f"{pack_id}@{version}#{content_hash[:16]}"


def parse(keywords: str) -> Recipe | None:
    """The recipe recorded in a PDF's Keywords; None when it is missing or incomplete."""
    found: dict[str, str] = {}
    for word in keywords.split():
        if word.startswith(PREFIX) and "=" in word:
            name, _, value = word[len(PREFIX) :].partition("=")
            if (name in FIELDS or name == "part") and name not in found and value:
                found[name] = value
    if set(found) - {"part"} != set(FIELDS) or found["paper"] not in ("a4", "letter"):
        return None
    if found.get("part", SUMMARY) != SUMMARY:
        return None
    paper: Paper = "a4" if found["paper"] == "a4" else "letter"
    previous = None if found["previous"] == NONE else found["previous"]
    summary = "part" in found
    return Recipe(found["assessor"], paper, found["language"], found["date"], found["pack"], previous, summary)
