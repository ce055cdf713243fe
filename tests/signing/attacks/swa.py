"""Signature wrapping (SWA): the signed bytes kept, moved apart, with the attacker's objects between them.

``swa_classic``: the second signed range moved to the end of the file; in its place the signature
dictionary is finished with a new /ByteRange pointing at the moved bytes, and the attacker's xref
table sits at the offset the moved ``startxref`` names, listing the moved objects at their new
places. The digest still matches (the same bytes are signed); only the gap holds more than the
signature. ``swa_padded`` and ``swa_reason`` (the wrapping done by redefining the dictionary with
a padded /Contents) are in `sigdict_override`.
"""

from __future__ import annotations

import re

from tests.signing.attacks import _raw


def _xref_entries(pdf: bytes, start: int) -> list[tuple[int, int, bytes]]:
    """The (first id, count, rows) subsections of the xref table at ``start``."""
    table = pdf[start : pdf.index(b"trailer", start)]
    out = []
    lines = table.split(b"\n")[1:]
    i = 0
    while i < len(lines):
        head = lines[i].split()
        if len(head) != 2:
            i += 1
            continue
        first, count = int(head[0]), int(head[1])
        out.append((first, count, b"\n".join(lines[i + 1 : i + 1 + count])))
        i += 1 + count
    return out


def swa_classic(pdf: bytes) -> bytes:
    sig = _raw.signatures(pdf)[-1]
    _, len1, start2, len2 = sig.byte_range
    assert start2 + len2 == len(pdf), "wrap the last signature of the file"
    head, gap, tail = pdf[:len1], pdf[len1:start2], pdf[start2:]
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    entries, _ = _raw.last_trailer(pdf)
    prev = int(re.findall(rb"/Prev\s+(\d+)", pdf[pdf.rindex(b"trailer") :])[0])
    rest_of_dict = re.match(rb"(.*?>>\s*endobj)", tail, re.DOTALL)
    assert rest_of_dict is not None
    finished = re.sub(rb"/ByteRange\s*\[[^\]]*\]", b"/ByteRange [0 %d %%d %d]" % (len1, len2), rest_of_dict.group(1))
    moved_start = 0
    for _ in range(10):  # the new ByteRange's digits change the length: settle it
        closing = b" " + (finished % moved_start) + b"\n"
        filler = startxref - (len(head) + len(gap) + len(closing))
        assert filler >= 0, "the moved startxref lies before the end of the signature dictionary"
        trailer = b"trailer\n<<" + entries + b" /Prev %d>>\n" % prev
        table_length = len(_xref(pdf, startxref, start2, 0))  # fixed-width rows: the shift does not change it
        extra = len(closing) + filler + table_length + len(trailer)
        new_start = len(head) + len(gap) + extra
        if new_start == moved_start:
            return head + gap + closing + b" " * filler + _xref(pdf, startxref, start2, extra) + trailer + tail
        moved_start = new_start
    raise AssertionError("the wrapping did not settle")


def _xref(pdf: bytes, at: int, moved_from: int, shift: int) -> bytes:
    """The xref table at ``at`` with every object at or after ``moved_from`` moved by ``shift``."""
    out = bytearray(b"xref\n")
    for first, count, rows in _xref_entries(pdf, at):
        out += b"%d %d\n" % (first, count)
        for row in rows.split(b"\n"):
            offset, gen, kind = row.split()[:3]
            value = int(offset) + (shift if kind == b"n" and int(offset) >= moved_from else 0)
            out += b"%010d %s %s \n" % (value, gen, kind)
    return bytes(out)


def generate(pdf: bytes) -> dict[str, bytes]:
    """Only for a file whose last xref lies far enough after the signature (a signed, not countersigned, report)."""
    try:
        return {"swa_classic": swa_classic(pdf)}
    except AssertionError:
        return {}
