"""The shipped CJK fallback font is a subset (packaging/subset_cjk_font.py): the characters in daily use print, and
any other one is refused by name (report/pdf_fonts.py reads the font's own character map), never dropped."""

from __future__ import annotations

import pytest

from assessor.report.pdf_fonts import UnprintableText, unprintable
from assessor.resources import resource
from tests.packaging.conftest import load_packaging_module

subset = load_packaging_module("subset_cjk_font")


def _characters(codec: str, leads: range, trails: range) -> list[str]:
    found = []
    for lead in leads:
        for trail in trails:
            try:
                found.append(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                continue
    return found


GB2312 = _characters("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))  # the 6 763 hanzi
BIG5_LEVEL_1 = _characters("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
JIS_X_0208 = _characters("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF))  # both kanji levels
KS_X_1001 = _characters("euc_kr", range(0xB0, 0xFE), range(0xA1, 0xFF))  # 2 350 syllables and the hanja


@pytest.mark.parametrize(
    "characters", [GB2312, BIG5_LEVEL_1, JIS_X_0208, KS_X_1001], ids=["GB2312", "Big5-1", "JIS-X-0208", "KS-X-1001"]
)
def test_the_characters_in_daily_use_print(characters: list[str]) -> None:
    assert len(characters) > 2000
    assert unprintable(["".join(characters)]) == []


def test_every_hangul_syllable_prints() -> None:
    assert unprintable(["".join(chr(code) for code in range(0xAC00, 0xD7A4))]) == []


def test_a_rare_ideograph_is_refused_by_name() -> None:
    text = "Biobank \u5317\u9f98"  # 北 prints; 龘 (three dragons) is in no set in daily use
    assert not subset.in_national_sets("\u9f98")
    assert unprintable([text]) == ["\u9f98"]
    assert "U+9F98" in str(UnprintableText(unprintable([text])))


def test_the_shipped_font_is_the_subset() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    font = TTFontFile(str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    ideographs = [code for code in font.charToGlyph if subset.is_ideograph(code)]
    assert all(subset.in_national_sets(chr(code)) for code in ideographs)
    assert resource("fonts", "wqy-microhei.ttc").stat().st_size < 3_000_000
