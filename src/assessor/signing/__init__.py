"""Signed reports: identities, PAdES signatures, countersignatures and verification (pyHanko; no Qt).

- `identity`: create, import, open and export signing identities (PKCS#12 files).
- `sign`: sign a report exactly as assessor made it (`remake` makes it again to compare); countersign.
- `trust`: the trust list in the user's data folder, and verification against it.
- `verify`: check every signature, what it covers, and the embedded assessment against the print.
- `pdf`: reading what a report carries (paper size, Keywords, the embedded assessment).
- `appearance`: what the visible signature boxes show (drawn with reportlab, placed by pyHanko).
- `reopen`: the assessment a signed report carries, and next year's reassessment from it.

pyHanko and reportlab are imported inside these modules only, never at app startup: import them
from the CLI or the UI when a signature is made or checked.
"""
