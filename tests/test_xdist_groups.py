"""The test run itself: tests marked ``xdist_group`` stay on one worker under ``--dist loadgroup`` (make test).

The CUPS tests (tests/ui/test_printing.py) share one scheduler that the first of them starts and the last stops;
spread over two workers, one stopped it under the other's print job, whose test then waited until its timeout
ended the worker (pytest 9.2 with pytest-xdist 3.8 dropped every group without a word: pytest 9.2 takes a test's
id from a new attribute, and xdist's loadgroup renames the old one). pytest-xdist keeps a group together by
adding ``@<group>`` to its tests' ids on the workers: this test fails, naming the tests, when it did not.
"""

from __future__ import annotations

import pytest


def test_every_grouped_test_carries_its_group_under_loadgroup(request: pytest.FixtureRequest) -> None:
    if not request.config.getvalue("loadgroup"):
        pytest.skip("not run with --dist loadgroup (make test runs with it)")
    items = request.session.items
    grouped = [item for item in items if item.get_closest_marker("xdist_group")]
    lost = [item.nodeid for item in grouped if "@" not in item.nodeid]
    assert not lost, (
        f"pytest-xdist did not put {len(lost)} of {len(grouped)} tests in their xdist_group (first: {lost[0]}): "
        "this pytest and pytest-xdist do not work together; install the versions in constraints.txt (make venv)"
    )
