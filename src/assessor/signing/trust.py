"""The trust list: the certificates whose signatures the user trusts, kept in the user's data folder.

It holds the user's own identities (added when one is made or imported) and the certificates of a
board, of colleagues or of a certification authority, imported once. Each certificate is one PEM
file named by its SHA-256 in ``<data>/trust/``, and ``index.json`` there gives each its label and
whether it is one's own; both are written atomically. A PEM file present without an index entry is
still trusted (the folder is the truth; the index only adds labels).

`annotate` calls out, after verification, a signature that is not trusted but carries the name of
a certificate that is: "signed by a certificate you do not trust, named Ada Officer".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor.core import paths
from assessor.core.storage import FileProblem, read_bytes, write_atomic
from assessor.signing.identity import certificate_info, certificate_pem, load_certificates

if TYPE_CHECKING:
    from cryptography import x509

    from assessor.signing.verify import Verification

INDEX = "index.json"
MAX_CERT_BYTES = 1024 * 1024
HEX = re.compile(r"^[0-9a-f]+$")
MIN_PREFIX = 8


class TrustProblem(FileProblem):
    """The trust list cannot do what was asked (unknown certificate, ambiguous fingerprint)."""


@dataclass(frozen=True)
class TrustedCertificate:
    sha256: str  # lower-case hex of the DER certificate
    label: str
    own: bool  # one of the user's own identities
    name: str  # the certificate's common name
    organisation: str
    not_after: str  # YYYY-MM-DD
    is_ca: bool
    path: Path

    @property
    def sha256_grouped(self) -> str:
        return " ".join(self.sha256[i : i + 4].upper() for i in range(0, len(self.sha256), 4))

    @property
    def kind(self) -> str:
        return "own" if self.own else ("authority" if self.is_ca else "imported")

    def as_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "label": self.label,
            "kind": self.kind,
            "name": self.name,
            "organisation": self.organisation,
            "valid_until": self.not_after,
        }


def trust_dir() -> Path:
    return paths.data_dir() / "trust"


INDEX_LIMIT = 4 * 1024 * 1024  # labels of a few thousand certificates at most


def _read_index(folder: Path) -> dict[str, dict[str, Any]]:
    """The labels, read with the same bounds as every other file (size, nesting, repeated keys)."""
    from assessor.core.storage import FileProblem, parse_json, read_bytes

    path = folder / INDEX
    try:
        data = parse_json(path, read_bytes(path, limit=INDEX_LIMIT, what="a trust list index"), "a trust list index")
        entries = data.get("certificates", {})
        return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}
    except (OSError, ValueError, AttributeError, FileProblem):
        return {}  # no index, or a damaged one: the certificates are still trusted, without labels


def _write_index(folder: Path, index: dict[str, dict[str, Any]]) -> None:
    text = json.dumps({"format": 1, "certificates": index}, indent=2, sort_keys=True, ensure_ascii=False)
    write_atomic(folder / INDEX, (text + "\n").encode("utf-8"))


def _is_ca(cert: x509.Certificate) -> bool:
    from cryptography import x509 as cx509

    try:
        return bool(cert.extensions.get_extension_for_class(cx509.BasicConstraints).value.ca)
    except cx509.ExtensionNotFound:
        return False


def _entry(cert: x509.Certificate, meta: dict[str, Any], path: Path) -> TrustedCertificate:
    info = certificate_info(cert)
    return TrustedCertificate(
        sha256=info.sha256,
        label=str(meta.get("label") or info.signatory.line),
        own=bool(meta.get("own", False)),
        name=info.signatory.name,
        organisation=info.signatory.organisation,
        not_after=f"{info.not_after:%Y-%m-%d}",
        is_ca=_is_ca(cert),
        path=path,
    )


def list_trusted(folder: Path | None = None) -> list[TrustedCertificate]:
    """Every certificate in the trust list, own identities first, then by label."""
    folder = folder or trust_dir()
    if not folder.is_dir():
        return []
    index = _read_index(folder)
    out: list[TrustedCertificate] = []
    for path in sorted(folder.glob("*.pem")):
        try:
            [cert, *_] = load_certificates(read_bytes(path, limit=MAX_CERT_BYTES), path.name)
        except (FileProblem, ValueError):
            continue  # an unreadable file trusts no one
        item = _entry(cert, index.get(path.stem, {}), path)
        if item.sha256 == path.stem:
            out.append(item)
    return sorted(out, key=lambda c: (not c.own, c.label.casefold()))


def add_certificates(
    data: bytes, *, label: str = "", name: str = "<certificate>", folder: Path | None = None
) -> list[TrustedCertificate]:
    """Trust every certificate in ``data`` (one DER certificate, or PEM holding one or more, e.g. a CA
    chain); ``label`` names it only when there is one."""
    found = load_certificates(data, name)
    only = label if len(found) == 1 else ""
    return [add_certificate(certificate_pem(c), label=only, folder=folder) for c in found]


def add_certificate(
    data: bytes, *, label: str = "", own: bool = False, name: str = "<certificate>", folder: Path | None = None
) -> TrustedCertificate:
    """Trust the (first) certificate in ``data`` (PEM or DER). Adding one already there updates its label."""
    folder = folder or trust_dir()
    [cert, *_] = load_certificates(data, name)
    sha = certificate_info(cert).sha256
    paths.ensure(folder)
    target = folder / f"{sha}.pem"
    if not target.exists():
        write_atomic(target, certificate_pem(cert))
    index = _read_index(folder)
    meta = dict(index.get(sha, {}))
    if label.strip():
        meta["label"] = " ".join(label.split())[:200]
    meta["own"] = bool(meta.get("own")) or own
    index[sha] = meta
    _write_index(folder, index)
    return _entry(cert, meta, target)


def find(fingerprint: str, folder: Path | None = None) -> TrustedCertificate:
    """The trusted certificate whose SHA-256 is ``fingerprint`` (spaces and case ignored; a unique
    prefix of at least 8 hex digits is enough). `TrustProblem` when none or several match."""
    wanted = "".join(fingerprint.split()).replace(":", "").lower()
    shown = wanted[:80]
    if len(wanted) < MIN_PREFIX or not HEX.match(wanted):
        raise TrustProblem(shown or "''", f"is not a certificate SHA-256 (give at least {MIN_PREFIX} hex digits)")
    matches = [c for c in list_trusted(folder) if c.sha256.startswith(wanted)]
    if not matches:
        raise TrustProblem(shown, "no certificate in the trust list has this SHA-256")
    if len(matches) > 1:
        raise TrustProblem(shown, "several certificates in the trust list start with these digits; give more")
    return matches[0]


def remove_certificate(fingerprint: str, folder: Path | None = None) -> TrustedCertificate:
    """Stop trusting a certificate; see `find` for the fingerprint."""
    folder = folder or trust_dir()
    item = find(fingerprint, folder)
    item.path.unlink(missing_ok=True)
    index = _read_index(folder)
    if index.pop(item.sha256, None) is not None:
        _write_index(folder, index)
    return item


def trust_own_identity(cert: x509.Certificate, folder: Path | None = None) -> TrustedCertificate | None:
    """Add one of the user's own identities to the trust list; None when the list cannot be written (the
    identity works without it, and ``assessor trust add`` can add its certificate later)."""
    try:
        return add_certificate(certificate_pem(cert), own=True, folder=folder)
    except (FileProblem, OSError):
        return None


def trusted_pems(folder: Path | None = None) -> list[bytes]:
    """The trust list's certificates, as PEM bytes, for `verify_pdf`."""
    return [c.path.read_bytes() for c in list_trusted(folder)]


def _same_name(a: str, b: str) -> bool:
    return bool(a) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def annotate(result: Verification, trusted: Iterable[bytes]) -> Verification:
    """Mark each signature not trusted whose signer carries the name of a trusted certificate."""
    names: list[str] = []
    for data in trusted:
        try:
            names.extend(certificate_info(c).signatory.name for c in load_certificates(data))
        except FileProblem:
            continue
    for check in result.signatures:
        check.name_conflict = not check.trusted and any(_same_name(check.signer, n) for n in names)
    return result


def verify_trusted(pdf: bytes, extra: Sequence[bytes] = (), *, use_store: bool = True) -> Verification:
    """`verify_pdf` trusting the trust list (unless ``use_store`` is False) and ``extra`` certificates,
    with same-name impostors called out (`annotate`)."""
    from assessor.signing.verify import verify_pdf

    trusted = [*(trusted_pems() if use_store else []), *extra]
    return annotate(verify_pdf(pdf, trusted), trusted)
