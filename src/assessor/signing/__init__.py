"""Signed reports: identities, PAdES signatures, countersignatures and verification (pyHanko; no Qt).

- `identity`: create, import, open and export signing identities (PKCS#12 files).
- `sign`: embed the assessment in the report PDF and sign it; countersign a signed report.
- `verify`: check every signature, what it covers, and the embedded assessment against the print.
- `pdf`: reading what a report carries (paper size, Keywords, the embedded assessment).
- `appearance`: what the visible signature boxes show (drawn with reportlab, placed by pyHanko).
- `reopen`: the assessment a signed report carries, and next year's reassessment from it.
- `pkcs11`, `pkcs11_modules`: keys on smart cards, tokens and HSMs (PKCS#11): the modules, tokens, PIN, signer.
- `chain`: a signer's certificate chain, dates, key usage, and revocation checked offline against CRL files.
- `revinfo`: revocation lists checked at signing and embedded in the signed revision (PAdES B-LT).

pyHanko and reportlab are imported inside these modules only, never at app startup: import them
from the CLI or the UI when a signature is made or checked.
"""
