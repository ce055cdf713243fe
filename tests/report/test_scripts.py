"""Every script prints or is refused by name: Chinese, Japanese, Korean, Greek and Cyrillic names and notes
print with embedded fonts; Arabic, Hebrew and Devanagari (which need shaping) make the report exit 2
naming the characters. Nothing vanishes silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Answer, Assessment, Evidence, FormPackRef, Institution
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.report.pdf_fonts import FALLBACK, UnprintableText
from assessor.report.render import render_pdf
from tests.report.factories import PROFILES, fill, make_pack
from tests.report.pdftools import fonts, pages_text

DATE = dt.date(2025, 3, 14)
CHINESE = "北京大学人民医院"
JAPANESE = "東京大学医科学研究所のデータ"
KOREAN = "서울대학교병원 유전체센터"
GREEK = "Πανεπιστήμιο Αθηνών"
CYRILLIC = "Московский государственный университет"
ARABIC = "مستشفى الملك فيصل"
HEBREW = "בית החולים הדסה"
DEVANAGARI = "अखिल भारतीय आयुर्विज्ञान संस्थान"


def _assessment(institution: str, notes: str, evidence: str) -> Assessment:
    a = fill(make_pack(per_element=2, elements=3), Tier.HIGH)
    a.institution.name = institution
    first = next(iter(a.answers.values()))
    first.notes = notes
    first.evidence = [Evidence(name=evidence, sha256="0" * 64, size=1)]
    return a


def _pdf(tmp_path: Path, a: Assessment) -> tuple[list[str], Path]:
    path = tmp_path / "scripts.pdf"
    path.write_bytes(render_pdf(make_pack(per_element=2, elements=3), a, date=DATE))
    return [" ".join(p.split()) for p in pages_text(path)], path


def test_cjk_greek_and_cyrillic_print_with_embedded_fonts(tmp_path: Path) -> None:
    a = _assessment(f"{CHINESE} {GREEK}", f"{JAPANESE}; {CYRILLIC}.", f"{KOREAN}.pdf")
    pages, path = _pdf(tmp_path, a)
    text = " ".join(pages)
    assert CHINESE in pages[0] and GREEK in pages[0]
    for words in (JAPANESE, CYRILLIC, KOREAN):
        assert words in text
    assert CHINESE in pages[1], "the page header names the institution in its own script"
    rows = fonts(path)
    assert all(r.embedded for r in rows), rows
    assert any(FALLBACK in r.name for r in rows), rows
    assert path.read_bytes() == render_pdf(make_pack(per_element=2, elements=3), a, date=DATE), "deterministic"


def test_bold_labels_around_cjk_text_keep_both_fonts(tmp_path: Path) -> None:
    a = _assessment(f"Hôpital {CHINESE} Nord", "Notes", "a.pdf")
    pages, _ = _pdf(tmp_path, a)
    assert f"Hôpital {CHINESE} Nord" in pages[0]


@pytest.mark.parametrize("words", [ARABIC, HEBREW, DEVANAGARI])
def test_scripts_that_need_shaping_are_refused_by_name(words: str) -> None:
    a = _assessment(f"{CHINESE} {GREEK}", words, "a.pdf")
    with pytest.raises(UnprintableText) as caught:
        render_pdf(make_pack(per_element=2, elements=3), a, date=DATE)
    assert set(caught.value.chars) == set(words) - {" "}
    message = str(caught.value)
    assert words[0] in message and f"U+{ord(words[0]):04X}" in message
    assert CHINESE[0] not in message and GREEK[0] not in message


def test_the_cli_exits_2_naming_the_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = load_default_pack()
    a = Assessment(form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash))
    a.institution = Institution(name=f"{CHINESE} {ARABIC}", country="Jordan")
    a.triage = dict(PROFILES[Tier.LOW])
    a.created = a.modified = "2025-03-01T09:00:00Z"
    a.answers[pack.questions()[0].id] = Answer(level=1, notes=f"{GREEK} {HEBREW}")
    g4sa = tmp_path / "unit.g4sa"
    save_assessment(a, g4sa)
    out = tmp_path / "r.pdf"
    code = main(["report", str(g4sa), "-o", str(out), "--date", "2025-03-14"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and str(g4sa) in err
    assert ARABIC[0] in err and HEBREW[0] in err and "U+0645" in err and "in Arabic, Hebrew:" in err
    assert CHINESE[0] not in err and GREEK[0] not in err
    assert not out.exists()
