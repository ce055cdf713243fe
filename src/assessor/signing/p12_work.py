"""How much work opening a PKCS#12 identity file asks for, checked before any of it is done.

A ``.p12``/``.pfx`` file says itself how many times its passphrase is to be hashed: for its integrity
check (the MAC) and for each encrypted part (the certificates, the private key). A file asking for
2 147 483 647 rounds would keep assessor busy for minutes before saying the passphrase is wrong. The
counts are read from the file's structure (without the passphrase) and a file asking for more than
assessor accepts is refused at once. Tools write far less: OpenSSL 2 048, assessor's own identities
20 000, Java 10 000, the most cautious exporters 600 000.

Encrypted parts can hold further encrypted keys, whose counts are visible only after decryption;
the size bound on identity files (1 MB) limits how many there can be.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assessor.core.storage import FileProblem

MAX_ITERATIONS = 1_000_000
"""Rounds accepted for one use of the passphrase (some 0.5 s of hashing on a laptop)."""

MAX_TOTAL_ITERATIONS = 3_000_000
"""Rounds accepted for the whole file: the integrity check, the certificates and the key."""

PBMAC1 = "1.2.840.113549.1.5.14"  # RFC 9579: the integrity check derives its key with PBKDF2
MAX_BAGS = 256  # parts visible without the passphrase, nested parts included


def _damaged(path: Path) -> FileProblem:
    return FileProblem(path, "is not a PKCS#12 identity file (.p12/.pfx) or is damaged")


def _mac_iterations(pfx: Any) -> int:
    from asn1crypto import algos

    mac_data = pfx["mac_data"]
    if not mac_data.native:
        return 0
    digest = mac_data["mac"]["digest_algorithm"]
    if digest["algorithm"].dotted == PBMAC1:
        params = algos.Pbmac1Params.load(digest["parameters"].dump())
        return int(params["key_derivation_func"]["parameters"]["iteration_count"].native)
    return int(mac_data["iterations"].native)


def _kdf_iterations(algorithm: Any) -> int:
    """Rounds of a password-based encryption algorithm; 0 for one assessor cannot read (refused later)."""
    try:
        return int(algorithm.kdf_iterations)
    except (ValueError, TypeError, KeyError):
        return 0


def _bag_iterations(safe_contents: Any) -> list[int]:
    from asn1crypto import pkcs12

    found: list[int] = []
    todo = list(safe_contents)
    seen = 0
    while todo:
        bag = todo.pop()
        seen += 1
        if seen > MAX_BAGS:
            raise ValueError("too many parts")
        kind = bag["bag_id"].native
        if kind == "pkcs8_shrouded_key_bag":
            found.append(_kdf_iterations(bag["bag_value"]["encryption_algorithm"]))
        elif kind == "safe_contents":
            todo.extend(pkcs12.SafeContents.load(bag["bag_value"].dump()))
    return found


def iteration_counts(data: bytes) -> list[int]:
    """Every iteration count the file shows without its passphrase. ValueError when it is not PKCS#12."""
    from asn1crypto import pkcs12

    pfx = pkcs12.Pfx.load(data)
    if pfx["version"].native != "v3":
        raise ValueError("not PKCS#12 version 3")
    counts = [_mac_iterations(pfx)]
    for info in pfx.authenticated_safe:
        kind = info["content_type"].native
        if kind == "data":
            counts += _bag_iterations(pkcs12.SafeContents.load(info["content"].native))
        elif kind == "encrypted_data":
            counts.append(_kdf_iterations(info["content"]["encrypted_content_info"]["content_encryption_algorithm"]))
    return counts


def check_work(data: bytes, path: Path | str) -> None:
    """Refuse, at once, a file whose passphrase would take too long to try (`FileProblem`)."""
    path = Path(path)
    try:
        counts = iteration_counts(data)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError):
        raise _damaged(path) from None
    most, total = max(counts, default=0), sum(counts)
    if most > MAX_ITERATIONS:
        raise FileProblem(
            path,
            f"uses {most:,} iterations to protect its key, more than assessor accepts ({MAX_ITERATIONS:,}); "
            "re-export it with the usual settings of your tool (OpenSSL uses 2,048)",
        )
    if total > MAX_TOTAL_ITERATIONS:
        raise FileProblem(
            path,
            f"uses {total:,} iterations in all to protect its contents, more than assessor accepts "
            f"({MAX_TOTAL_ITERATIONS:,}); re-export it with the usual settings of your tool (OpenSSL uses 2,048)",
        )
