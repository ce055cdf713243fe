"""Report PDFs for the signing tests: real assessor reports (made once per set of inputs), and a
look-alike made by another program, which assessor must refuse to sign.

The look-alike is like the real report on the surface: a few pages, A4 or Letter, the report id and
short fingerprint printed on every page, the attestation page last with the two reserved boxes drawn
empty, and the Keywords carrying the report id and the fingerprint; it carries no assessment and no
record of how it was made.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from assessor.core.assessment import Assessment, file_bytes, fingerprint, report_id, short_fingerprint
from assessor.core.validation import pack_for
from assessor.report import attestation
from assessor.report.render import render_pdf
from assessor.signing import identity

_made: dict[tuple[str, str, str, str], bytes] = {}


def make_report(
    assessment: Assessment,
    *,
    paper: attestation.Paper = "a4",
    date: str = "2026-11-23",
    language: str = "en",
) -> bytes:
    """The report assessor makes of ``assessment`` (rendered once per inputs in a test session)."""
    key = (fingerprint(assessment), paper, date, language)
    if key not in _made:
        pack = pack_for(assessment, language).pack
        _made[key] = render_pdf(pack, assessment, paper=paper, date=dt.date.fromisoformat(date), language=language)
    return _made[key]


def make_lookalike_report(
    assessment: Assessment,
    *,
    pages: int = 4,
    paper: attestation.Paper = "a4",
    date: str = "2026-11-23",
    fingerprint_override: str | None = None,
) -> bytes:
    fp = fingerprint_override or fingerprint(assessment)
    rid = report_id(fp, date)
    size = attestation.page_size(paper)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size, invariant=1)
    c.setTitle(f"Self-assessment report {rid}")
    c.setSubject(f"Self-assessment, report {rid}")
    c.setKeywords(attestation.keywords(rid, fp))
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 11)
        c.drawString(56, size[1] - 72, f"{assessment.institution.name or 'Institution'} — page {number} of {pages}")
        c.drawString(56, size[1] - 90, f"Report {rid}")
        c.drawString(56, 40, f"{rid} · Fingerprint {short_fingerprint(fp)}")  # the footer, as on every real page
        for line in range(30):
            c.drawString(56, size[1] - 120 - 14 * line, f"Line {line} of page {number}: answers, notes, evidence.")
        if number == pages:
            for box in (attestation.signature_box(paper), attestation.countersignature_box(paper)):
                c.rect(box[0], box[1], box[2] - box[0], box[3] - box[1])
        c.showPage()
    c.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class SigningIdentity:
    path: Path
    passphrase: bytes
    cert_pem: bytes
    name: str


def make_identity(
    folder: Path,
    name: str,
    org: str,
    *,
    role: str = "",
    key: identity.KeyKind = "ec",
    passphrase: bytes = b"pass",
    file_name: str = "",
) -> SigningIdentity:
    data, cert = identity.create_identity(name, org, passphrase=passphrase, role=role, key=key)
    path = folder / (file_name or identity.file_name_for(name))
    identity.write_private(path, data)
    return SigningIdentity(path, passphrase, identity.certificate_pem(cert), name)


def attach_with_pyhanko(writer: Any, assessment: Assessment | bytes, name: str = "assessment.g4sa") -> None:
    """Attach ``assessment`` (or any bytes) as ``name`` in an incremental update, as another tool could."""
    from pyhanko.pdf_utils import embed, generic

    when = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    stream = embed.EmbeddedFileObject.from_file_data(
        writer,
        assessment if isinstance(assessment, bytes) else file_bytes(assessment),
        mime_type="application/json",
        params=embed.EmbeddedFileParams(creation_date=when, modification_date=when),
    )
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        af_relationship=generic.pdf_name("/Data"),
    )
    embed.embed_file(writer, spec)
