"""The trust list in the user's data folder: kept, listed, removed; read by verify; impostors called out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from assessor.cli import main
from assessor.signing import trust
from assessor.signing.identity import certificate_info, load_certificates
from tests.signing.reports import SigningIdentity

CONFLICT = (
    "signed by a certificate you do not trust, named Zoë Müller-Łukasiewicz (not the one you trust for this name)"
)


def sha_of(pem: bytes) -> str:
    return certificate_info(load_certificates(pem)[0]).sha256


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip(assessor_id: SigningIdentity, board_id: SigningIdentity) -> None:
    assert trust.list_trusted() == []
    board = trust.add_certificate(board_id.cert_pem, label="Ethics board (chair)")
    der = load_certificates(assessor_id.cert_pem)[0].public_bytes(serialization.Encoding.DER)
    own = trust.add_certificate(der, own=True)
    assert (board.sha256, board.label, board.kind) == (sha_of(board_id.cert_pem), "Ethics board (chair)", "imported")
    assert own.kind == "own" and own.label == "Zoë Müller-Łukasiewicz, Data protection officer, Hôpital Saint-Éloi"
    listed = trust.list_trusted()
    assert [c.sha256 for c in listed] == [own.sha256, board.sha256]  # own identities first
    assert (trust.trust_dir() / f"{board.sha256}.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    # adding again changes the label only, and never makes an imported certificate one's own
    again = trust.add_certificate(board_id.cert_pem, label="The board")
    assert again.label == "The board" and not again.own and len(trust.list_trusted()) == 2
    assert sorted(trust.trusted_pems()) == sorted(c.path.read_bytes() for c in listed)

    removed = trust.remove_certificate(board.sha256_grouped[:11])  # "ABCD EF01 2" → a 9-digit prefix
    assert removed.sha256 == board.sha256
    assert [c.sha256 for c in trust.list_trusted()] == [own.sha256]
    with pytest.raises(trust.TrustProblem, match="no certificate in the trust list"):
        trust.remove_certificate(board.sha256)
    with pytest.raises(trust.TrustProblem, match="at least 8 hex digits"):
        trust.remove_certificate("abc")


def test_a_damaged_index_keeps_the_certificates_trusted(board_id: SigningIdentity) -> None:
    trust.add_certificate(board_id.cert_pem, label="Board")
    (trust.trust_dir() / trust.INDEX).write_text("{not json")
    [item] = trust.list_trusted()
    assert item.sha256 == sha_of(board_id.cert_pem) and item.label.startswith("Amara Okafor")
    (trust.trust_dir() / "notes.pem").write_text("not a certificate")  # ignored, trusts no one
    assert len(trust.list_trusted()) == 1


@pytest.mark.parametrize(
    "index",
    [
        '{"format": 1, "certificates": {}, "certificates": {"SHA": {"label": "Forged"}}}',  # a key given twice
        '{"certificates": ' + "[" * 100_000 + "]" * 100_000 + "}",  # nested deeper than Python can follow
    ],
    ids=["repeated-key", "deep"],
)
def test_a_hostile_index_is_ignored_like_a_damaged_one(board_id: SigningIdentity, index: str) -> None:
    trust.add_certificate(board_id.cert_pem, label="Board")
    (trust.trust_dir() / trust.INDEX).write_text(index.replace("SHA", sha_of(board_id.cert_pem)))
    [item] = trust.list_trusted()  # the certificate is still trusted; its label falls back to its name
    assert item.sha256 == sha_of(board_id.cert_pem) and item.label.startswith("Amara Okafor")


def test_a_signature_by_someone_else_with_a_trusted_name_is_called_out(
    signed: bytes, assessor_id: SigningIdentity, stranger_id: SigningIdentity
) -> None:
    trust.add_certificate(assessor_id.cert_pem, own=True)
    [good] = trust.verify_trusted(signed).signatures
    assert good.trusted and not good.name_conflict
    [impostor] = trust.verify_trusted(signed, use_store=False, extra=[stranger_id.cert_pem]).signatures
    assert not impostor.trusted and impostor.name_conflict
    [unknown] = trust.verify_trusted(signed, use_store=False).signatures
    assert not unknown.trusted and not unknown.name_conflict  # nobody trusted: no name to confuse


def test_cli_trust_commands(board_id: SigningIdentity, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cert = tmp_path / "board.pem"
    cert.write_bytes(board_id.cert_pem)
    code, out, _ = run(["trust", "list"], capsys)
    assert code == 0 and "No trusted certificates" in out
    code, out, _ = run(["trust", "add", str(cert), "--label", "Research Ethics Board"], capsys)
    grouped = certificate_info(load_certificates(board_id.cert_pem)[0]).sha256_grouped
    assert code == 0 and "Trusted Research Ethics Board" in out and grouped in out
    code, out, _ = run(["trust", "list", "--json"], capsys)
    [item] = json.loads(out)["certificates"]
    assert item["sha256"] == sha_of(board_id.cert_pem) and item["kind"] == "imported"
    assert item["label"] == "Research Ethics Board" and item["name"] == "Amara Okafor"
    code, out, _ = run(["trust", "list"], capsys)
    assert "Research Ethics Board (imported" in out and grouped in out

    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    code, _, err = run(["trust", "add", str(notes)], capsys)
    assert code == 2 and err.count("\n") == 1 and "is not a certificate" in err
    code, _, err = run(["trust", "remove", "0000000000"], capsys)
    assert code == 2 and "no certificate in the trust list" in err
    code, out, _ = run(["trust", "remove", item["sha256"][:12]], capsys)
    assert code == 0 and "No longer trusted: Research Ethics Board" in out
    assert trust.list_trusted() == []


def test_identity_new_and_import_trust_ones_own_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], board_id: SigningIdentity
) -> None:
    monkeypatch.setenv("PW", "a long passphrase")
    code, out, err = run(
        ["identity", "new", "--name", "Ada Officer", "--org", "Example Hospital", "--key", "ec",
         "-o", str(tmp_path / "ada.p12"), "--passphrase-env", "PW"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    assert "trust list" in out
    [own] = trust.list_trusted()
    assert own.own and own.name == "Ada Officer"
    monkeypatch.setenv("BOARD", board_id.passphrase.decode())
    code, _, err = run(["identity", "import", str(board_id.path), "--passphrase-env", "BOARD"], capsys)
    assert code == 0, err
    assert {c.name for c in trust.list_trusted() if c.own} == {"Ada Officer", "Amara Okafor"}


def test_cli_verify_reads_the_trust_list_unless_told_not_to(
    signed: bytes,
    assessor_id: SigningIdentity,
    stranger_id: SigningIdentity,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(stranger_id.cert_pem)

    trust.add_certificate(assessor_id.cert_pem)
    code, out, _ = run(["verify", str(path)], capsys)
    assert code == 0 and "trusted yes" in out
    code, out, _ = run(["verify", str(path), "--no-trust-store"], capsys)
    assert code == 0 and "trusted not checked" in out

    # the stranger carries the signer's name; trusting only the stranger calls the real signer out
    trust.remove_certificate(sha_of(assessor_id.cert_pem))
    trust.add_certificate(stranger_id.cert_pem)
    code, out, _ = run(["verify", str(path)], capsys)
    assert code == 1 and CONFLICT in out and "not every signer is trusted" in out
    code, out, _ = run(["verify", str(path), "--json"], capsys)
    [sig] = json.loads(out)["signatures"]
    assert code == 1 and sig["trusted"] is False and sig["name_conflict"] is True
    # --trust adds to the list
    mine = tmp_path / "mine.pem"
    mine.write_bytes(assessor_id.cert_pem)
    code, out, _ = run(["verify", str(path), "--trust", str(mine)], capsys)
    assert code == 0 and CONFLICT not in out
    code, out, _ = run(["verify", str(path), "--no-trust-store", "--trust", str(stranger)], capsys)
    assert code == 1 and CONFLICT in out


def test_an_identity_is_made_even_when_the_trust_list_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = trust.trust_dir()
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the trust folder should be")
    monkeypatch.setenv("PW", "a long passphrase")
    code, out, err = run(
        ["identity", "new", "--name", "Ada Officer", "--org", "Example Hospital", "--key", "ec",
         "-o", str(tmp_path / "ada.p12"), "--passphrase-env", "PW"],
        capsys,
    )  # fmt: skip
    assert code == 0 and (tmp_path / "ada.p12").exists()
    assert "trust list" not in out and "trust list cannot be written" in err


def test_every_certificate_of_a_pem_bundle_is_trusted(
    assessor_id: SigningIdentity, board_id: SigningIdentity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "chain.pem"
    bundle.write_bytes(assessor_id.cert_pem + board_id.cert_pem)
    code, out, _ = run(["trust", "add", str(bundle), "--label", "ignored for two"], capsys)
    assert code == 0 and out.count("Trusted ") == 2
    assert sorted(c.name for c in trust.list_trusted()) == ["Amara Okafor", "Zoë Müller-Łukasiewicz"]
    assert all(c.label != "ignored for two" for c in trust.list_trusted())
