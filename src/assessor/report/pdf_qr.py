"""The cover's QR code as one filled path (issue 16).

reportlab's QR widget draws every run of dark modules as its own shape (some 2 800 on the cover, a
tenth of the report's time); here the same modules (reportlab's encoder, level M, a quiet zone of
four modules) become the sub-paths of a single path, filled once.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def modules(payload: str, level: str = "M") -> list[list[bool]]:
    """The code's modules, row by row from the top, True for dark."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    code.addData(payload)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def dark_runs(grid: list[list[bool]]) -> list[tuple[int, int, int]]:
    """Each horizontal run of dark modules as (row, first column, length)."""
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(grid):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


class QrMark(Flowable):  # type: ignore[misc]
    """A square QR code of ``size`` points, quiet zone included."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.grid = modules(payload)
        self.width = self.height = size

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.grid)
        box = self.width / (count + 2 * QUIET_ZONE)
        canv = self.canv
        path = canv.beginPath()
        for r, c, length in dark_runs(self.grid):
            y = self.height - (r + QUIET_ZONE + 1) * box
            path.rect((c + QUIET_ZONE) * box, y, length * box, box)
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canv.restoreState()
