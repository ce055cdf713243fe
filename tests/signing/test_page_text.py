"""Reading the text a page shows (signing/page_text.py): strings, fonts' ToUnicode maps, TJ arrays."""

from __future__ import annotations

from pyhanko.pdf_utils import generic

from assessor.signing import pdf as pdfdoc
from assessor.signing.page_text import CMap, PageTexts, page_texts
from tests.signing.attacks.fixtures import read

CMAP = b"""/CIDInit /ProcSet findresource begin
2 beginbfchar
<01> <0046>
<02> <00E9>
endbfchar
1 beginbfrange
<10> <12> <0061>
endbfrange
1 beginbfrange
<20> <21> [<0058> <00590059>]
endbfrange
end"""


def _name(n: str) -> generic.NameObject:
    return generic.pdf_name(n)


def test_a_tounicode_map_decodes_chars_ranges_and_arrays() -> None:
    cmap = CMap(CMAP)
    assert cmap.decode(b"\x01\x02\x10\x11\x12\x20\x21") == "FéabcXYY"
    assert cmap.decode(b"\x99") == ""  # unmapped codes show nothing


def test_a_page_shows_its_strings_through_the_current_font() -> None:
    font = generic.DictionaryObject({_name("/ToUnicode"): generic.StreamObject(stream_data=CMAP)})
    plain = generic.DictionaryObject({_name("/BaseFont"): _name("/Helvetica")})
    content = (
        b"BT /F1 9 Tf (\\001\\002) Tj [(\\020) -20 <1112>] TJ ET\n"
        b"BT /F2 7.5 Tf (Fingerprint \\(5c26\\)) Tj T* (next) ' ET"
    )
    page = generic.DictionaryObject(
        {
            _name("/Contents"): generic.StreamObject(stream_data=content),
            _name("/Resources"): generic.DictionaryObject(
                {_name("/Font"): generic.DictionaryObject({_name("/F1"): font, _name("/F2"): plain})}
            ),
        }
    )
    assert PageTexts().page_text(page).split("\n") == ["Fé", "abc", "Fingerprint (5c26)", "next"]


def test_every_page_of_a_real_report_prints_its_ids() -> None:
    texts = page_texts(pdfdoc.open_reader(read("signed.pdf")))
    assert len(texts) == 62
    assert all("G4SA-20260115-5C265D46" in t and "5c26 5d46 df6d 7123" in t for t in texts)
