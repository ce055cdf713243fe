"""The phrases the code adds to the tier's reasons and to a follow-up's condition, in the app's language.

``core.triage_words.TriageWords`` holds them as ``str.format`` templates (English by default); here each
goes through Qt's translations, so the risk page, "What this tier means" and the follow-up notes speak
the app's language. The placeholders in braces stay as they are in every translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor.core.triage_words import TriageWords


def triage_words() -> TriageWords:
    return TriageWords(
        at_least=QCoreApplication.translate("TriageWords", "{subject} at least {n}"),
        at_most=QCoreApplication.translate("TriageWords", "{subject} at most {n}"),
        equal=QCoreApplication.translate("TriageWords", "{subject} = {n}"),
        between=QCoreApplication.translate("TriageWords", "{subject} between {low} and {high}"),
        total_at_least=QCoreApplication.translate("TriageWords", "total score at least {n}"),
        total_at_most=QCoreApplication.translate("TriageWords", "total score at most {n}"),
        all_joiner=QCoreApplication.translate("TriageWords", " and "),
        any_of=QCoreApplication.translate("TriageWords", "({conditions})"),
        any_joiner=QCoreApplication.translate("TriageWords", " or "),
        negation=QCoreApplication.translate("TriageWords", "not {condition}"),
        not_lower=QCoreApplication.translate("TriageWords", "Not {tier}, which needs {needs}."),
        not_lower_either=QCoreApplication.translate("TriageWords", "Not {tier}, which needs either {needs}."),
        either_joiner=QCoreApplication.translate("TriageWords", ", or "),
        raised=QCoreApplication.translate("TriageWords", "Raised by the assessor from {computed} to {tier}."),
        justification=QCoreApplication.translate("TriageWords", " Justification: {justification}"),
    )
