"""Reading a PDF the way a user's tools do: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{args[0]} failed ({done.returncode}): {done.stderr.strip()}"
    return done.stdout


def pages_text(pdf: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with form feeds)."""
    text = _run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    return text.split("\f")[:-1]


def body_index(flat: str, title: str, start: int = 0) -> int:
    """Where ``title`` first occurs in a report's flattened text outside the contents page (where a
    title is followed by its dotted leader) and the page headers (where it follows "· ")."""
    at = flat.index(title, start)
    while flat.startswith(" .", at + len(title)) or re.search(r"· (\d+ )?$", flat[max(0, at - 8) : at]):
        at = flat.index(title, at + 1)
    return at


def outline(pdf: Path) -> list[tuple[str, int]]:
    """The PDF's bookmarks: (title, page number) in order."""
    import json

    found = json.loads(_run("qpdf", "--json", "--json-key=outlines", str(pdf)))["outlines"]
    return [(o["title"], o["destpageposfrom1"]) for o in found]


def info(pdf: Path) -> dict[str, str]:
    out = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", "-isodates", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts(pdf: Path) -> list[FontRow]:
    """pdffonts' table, parsed by its column positions (names may contain spaces)."""
    lines = _run("pdffonts", str(pdf)).splitlines()
    header, rule, rows = lines[0], lines[1], lines[2:]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    cols = [h.strip() for h in (header[a:b] for a, b in zip(starts, [*starts[1:], None], strict=True))]
    out = []
    for row in rows:
        cells = [row[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
        rec = dict(zip(cols, cells, strict=True))
        out.append(
            FontRow(
                name=rec["name"],
                type=rec["type"],
                embedded=rec["emb"] == "yes",
                subset=rec["sub"] == "yes",
                unicode=rec["uni"] == "yes",
            )
        )
    return out


def qpdf_check(pdf: Path) -> str:
    done = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"qpdf --check failed: {done.stdout}{done.stderr}"
    return done.stdout


def gray_page(pdf: Path, page: int, dpi: int = 72) -> tuple[int, int, bytes]:
    """One page as 8-bit grey pixels (width, height, rows from the top)."""
    raw = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    # PGM: "P5\n<w> <h>\n255\n" then the pixels

    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", raw)
    assert m, raw[:20]
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, raw[m.end() : m.end() + w * h]


def words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Words on a page with their boxes in PDF points from the top-left: (text, x1, y1, x2, y2)."""
    import html

    out = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    found = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        found.append(
            (html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
        )
    return found


@dataclass(frozen=True)
class Line:
    """A line of text on a page, in PDF points from the top-left."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class PageLines:
    width: float
    height: float
    lines: list[Line]  # from the top down


def text_lines(pdf: Path) -> list[PageLines]:
    """Every page's lines of text, as pdftotext -bbox-layout groups them."""
    import html
    import re

    out = _run("pdftotext", "-bbox-layout", str(pdf), "-")
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        lines = []
        for ln in re.finditer(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', page.group(3), re.S
        ):
            text = " ".join(html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", ln.group(5)))
            lines.append(Line(text, *(float(ln.group(i)) for i in range(1, 5))))
        lines.sort(key=lambda ln: (round(ln.top), ln.left))
        pages.append(PageLines(float(page.group(1)), float(page.group(2)), lines))
    return pages
