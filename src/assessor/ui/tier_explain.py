"""What the tier means: the badge that shows it, and the window it opens.

The window says what the tier changes (questions in scope, essential questions, targets, side by
side for the three tiers), why the answers give it, and how to raise it. While factors are
unanswered the tier is provisional, and no reason is stated that the answers do not support: only
rules resting on answered factors alone are given as reasons.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from assessor.core.scoring import questions_in_scope, triage_of
from assessor.core.tiers import TIERS_IN_ORDER
from assessor.ui.accessible import without_mnemonic
from assessor.ui.glossary import GLOSSARY_SCHEME, show_glossary
from assessor.ui.session import Session
from assessor.ui.triage_words import triage_words
from assessor.ui.widgets import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("TierExplain", text)


def supported_reasons(session: Session) -> list[str]:
    """The reasons the answers support: all of them once every factor is answered; while the tier is
    provisional, the note saying so and only the rules whose factors are all answered. The phrases the code
    adds (what a lower tier needs, the raise) are in the app's language, the pack's reasons in the pack's."""
    result = triage_of(session.pack, session.assessment, triage_words())
    if not result.provisional:
        return list(result.reasons)
    unanswered = set(result.unanswered)
    rules = {rule.id: rule for rule in session.pack.triage.rules}
    kept = [result.reasons[0]]  # the pack's own "Provisional: … not yet answered" line
    for rule_id in result.fired_rules:
        rule = rules[rule_id]
        if not rule.when.uses_total() and not unanswered & set(rule.when.factors()):
            kept.append(rule.reason.format(total=result.total))
    if result.raised:
        kept.append(result.reasons[-1])
    return kept


def badge_text(session: Session) -> str:
    name = session.tier_name()
    if session.card.triage.provisional:  # the Alt key opens "What this tier means"
        return _tr("{tier} t&ier (provisional)").format(tier=name)
    return _tr("{tier} t&ier").format(tier=name)


class TierBadge(QPushButton):
    """The tier, as a button that opens "What this tier means"."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setProperty("role", "tier")
        self.setToolTip(_tr("What this tier means, why the answers give it, and how to raise it"))
        self.clicked.connect(self.explain)
        session.changed.connect(self.refresh)
        session.scope_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.setText(badge_text(self.session))
        named(self, _tr("Risk tier: {tier}. What this tier means").format(tier=without_mnemonic(self.text())))

    def explain(self) -> TierExplanation:
        dialog = TierExplanation(self.session, self.window())
        dialog.show()
        dialog.raise_()
        return dialog


class TierExplanation(QDialog):
    """What the tier changes, its reasons and how to raise it, in plain words; terms link to the glossary."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_tr("What this tier means"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.browser = named(QTextBrowser(), _tr("What this tier means"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        glossary = buttons.addButton(_tr("&Glossary…"), QDialogButtonBox.ButtonRole.HelpRole)
        glossary.clicked.connect(lambda: show_glossary(self, "tier"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.browser.setHtml(self.html())

    def _link(self, url: QUrl) -> None:
        if url.scheme() == GLOSSARY_SCHEME:
            show_glossary(self, url.path())

    def html(self) -> str:
        s = self.session
        result = s.card.triage
        name = s.tier_name()
        parts = [f"<h2>{escape(badge_text(s))}</h2>"]
        if result.provisional:
            parts.append(
                "<p>"
                + escape(
                    _tr(
                        "This tier is provisional: {n} of {total} risk factors are not answered yet, and each "
                        "counts at its highest level until it is. Answer them on the Risk profile page; the tier "
                        "can then only stay or go down."
                    ).format(n=len(result.unanswered), total=len(s.pack.triage.factors))
                )
                + f' <a href="{GLOSSARY_SCHEME}:provisional">?</a></p>'
            )
        parts.append(f"<h3>{escape(_tr('What it changes'))}</h3>")
        parts.append(
            "<p>"
            + escape(
                _tr(
                    "The tier decides which questions are asked, which of them are essential (a gap on an "
                    "essential question is a critical gap), and the level an answer must reach (the target)."
                )
            )
            + f' <a href="{GLOSSARY_SCHEME}:essential">?</a></p>'
        )
        parts.append(self._tier_table())
        parts.append(f"<h3>{escape(_tr('Why {tier}').format(tier=name))}</h3>")
        reasons = supported_reasons(s)
        parts.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in reasons) + "</ul>")
        if result.provisional and len(reasons) == 1:
            parts.append("<p>" + escape(_tr("No reason yet: the answered factors do not settle the tier.")) + "</p>")
        parts.append(f"<h3>{escape(_tr('How to raise it'))}</h3>")
        parts.append(
            "<p>"
            + escape(
                _tr(
                    "You may ask more of yourself than the factors do: on the Risk profile page, under “Raise the "
                    "tier”, choose a higher tier and say why. The report shows the computed tier, the raised one "
                    "and your reason. A tier can be raised but never lowered by hand: if it seems too high, check "
                    "the answers to the factors."
                )
            )
            + "</p>"
        )
        return "".join(parts)

    def _tier_table(self) -> str:
        s = self.session
        head = (_tr("Tier"), _tr("Questions asked"), _tr("Essential"), _tr("Target level"))
        rows = ["<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in head) + "</tr>"]
        for tier in TIERS_IN_ORDER:
            spec = s.pack.tier_spec(tier)
            questions = questions_in_scope(s.pack, s.assessment, tier)
            essential = sum(1 for q in questions if q.essential_at(tier))
            target = str(spec.target)
            if spec.essential_target is not None and spec.essential_target != spec.target:
                target = _tr("{target}; {essential} for essential questions").format(
                    target=spec.target, essential=spec.essential_target
                )
            name = escape(spec.title)
            if tier is s.tier:
                name = f"<b>{name} ◀</b>"
            cells = (name, str(len(questions)), str(essential), escape(target))
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        return "<table cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
