"""The texts the form pack quotes, and a check that a quote stands in them verbatim.

Copies of the Framework and the three GA4GH policies live in tests/data/sources/. The policies are
CommonAccord transcriptions: ``{_data_subject}`` stands for the defined term "data subject", and
blocks carry HTML list tags. Both are undone before matching. Layout is then ignored: whitespace,
soft hyphens and the PDF's broken words ("applicati ons") do not count, nor do straight versus
curly quotes, nor the page number and running header where a PDF page breaks inside a sentence. Every other
character must match.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "data" / "sources"
SOURCE_FILES = {
    "framework": "framework.txt",
    "privacy-security-policy": "privacy-security-policy.txt",
    "consent-policy": "consent-policy.txt",
    "accountability-policy": "accountability-policy.txt",
}


def normalise(text: str) -> str:
    text = re.sub(r"\{_([A-Za-z_]+)\}", lambda m: m.group(1).replace("_", " "), text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u00ad", "")
    for a, b in (
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u2018", "'"),
        ("\u2019", "'"),
        ("\u2013", "-"),
        ("\u2014", "-"),
    ):
        text = text.replace(a, b)
    return re.sub(r"\s+", "", text)


# PDF page furniture left by pdftotext between two pages: the page number, a form feed, the running header.
PAGE_BREAK = re.compile(r"\n[ \t]*\d+[ \t]*\n\f[^\n]*\n")


@cache
def source_text(source: str) -> str:
    text = (SOURCES / SOURCE_FILES[source]).read_text(encoding="utf-8")
    return normalise(PAGE_BREAK.sub("\n", text))


def quote_found(source: str, quote: str) -> bool:
    return normalise(quote) in source_text(source)
