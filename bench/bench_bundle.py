"""The installed app (the PyInstaller bundle `make bundle` leaves in dist/): its window start against a bare PySide6
window frozen by the same spec, offscreen and on X11 (target: at most 1.3 times), and its unpacked size (target: at
most 130 MB). Measured by packaging/measure.py; skipped when the bundle has not been built."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _measure() -> ModuleType:
    spec = importlib.util.spec_from_file_location("assessor_packaging_measure", PACKAGING / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    measure = _measure()
    build = measure._load("build")
    if not build.console_executable().exists():
        print("   not measured: no bundle in dist/ (run `make bundle` first)")
        return
    size = build.tree_size(build.bundle_dir())
    target = build.SIZE_TARGET_BYTES
    verdict = "OK" if size <= target else "OVER"
    print(f"   unpacked bundle: {size / 1e6:.1f} MB (target <= {target / 1e6:.0f} MB): {verdict}")
    measure.window_start(runs=11)  # alternations: a shared machine's slow spells touch both sides alike
