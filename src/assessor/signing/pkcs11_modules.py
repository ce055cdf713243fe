"""Where PKCS#11 modules (the shared libraries that drive smart cards and tokens) are usually installed."""

from __future__ import annotations

import sys
from pathlib import Path

# Where PKCS#11 modules are usually installed: OpenSC first (it reads most national and
# health-professional cards), then vendors' and SoftHSM (a software token, for tests and HSM-less setups).
MODULE_CANDIDATES: dict[str, tuple[str, ...]] = {
    "win32": (
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
        r"C:\Program Files (x86)\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
        r"C:\Windows\System32\eTPKCS11.dll",  # SafeNet / Thales eToken
        r"C:\Windows\System32\cryptoki.dll",
        r"C:\SoftHSM2\lib\softhsm2-x64.dll",
    ),
    "darwin": (
        "/Library/OpenSC/lib/opensc-pkcs11.so",
        "/usr/local/lib/opensc-pkcs11.so",
        "/opt/homebrew/lib/opensc-pkcs11.so",
        "/usr/local/lib/libeTPkcs11.dylib",
        "/opt/homebrew/lib/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ),
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/libeTPkcs11.so",
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib64/pkcs11/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ),
}


def candidate_modules(platform: str | None = None) -> tuple[str, ...]:
    platform = platform or sys.platform
    key = "linux" if platform.startswith("linux") else platform
    return MODULE_CANDIDATES.get(key, ())


def find_modules(platform: str | None = None) -> list[Path]:
    """The PKCS#11 modules installed at the usual places, most likely first."""
    return [Path(p) for p in candidate_modules(platform) if Path(p).is_file()]
