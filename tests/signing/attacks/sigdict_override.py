"""The critical forgery of review 2: the signature dictionary redefined by an update, /Contents zero-padded.

pyHanko's size test then calls the signature "entire file"; the new dictionary can carry any
/Reason, and the same update can replace the attachment, the Keywords or a page.
"""

from __future__ import annotations

from tests.signing.attacks import _raw, isa


def generate(pdf: bytes) -> dict[str, bytes]:
    sigs = _raw.signatures(pdf)
    swap = isa.swap_objects(pdf)
    return {
        "override_only": _raw.padded_override(pdf, sigs),
        "override_objstm": _raw.padded_override(pdf, sigs, objstm=True),
        "override_decision": _raw.padded_override(pdf, sigs, reason=b"Approved"),
        "override_last_only": _raw.padded_override(pdf, sigs[-1:]),
        "override_swap": _raw.padded_override(pdf, sigs, swap),
    }
