"""tests/packaging: the installer files (always), and the built bundle and packages (`make bundle-test` only).

test_bundle.py checks what `make bundle` left in dist/: it runs the frozen app, unpacks the tarball, inspects and
installs the .deb. That takes a build first, so it is collected only when ASSESSOR_BUNDLE_TESTS=1 (set by
`make bundle-test`, which CI runs after `make test`); the quick default run leaves it out instead of skipping it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

collect_ignore = [] if os.environ.get("ASSESSOR_BUNDLE_TESTS") == "1" else ["test_bundle.py"]


def load_packaging_module(name: str) -> ModuleType:
    """packaging/<name>.py, loaded by path (a folder named `packaging` would shadow the PyPI package)."""
    full = f"assessor_packaging_{name}"
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)
    return module
