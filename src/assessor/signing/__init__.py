"""Signed reports: identities, PAdES signatures, countersignatures and verification (pyHanko; no Qt).

- `identity`: create, import, open and export signing identities (PKCS#12 files).
- `sign`: sign a report exactly as assessor made it (`remake` makes it again to compare); countersign.
- `trust`: the trust list in the user's data folder, and verification against it.
- `verify`: check every signature, what it covers, and the embedded assessment against the print
  (the orchestrator); it reads only the revision a valid assessor signature covers.
- `byterange`: each signature's place in the raw bytes (ranges, the hex /Contents in the gap, its revision).
- `signature_status`: one signature's cryptography, certificate and difference analysis (pyHanko).
- `roles`: the assessor's signature, the board's countersignature and its signed decision statement.
- `profile`: what a signed revision may hold (no scripts, layers, foreign annotations; one attachment;
  the ids printed on every page), with `page_text` reading the text each page shows.
- `pdf`: reading what a report carries (paper size, Keywords, the embedded assessment).
- `appearance`: what the visible signature boxes show (drawn with reportlab, placed by pyHanko).
- `reopen`: the assessment a signed report carries, and next year's reassessment from it.
- `pkcs11`, `pkcs11_modules`: keys on smart cards, tokens and HSMs (PKCS#11): the modules, tokens, PIN, signer.
- `chain`: a signer's certificate chain, dates, key usage, and revocation checked offline against CRL files.
- `revinfo`: revocation lists checked at signing and embedded in the signed revision (PAdES B-LT).

pyHanko and reportlab are imported inside these modules only, never at app startup: import them
from the CLI or the UI when a signature is made or checked.
"""
