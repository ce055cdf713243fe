"""The report's public entry points: an assessment in, PDF bytes or an HTML page out.

Only this module imports the renderers (reportlab, jinja2), so ``import assessor.report`` stays
light; the CLI and the app import it when a report is asked for.
"""

from __future__ import annotations

import datetime as dt

from assessor import __version__
from assessor.core.assessment import Assessment, file_bytes, fingerprint
from assessor.core.forms.models import FormPack
from assessor.core.scoring import Scorecard, score
from assessor.report import recipe
from assessor.report.attestation import Paper
from assessor.report.catalog import TYPESETTERS, Catalog
from assessor.report.model import ReportModel, build_model
from assessor.report.walk import retext

PAPERS: tuple[Paper, ...] = ("a4", "letter")


def report_model(
    pack: FormPack,
    assessment: Assessment,
    *,
    date: dt.date,
    previous: Assessment | None = None,
    language: str | None = None,
    card: Scorecard | None = None,
    summary_only: bool = False,
) -> ReportModel:
    """The report's content; its words are in ``language`` (default: the language the pack was loaded in),
    every text (the pack's and the assessor's too) spaced the way that language wants.

    ``card`` is the assessment's scorecard when the caller has it already (it is then not worked out again).
    """
    model = build_model(
        pack,
        assessment,
        card if card is not None else score(pack, assessment),
        date=date,
        previous=previous,
        language=language or pack.language,
        summary_only=summary_only,
    )
    words = Catalog(model.meta.language)
    return model if words.language not in TYPESETTERS else retext(model, words.typeset)


def render_pdf(
    pack: FormPack,
    assessment: Assessment,
    *,
    paper: Paper = "a4",
    date: dt.date,
    previous: Assessment | None = None,
    language: str | None = None,
    card: Scorecard | None = None,
    summary: bool = False,
) -> bytes:
    """The report as PDF bytes; the same assessment, paper, date and language give the same bytes.

    ``summary`` gives the board pack (cover, board summary, attestation: the same report id and
    fingerprint), recorded as such so that `sign` makes it again the same way.

    The report is printed in ``language`` ("en" or "fr"), by default the language ``pack`` was loaded in,
    so a pack loaded in French gives a French report with French question texts. The PDF carries the
    assessment as an attachment and records how it was made (`recipe`), so that it can be made again.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    from assessor.report.pdf import render

    model = report_model(
        pack, assessment, date=date, previous=previous, language=language, card=card, summary_only=summary
    )
    made = recipe.Recipe(
        assessor=__version__,
        paper=paper,
        language=language or pack.language,
        date=date.isoformat(),
        pack=recipe.pack_label(pack.id, pack.version, pack.hash),
        previous=fingerprint(previous) if previous is not None else None,
        summary=summary,
    )
    return render(model, paper, attachment=file_bytes(assessment), keywords=made.keywords(), summary_only=summary)


def render_html(
    pack: FormPack,
    assessment: Assessment,
    *,
    paper: Paper = "a4",
    date: dt.date,
    previous: Assessment | None = None,
    language: str | None = None,
    card: Scorecard | None = None,
) -> str:
    """The report as one self-contained HTML page (inline CSS with a print stylesheet, inline SVG), in
    ``language`` (by default the pack's)."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    from assessor.report.html import render

    return render(report_model(pack, assessment, date=date, previous=previous, language=language, card=card), paper)
