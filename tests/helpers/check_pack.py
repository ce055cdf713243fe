"""Check the shipped form pack by hand: `python -m tests.helpers.check_pack`.

Prints every loader problem, every anchor quote not found verbatim in its source, and the
number of questions per element and tier (cumulative).
"""

from __future__ import annotations

import sys

from assessor.core.forms.errors import FormPackError
from assessor.core.forms.loader import load_pack
from assessor.core.tiers import TIERS_IN_ORDER
from assessor.resources import default_pack_dir
from tests.helpers.sources import quote_found


def main() -> int:
    try:
        pack = load_pack(default_pack_dir())
    except FormPackError as exc:
        print(*exc.issues, sep="\n")
        return 1
    bad = 0
    for e in pack.elements:
        for i, point in enumerate(e.framework_text.points):
            if not quote_found("framework", point):
                bad += 1
                print(f"{e.id}: framework_text.points[{i}] not found verbatim: {point[:80]}")
        for q in e.questions:
            for a in q.anchors:
                if not quote_found(a.source, a.quote):
                    bad += 1
                    print(f"{q.id}: anchor quote not found in {a.source}: {a.quote[:80]}")
    total = 0
    for e in pack.elements:
        counts = [sum(q.in_scope_at(t) for q in e.questions) for t in TIERS_IN_ORDER]
        total += len(e.questions)
        print(f"{e.id:4} {e.title:50} low {counts[0]:3} moderate {counts[1]:3} high {counts[2]:3}")
    print(f"{total} questions; {bad} quote problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
