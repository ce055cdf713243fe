"""The method: tiers, targets, scale, scoring and verdict rules, formulas."""

from __future__ import annotations

from typing import Any

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
            (pack.tier_spec(rule.tier).title, rule.when.describe(pack.label_of, self.triage_words))
            for rule in pack.triage.rules
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
                t("method.weight_rule", heavy=self.weights_words()),
                t("method.target_rule"),
                t("method.verdict_rule", needed=t.percent(float(vv.MEETS_SHARE_PERCENT))),
                t("method.gap_rule"),
                t("method.priority_rule"),
                t("method.due_rule", days=vv.GRACE_DAYS),
            ),
            formulas_title=t("method.formulas"),
            formulas=tuple(formulas),
            fingerprint_text=t("method.fingerprint"),
            **self.worked_example(),
        )

    def target_text(self, tier: Tier) -> str:
        default = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        spec = self.pack.tier_spec(tier)
        text = f"{spec.target} — {default.label_of(spec.target)}"
        if spec.essential_target is not None and spec.essential_target != spec.target:
            text += self.t("method.essential_target", level=spec.essential_target)
        return text

    def weights_words(self) -> str:
        """How many questions of the pack weigh more than 1, by weight."""
        t, words = self.t, self.t.formula_words()
        weights = [q.weight for q in self.pack.questions()]
        heavy = sorted({w for w in weights if w != 1})
        if not heavy:
            return t("method.weights_none")
        return "; ".join(
            t("method.weights_count", n=weights.count(w), total=len(weights), weight=words.num(w)) for w in heavy
        )

    def example_element(self) -> int | None:
        """The element whose numbers are worked out by hand: one with a score on a single scale, weighted
        questions when there are some, and a table of a readable length."""
        candidates = [
            n
            for n, e in enumerate(self.card.elements)
            if e.percent is not None and len({top for _, _, top in e.terms}) == 1
        ]
        if not candidates:
            return None

        def rank(n: int) -> tuple[bool, bool, int]:
            e = self.card.elements[n]
            weighted = any(w != 1 for w, _, _ in e.terms)
            return (not weighted, not 3 <= e.in_scope <= 12, n)

        return min(candidates, key=rank)

    def worked_example(self) -> dict[str, Any]:
        """One element's score and verdict recomputed from its answers, figure by figure."""
        n = self.example_element()
        if n is None:
            return {}
        t, words = self.t, self.t.formula_words()
        es, ev, element = self.card.elements[n], self.verdict.elements[n], self.pack.elements[n]
        rows = []
        for q in element.questions:
            r = self.card.questions.get(q.id)
            if r is None:
                continue
            if r.na:
                level, points, status = t("method.ex_na"), t("method.ex_not_counted"), t("method.ex_not_counted")
            else:
                level = str(r.level) if r.level is not None else t("method.ex_unanswered")
                points = words.num(r.weight * (r.level or 0))
                status = t("method.ex_critical" if r.critical else "method.ex_gap") if r.gap else t("method.ex_yes")
            rows.append((q.id, words.num(r.weight), level, str(r.target), points, status))
        top = es.terms[0][2]
        total_weight = sum(w for w, _, _ in es.terms)
        points_sum = sum(w * lvl for w, lvl, _ in es.terms)
        lines = (
            t(
                "method.ex_score",
                n=len(es.terms),
                points=words.num(points_sum),
                weight=words.num(total_weight),
                top=top,
                possible=words.num(total_weight * top),
                percent=t.percent(es.percent),
            ),
            t(
                "method.ex_verdict",
                unanswered=ev.unanswered,
                critical=ev.critical_gaps,
                at_target=ev.at_target,
                applicable=ev.applicable,
                share=t.percent(ev.share),
                needed=t.percent(float(vv.MEETS_SHARE_PERCENT)),
                verdict=vv.short_words(t, ev.verdict),
            ),
            t("method.ex_overall", overall=t.percent(self.card.overall), verdict=self.headline()),
        )
        return {
            "example_element": es.element_id,
            "example_title": t("method.example", element=es.title),
            "example_intro": t("method.example_intro", element=es.title, section=3 + n),
            "example_columns": (
                t("summary.col_question"),
                *(t(f"method.ex_col_{c}") for c in ("weight", "level", "target", "points", "status")),
            ),
            "example_rows": tuple(rows),
            "example_lines": tuple(nbsp(x) for x in lines),
        }
