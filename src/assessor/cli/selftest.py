"""``assessor --self-test``: an offline end-to-end check, also run inside the installed bundle.

Each step uses the real components (form pack, storage, report, signing) in a temporary folder
and prints one PASS/FAIL line; the exit code is 0 only when every step passes. Nothing outside
the temporary folder is touched: the user's data folder is redirected there for the run.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


class _Run:
    """State shared by the steps: each step reads what earlier ones made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.values: dict[str, Any] = {}


def _steps() -> list[tuple[str, Callable[[_Run], str]]]:
    def form_pack(run: _Run) -> str:
        from assessor.core.forms.installed import load_default_pack

        pack = load_default_pack()
        run.values["pack"] = pack
        return f"{pack.id} {pack.version}, {len(pack.questions())} questions, hash {pack.hash[:12]}"

    def demo(run: _Run) -> str:
        from assessor.core.assessment import fingerprint
        from assessor.core.demo import make_demo
        from assessor.core.storage import load_assessment, save_assessment
        from assessor.core.tiers import Tier

        assessment = make_demo(Tier.HIGH, run.values["pack"])
        path = run.folder / "demo.g4sa"
        save_assessment(assessment, path)
        again = load_assessment(path)
        if fingerprint(again) != fingerprint(assessment):
            raise AssertionError("the saved assessment does not load back identical")
        run.values["assessment"] = again
        run.values["fingerprint"] = fingerprint(again)
        return f"{path.name}, {len(again.answers)} answers, fingerprint {run.values['fingerprint'][:16]}"

    def report(run: _Run) -> str:
        from assessor.report.render import render_pdf

        pdf = render_pdf(run.values["pack"], run.values["assessment"], date=dt.date.today())
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
            raise AssertionError("the report is not a complete PDF")
        (run.folder / "report.pdf").write_bytes(pdf)
        run.values["pdf"] = pdf
        return f"report.pdf, {len(pdf) // 1024} KiB"

    def identity(run: _Run) -> str:
        from assessor.signing.identity import create_identity, open_identity_data

        data, cert = create_identity(
            "Self Test", "assessor", passphrase=b"self-test passphrase", role="Tester", key="ec"
        )
        run.values["identity"] = open_identity_data(data, b"self-test passphrase")
        run.values["cert"] = cert
        return "throwaway ECDSA P-256 identity"

    def sign(run: _Run) -> str:
        from assessor.signing.sign import sign_pdf_with

        signed = sign_pdf_with(run.values["pdf"], run.values["identity"], assessment=run.values["assessment"])
        (run.folder / "signed.pdf").write_bytes(signed)
        run.values["signed"] = signed
        return f"signed.pdf, PAdES, {len(signed) // 1024} KiB"

    def verify(run: _Run) -> str:
        from assessor.signing.identity import certificate_pem
        from assessor.signing.verify import verify_pdf

        result = verify_pdf(run.values["signed"], [certificate_pem(run.values["cert"])])
        if not (result.valid and result.trusted and result.fingerprint_match):
            raise AssertionError(f"verification failed: {'; '.join(result.problems) or 'not trusted'}")
        tampered = bytearray(run.values["signed"])
        tampered[len(tampered) // 3] ^= 0x01
        if verify_pdf(bytes(tampered)).valid:
            raise AssertionError("a report with one byte changed was accepted")
        return "valid, trusted, fingerprint matches; a one-byte change is caught"

    def extract(run: _Run) -> str:
        from assessor.core.assessment import fingerprint
        from assessor.signing.reopen import reopen_report

        reopened = reopen_report(run.values["signed"], "signed.pdf")
        if fingerprint(reopened.assessment) != run.values["fingerprint"]:
            raise AssertionError("the embedded assessment differs from the one signed")
        return "embedded assessment identical to the original"

    def pkcs11_module(run: _Run) -> str:
        from pkcs11 import _pkcs11  # the compiled core: signing with a smart card or token needs it

        from assessor.signing.pkcs11_modules import candidate_modules, find_modules

        found = find_modules()
        where = f"module found: {found[0]}" if found else f"no module at the {len(candidate_modules())} usual places"
        return f"python-pkcs11 loaded ({Path(_pkcs11.__file__ or '').name}); {where}"

    return [
        ("load the form pack", form_pack),
        ("create, save and reload the demo assessment", demo),
        ("render the report", report),
        ("create an identity", identity),
        ("sign the report", sign),
        ("verify the signature", verify),
        ("extract the embedded assessment", extract),
        ("look for a smart-card module (PKCS#11)", pkcs11_module),
    ]


def run_self_test() -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="assessor-self-test-") as tmp:
        folder = Path(tmp)
        old_home = os.environ.get("ASSESSOR_HOME")
        os.environ["ASSESSOR_HOME"] = str(folder / "home")
        run = _Run(folder)
        try:
            for name, step in _steps():
                started = time.perf_counter()
                try:
                    detail = step(run)
                    print(f"PASS  {name}: {detail} ({time.perf_counter() - started:.2f} s)", flush=True)
                except Exception as exc:  # every failure is reported, whatever it is
                    failed += 1
                    print(f"FAIL  {name}: {exc}", flush=True)
                    traceback.print_exc()
                    break  # later steps need this one
        finally:
            if old_home is None:
                os.environ.pop("ASSESSOR_HOME", None)
            else:
                os.environ["ASSESSOR_HOME"] = old_home
    print("self-test passed" if not failed else "self-test FAILED")
    return 0 if not failed else 1
