"""Only what assessor made is signed: the report is made again from what it carries and compared.

An unsigned report carries its assessment (``assessment.g4sa``) and records how it was made
(`assessor.report.recipe`: version, paper, language, date, form pack, ``--previous``). Before
signing, the report is rendered again from exactly those inputs; the PDF is signed only when the
two are the same bytes. Anything added or changed after assessor wrote the file (an annotation, an
attachment, a changed page, other metadata) therefore stops the signature before it is made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assessor import __version__
from assessor.core.assessment import Assessment, fingerprint
from assessor.core.storage import FileProblem, loads_assessment
from assessor.core.validation import UnknownFormPack, pack_for
from assessor.report import recipe
from assessor.signing import pdf as pdfdoc
from assessor.signing.errors import SigningProblem

NOT_OURS = "this PDF is not exactly the report assessor makes from its assessment; make the report again"


def _not_ours(detail: str = "") -> SigningProblem:
    return SigningProblem(f"{NOT_OURS} ({detail})" if detail else NOT_OURS)


def _carried_assessment(view: Any) -> Assessment:
    raw = pdfdoc.embedded_assessment_bytes(view)
    if raw is None:
        raise _not_ours("it carries no assessment")
    try:
        return loads_assessment(raw, pdfdoc.ASSESSMENT_FILE_NAME)
    except FileProblem as exc:
        raise _not_ours(f"the assessment it carries cannot be read: {exc.problem}") from None


def _recipe(view: Any) -> recipe.Recipe:
    made = recipe.parse(pdfdoc.keywords(view))
    if made is None:
        raise _not_ours("it does not record how it was made")
    if made.assessor != __version__:
        raise _not_ours(f"it was made by assessor {made.assessor[:20]}, this is assessor {__version__}")
    return made


def _previous(made: recipe.Recipe, previous: Assessment | None) -> Assessment | None:
    if made.previous is None:
        if previous is not None:
            raise SigningProblem("this report was made without a previous assessment; sign it without --previous")
        return None
    if previous is None:
        raise SigningProblem(
            f"this report compares the assessment with a previous one (fingerprint {made.previous[:16]}…); "
            "give that file with --previous OLD.g4sa"
        )
    if fingerprint(previous) != made.previous:
        raise SigningProblem(
            f"the previous assessment given (fingerprint {fingerprint(previous)[:16]}…) is not the one this "
            f"report was made with ({made.previous[:16]}…)"
        )
    return previous


def assessment_made_by_assessor(
    reader: Any, pdf: bytes, *, assessment: Assessment | None = None, previous: Assessment | None = None
) -> Assessment:
    """The assessment ``pdf`` carries, once the report made again from it gives the same bytes.

    ``assessment``, when given, must be the one the report carries; ``previous`` is the ``--previous``
    file the report was made with, if any. Raises `SigningProblem` saying why not.
    """
    from assessor.report.render import render_pdf

    view = pdfdoc.latest(reader)
    carried = _carried_assessment(view)
    if assessment is not None and fingerprint(assessment) != fingerprint(carried):
        raise SigningProblem(
            "this report carries a different assessment from the one given; make the report again from it"
        )
    made = _recipe(view)
    baseline = _previous(made, previous)
    try:
        pack = pack_for(carried, made.language).pack
    except UnknownFormPack as exc:
        raise _not_ours(f"its assessment {exc}") from None
    if recipe.pack_label(pack.id, pack.version, pack.hash) != made.pack:
        raise _not_ours(f"it was made with form pack {made.pack[:80]}, not the installed {pack.id} {pack.version}")
    try:
        date = dt.date.fromisoformat(made.date)
        again = render_pdf(
            pack, carried, paper=made.paper, date=date, previous=baseline, language=made.language, summary=made.summary
        )
    except (ValueError, KeyError) as exc:
        raise _not_ours(f"it cannot be made again: {str(exc)[:80]}") from None
    if again != pdf:
        raise _not_ours()
    return carried
