"""The cover's QR code, drawn as one path (issue 16): the printed modules are the code's, it scans."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from assessor.report.pdf_qr import QUIET_ZONE, QrMark, dark_runs, modules
from tests.report.pdftools import gray_page

PAYLOAD = "G4SA-20261231-49916854 49916854e4277d6bbf3c764de1823e907df94c77cde37a091cf1be27cffa4459"
MODULE = 4  # points per module: at 72 dpi, 4 pixels


def _printed(tmp_path: Path, payload: str) -> tuple[Path, int]:
    count = len(modules(payload))
    size = (count + 2 * QUIET_ZONE) * MODULE
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(size, size), invariant=1, pageCompression=0)
    mark = QrMark(payload, size)
    mark.wrapOn(canvas, size, size)
    mark.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    return pdf, count


def test_dark_runs_cover_exactly_the_dark_modules() -> None:
    grid = [[True, True, False, True], [False, False, False, False], [True, False, True, True]]
    assert dark_runs(grid) == [(0, 0, 2), (0, 3, 1), (2, 0, 1), (2, 2, 2)]


def test_one_path_draws_every_module_and_a_white_quiet_zone(tmp_path: Path) -> None:
    pdf, count = _printed(tmp_path, PAYLOAD)
    width, _height, pixels = gray_page(pdf, 1, dpi=72)
    grid = modules(PAYLOAD)
    side = count + 2 * QUIET_ZONE

    def dark(row: int, col: int) -> bool:
        y, x = row * MODULE + MODULE // 2, col * MODULE + MODULE // 2
        return pixels[y * width + x] < 128

    printed = [[dark(r + QUIET_ZONE, c + QUIET_ZONE) for c in range(count)] for r in range(count)]
    assert printed == grid
    inside = range(QUIET_ZONE, side - QUIET_ZONE)
    border = [(r, c) for r in range(side) for c in range(side) if r not in inside or c not in inside]
    assert not any(dark(r, c) for r, c in border)
    stream = pdf.read_bytes()
    assert stream.count(b" re") == len(dark_runs(grid))  # a rectangle for each run of dark modules,
    assert stream.count(b"\nf\n") == 1  # filled once, as one path


def test_the_printed_code_scans_back_to_its_payload(tmp_path: Path) -> None:
    """Decoded by zbar (zbar-tools, installed by scripts/sysdeps.sh)."""
    pdf, _count = _printed(tmp_path, PAYLOAD)
    png = tmp_path / "qr"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(png)], check=True)
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{png}.png"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == PAYLOAD
