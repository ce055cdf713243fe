"""The board summary: the verdict, what it rests on, the critical gaps and who signs."""

from __future__ import annotations

from assessor.core.verdict import Verdict
from assessor.report import verdict_view as vv
from assessor.report.model_context import Context, clip
from assessor.report.model_types import Bar, Changes, Fact, GapLine, Summary

REASON_CHARS = 600  # in the summary; the full justification of a raised tier is in the risk profile
SCOPE_CHARS = 300  # each of the lists of datasets and activities; they are given whole in the risk profile


class SummaryPart(Context):
    def summary(self, changes: Changes | None = None) -> Summary:
        t, card = self.t, self.card
        flagged = self.flagged_line()
        results = list(card.questions.values())
        gaps = card.gaps()
        default_scale = next(s for s in self.pack.scales if s.id == self.pack.default_scale)
        top = default_scale.max_value
        target = card.target
        target_percent = vv.target_percent(card, top)
        target_label = self.level_text_default(target)
        counts = [
            Fact(t("summary.in_scope"), str(len(results))),
            Fact(
                t("summary.answered"),
                t(
                    "summary.answered_value",
                    answered=sum(r.answered for r in results),
                    in_scope=len(results),
                    na=sum(r.na for r in results),
                ),
            ),
            Fact(
                t("summary.gaps"),
                t(
                    "summary.gaps_value",
                    gaps=len(gaps),
                    critical=len(card.critical_gaps()),
                    unanswered=sum(r.unanswered for r in results),
                ),
            ),
            Fact(
                t("summary.actions"),
                t(
                    "summary.actions_value",
                    actions=len(self.actions),
                    owned=sum(1 for x in self.actions if x.owner.strip()),
                    done=sum(1 for x in self.actions if x.status.value == "done"),
                ),
            ),
        ]
        in_scope = [  # what data, shared how: the board reads what it approves before the figures
            Fact(t(label), clip(t("punct.semicolon").join(" ".join(x.split()) for x in items), SCOPE_CHARS))
            for label, items in (
                ("profile.datasets", [x for x in self.a.scope.datasets if x.strip()]),
                ("profile.activities", [x for x in self.a.scope.activities if x.strip()]),
            )
            if items
        ]
        if not flagged:  # else the line listing them gives the count
            counts.insert(3, Fact(t("summary.flagged"), "0"))
        counts[:0] = in_scope
        bars = tuple(
            Bar(
                title=e.title,
                percent=e.percent,
                value_label=t.percent(e.percent) if e.percent is not None else vv.short_words(t, ev.verdict),
                fill_key=ev.verdict.value if ev.verdict else "none",
            )
            for e, ev in zip(card.elements, self.verdict.elements, strict=True)
        )
        critical = []
        for r in card.critical_gaps():
            q = self.questions[r.question_id]
            critical.append(
                GapLine(
                    question_id=q.id,
                    element=self.element_titles[q.id],
                    text=q.text,
                    answer=self.answer_text(q, r),
                    **self.follow_up(r.question_id),
                )
            )
        attention, _ = vv.attention(
            t, self.a, card, self.actions, self.date, {qid: q.text for qid, q in self.questions.items()}
        )

        v = self.verdict
        return Summary(
            number=self.numbers["summary"],
            title=t("summary.title"),
            overall_title=t("summary.overall"),
            verdict=self.headline(),
            verdict_counts=vv.counts_words(t, v),
            verdict_key=v.verdict.value,
            score_line=t(
                "summary.score_line",
                score=vv.score_words(t, card.overall, target_percent),
                share=vv.share_words(t, v.at_target, v.applicable),
            ),
            overall_percent=card.overall,
            tier_line=t("summary.at_tier", tier=self.tier_title, target_label=target_label, target=target, top=top),
            counts_title=t("summary.counts"),
            counts=tuple(counts),
            attention=attention,
            chart_title=t("summary.chart"),
            chart_caption=t("summary.chart_caption", tier=self.tier_title, target=t.percent(target_percent)),
            bars=bars,
            legend=tuple((x.value, vv.short_words(t, x)) for x in reversed(Verdict)),
            target_percent=target_percent,
            target_label=t("summary.chart_target", value=t.percent(target_percent)),
            critical_title=t("summary.critical"),
            critical_intro=(
                t("summary.critical_intro_pack")
                if self.summary_only
                else t("summary.critical_intro", section=self.numbers["actions"])
            )
            if critical
            else t("summary.no_critical"),
            critical_columns=(
                t("summary.col_question"),
                t("summary.col_text"),
                t("summary.col_answer"),
                t("summary.col_action"),
            ),
            critical=tuple(critical),
            tier_title=t("summary.tier"),
            tier_value=t("summary.tier_value", tier=self.tier_stated, total=card.triage.total),
            tier_reasons=tuple(clip(r, REASON_CHARS) for r in self.tier_reasons),
            signs=self.signs(),
            changes_line=self.changes_line(changes),
            flagged_line=flagged,
        )

    def flagged_line(self) -> str:
        """The questions in scope flagged for review, in the pack's order, with their level now (empty
        when none is flagged; each is marked in its section)."""
        t, items = self.t, []
        for qid, r in self.card.questions.items():
            ans = self.a.answers.get(qid)
            if ans is not None and ans.flagged:
                level = t("method.ex_na") if r.na else str(r.level) if r.level is not None else t("q.unanswered")
                items.append(t("summary.flagged_item", id=qid, level=level))
        return t("summary.flagged_line", n=len(items), items=t("punct.semicolon").join(items)) if items else ""

    def changes_line(self, c: Changes | None) -> str:
        """The changes since the previous assessment in one line (empty without a previous assessment)."""
        if c is None:
            return ""
        t = self.t
        if not c.answers:
            what = t("summary.changes_none")
        else:
            parts = [
                vv.count(t, "summary.changes.answers", len(c.answers)),
                vv.count(t, "summary.changes.closed", len(c.gaps_closed)),
                vv.count(t, "summary.changes.opened", len(c.gaps_opened)),
            ]
            if c.now_na:
                parts.append(vv.count(t, "summary.changes.now_na", len(c.now_na)))
            if c.not_na:
                parts.append(vv.count(t, "summary.changes.not_na", len(c.not_na)))
            what = ", ".join(parts)
        if self.summary_only:
            return t("summary.changes_pack", what=what)
        return t("summary.changes", section=c.number, what=what)

    def signs(self) -> str:
        """Who signs the attestation, for the board summary (empty when nobody is named)."""
        a = self.a
        signer = a.signatory if a.signatory.name.strip() or not a.assessors else a.assessors[0]
        who = ", ".join(p for p in (signer.name.strip(), signer.role.strip()) if p)
        return self.t("summary.signs", signer=who) if who else ""

    def follow_up(self, question_id: str) -> dict[str, str]:
        action = self.actions_by_question.get(question_id)
        if action is None:
            return {"action": "", "owner": "", "due": ""}
        return {
            "action": action.id,
            "owner": action.owner.strip() or self.t("summary.no_owner"),
            "due": self.t("summary.due", date=self.t.short_date(action.due))
            if action.due
            else self.t("summary.no_due"),
        }
