"""The method: tiers, targets, scale, scoring and verdict rules, formulas."""

from __future__ import annotations

from assessor.core.tiers import TIERS_IN_ORDER, Tier
from assessor.report import verdict_view as vv
from assessor.report.model_context import Context, nbsp
from assessor.report.model_types import Fact, Method


class MethodPart(Context):
    def method(self) -> Method:
        t, pack = self.t, self.pack
        default = next(s for s in pack.scales if s.id == pack.default_scale)
        tiers = tuple(
            (
                pack.tier_spec(tier).title,
                self.target_text(tier),
                pack.tier_spec(tier).description,
            )
            for tier in TIERS_IN_ORDER
        )
        rules = tuple(
            (pack.tier_spec(rule.tier).title, rule.when.describe(pack.label_of)) for rule in pack.triage.rules
        )
        words = t.formula_words()
        formulas = [Fact(e.title, nbsp(e.formula_in(words))) for e in self.card.elements]
        formulas.append(Fact(t("method.overall_formula"), nbsp(self.card.overall_formula_in(words))))
        return Method(
            number=self.numbers["method"],
            title=t("method.title"),
            intro=t("method.intro", pack=f"{pack.id} {pack.version}"),
            tiers_title=t("method.tiers"),
            tiers_intro=t("method.tiers_intro"),
            tier_columns=(t("method.col_tier"), t("method.col_target"), t("method.col_meaning")),
            tiers=tiers,
            rules_title=t("method.rules"),
            rule_columns=(t("method.col_tier"), t("method.col_rule")),
            rules=rules,
            scale_title=t("method.scale"),
            scale_columns=(t("method.col_level"), t("method.col_label"), t("method.col_description")),
            scale=tuple((str(lvl.value), lvl.label, lvl.description) for lvl in default.levels),
            na_rule=t("method.na"),
            scoring_title=t("method.scoring"),
            rules_text=(
                t("method.score_rule"),
                t("method.verdict_rule", needed=t.percent(float(vv.MEETS_SHARE_PERCENT))),
                t("method.gap_rule"),
                t("method.priority_rule"),
                t("method.due_rule", days=vv.GRACE_DAYS),
            ),
            formulas_title=t("method.formulas"),
            formulas=tuple(formulas),
            fingerprint_text=t("method.fingerprint"),
        )

    def target_text(self, tier: Tier) -> str:
        default = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        spec = self.pack.tier_spec(tier)
        text = f"{spec.target} — {default.label_of(spec.target)}"
        if spec.essential_target is not None and spec.essential_target != spec.target:
            text += self.t("method.essential_target", level=spec.essential_target)
        return text
