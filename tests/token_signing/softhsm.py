"""SoftHSM2 tokens for the tests, made with the tools Debian ships (softhsm2-util, pkcs11-tool).

SoftHSM2 reads its configuration (where its tokens live) from ``SOFTHSM2_CONF`` when the module is
first initialised in a process, so every token a test session needs is made before any test loads it.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from tests.token_signing.pki import Issued

MODULE_PATHS = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
SO_PIN = "87654321"


def softhsm_module() -> str | None:
    if not shutil.which("softhsm2-util") or not shutil.which("pkcs11-tool"):
        return None
    return next((p for p in MODULE_PATHS if Path(p).is_file()), None)


def write_config(folder: Path) -> Path:
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    return conf


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


@dataclass
class Token:
    module: str
    label: str
    pin: str
    env: dict[str, str]

    def init(self) -> Token:
        _run(["softhsm2-util", "--init-token", "--free", "--label", self.label, "--pin", self.pin,
              "--so-pin", SO_PIN], self.env)  # fmt: skip
        return self

    def _tool(self, *args: str) -> str:
        return _run(["pkcs11-tool", "--module", self.module, "--token-label", self.label, "--login",
                     "--pin", self.pin, *args], self.env)  # fmt: skip

    def add_key(self, item: Issued, label: str, key_id: str, folder: Path) -> None:
        """The private key (PKCS#8 imported by softhsm2-util), with its public key."""
        assert isinstance(item.key, rsa.RSAPrivateKey)
        pem = folder / f"{label}-{key_id}.key.pem"
        pem.write_bytes(item.key_pkcs8_pem())
        _run(["softhsm2-util", "--import", str(pem), "--token", self.label, "--label", label, "--id", key_id,
              "--pin", self.pin], self.env)  # fmt: skip
        pem.unlink()

    def add_cert(self, item: Issued, label: str, key_id: str, folder: Path) -> None:
        der = folder / f"{label}-{key_id}.cert.der"
        der.write_bytes(item.der)
        self._tool("--write-object", str(der), "--type", "cert", "--label", label, "--id", key_id)

    def add_identity(self, item: Issued, label: str, key_id: str, folder: Path) -> None:
        self.add_key(item, label, key_id, folder)
        self.add_cert(item, label, key_id, folder)
