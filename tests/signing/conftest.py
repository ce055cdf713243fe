"""Identities (made once: key generation is slow), a realistic assessment and its stand-in report."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.assessment import Assessment
from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.signing.sign import countersign_pdf, sign_pdf
from tests.signing.reports import SigningIdentity, make_identity, make_report


@pytest.fixture(scope="session")
def ids_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("identities")


@pytest.fixture(scope="session")
def assessor_id(ids_dir: Path) -> SigningIdentity:
    return make_identity(ids_dir, "Zoë Müller-Łukasiewicz", "Hôpital Saint-Éloi", role="Data protection officer")


@pytest.fixture(scope="session")
def board_id(ids_dir: Path) -> SigningIdentity:
    return make_identity(ids_dir, "Amara Okafor", "Research Ethics Board", role="Chair", passphrase=b"board pass")


@pytest.fixture(scope="session")
def stranger_id(ids_dir: Path) -> SigningIdentity:
    """Someone claiming the assessor's name with a key of their own."""
    return make_identity(
        ids_dir, "Zoë Müller-Łukasiewicz", "Hôpital Saint-Éloi", passphrase=b"x", file_name="stranger.p12"
    )


@pytest.fixture(scope="session")
def rsa_id(tmp_path_factory: pytest.TempPathFactory) -> SigningIdentity:
    return make_identity(tmp_path_factory.mktemp("rsa"), "Rui Santos", "Instituto", key="rsa")


@pytest.fixture(scope="session")
def assessment() -> Assessment:
    return make_demo(Tier.HIGH)


@pytest.fixture(scope="session")
def report(assessment: Assessment) -> bytes:
    return make_report(assessment)


@pytest.fixture(scope="session")
def signed(report: bytes, assessment: Assessment, assessor_id: SigningIdentity) -> bytes:
    return sign_pdf(report, assessor_id.path, assessor_id.passphrase, assessment=assessment, location="Lyon")


@pytest.fixture(scope="session")
def countersigned(signed: bytes, board_id: SigningIdentity) -> bytes:
    return countersign_pdf(
        signed,
        board_id.path,
        board_id.passphrase,
        decision="conditions",
        comment="Approved on condition that the DPIA for the cloud provider is completed by 2027-03-31.",
    )
