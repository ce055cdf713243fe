"""Identity files that ask for minutes of hashing are refused at once, by every command that opens one."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from asn1crypto import core
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

from assessor.signing.identity import create_identity, open_identity_data
from assessor.signing.p12_work import MAX_ITERATIONS, MAX_TOTAL_ITERATIONS, iteration_counts
from tests.helpers.refusals import refusal

PASSPHRASE = "correct horse"
HUGE = 2**31 - 1


@functools.cache
def _identity() -> bytes:
    data, _cert = create_identity("Ada Officer", "NGMP", passphrase=PASSPHRASE.encode(), key="ec")
    return data


def _with_key_bags(data: bytes, iterations: int, copies: int = 1) -> bytes:
    """The identity with its key's PBKDF2 count changed (and the key bag repeated ``copies`` times)."""
    pfx = asn1_pkcs12.Pfx.load(data)
    safe = pfx.authenticated_safe
    for info in safe:
        if info["content_type"].native != "data":
            continue
        bags = asn1_pkcs12.SafeContents.load(info["content"].native)
        for bag in bags:
            if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                kdf = bag["bag_value"]["encryption_algorithm"]["parameters"]["key_derivation_func"]
                kdf["parameters"]["iteration_count"] = iterations
        bags = asn1_pkcs12.SafeContents([bags[0]] * copies)
        info["content"] = core.OctetString(bags.dump(force=True))
    pfx["auth_safe"]["content"] = core.OctetString(safe.dump(force=True))
    return pfx.dump(force=True)


def _with_mac_iterations(data: bytes, iterations: int) -> bytes:
    pfx = asn1_pkcs12.Pfx.load(data)
    pfx["mac_data"]["iterations"] = iterations
    return pfx.dump(force=True)


def test_what_tools_write_is_accepted() -> None:
    assert iteration_counts(_identity()) == [2048, 20_000, 20_000]  # assessor's own: MAC, certificates, key
    opened = open_identity_data(_identity(), PASSPHRASE.encode())
    key, cert = opened.key, opened.certificate
    cautious = PrivateFormat.PKCS12.encryption_builder().kdf_rounds(100_000).build(PASSPHRASE.encode())
    data = pkcs12.serialize_key_and_certificates(b"ada", key, cert, None, cautious)
    assert max(iteration_counts(data)) == 100_000
    assert open_identity_data(data, PASSPHRASE.encode()).certificate == cert


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("huge-mac", lambda d: _with_mac_iterations(d, HUGE), f"uses {HUGE:,} iterations to protect its key"),
        ("huge-key", lambda d: _with_key_bags(d, 5_000_000), "uses 5,000,000 iterations to protect its key"),
        (
            "many-keys",
            lambda d: _with_key_bags(d, MAX_ITERATIONS, copies=3),
            f"in all to protect its contents, more than assessor accepts ({MAX_TOTAL_ITERATIONS:,})",
        ),
    ],
)
@pytest.mark.parametrize("command", ["identity import", "identity export-cert", "sign", "countersign"])
def test_every_command_refuses_at_once(
    name: str,
    make: object,
    expected: str,
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PW", PASSPHRASE)
    path = tmp_path / f"{name}.p12"
    content = make(_identity())  # type: ignore[operator]
    path.write_bytes(content)
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7\n")
    out = tmp_path / "out"
    argv = {
        "identity import": ["identity", "import", str(path)],
        "identity export-cert": ["identity", "export-cert", str(path), "-o", str(out)],
        "sign": ["sign", str(report), "--identity", str(path), "-o", str(out)],
        "countersign": ["countersign", str(report), "--identity", str(path), "--decision", "approved", "-o", str(out)],
    }[command]
    code, line = refusal([*argv, "--passphrase-env", "PW"], capsys)
    assert code == 2 and str(path) in line and expected in line and "re-export it" in line, line
    assert path.read_bytes() == content and not out.exists()


def test_a_structure_that_is_not_pkcs12_is_refused_as_before() -> None:
    from assessor.core.storage import FileProblem

    with pytest.raises(FileProblem, match=r"is not a PKCS#12 identity file \(.p12/.pfx\) or is damaged"):
        open_identity_data(b"\x30\x03\x02\x01\x03", PASSPHRASE.encode(), "odd.p12")


def test_an_integrity_check_by_pbmac1_is_counted_too() -> None:
    """RFC 9579: the MAC's key comes from PBKDF2, whose own count is what the work depends on."""
    from asn1crypto import algos

    from assessor.core.storage import FileProblem
    from assessor.signing.p12_work import check_work

    pfx = asn1_pkcs12.Pfx.load(_identity())
    salt = algos.Pbkdf2Salt(name="specified", value=b"saltsalt")
    kdf = {"algorithm": "pbkdf2", "parameters": {"salt": salt, "iteration_count": HUGE, "prf": {"algorithm": "sha256"}}}
    params = algos.Pbmac1Params({"key_derivation_func": kdf, "message_auth_scheme": {"algorithm": "sha256"}})
    pfx["mac_data"]["mac"]["digest_algorithm"] = {
        "algorithm": "1.2.840.113549.1.5.14",
        "parameters": core.Any.load(params.dump()),
    }
    data = pfx.dump(force=True)
    assert iteration_counts(data)[0] == HUGE
    with pytest.raises(FileProblem, match=f"uses {HUGE:,} iterations"):
        check_work(data, "pbmac1.p12")
