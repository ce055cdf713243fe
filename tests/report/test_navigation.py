"""A board finds its way: every bookmark opens its own section's page, the contents page gives each
section's page, every page names its section, and `report --summary` is the short board pack."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest

from assessor.core.assessment import fingerprint, report_id
from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report import recipe
from assessor.report.render import render_pdf
from tests.report.pdftools import info, pages_text

DATE = dt.date(2026, 10, 1)  # after every demo's last change
TIERS = (Tier.LOW, Tier.MODERATE, Tier.HIGH)
pytestmark = pytest.mark.xdist_group("navigation")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _outline(path: Path) -> list[tuple[str, int]]:
    out = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [(o["title"], o["destpageposfrom1"]) for o in json.loads(out)["outlines"]]


@pytest.fixture(scope="module", params=TIERS, ids=lambda t: t.value)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    a = make_demo(request.param)
    path = tmp_path_factory.mktemp("nav") / f"{request.param.value}.pdf"
    path.write_bytes(render_pdf(pack_for(a, "en").pack, a, date=DATE))
    return path, [_flat(p) for p in pages_text(path)]


def test_every_bookmark_opens_its_own_section_page(demo: tuple[Path, list[str]]) -> None:
    path, pages = demo
    outline = _outline(path)
    assert len(outline) >= 16
    targets = [page for _, page in outline]
    assert len(set(targets)) == len(targets), outline  # no two bookmarks open the same page
    assert targets == sorted(targets) and targets[0] == 2  # in reading order, the board summary first
    for title, page in outline:
        assert title in pages[page - 1], (title, page)


def test_contents_page_gives_each_section_its_page(demo: tuple[Path, list[str]]) -> None:
    path, pages = demo
    outline = _outline(path)
    contents = next(n for n, text in enumerate(pages) if text.split(" ").count(".") > 100)
    assert contents + 1 == dict(outline)["Contents"] <= 4  # after the cover and the board summary
    body = pages[contents].split("Contents ", 2)[2]  # after the header and the heading
    listed = {title.strip(): int(page) for title, page in re.findall(r"(\S[^.]*?)(?: \.)+ (\d+)", body)}
    expected = {title: page for title, page in outline if title != "Contents"}
    assert listed == expected


def test_every_page_names_its_section_in_the_header(demo: tuple[Path, list[str]]) -> None:
    path, pages = demo
    outline = _outline(path)
    for number, text in enumerate(pages[1:], start=2):
        section = [title for title, page in outline if page <= number][-1]
        assert f"· {section}" in text[:200], (number, section)


def test_the_board_summary_is_two_pages_at_most(demo: tuple[Path, list[str]]) -> None:
    path, _ = demo
    outline = dict(_outline(path))
    assert outline["Contents"] - outline["1 Executive summary"] <= 2


@pytest.mark.parametrize("tier", TIERS, ids=lambda t: t.value)
def test_summary_print_is_cover_summary_and_attestation(tier: Tier, tmp_path: Path) -> None:
    a = make_demo(tier)
    pack = pack_for(a, "en").pack
    path = tmp_path / "pack.pdf"
    pdf = render_pdf(pack, a, date=DATE, summary=True)
    path.write_bytes(pdf)
    pages = [_flat(p) for p in pages_text(path)]
    assert len(pages) <= 5
    rid = report_id(fingerprint(a), DATE.isoformat())
    assert all(rid in page for page in pages)
    assert "Does not meet" in pages[1] or "Meets" in pages[1]
    assert "Attestation" in pages[-1] and not any("Contents" in p for p in pages)
    assert [title for title, _ in _outline(path)] == ["1 Executive summary", "Attestation"]
    made = recipe.parse(info(path)["Keywords"])
    assert made is not None and made.summary
    full = recipe.parse(info_of(render_pdf(pack, a, date=DATE), tmp_path)["Keywords"])
    assert full is not None and not full.summary


def info_of(pdf: bytes, tmp: Path) -> dict[str, str]:
    path = tmp / "full.pdf"
    path.write_bytes(pdf)
    return info(path)


def test_a_recipe_without_part_is_a_full_report_and_an_unknown_part_is_refused() -> None:
    made = recipe.Recipe("1", "a4", "en", "2026-10-01", "p@1#0", None)
    assert recipe.parse(made.keywords()) == made
    summary = recipe.Recipe("1", "a4", "en", "2026-10-01", "p@1#0", None, summary=True)
    assert recipe.parse(summary.keywords()) == summary
    assert recipe.parse(made.keywords() + " made-with:part=appendix") is None
