"""Shadow attacks: the unsigned report prepared before it is signed, then signed as assessor would sign it.

Signed here with pyHanko directly (the assessor's field, PAdES, the assessment embedded as assessor
embeds it), not with ``assessor sign``: what is tested is that verify refuses such a signed file,
whatever a signing tool accepted.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from assessor.report import attestation
from assessor.signing import pdf as pdfdoc
from tests.signing.attacks import isa


def _name(value: str) -> Any:
    from pyhanko.pdf_utils import generic

    return generic.pdf_name(value)


def file_spec(writer: Any, name: str, data: bytes) -> Any:
    from pyhanko.pdf_utils import generic

    stream = generic.StreamObject({_name("/Type"): _name("/EmbeddedFile")}, data)
    return writer.add_object(
        generic.DictionaryObject(
            {
                _name("/Type"): _name("/Filespec"),
                _name("/F"): generic.TextStringObject(name),
                _name("/UF"): generic.TextStringObject(name),
                _name("/EF"): generic.DictionaryObject({_name("/F"): writer.add_object(stream)}),
            }
        )
    )


def set_attachments(writer: Any, items: list[tuple[str, bytes]]) -> None:
    from pyhanko.pdf_utils import generic

    names = generic.ArrayObject()
    for name, data in items:
        names += [generic.TextStringObject(name), file_spec(writer, name, data)]
    tree = generic.DictionaryObject({_name("/EmbeddedFiles"): generic.DictionaryObject({_name("/Names"): names})})
    writer.root["/Names"] = writer.add_object(tree)
    writer.update_root()


def sign_as_assessor(
    pdf: bytes,
    p12: Path,
    passphrase: bytes,
    embed: bytes | None,
    *,
    field: str = attestation.SIGNATURE_FIELD,
    reason: str | None = None,
    statement: str | None = None,
) -> bytes:
    """Sign ``pdf`` with pyHanko in ``field`` (made on the last page), optionally with an assessor-style
    decision ``statement`` written into the field first (covered by the signature)."""
    from pyhanko.pdf_utils import embed as pdf_embed
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from assessor.signing.roles import STATEMENT_KEY

    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    box = (
        attestation.signature_box("a4")
        if field == attestation.SIGNATURE_FIELD
        else attestation.countersignature_box("a4")
    )
    fields.append_signature_field(writer, fields.SigFieldSpec(field, on_page=-1, box=box))  # type: ignore[arg-type]
    if statement is not None:
        for _, _, ref in fields.enumerate_sig_fields(writer, with_name=field):
            ref.get_object()[STATEMENT_KEY] = generic.TextStringObject(statement)
            writer.update_container(ref.get_object())
    if embed is not None:
        stream = pdf_embed.EmbeddedFileObject.from_file_data(writer, embed, mime_type=pdfdoc.ASSESSMENT_MIME)
        spec = pdf_embed.FileSpec(
            file_spec_string=pdfdoc.ASSESSMENT_FILE_NAME, file_name=pdfdoc.ASSESSMENT_FILE_NAME, embedded_data=stream
        )
        pdf_embed.embed_file(writer, spec)
    signer = signers.SimpleSigner.load_pkcs12_data(p12.read_bytes(), [], passphrase)
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES, reason=reason)
    out: BytesIO = signers.PdfSigner(meta, signer).sign_pdf(writer, existing_fields_only=True)
    return out.getvalue()


def _print_only_stamp(writer: Any) -> None:
    isa.freetext(writer, flags=32 | 4)  # NoView | Print: paper shows it, the screen does not
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Annots"][-1].get_object()["/Subtype"] = _name("/Stamp")


def _print_only_layer(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    ocg = writer.add_object(
        generic.DictionaryObject({_name("/Type"): _name("/OCG"), _name("/Name"): generic.TextStringObject("print")})
    )
    writer.root["/OCProperties"] = generic.DictionaryObject(
        {
            _name("/OCGs"): generic.ArrayObject([ocg]),
            _name("/D"): generic.DictionaryObject({_name("/OFF"): generic.ArrayObject([ocg])}),
        }
    )
    writer.update_root()
    isa.overlay_page(writer)


def _javascript(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    action = writer.add_object(
        generic.DictionaryObject({_name("/S"): _name("/JavaScript"), _name("/JS"): generic.TextStringObject("1")})
    )
    names = generic.DictionaryObject({_name("/Names"): generic.ArrayObject([generic.TextStringObject("x"), action])})
    writer.root["/Names"] = writer.add_object(generic.DictionaryObject({_name("/JavaScript"): names}))
    writer.update_root()


def _cover_field(writer: Any) -> None:
    from pyhanko.sign import fields

    fields.append_signature_field(writer, fields.SigFieldSpec("Cover", on_page=0, box=(40, 600, 440, 660)))


def generate(report: bytes, assessment: bytes, p12: Path, passphrase: bytes) -> dict[str, bytes]:
    forged = isa.forged_assessment_of(assessment)

    def keywords_forged(writer: Any) -> None:
        from pyhanko.pdf_utils import generic

        set_attachments(writer, [(pdfdoc.ASSESSMENT_FILE_NAME, forged)])
        info = writer.trailer["/Info"].get_object()
        info["/Keywords"] = generic.TextStringObject(isa.forged_keywords(forged))
        writer.update_container(info)

    prepared = {
        "shadow_annot_print": (_print_only_stamp, assessment),
        "shadow_ocg_print": (_print_only_layer, assessment),
        "shadow_js": (_javascript, assessment),
        "shadow_sigfield_cover": (_cover_field, assessment),
        "shadow_dup_attachment": (
            lambda w: set_attachments(
                w, [(pdfdoc.ASSESSMENT_FILE_NAME, forged), (pdfdoc.ASSESSMENT_FILE_NAME, assessment)]
            ),
            None,
        ),
        "shadow_lookalike": (
            lambda w: set_attachments(w, [(pdfdoc.ASSESSMENT_FILE_NAME, assessment), ("assessment.g4s\u0430", forged)]),
            None,
        ),
        "shadow_printed_fp": (keywords_forged, None),
    }
    return {
        name: sign_as_assessor(isa.updated(report, edit), p12, passphrase, embed)
        for name, (edit, embed) in prepared.items()
    }
