"""The bundle leaves lxml out (packaging/assessor.spec): signing and verifying must not need it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys, datetime
sys.modules["lxml"] = None  # any import of lxml now fails
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.report.render import render_pdf
from assessor.signing.identity import create_identity, open_identity_data
from assessor.signing.sign import countersign_pdf_with, sign_pdf_with
from assessor.signing.verify import verify_pdf
pack = load_default_pack()
a = make_demo()
pdf = render_pdf(pack, a, date=datetime.date(2026, 1, 1))
data, _ = create_identity("A", "B", passphrase=b"x", key="ec")
ident = open_identity_data(data, b"x")
board_data, _ = create_identity("C", "D", passphrase=b"x", key="ec")
board = open_identity_data(board_data, b"x")
signed = sign_pdf_with(pdf, ident, assessment=a)
both = countersign_pdf_with(signed, board, decision="approved", comment="ok")
result = verify_pdf(both)
assert result.valid and len(result.signatures) == 2, result.problems
assert result.signatures[1].decision == "approved", result.signatures[1]
print("ok")
"""


def test_sign_countersign_verify_without_lxml() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
