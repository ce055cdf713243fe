"""Make resources/fonts/wqy-microhei.ttc, the report's fallback for Chinese, Japanese and Korean, from the full font.

    python packaging/subset_cjk_font.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

The full WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, 0.2.0-beta) is 5.2 MB, most of it ideographs nobody
writes in a name or a note. The shipped file keeps, from its first face (the proportional one):
  - the ideographs of the national character sets in daily use: GB 2312 (simplified Chinese), Big5 level 1
    (the 5 401 frequent traditional characters), JIS X 0208 with Windows' extensions (Japanese, code page 932),
    KS X 1001's hanja (Korean), and the compatibility ideographs these sets use;
  - every Hangul syllable and jamo, every kana, the CJK punctuation and symbols, full- and half-width forms, and
    every other character of the font that is not an ideograph;
  - no hinting (a PDF does not use it) and no layout features (reportlab uses none); the name table (copyright
    and licence) whole.
A character left out is not lost silently: report/pdf_fonts.py reads the font's own character map, so the report
refuses it by name, as it refuses any character no shipped font has. Needs fontTools (not a dependency of the app).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"

IDEOGRAPHS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
# (codec, first and last lead byte kept): Big5's level 1 ends at lead byte 0xC6 (level 2 starts at 0xC9)
NATIONAL_SETS = (("gb2312", None), ("big5", (0xA4, 0xC6)), ("cp932", None), ("euc_kr", None))


def is_ideograph(code: int) -> bool:
    return any(low <= code <= high for low, high in IDEOGRAPHS)


def in_national_sets(char: str) -> bool:
    for codec, leads in NATIONAL_SETS:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        if leads is None or leads[0] <= encoded[0] <= leads[1]:
            return True
    return False


def kept_characters(cmap: dict[int, str]) -> set[int]:
    return {code for code in cmap if not is_ideograph(code) or in_national_sets(chr(code))}


def subset(source: Path, target: Path) -> tuple[int, int]:
    """Write the subset of ``source``'s first face to ``target`` (a one-font collection); returns characters
    (kept, in the source)."""
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTCollection, TTFont

    font = TTFont(str(source), fontNumber=0)
    cmap = font.getBestCmap()
    kept = kept_characters(cmap)
    options = ft_subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.glyph_names = False
    options.notdef_outline = True
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(kept))
    subsetter.subset(font)
    collection = TTCollection()
    collection.fonts = [font]
    collection.save(str(target))
    return len(kept), len(cmap)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="the full wqy-microhei.ttc")
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    kept, total = subset(args.source, args.output)
    size = args.output.stat().st_size
    was = args.source.stat().st_size
    print(f"{args.output}: {kept} of {total} characters, {size / 1e6:.2f} MB (was {was / 1e6:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
