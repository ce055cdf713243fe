"""Incremental saving attacks: an update after the signature, written with pyHanko's incremental writer."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from assessor.core.assessment import file_bytes, fingerprint, report_id
from assessor.core.storage import loads_assessment
from assessor.report import attestation
from assessor.signing import pdf as pdfdoc

Edit = Callable[[Any], None]


def forged_assessment_of(raw: bytes) -> bytes:
    """An assessment file, changed (a forger's version)."""
    forged = loads_assessment(raw, "x.g4sa")
    forged.title = "Forged: everything meets the Framework"
    return file_bytes(forged)


def forged_assessment(pdf: bytes) -> bytes:
    """The assessment a report carries, changed."""
    raw = pdfdoc.embedded_assessment_bytes(pdfdoc.latest(pdfdoc.open_reader(pdf)))
    assert raw is not None
    return forged_assessment_of(raw)


def forged_keywords(data: bytes) -> str:
    fp = fingerprint(loads_assessment(data, "x.g4sa"))
    return attestation.keywords(report_id(fp, "2026-01-15"), fp)


def swap_objects(pdf: bytes) -> dict[int, bytes]:
    """Raw redefinitions of the attached file's stream and of the Info dictionary (forged data, Keywords to match)."""
    reader = pdfdoc.open_reader(pdf)
    spec = pdfdoc.embedded_files(reader)[pdfdoc.ASSESSMENT_FILE_NAME].get_object()
    stream_ref = spec["/EF"].raw_get("/F").reference
    info_ref = reader.trailer_view.raw_get("/Info").reference
    data = forged_assessment(pdf)
    stream = b"%d 0 obj\n<</Type /EmbeddedFile /Length %d>>\nstream\n%s\nendstream\nendobj" % (
        stream_ref.idnum,
        len(data),
        data,
    )
    info = b"%d 0 obj\n<</Keywords (%s)>>\nendobj" % (info_ref.idnum, forged_keywords(data).encode())
    return {stream_ref.idnum: stream, info_ref.idnum: info}


def updated(pdf: bytes, edit: Edit) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    edit(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _attach_kw(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    pdf = writer.prev.stream.getvalue()
    data = forged_assessment(pdf)
    spec = pdfdoc.embedded_files(writer)[pdfdoc.ASSESSMENT_FILE_NAME].get_object()
    stream = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")}, data)
    spec["/EF"] = generic.DictionaryObject({generic.pdf_name("/F"): writer.add_object(stream)})
    writer.update_container(spec)
    writer.set_info(None)
    info = writer.trailer["/Info"].get_object()
    info["/Keywords"] = generic.TextStringObject(forged_keywords(data))
    writer.update_container(info)


def overlay_page(writer: Any, text: bytes = b"100.0 % - Exemplary", page_index: int = 0) -> None:
    from pyhanko.pdf_utils import generic

    page_ref = writer.root["/Pages"]["/Kids"][page_index]
    page = page_ref.get_object()
    drawing = b"q 1 1 1 rg 40 600 400 60 re f 0 0 0 rg BT /Helvetica 24 Tf 50 620 Td (" + text + b") Tj ET Q"
    stream = writer.add_object(generic.StreamObject(stream_data=drawing))
    contents = page["/Contents"]
    items = list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*items, stream])
    writer.update_container(page)


def _js(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    action = generic.DictionaryObject(
        {
            generic.pdf_name("/S"): generic.pdf_name("/JavaScript"),
            generic.pdf_name("/JS"): generic.TextStringObject("app.alert('x')"),
        }
    )
    writer.root["/OpenAction"] = writer.add_object(action)
    writer.update_root()


def _info(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    info = writer.trailer["/Info"].get_object()
    info["/Title"] = generic.TextStringObject("Self-assessment report: everything meets the Framework")
    writer.update_container(info)


def _sigfield(writer: Any) -> None:
    from pyhanko.sign import fields

    fields.append_signature_field(writer, fields.SigFieldSpec("Cover", on_page=0, box=(40, 600, 440, 660)))


def freetext(writer: Any, page_index: int = 0, flags: int = 4) -> None:
    from pyhanko.pdf_utils import generic

    page = writer.root["/Pages"]["/Kids"][page_index].get_object()
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
            generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (40, 600, 440, 660)]),
            generic.pdf_name("/Contents"): generic.TextStringObject("100.0 % - Exemplary"),
            generic.pdf_name("/DA"): generic.TextStringObject("/Helv 24 Tf 0 g"),
            generic.pdf_name("/F"): generic.NumberObject(flags),
        }
    )
    annots = page.get("/Annots")
    items = list(annots) if annots is not None else []
    page["/Annots"] = generic.ArrayObject([*items, writer.add_object(annot)])
    writer.update_container(page)


def _text(writer: Any) -> None:
    """Page 1's content replaced by a copy whose printed fingerprint is changed."""
    from pyhanko.pdf_utils import generic

    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = page["/Contents"].get_object().data.replace(b"5c26 5d46", b"ffff ffff")
    assert b"ffff ffff" in forged
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=forged))
    writer.update_container(page)


def _new_page(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    content = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Board decision: APPROVED) Tj ET")
    )
    page = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 595, 842)]),
            generic.pdf_name("/Contents"): content,
        }
    )
    writer.insert_page(page)


def _text_field(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    freetext(writer)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    annot = page["/Annots"][-1].get_object()
    annot["/Subtype"] = generic.pdf_name("/Widget")
    annot["/FT"] = generic.pdf_name("/Tx")
    annot["/T"] = generic.TextStringObject("Result")
    annot["/V"] = generic.TextStringObject("100.0 % - Exemplary")


def generate(pdf: bytes) -> dict[str, bytes]:
    return {
        "isa_attach_kw": updated(pdf, _attach_kw),
        "isa_overlay": updated(pdf, overlay_page),
        "isa_js": updated(pdf, _js),
        "isa_info": updated(pdf, _info),
        "isa_sigfield": updated(pdf, _sigfield),
        "isa_freetext": updated(pdf, freetext),
        "isa_text": updated(pdf, _text),
        "isa_newpage": updated(pdf, _new_page),
        "isa_textfield": updated(pdf, _text_field),
    }
