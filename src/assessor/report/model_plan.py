"""The action plan and the evidence register."""

from __future__ import annotations

from assessor.core.assessment import Action
from assessor.core.scoring import PRIORITY_ORDER
from assessor.report.localize import recommendations_in
from assessor.report.model_context import Context
from assessor.report.model_types import ActionPlan, ActionRow, EvidenceRegister, EvidenceRow


class PlanPart(Context):
    def action_plan(self) -> ActionPlan:
        t = self.t
        order = {q.id: i for i, q in enumerate(self.pack.questions())}
        rank = {p: i for i, p in enumerate(PRIORITY_ORDER)}
        translated = recommendations_in(self.pack) if t.language == self.pack.language else {}

        def key(x: Action) -> tuple[int, int, str]:
            return (rank[x.priority], order.get(x.question_id, len(order)), x.id)

        rows = tuple(
            ActionRow(
                id=x.id,
                question_id=x.question_id,
                recommendation=translated.get(x.recommendation.strip(), x.recommendation.strip()),
                note=t("actions.note", text=x.notes.strip()) if x.notes.strip() else "",
                priority=self.priority(x.priority.value),
                priority_key=x.priority.value,
                owner=x.owner.strip() or t("actions.no_owner"),
                due=t.short_date(x.due) if x.due else t("actions.no_owner"),
                status=t(f"status.{x.status.value}"),
            )
            for x in sorted(self.actions, key=key)
        )
        return ActionPlan(
            number=self.numbers["actions"],
            title=t("actions.title"),
            intro=t("actions.intro", count=len(rows)),
            empty=t("actions.none"),
            columns=tuple(
                t(f"actions.col_{c}")
                for c in ("id", "question", "recommendation", "priority", "owner", "due", "status")
            ),
            continued=t("actions.continued"),
            rows=rows,
        )

    def evidence_register(self) -> EvidenceRegister:
        t = self.t
        rows = []
        for qid in self.card.questions:
            ans = self.a.answers.get(qid)
            for ev in ans.evidence if ans else ():
                rows.append(
                    EvidenceRow(
                        question_id=qid,
                        name=ev.name,
                        description=ev.description.strip(),
                        sha256=ev.sha256 or t("evidence.not_hashed"),
                        size=t.size(ev.size),
                    )
                )
        return EvidenceRegister(
            number=self.numbers["evidence"],
            title=t("evidence.title"),
            intro=t("evidence.intro", count=len(rows)),
            empty=t("evidence.none"),
            columns=(t("evidence.col_question"), t("evidence.col_name"), t("evidence.col_size")),
            rows=tuple(rows),
        )
