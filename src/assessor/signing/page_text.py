"""The text each page shows, read from its content streams through the fonts' ToUnicode maps.

Only what the report profile needs: the strings shown by the text operators (Tj, TJ, ', "), in
order, decoded with the current font's ToUnicode CMap (or as Latin-1 when a font has none). No
layout and no form XObjects: assessor's report draws its footer straight on every page. Fast: each
font's map is parsed once per document, and a page is one regular-expression pass.
"""

from __future__ import annotations

import re
from typing import Any

MAX_PAGE_BYTES = 8 * 1024 * 1024  # decoded content of one page; an assessor page is a few kilobytes
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # decoded content of all pages together
MAX_PAGES = 5_000

_TOKEN = re.compile(
    rb"\((?P<lit>(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*)\)"  # a literal string (one level of nested parentheses)
    rb"|<(?P<hex>[0-9A-Fa-f\s]*)>"  # a hex string
    rb"|/(?P<font>[^\s/\[\]()<>{}%]+)\s+[-+\d.]+\s+Tf\b"  # a font selection
    rb"|(?P<op>TJ|Tj|'|\"|ET)(?![A-Za-z])",
    re.DOTALL,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_OCTAL = re.compile(rb"\\([0-7]{1,3})|\\(.)|\\\r?\n", re.DOTALL)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")


def _unescape(raw: bytes) -> bytes:
    if b"\\" not in raw:
        return raw

    def one(m: re.Match[bytes]) -> bytes:
        if m.group(1):
            return bytes([int(m.group(1), 8) & 0xFF])
        if m.group(2):
            return _ESCAPES.get(m.group(2), m.group(2))
        return b""

    return _OCTAL.sub(one, raw)


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", "replace")


class CMap:
    """A ToUnicode map: code bytes to text."""

    def __init__(self, data: bytes) -> None:
        self.width = 1
        self.codes: dict[bytes, str] = {}
        self._table: dict[int, str] | None = None
        for block in _BFCHAR.findall(data):
            pairs = _HEX.findall(block)
            for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
                self._add(bytes.fromhex(src.decode()), _utf16(dst))
        for block in _BFRANGE.findall(data):
            for m in re.finditer(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
                lo, hi = int(m.group(1), 16), int(m.group(2), 16)
                size = len(m.group(1)) // 2
                if hi - lo > 65_535:
                    continue
                dst = m.group(3)
                if dst.startswith(b"["):
                    for i, item in enumerate(_HEX.findall(dst)):
                        self._add((lo + i).to_bytes(size, "big"), _utf16(item))
                else:
                    start = bytes.fromhex(dst[1:-1].decode())
                    for i in range(hi - lo + 1):
                        value = (int.from_bytes(start, "big") + i).to_bytes(len(start), "big")
                        self._add((lo + i).to_bytes(size, "big"), value.decode("utf-16-be", "replace"))

    def _add(self, code: bytes, text: str) -> None:
        if code:
            self.width = max(self.width, len(code))
            self.codes[code] = text

    def decode(self, data: bytes) -> str:
        w = self.width
        if w == 1:  # one byte a code (reportlab's font subsets): one translation, at C speed
            return data.decode("latin-1").translate(self._single())
        return "".join(self.codes.get(data[i : i + w], "") for i in range(0, len(data), w))

    def _single(self) -> dict[int, str]:
        if self._table is None:
            self._table = {i: self.codes.get(bytes([i]), "") for i in range(256)}
        return self._table


class PageTexts:
    """Page texts of one document (a revision view), with the fonts' maps cached."""

    def __init__(self) -> None:
        self._maps: dict[int, CMap | None] = {}
        self._read = 0

    def _cmap(self, font_ref: Any) -> CMap | None:
        key = font_ref.reference.idnum if hasattr(font_ref, "reference") else id(font_ref)
        if key not in self._maps:
            font = font_ref.get_object()
            unicode_map = font.get("/ToUnicode")
            self._maps[key] = CMap(unicode_map.get_object().data) if unicode_map is not None else None
        return self._maps[key]

    def page_text(self, page: Any) -> str:
        from pyhanko.pdf_utils import generic

        contents = page.get("/Contents")
        if contents is None:
            return ""
        streams = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
        data = b"\n".join(s.get_object().data for s in streams)
        self._read += len(data)
        if len(data) > MAX_PAGE_BYTES or self._read > MAX_TOTAL_BYTES:
            raise ValueError("the pages' content is larger than any report's")
        fonts = _fonts_of(page)
        cmap: CMap | None = None
        out: list[str] = []
        pending: list[str] = []
        for m in _TOKEN.finditer(data):
            kind = m.lastgroup  # the one named group that matched
            if kind == "font":
                ref = fonts.get("/" + m["font"].decode("latin-1"))
                cmap = self._cmap(ref) if ref is not None else None
            elif kind == "lit" or kind == "hex":
                raw = _unescape(m["lit"]) if kind == "lit" else _hex(m["hex"])
                pending.append(cmap.decode(raw) if cmap is not None else raw.decode("latin-1"))
            elif kind == "op":
                if m["op"] != b"ET":
                    out.append("".join(pending))
                pending = []
        return "\n".join(out)


def _hex(text: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", text)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def _fonts_of(page: Any) -> dict[str, Any]:
    node, depth = page, 0
    while node is not None and depth < 32:
        resources = node.get("/Resources")
        if resources is not None:
            fonts = resources.get_object().get("/Font")
            return {} if fonts is None else {str(k): v for k, v in fonts.get_object().items()}
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return {}


def pages_of(view: Any) -> list[Any]:
    """The page objects in order (bounded depth and count)."""
    out: list[Any] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 32 or len(out) > MAX_PAGES:
            raise ValueError("the page tree is deeper or larger than any report's")
        node = node.get_object()
        if "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid, depth + 1)
        else:
            out.append(node)

    walk(view.root["/Pages"], 0)
    return out


def page_texts(view: Any) -> list[str]:
    reader = PageTexts()
    return [reader.page_text(page) for page in pages_of(view)]
