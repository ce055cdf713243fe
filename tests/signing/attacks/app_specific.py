"""Attacks on what assessor itself adds: a broken extra signature, a drawn box instead of a signature,
a second attachment, and the honest cut to the first revision (which must verify as the original)."""

from __future__ import annotations

from typing import Any

from assessor.signing import pdf as pdfdoc
from tests.signing.attacks import _raw, isa, shadow


def _broken_signature(writer: Any) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    fields.append_signature_field(writer, fields.SigFieldSpec("Extra", on_page=-1, box=(10, 10, 20, 20)))
    for _, _, ref in fields.enumerate_sig_fields(writer, with_name="Extra"):
        field = ref.get_object()
        sig = generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/Sig"),
                generic.pdf_name("/Filter"): generic.pdf_name("/Adobe.PPKLite"),
                generic.pdf_name("/SubFilter"): generic.pdf_name("/ETSI.CAdES.detached"),
                generic.pdf_name("/ByteRange"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 10, 20, 10)]),
                generic.pdf_name("/Contents"): generic.ByteStringObject(b"\xde\xad" * 8),
            }
        )
        field["/V"] = writer.add_object(sig)
        writer.update_container(field)


def _second_attachment(writer: Any) -> None:
    pdf = writer.prev.stream.getvalue()
    genuine = pdfdoc.embedded_assessment_bytes(pdfdoc.latest(pdfdoc.open_reader(pdf)))
    assert genuine is not None
    shadow.set_attachments(
        writer, [(pdfdoc.ASSESSMENT_FILE_NAME, isa.forged_assessment(pdf)), (pdfdoc.ASSESSMENT_FILE_NAME, genuine)]
    )


def truncated_to_first(pdf: bytes) -> bytes:
    first = _raw.signatures(pdf)[0]
    return pdf[: first.byte_range[2] + first.byte_range[3]]


def generate(signed: bytes, report: bytes, assessment: bytes) -> dict[str, bytes]:
    return {
        "app_extra_broken_sig": isa.updated(signed, _broken_signature),
        "app_second_attach_upd": isa.updated(signed, _second_attachment),
        "app_unsigned_with_data": isa.updated(
            report, lambda w: shadow.set_attachments(w, [(pdfdoc.ASSESSMENT_FILE_NAME, assessment)])
        ),
    }
