"""Signing and verifying a ~40-page high-tier report: median of several runs (target < 0.5 s each).

Until the real report renderer is wired in here, the report is a stand-in of the same size made
with reportlab: 40 A4 pages of text, the attestation page last, Keywords with id and fingerprint.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

RUNS = 7
PAGES = 40


def _report(pages: int) -> tuple[bytes, Any]:
    from reportlab.pdfgen import canvas

    from assessor.core.assessment import fingerprint, report_id
    from assessor.core.demo import make_demo
    from assessor.core.tiers import Tier
    from assessor.report import attestation

    assessment = make_demo(Tier.HIGH)
    fp = fingerprint(assessment)
    size = attestation.page_size("a4")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size, invariant=1)
    c.setKeywords(attestation.keywords(report_id(fp, "2026-11-23"), fp))
    for page in range(pages):
        c.setFont("Helvetica", 9)
        for line in range(60):
            c.drawString(
                56, size[1] - 60 - 12 * line, f"Page {page + 1}, line {line}: question, answer, notes, evidence"
            )
        c.showPage()
    c.save()
    return buffer.getvalue(), assessment


T = TypeVar("T")


def _median(fn: Callable[[], T], runs: int = RUNS) -> tuple[float, T]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _one_key(kind: str, pdf: bytes, assessment: Any, folder: Path) -> None:
    from assessor.signing.identity import certificate_pem, create_identity, open_identity
    from assessor.signing.sign import countersign_pdf_with, sign_pdf, sign_pdf_with
    from assessor.signing.verify import verify_pdf

    started = time.perf_counter()
    data, cert = create_identity("Bench Signer", "Bench Org", passphrase=b"bench", key=kind)  # type: ignore[arg-type]
    made = time.perf_counter() - started
    path = folder / f"{kind}.p12"
    path.write_bytes(data)
    trust = [certificate_pem(cert)]
    t_open, opened = _median(partial(open_identity, path, b"bench"))
    verify_pdf(sign_pdf_with(pdf, opened, assessment=assessment), trust)  # warm-up: imports, fonts
    t_sign, signed = _median(partial(sign_pdf_with, pdf, opened, assessment=assessment))
    t_whole, _ = _median(partial(sign_pdf, pdf, path, b"bench", assessment=assessment))
    t_verify, result = _median(partial(verify_pdf, signed, trust))
    assert result.valid, "the benchmark's signed report must verify"
    t_counter, counter = _median(partial(countersign_pdf_with, signed, opened, decision="approved", comment="Bench"))
    t_verify2, _ = _median(partial(verify_pdf, counter, trust))
    label = "RSA 3072" if kind == "rsa" else "ECDSA P-256"
    print(f"   {label}: create identity {ms(made)} (once) · unlock the .p12 {ms(t_open)}")
    print(f"   {label}: sign {ms(t_whole)} (unlock + sign; signing alone {ms(t_sign)}) · verify {ms(t_verify)}")
    print(f"   {label}: countersign {ms(t_counter)} · verify both signatures {ms(t_verify2)}")


def main() -> None:
    pdf, assessment = _report(PAGES)
    print(f"   stand-in report: {PAGES} pages, {len(pdf) / 1024:.0f} KiB; median of {RUNS} runs, target < 500 ms")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("rsa", "ec"):
            _one_key(kind, pdf, assessment, Path(tmp))


if __name__ == "__main__":
    main()
