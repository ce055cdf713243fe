"""Where the signatures go: the contract between the report and the signing layer.

The last page of every report is the attestation page. On it the report draws, empty, the
areas for the assessor's signature and for one countersignature; signing places its visible
signature boxes exactly there. Coordinates are PDF points from the bottom-left of the page.
The report also records its id and fingerprint in the PDF's Keywords so that verification can
compare the embedded assessment with what was printed.
"""

from __future__ import annotations

from typing import Literal

Paper = Literal["a4", "letter"]
_MM = 72 / 25.4  # points per millimetre
PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": (210 * _MM, 297 * _MM), "letter": (612.0, 792.0)}
"""Page sizes in points, as reportlab's ``pagesizes`` gives them (written out: `verify` does not load reportlab)."""

MARGIN = 56.0  # 2 cm, close enough to 0.75 in for Letter too
BOX_HEIGHT = 78.0
BOX_GAP = 30.0
COUNTER_HEIGHT = 200.0 + BOX_HEIGHT  # from the bottom margin to the gap below the assessor's box

SIGNATURE_FIELD = "AssessorSignature"
COUNTERSIGNATURE_FIELD = "BoardCountersignature"

KEYWORD_FINGERPRINT = "assessment-fingerprint:"
KEYWORD_REPORT_ID = "report-id:"


def page_size(paper: Paper) -> tuple[float, float]:
    return PAGE_SIZES[paper]


def signature_box(paper: Paper) -> tuple[float, float, float, float]:
    """(x1, y1, x2, y2) of the assessor's signature box on the attestation page."""
    width, _ = page_size(paper)
    y1 = MARGIN + 200.0 + BOX_HEIGHT + BOX_GAP
    return (MARGIN, y1, width - MARGIN, y1 + BOX_HEIGHT)


def countersignature_box(paper: Paper) -> tuple[float, float, float, float]:
    """(x1, y1, x2, y2) of the board's countersignature box, below the assessor's, down to the bottom
    margin. On paper it holds the board's decision form (boxes to tick, lines to fill in); a digital
    countersignature covers that form with the decision ticked, who decided, when and the comment."""
    width, _ = page_size(paper)
    return (MARGIN, MARGIN, width - MARGIN, MARGIN + COUNTER_HEIGHT)


def keywords(report_id: str, fingerprint: str) -> str:
    return f"{KEYWORD_REPORT_ID}{report_id} {KEYWORD_FINGERPRINT}{fingerprint}"


def parse_keywords(text: str) -> dict[str, str]:
    """Report id and fingerprint from a PDF's Keywords (missing keys are left out)."""
    out: dict[str, str] = {}
    for word in text.split():
        if word.startswith(KEYWORD_REPORT_ID):
            out["report_id"] = word[len(KEYWORD_REPORT_ID) :]
        elif word.startswith(KEYWORD_FINGERPRINT):
            out["fingerprint"] = word[len(KEYWORD_FINGERPRINT) :]
    return out
