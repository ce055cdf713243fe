"""The attestation page: the signatory's statement and the board's decision."""

from __future__ import annotations

from assessor.report import verdict_view as vv
from assessor.report.model_context import Context
from assessor.report.model_types import Attestation, Fact


class AttestPart(Context):
    def attestation(self) -> Attestation:
        t, a = self.t, self.a
        signer = a.signatory
        if not signer.name.strip() and a.assessors:
            signer = a.assessors[0]
        organisation = signer.organisation.strip() or a.institution.name.strip()
        return Attestation(
            title=t("attest.title"),
            statement=t("attest.statement", institution=self.institution, plan=self.plan_sentence())
            + (" " + vv.count(t, "attest.draft", self.verdict.unanswered) if self.verdict.is_draft else ""),
            report_line=t("attest.report", report_id=self.rid, fingerprint=self.fp),
            signatory_title=t("attest.signatory"),
            signatory=(
                Fact(t("attest.name"), signer.name.strip()),
                Fact(t("attest.role"), signer.role.strip()),
                Fact(t("attest.organisation"), organisation),
                Fact(t("attest.date"), t.date(self.date)),
            ),
            signature_caption=t("attest.signature_caption"),
            countersignature_caption=t("attest.countersignature_caption"),
            board_title=t("attest.board"),
            options=(t("attest.approved"), t("attest.conditions"), t("attest.not_approved")),
            conditions_line=t("attest.conditions_line"),
            board_name=t("attest.board_name"),
            board_date=t("attest.board_date"),
            wet_signature=t("attest.wet_signature"),
        )

    def plan_sentence(self) -> str:
        """What the signatory attests of the action plan: only what is true of it (actions without an owner
        have been agreed with nobody)."""
        t, total = self.t, len(self.actions)
        ownerless = sum(1 for x in self.actions if not x.owner.strip())
        if not total:
            return t("attest.plan_empty")
        if not ownerless:
            return t("attest.plan_all")
        if ownerless == total:
            return t("attest.plan_no_owner", total=total)
        return vv.count(t, "attest.plan_some", ownerless, total=total)
