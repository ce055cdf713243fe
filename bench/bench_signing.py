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
from pathlib import Path

RUNS = 7
PAGES = 40


def _report(pages: int) -> tuple[bytes, object]:
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


def _median(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    from assessor.signing.identity import certificate_pem, create_identity, open_identity
    from assessor.signing.sign import countersign_pdf_with, sign_pdf, sign_pdf_with
    from assessor.signing.verify import verify_pdf

    pdf, assessment = _report(PAGES)
    print(f"   stand-in report: {PAGES} pages, {len(pdf) / 1024:.0f} KiB")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("rsa", "ec"):
            started = time.perf_counter()
            data, cert = create_identity("Bench Signer", "Bench Org", passphrase=b"bench", key=kind)  # type: ignore[arg-type]
            made = time.perf_counter() - started
            path = Path(tmp) / f"{kind}.p12"
            path.write_bytes(data)
            t_open, opened = _median(lambda p=path: open_identity(p, b"bench"))  # type: ignore[misc]
            signed_once = sign_pdf_with(pdf, opened, assessment=assessment)  # warm-up: imports, fonts
            t_sign, signed = _median(lambda o=opened: sign_pdf_with(pdf, o, assessment=assessment))  # type: ignore[misc]
            t_whole, _ = _median(lambda p=path: sign_pdf(pdf, p, b"bench", assessment=assessment))  # type: ignore[misc]
            trust = [certificate_pem(cert)]
            verify_pdf(signed_once, trust)
            t_verify, result = _median(lambda s=signed: verify_pdf(s, trust))  # type: ignore[misc]
            assert getattr(result, "valid", False), "the benchmark's signed report must verify"
            t_counter, counter = _median(
                lambda s=signed, o=opened: countersign_pdf_with(s, o, decision="approved", comment="Bench")  # type: ignore[misc]
            )
            t_verify2, _ = _median(lambda c=counter: verify_pdf(c, trust))  # type: ignore[misc]
            label = "RSA 3072" if kind == "rsa" else "ECDSA P-256"
            print(f"   {label}: create identity {made * 1000:.0f} ms (once); open .p12 {t_open * 1000:.1f} ms")
            print(
                f"   {label}: sign {t_whole * 1000:.0f} ms (of which signing {t_sign * 1000:.0f} ms) · verify {t_verify * 1000:.0f} ms · "
                f"countersign {t_counter * 1000:.0f} ms · verify both {t_verify2 * 1000:.0f} ms "
                f"(median of {RUNS}; target < 500 ms each)"
            )


if __name__ == "__main__":
    main()
