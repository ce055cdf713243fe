"""``assessor --self-test``: an offline end-to-end check, also run inside the installed bundle.

One PASS/FAIL line per step; exit 0 only when every step passes.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from assessor.core.forms.loader import load_default_pack

Step = tuple[str, Callable[[], str]]


def _steps() -> list[Step]:
    def form_pack() -> str:
        pack = load_default_pack()
        return f"{pack.id} {pack.version}, {len(pack.questions())} questions"

    return [("load the form pack", form_pack)]


def run_self_test() -> int:
    failed = 0
    for name, step in _steps():
        try:
            detail = step()
            print(f"PASS  {name}: {detail}")
        except Exception as exc:  # every failure is reported, whatever it is
            failed += 1
            print(f"FAIL  {name}: {exc}")
            traceback.print_exc()
    print("self-test passed" if not failed else f"self-test FAILED ({failed} step(s))")
    return 0 if not failed else 1
