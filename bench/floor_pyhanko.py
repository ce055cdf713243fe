"""Floors for `assessor sign` and `assessor verify`: bare pyHanko, independent of assessor.

python bench/floor_pyhanko.py sign IN.pdf ID.p12 PASSPHRASE_ENV OUT.pdf [REPORT.txt FONT_DIR]
    signs IN.pdf with the PKCS#12 (after laying out REPORT.txt with bare reportlab, when given:
    `assessor sign` makes the report again to compare it, so its floor lays the report out too)
python bench/floor_pyhanko.py validate SIGNED.pdf CERT.pem
    validates the first signature against that certificate as the only trust root
"""

from __future__ import annotations

import os
import sys
import tempfile


def sign(pdf: str, p12: str, pass_env: str, out: str, *layout_args: str) -> str:
    if layout_args:
        from floor_reportlab import layout

        with tempfile.TemporaryDirectory() as tmp:
            layout(layout_args[0], layout_args[1], os.path.join(tmp, "layout.pdf"))
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(p12, passphrase=os.environ[pass_env].encode())
    assert signer is not None, "the PKCS#12 did not open"
    with open(pdf, "rb") as inf, open(out, "wb") as outf:
        writer = IncrementalPdfFileWriter(inf)
        signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="FloorSignature"), signer=signer, output=outf)
    return "signed"


def validate(pdf: str, cert_pem: str) -> str:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(cert_pem)])
    with open(pdf, "rb") as f:
        reader = PdfFileReader(f)
        status = validate_pdf_signature(reader.embedded_signatures[0], context)
    if not (status.intact and status.valid and status.trusted):
        raise SystemExit(f"not valid: {status.summary()}")
    return status.summary()


if __name__ == "__main__":
    action, *rest = sys.argv[1:]
    print(sign(*rest) if action == "sign" else validate(*rest))
