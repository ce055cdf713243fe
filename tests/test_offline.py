"""Offline by construction: no module of the program refers to networking APIs."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "assessor"
NETWORK = re.compile(
    r"^\s*(import|from)\s+(socket|ssl|http|urllib|requests|httpx|aiohttp|ftplib|smtplib|xmlrpc)\b"
    r"|QNetworkAccessManager|QtNetwork|urlopen\(",
    re.M,
)


def test_no_module_uses_the_network() -> None:
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if NETWORK.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
