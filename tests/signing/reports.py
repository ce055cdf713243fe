"""Stand-in report PDFs for the signing tests, until the real report lands.

Like the real report: a few pages, A4 or Letter, the report id and short fingerprint printed on
every page, the attestation page last with the two reserved boxes drawn empty, and the Keywords
carrying the report id and the fingerprint.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen import canvas

from assessor.core.assessment import Assessment, fingerprint, report_id, short_fingerprint
from assessor.report import attestation
from assessor.signing import identity


def make_report(
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
