"""The largest assessment assessor accepts, in the shapes that cost its report most.

Every bound reached at once: 500 actions, 500 evidence documents and, shared between the notes of
every question, just under 10 000 printed lines of text in the given style ("words": ordinary
prose; "unbroken": no spaces, wrapped character by character; "short": lines of two letters).
"""

from __future__ import annotations

from assessor.core.assessment import Action, Assessment, Evidence, Priority
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.limits import LINE_CHARS, MAX_EVIDENCE, MAX_PRINTED_LINES
from assessor.core.tiers import Tier
from assessor.core.volume import text_lines, too_much

PROSE = "The data access committee reviews each request against the consent that was given. "


def _words(chars: int) -> str:
    return (PROSE * (chars // len(PROSE) + 1))[: chars - 1].rstrip() + "."


def _text(style: str, lines: int) -> str:
    if style == "short":
        return "\n".join(["ab"] * lines)
    chars = lines * LINE_CHARS - 1  # one short of the next line
    return "A" * chars if style == "unbroken" else _words(chars)


def largest_assessment(style: str = "words", *, spare_lines: int = 5) -> Assessment:
    """A valid assessment at every bound, ``spare_lines`` below the limit on text."""
    pack = load_default_pack()
    a = make_demo(Tier.HIGH)
    ids = [q.id for q in pack.questions()]
    n = 0
    while len(a.actions) < 500:
        n += 1
        a.actions.append(
            Action(
                id=f"X-{n:03d}",
                question_id=ids[n % len(ids)],
                recommendation="Review the register.",
                priority=Priority.HIGH,
                owner="Data Office",
                due="2027-01-31",
                notes="Reported each quarter.",
            )
        )
    have = sum(len(answer.evidence) for answer in a.answers.values())
    for i in range(MAX_EVIDENCE - have):
        a.answer(ids[i % len(ids)]).evidence.append(Evidence(name=f"policy-{i:03d}.pdf", description="Signed copy"))
    for qid in ids:
        a.answer(qid).notes = ""
    used = MAX_PRINTED_LINES - spare_lines - text_lines(a)
    for k, qid in enumerate(ids):
        share = used // len(ids) + (1 if k < used % len(ids) else 0)
        a.answer(qid).notes = _text(style, share)
    assert too_much(a) is None
    return a
