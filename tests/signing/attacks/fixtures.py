"""The real reports the attacks start from (tests/data/signed-0.1.0) and every generated attack file."""

from __future__ import annotations

from pathlib import Path

from assessor.signing.sign import countersign_pdf
from tests.signing.attacks import app_specific, isa, shadow, sigdict_override, usf

DATA = Path(__file__).resolve().parents[2] / "data" / "signed-0.1.0"
PASSPHRASE = b"fixture-passphrase"
GENUINE_FP = "5c265d46df6d7123a5e6a7fe1be458e780439a620e922103510117bef08bdbb4"
SOURCES = ("signed", "countersigned", "countersigned_now")
GENERATORS = ("usf", "sigdict_override", "isa", "app_specific")


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def countersigned_now() -> bytes:
    """The 0.1.0 signed report countersigned by this version (a signed decision statement)."""
    return countersign_pdf(
        read("signed.pdf"), DATA / "board.p12", PASSPHRASE, decision="not-approved", comment="Fix the gaps first"
    )


def all_attacks(sources: dict[str, bytes]) -> dict[str, bytes]:
    """Every attack file, keyed "source/generator/variant"."""
    report, assessment = read("r.pdf"), read("d.g4sa")
    out: dict[str, bytes] = {}
    for source, pdf in sources.items():
        made = {
            "usf": usf.generate(pdf),
            "sigdict_override": sigdict_override.generate(pdf),
            "isa": isa.generate(pdf),
            "app_specific": app_specific.generate(pdf, report, assessment),
        }
        for generator, files in made.items():
            out.update({f"{source}/{generator}/{name}": data for name, data in files.items()})
    for name, data in shadow.generate(report, assessment, DATA / "ada.p12", PASSPHRASE).items():
        out[f"report/shadow/{name}"] = data
    return out
