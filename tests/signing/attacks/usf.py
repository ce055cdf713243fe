"""Universal signature forgery: the signature dictionary made unusable, in place or by an update."""

from __future__ import annotations

import re

from tests.signing.attacks import _raw


def _in_place(pdf: bytes, sig: _raw.RawSig, old: bytes, new: bytes) -> bytes:
    body = sig.body.replace(old, new, 1)
    assert body != sig.body
    return pdf[: sig.offset] + body + pdf[sig.offset + len(sig.body) :]


def generate(pdf: bytes) -> dict[str, bytes]:
    sig = _raw.signatures(pdf)[0]
    _, len1, start2, len2 = sig.byte_range
    old_br = re.search(rb"/ByteRange\s*\[[^\]]*\]", sig.body).group(0)  # type: ignore[union-attr]
    hexpart = re.search(rb"<([0-9A-Fa-f]+)>", sig.body[sig.body.index(b"/Contents") :]).group(1)  # type: ignore[union-attr]
    out = {
        "usf_inplace_br_outside": _in_place(
            pdf, sig, old_br, b"/ByteRange [0 %d %d %d]" % (len1, start2, len2 + 99999)
        ),
        "usf_inplace_br_overlap": _in_place(pdf, sig, old_br, b"/ByteRange [0 %d %d %d]" % (start2, start2, len2)),
        "usf_inplace_br_zero": _in_place(pdf, sig, old_br, b"/ByteRange [0 0 0 0]"),
        "usf_inplace_contents_garbage": _in_place(
            pdf, sig, hexpart, bytes(b"0123456789ABCDEF"[i % 16] for i in range(len(hexpart)))
        ),
        "usf_inplace_contents_zero": _in_place(pdf, sig, hexpart, b"0" * len(hexpart)),
    }
    by_update = {
        "usf_upd_contents_null": (rb"/Contents\s*<[0-9A-Fa-f]+>", b"/Contents null"),
        "usf_upd_subfilter_unknown": (rb"/SubFilter\s*/[A-Za-z0-9.]+", b"/SubFilter /adbe.x509.rsa_sha1"),
        "usf_upd_type_timestamp": (rb"/Type\s*/Sig\b", b"/Type /DocTimeStamp"),
        "usf_upd_no_byterange": (rb"/ByteRange\s*\[[^\]]*\]", b""),
    }
    out["usf_upd_unsigned_swap"] = _unsigned(pdf)
    for name, (pattern, repl) in by_update.items():
        body = re.sub(pattern, lambda _m, r=repl: r, sig.body, count=1)  # type: ignore[misc]
        out[name] = _raw.append_update(pdf, {sig.idnum: body})
    return out


def _unsigned(pdf: bytes) -> bytes:
    """The assessor's field made unsigned (its /V removed) and the attachment swapped, in one update."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    from tests.signing.attacks import isa

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    field = reader.embedded_signatures[0].sig_field
    ref = field.container_ref.reference if hasattr(field.container_ref, "reference") else field.container_ref
    offset = reader.xrefs[ref]
    body = pdf[offset : pdf.index(b"endobj", offset) + len(b"endobj")]
    unsigned = re.sub(rb"/V\s+\d+\s+\d+\s+R", b"", body, count=1)
    assert unsigned != body
    return _raw.append_update(pdf, {ref.idnum: unsigned, **isa.swap_objects(pdf)})
