"""Texts the assessment file holds in English that the report can print in the pack's language.

An action's recommendation is copied from the pack into the assessment when the action is made, in
English. When the assessor has not changed it, a French report prints the French pack's own wording
of the same recommendation; a recommendation the assessor rewrote is printed as written.
"""

from __future__ import annotations

from assessor.core.forms.installed import find_pack
from assessor.core.forms.models import FormPack


def recommendations_in(pack: FormPack) -> dict[str, str]:
    """The installed English text of each recommendation of ``pack``, mapped to ``pack``'s own wording
    (empty when the pack is in English or is not installed)."""
    if pack.language == "en":
        return {}
    english = find_pack(pack.id, "en", pack.version)
    if english is None:
        return {}
    own = {q.id: q.recommendation.strip() for q in pack.questions()}
    return {q.recommendation.strip(): own[q.id] for q in english.questions() if q.id in own}
