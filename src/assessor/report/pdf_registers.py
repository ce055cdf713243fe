"""The action plan and the evidence register."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    TableStyle,
)

from assessor.report.model import (
    ActionPlan,
    EvidenceRegister,
)
from assessor.report.pdf_blocks import CELL_CHUNK, grid, heading
from assessor.report.pdf_styles import (
    SANS,
    SANS_BOLD,
    Styles,
    para,
    pieces,
)


def _fit(texts: list[str], font: str, size: float, cap: float) -> float:
    """A column just wide enough for its widest entry, within ``cap``."""
    return float(min(max(stringWidth(t, font, size) for t in texts) + 7, cap))


def _plan_widths(p: ActionPlan, s: Styles, width: float) -> list[float]:
    """Action and question in one column, priority and status in another, owner and due date in a
    third, each as narrow as its entries allow: the recommendation gets the rest (about half the page)."""
    cols, rows, size = p.columns, p.rows, s.plan.fontSize
    heads = [stringWidth(c, SANS_BOLD, s.cell_head.fontSize) for c in cols]
    widths = [
        max(_fit([r.id for r in rows], SANS_BOLD, size, 70), heads[0] + 7, heads[1] + 7),
        0.0,
        max(_fit([r.priority for r in rows], SANS_BOLD, size, 70), _fit([r.status for r in rows], SANS, size, 70)),
        max(_fit([r.owner for r in rows], SANS, size, 90), _fit([r.due for r in rows], SANS, size, 90)),
    ]
    widths[2] = max(widths[2], min(heads[3], heads[6]) + 7)
    widths[3] = max(widths[3], min(heads[4], heads[5]) + 7)
    if any(len(r.recommendation) + len(r.note) > CELL_CHUNK for r in rows):  # room for "(continued)"
        widths[0] = max(widths[0], stringWidth(p.continued, SANS, s.footer.fontSize) + 7)
    widths[1] = width - sum(widths)
    return widths


def action_plan(p: ActionPlan, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(p.number, p.title, s, "actions")]
    if not p.rows:
        return [*story, para(p.empty, s.body)]
    story.append(para(p.intro, s.body))
    c = p.columns
    columns = (f"{c[0]}\n{c[1]}", c[2], f"{c[3]}\n{c[6]}", f"{c[4]}\n{c[5]}")
    rows: list[list[Any]] = []
    ends: list[int] = []
    for r in p.rows:
        text = r.recommendation + (f"\n\n{r.note}" if r.note else "")
        chunks = list(pieces(text, CELL_CHUNK)) or [""]
        for n, chunk in enumerate(chunks):
            cell = para(chunk, s.plan)
            if n == 0:
                priority = para(r.priority, s.plan_bold if r.priority_key == "critical" else s.plan)
                rows.append(
                    [
                        [para(r.id, s.plan_bold), para(r.question_id, s.plan)],
                        cell,
                        [priority, para(r.status, s.plan)],
                        [para(r.owner, s.plan), para(r.due, s.plan)],
                    ]
                )
            else:
                rows.append([para(p.continued, s.footer), cell, "", ""])
        ends.append(len(rows))
    continued = len(ends) < len(rows)
    plan = grid(columns, rows, _plan_widths(p, s, width), s, group_ends=ends if continued else None)
    pads = [("LEFTPADDING", 3), ("RIGHTPADDING", 3), ("TOPPADDING", 2.5), ("BOTTOMPADDING", 3)]
    plan.setStyle(TableStyle([(name, (0, 0), (-1, -1), value) for name, value in pads]))
    story.append(plan)
    return story


def evidence(r: EvidenceRegister, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(r.number, r.title, s, "evidence")]
    if not r.rows:
        return [*story, para(r.empty, s.body)]
    story.append(para(r.intro, s.body))
    widths = [54, 0.0, 58]
    widths[1] = width - sum(widths)
    rows = []
    for e in r.rows:
        doc: list[Flowable] = [para(e.name[:CELL_CHUNK], s.cell)]
        if e.description:
            more = "…" if len(e.description) > CELL_CHUNK else ""
            doc.append(para(e.description[:CELL_CHUNK] + more, s.footer))
        doc.append(para(e.sha256, s.mono_small))
        rows.append([para(e.question_id, s.cell_bold), doc, para(e.size, s.cell_right)])
    story.append(grid(r.columns, rows, widths, s, right=(2,)))
    return story
