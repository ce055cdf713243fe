"""Signing and verifying the high-tier demo report: median of several runs (target < 0.5 s each).

Signing first makes the report again from the assessment it carries and compares the bytes (only
what assessor made is signed); that part is timed on its own too.

Verify includes the strict checks (raw ByteRange placement, the report profile of the signed
revision, the ids printed on every page, roles); the countersignature is made by a second identity.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

RUNS = 7


def _report() -> tuple[bytes, Any]:
    """The real report of the high-tier demo (62 pages): sign makes it again to compare, so it must be real."""
    import datetime as dt

    from assessor.core.demo import make_demo
    from assessor.core.tiers import Tier
    from assessor.core.validation import pack_for
    from assessor.report.render import render_pdf

    assessment = make_demo(Tier.HIGH)
    return render_pdf(pack_for(assessment).pack, assessment, date=dt.date(2026, 11, 23)), assessment


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


def _remake(pdf: bytes) -> Any:
    from assessor.signing import pdf as pdfdoc
    from assessor.signing.remake import assessment_made_by_assessor

    return assessment_made_by_assessor(pdfdoc.open_reader(pdf), pdf)


def _one_key(kind: str, pdf: bytes, assessment: Any, folder: Path) -> None:
    from assessor.signing.identity import certificate_pem, create_identity, open_identity
    from assessor.signing.sign import countersign_pdf_with, sign_pdf, sign_pdf_with
    from assessor.signing.verify import verify_pdf

    started = time.perf_counter()
    data, cert = create_identity("Bench Signer", "Bench Org", passphrase=b"bench", key=kind)  # type: ignore[arg-type]
    made = time.perf_counter() - started
    path = folder / f"{kind}.p12"
    path.write_bytes(data)
    board_data, board_cert = create_identity("Bench Board", "Bench Board", passphrase=b"bench", key=kind)  # type: ignore[arg-type]
    board = open_identity(_saved(folder / f"{kind}-board.p12", board_data), b"bench")
    trust = [certificate_pem(cert), certificate_pem(board_cert)]
    t_open, opened = _median(partial(open_identity, path, b"bench"))
    verify_pdf(sign_pdf_with(pdf, opened, assessment=assessment), trust)  # warm-up: imports, fonts
    t_sign, signed = _median(partial(sign_pdf_with, pdf, opened, assessment=assessment))
    t_whole, _ = _median(partial(sign_pdf, pdf, path, b"bench", assessment=assessment))
    t_remake, _ = _median(partial(_remake, pdf))
    t_verify, result = _median(partial(verify_pdf, signed, trust))
    assert result.valid, "the benchmark's signed report must verify"
    t_counter, counter = _median(partial(countersign_pdf_with, signed, board, decision="approved", comment="Bench"))
    t_verify2, _ = _median(partial(verify_pdf, counter, trust))
    label = "RSA 3072" if kind == "rsa" else "ECDSA P-256"
    print(f"   {label}: create identity {ms(made)} (once) · unlock the .p12 {ms(t_open)}")
    print(f"   {label}: sign {ms(t_whole)} (unlock + sign; signing alone {ms(t_sign)}) · verify {ms(t_verify)}")
    print(f"   {label}: of signing, making the report again to compare {ms(t_remake)}")
    print(f"   {label}: countersign {ms(t_counter)} · verify both signatures {ms(t_verify2)}")


def _saved(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main() -> None:
    pdf, assessment = _report()
    print(f"   high-tier demo report: {len(pdf) / 1024:.0f} KiB; median of {RUNS} runs, target < 500 ms")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("rsa", "ec"):
            _one_key(kind, pdf, assessment, Path(tmp))


if __name__ == "__main__":
    main()
