"""The cover and the document's metadata."""

from __future__ import annotations

from assessor import __version__
from assessor.core.assessment import short_fingerprint
from assessor.report import attestation
from assessor.report import verdict_view as vv
from assessor.report.model_context import Context, clip
from assessor.report.model_types import Cover, Fact, Meta

COVER_SCOPE_CHARS = 420


class FrontPart(Context):
    def meta(self) -> Meta:
        t = self.t
        return Meta(
            title=t("doc.meta_title", report_id=self.rid, institution=self.institution),
            author=self.institution,
            subject=t("doc.subject", tier=self.tier_title, report_id=self.rid),
            keywords=attestation.keywords(self.rid, self.fp),
            creator=t("doc.creator", version=__version__),
            language=t.language,
            report_id=self.rid,
            fingerprint=self.fp,
            short_fingerprint=short_fingerprint(self.fp),
            date_iso=self.date.isoformat(),
            header_left=t("header.left", institution=clip(self.institution, 70)),
            footer_fingerprint=t("footer.fingerprint", short=short_fingerprint(self.fp)),
            page_template=t.texts["footer.page"],
            draft_mark=vv.draft_mark(t, self.verdict),
            header_institution=clip(self.institution, 70),
            contents_title=t("contents.title"),
        )

    def cover(self) -> Cover:
        t, a = self.t, self.a
        scope = a.scope.description.strip()
        if len(scope) > COVER_SCOPE_CHARS:
            cut = scope[:COVER_SCOPE_CHARS].rsplit(" ", 1)[0].rstrip(",;:. ")
            more = (
                t("cover.scope_more_pack")
                if self.summary_only
                else t("cover.scope_more", section=self.numbers["profile"])
            )
            scope = cut + " " + more
        assessors = "; ".join(self.person(p.name, p.role, p.organisation) for p in a.assessors if p.name.strip())
        facts = [
            Fact(t("cover.unit"), self.or_not_given(a.institution.unit)),
            Fact(t("cover.country"), self.or_not_given(a.institution.country)),
            Fact(t("cover.scope"), scope or t("not_given")),
            Fact(t("cover.period"), self.period()),
            Fact(t("cover.tier"), self.tier_stated),
            Fact(
                t("cover.result"), t("cover.verdict", verdict=self.headline(), counts=vv.counts_words(t, self.verdict))
            ),
            Fact(t("cover.score"), vv.score_words(t, self.card.overall, self.target_percent())),
            Fact(t("cover.assessors"), clip(assessors, 300) or t("not_given")),
            Fact(t("cover.date"), t.date(self.date)),
        ]
        ids = [
            Fact(t("cover.report_id"), self.rid),
            Fact(t("cover.fingerprint"), self.fp),
            Fact(t("cover.pack"), t("cover.pack_value", id=self.pack.id, version=self.pack.version)),
            Fact(t("cover.pack_hash"), self.pack.hash or t("not_given")),
        ]
        note = ""
        if self.pack.hash and a.form_pack.hash != self.pack.hash:
            note = t("cover.pack_mismatch", hash=a.form_pack.hash)
        return Cover(
            title=t("doc.title"),
            subtitle=t("doc.subtitle"),
            institution=self.institution,
            facts=tuple(facts),
            ids=tuple(ids),
            note=note,
            qr_payload=attestation.keywords(self.rid, self.fp),
            qr_caption=t("cover.qr_caption"),
            assessment_title=" ".join(a.title.split()),
        )
