"""The frozen app's entry point (PyInstaller's script): the same `assessor` command as the installed one.

A separate script rather than ``src/assessor/__main__.py``, so that PyInstaller does not put ``src/assessor``
itself on the module search path (which would make ``cli``, ``core``... importable as top-level modules).
"""

import sys

from assessor.cli import main

if __name__ == "__main__":
    sys.exit(main())
