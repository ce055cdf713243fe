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


def _fit(texts: list[str], head: str, font: str, s: Styles, cap: float) -> float:
    """A column just wide enough for its widest entry (and its header), within ``cap``."""
    widest = max([stringWidth(t, font, s.cell.fontSize) for t in texts] + [stringWidth(head, SANS_BOLD, 8)])
    return float(min(widest + 7, cap))


def _plan_widths(p: ActionPlan, s: Styles, width: float) -> list[float]:
    cols = p.columns
    rows = p.rows
    widths = [
        _fit([r.id for r in rows], cols[0], SANS_BOLD, s, 70),
        _fit([r.question_id for r in rows], cols[1], SANS, s, 60),
        0.0,
        _fit([r.priority for r in rows], cols[3], SANS_BOLD, s, 60),
        _fit([r.owner for r in rows], cols[4], SANS, s, 80),
        _fit([r.due for r in rows], cols[5], SANS, s, 70),
        _fit([r.status for r in rows], cols[6], SANS, s, 70),
    ]
    if any(len(r.recommendation) + len(r.note) > CELL_CHUNK for r in rows):  # room for "(continued)"
        widths[0] = max(widths[0], stringWidth(p.continued, SANS, s.footer.fontSize) + 7)
    widths[2] = width - sum(widths)
    return widths


def action_plan(p: ActionPlan, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [heading(p.number, p.title, s, "actions")]
    if not p.rows:
        return [*story, para(p.empty, s.body)]
    story.append(para(p.intro, s.body))
    fixed = _plan_widths(p, s, width)
    rows: list[list[Any]] = []
    ends: list[int] = []
    for r in p.rows:
        text = r.recommendation + (f"\n\n{r.note}" if r.note else "")
        chunks = list(pieces(text, CELL_CHUNK)) or [""]
        for n, chunk in enumerate(chunks):
            cell = para(chunk, s.cell)
            if n == 0:
                rows.append(
                    [
                        para(r.id, s.cell_bold),
                        para(r.question_id, s.cell),
                        cell,
                        para(r.priority, s.cell_bold if r.priority_key == "critical" else s.cell),
                        para(r.owner, s.cell),
                        para(r.due, s.cell),
                        para(r.status, s.cell),
                    ]
                )
            else:
                rows.append([para(p.continued, s.footer), "", cell, "", "", "", ""])
        ends.append(len(rows))
    continued = len(ends) < len(rows)
    plan = grid(p.columns, rows, fixed, s, group_ends=ends if continued else None)
    plan.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
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
