"""Every attack class of review 2, generated from real signed and countersigned reports, is refused.

For each file: verify is NOT VALID with at least one stated problem, with and without trust;
reading its assessment (extract, reopen) is refused. The cut to the first revision of a
countersigned report verifies as the original, with no decision.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.signing.errors import NotAPdf, SigningProblem
from assessor.signing.verify import read_signed_report, verify_pdf
from tests.signing.attacks import app_specific
from tests.signing.attacks.fixtures import DATA, GENERATORS, GENUINE_FP, SOURCES, all_attacks, countersigned_now, read

TRUST = (read("ada.pem"), read("board.pem"))


@pytest.fixture(scope="session")
def sources() -> dict[str, bytes]:
    return {
        "signed": read("signed.pdf"),
        "countersigned": read("countersigned.pdf"),
        "countersigned_now": countersigned_now(),
    }


@pytest.fixture(scope="session")
def attacks(sources: dict[str, bytes]) -> dict[str, bytes]:
    return all_attacks(sources)


def _refusals(name: str, pdf: bytes) -> list[str]:
    """What is wrong with how verify and extract treat one attack file (empty when it is refused)."""
    wrong = []
    for trust in ((), TRUST):
        result = verify_pdf(pdf, trust)
        if result.valid or not result.problems:
            wrong.append(
                f"{name}: verify {'with' if trust else 'without'} trust says valid={result.valid}, {result.problems}"
            )
        if any(sig.decision for sig in result.signatures):
            wrong.append(f"{name}: a decision is shown for a report that does not verify")
    try:
        read_signed_report(pdf)
        wrong.append(f"{name}: its assessment is read although it does not verify")
    except (SigningProblem, NotAPdf):
        pass
    return wrong


@pytest.mark.parametrize("generator", GENERATORS)
@pytest.mark.parametrize("source", SOURCES)
def test_every_attack_is_refused(attacks: dict[str, bytes], source: str, generator: str) -> None:
    files = {k: v for k, v in attacks.items() if k.startswith(f"{source}/{generator}/")}
    assert len(files) >= 3
    wrong = [w for name, pdf in files.items() for w in _refusals(name, pdf)]
    assert not wrong, "\n".join(wrong)


def test_every_shadow_prepared_before_signing_is_refused(attacks: dict[str, bytes]) -> None:
    files = {k: v for k, v in attacks.items() if k.startswith("report/shadow/")}
    assert len(files) == 7
    wrong = [w for name, pdf in files.items() for w in _refusals(name, pdf)]
    assert not wrong, "\n".join(wrong)
    reasons = {name.rsplit("/", 1)[1]: verify_pdf(pdf).problems for name, pdf in files.items()}
    assert any("annotation assessor does not make (/Stamp)" in p for p in reasons["shadow_annot_print"])
    assert any("optional content" in p for p in reasons["shadow_ocg_print"])
    assert any("JavaScript" in p for p in reasons["shadow_js"])
    assert any("form field assessor does not make (Cover)" in p for p in reasons["shadow_sigfield_cover"])
    assert any("2 embedded files" in p for p in reasons["shadow_dup_attachment"])
    assert any("2 embedded files" in p for p in reasons["shadow_lookalike"])
    assert any("page(s) do not print the embedded assessment's report id" in p for p in reasons["shadow_printed_fp"])


@pytest.mark.parametrize("source", SOURCES)
def test_the_signature_dictionary_override_is_named(attacks: dict[str, bytes], source: str) -> None:
    """The critical forgery: pyHanko alone calls it whole-file and intact; the raw bytes say otherwise."""
    pdf = attacks[f"{source}/sigdict_override/override_decision"]
    result = verify_pdf(pdf, TRUST)
    assert not result.valid
    assert any("/Contents is not the one between the signed ranges" in p for p in result.problems)
    assert any("redefined after it was signed" in p for p in result.problems)


def test_signature_wrapping_keeps_the_digest_but_not_the_gap(sources: dict[str, bytes]) -> None:
    from tests.signing.attacks import swa

    wrapped = swa.generate(sources["signed"])["swa_classic"]
    assert _refusals("swa_classic", wrapped) == []
    result = verify_pdf(wrapped, TRUST)
    assert result.signatures[0].intact  # the same bytes are signed...
    assert (
        "AssessorSignature: the bytes between the signed ranges are not the signature's hex /Contents"
        in result.problems
    )


@pytest.mark.parametrize("source", ["countersigned", "countersigned_now"])
def test_the_cut_to_the_first_revision_verifies_as_the_original(sources: dict[str, bytes], source: str) -> None:
    cut = app_specific.truncated_to_first(sources[source])
    assert cut == read("signed.pdf")
    result = verify_pdf(cut, TRUST)
    assert result.valid and result.trusted, result.problems
    assert [(s.kind, s.decision) for s in result.signatures] == [("assessor", None)]
    assert result.fingerprint == GENUINE_FP


def _pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60).stdout


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed (scripts/sysdeps.sh)")
def test_pdfsig_never_finds_fault_where_verify_says_valid(sources: dict[str, bytes], tmp_path: Path) -> None:
    """Where we say VALID, poppler agrees: every signature valid and the last one covering the whole file.

    (Where we say NOT VALID pdfsig may still call a signature valid: it does not know assessor's
    profile or roles, e.g. the shadow files prepared before signing, which pdfsig calls "Signature is
    Valid, Total document signed"; and it accepts a second signature by the same certificate.)
    """
    for name, pdf in sources.items():
        assert verify_pdf(pdf, TRUST).valid, name
        out = _pdfsig(pdf, tmp_path)
        assert out.count("Signature is Valid") == out.count("Signature #"), (name, out)
        assert out.rstrip().split("Signature #")[-1].count("Total document signed") == 1, (name, out)


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed (scripts/sysdeps.sh)")
def test_pdfsig_also_sees_the_override_as_not_total(attacks: dict[str, bytes], tmp_path: Path) -> None:
    out = _pdfsig(attacks["signed/sigdict_override/override_only"], tmp_path)
    assert "Not total document signed" in out


def test_extract_refuses_an_attack_file_and_unverified_says_so(
    attacks: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "forged.pdf"
    pdf.write_bytes(attacks["countersigned/sigdict_override/override_swap"])
    out = tmp_path / "a.g4sa"
    assert main(["extract", str(pdf), "-o", str(out)]) == 1
    stdout, err = capsys.readouterr()
    assert not out.exists() and stdout == ""
    assert err.count("\n") == 1 and "does not verify" in err and "redefined" in err
    assert main(["extract", str(pdf), "-o", str(out), "--unverified"]) == 0
    stdout, err = capsys.readouterr()
    assert out.exists() and "matches" not in stdout + err
    assert "WITHOUT verifying" in err and err.count("\n") == 1


def test_verify_cli_gives_the_reason(
    attacks: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "ts.pdf"
    pdf.write_bytes(attacks["signed/usf/usf_upd_type_timestamp"])
    assert main(["verify", str(pdf), "--trust", str(DATA / "ada.pem")]) == 1
    out = capsys.readouterr().out
    assert "NOT VALID" in out and "problem: AssessorSignature: a document timestamp" in out


@pytest.mark.parametrize("command", ["verify", "extract"])
def test_a_pdf_nested_too_deeply_is_one_line(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    depth = 100_000
    body = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + b"[" * depth + b"]" * depth + b" >>\nendobj\n"
    head = b"%PDF-1.7\n"
    xref_at = len(head) + len(body)
    tail = (
        b"xref\n0 2\n0000000000 65535 f \n%010d 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (
            len(head),
            xref_at,
        )
    )
    pdf = tmp_path / "nested.pdf"
    pdf.write_bytes(head + body + tail)
    args = [command, str(pdf)] + (["-o", str(tmp_path / "x.g4sa")] if command == "extract" else [])
    code = main(args)
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in err and len(err.splitlines()) <= 1
    assert "NOT VALID" in out if command == "verify" else err.count("\n") == 1


def test_a_countersignature_field_placed_before_the_assessor_signs_is_refused() -> None:
    """An empty board field in the assessor's revision could cover content until the board signs it."""
    from assessor.report import attestation
    from tests.signing.attacks import isa, shadow
    from tests.signing.attacks.fixtures import PASSPHRASE

    def place(writer: object) -> None:
        from pyhanko.sign import fields

        spec = fields.SigFieldSpec(attestation.COUNTERSIGNATURE_FIELD, on_page=0, box=(40, 600, 440, 660))
        fields.append_signature_field(writer, spec)

    prepared = isa.updated(read("r.pdf"), place)
    signed = shadow.sign_as_assessor(prepared, DATA / "ada.p12", PASSPHRASE, read("d.g4sa"))
    result = verify_pdf(signed, TRUST)
    assert not result.valid
    assert any("form field assessor does not make (BoardCountersignature)" in p for p in result.problems)


def test_xmp_keywords_are_read_when_a_packet_states_them() -> None:
    """(pyHanko rewrites the XMP packet on every write, so no signed attack file can carry one: read directly.)"""
    from types import SimpleNamespace

    from pyhanko.pdf_utils import generic

    from assessor.signing import pdf as pdfdoc
    from assessor.signing import profile

    def view(packet: bytes) -> object:
        stream = generic.StreamObject({generic.pdf_name("/Type"): generic.pdf_name("/Metadata")}, packet)
        return SimpleNamespace(root=generic.DictionaryObject({generic.pdf_name("/Metadata"): stream}))

    assert profile.xmp_keywords(view(b"<pdf:Keywords>report-id:G4SA-X</pdf:Keywords>")) == "report-id:G4SA-X"
    assert profile.xmp_keywords(view(b'<rdf:Description pdf:Keywords="a b"/>')) == "a b"
    assert profile.xmp_keywords(pdfdoc.latest(pdfdoc.open_reader(read("signed.pdf")))) is None
