"""Smart cards and tokens on the command line: ``identity tokens``, and the PKCS#11 flags of sign/countersign.

``sign``/``countersign`` take either ``--identity FILE.p12`` or ``--pkcs11-module LIB --token-label T
--key-label K`` (the module defaults to the first found at the usual places). The PIN comes from
``--pin-env VAR`` or is asked on the terminal; it is never printed, stored or logged.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
from pathlib import Path
from typing import Any

from assessor.cli.common import EXIT_OK, CliError, print_json
from assessor.core.storage import FileProblem, read_bytes

MAX_PEM_BYTES = 1024 * 1024


def add_token_args(parser: argparse.ArgumentParser) -> None:
    """The flags that choose a key on a smart card or token instead of an identity file."""
    group = parser.add_argument_group("signing with a smart card or token (PKCS#11)")
    group.add_argument("--pkcs11-module", metavar="LIB", help="the card's PKCS#11 module (default: the first found)")
    group.add_argument("--token-label", metavar="T", help="the token's label (see 'assessor identity tokens')")
    group.add_argument("--key-label", metavar="K", help="the signing key's label on the token")
    group.add_argument("--pin-env", metavar="VAR", help="read the PIN from this environment variable (for scripts)")
    group.add_argument(
        "--chain", metavar="FILE.pem", help="issuing certificates to embed besides those on the token or in the .p12"
    )
    parser.add_argument(
        "--crl", action="append", default=[], metavar="FILE.crl",
        help="a revocation list to check the certificate against and embed, for later checks offline (repeatable)",
    )  # fmt: skip


def register_tokens(identity_commands: Any) -> None:
    tokens = identity_commands.add_parser(
        "tokens", help="list the smart cards and tokens a PKCS#11 module sees, with their keys and certificates"
    )
    tokens.add_argument("--pkcs11-module", metavar="LIB", help="the PKCS#11 module (default: the first found)")
    tokens.add_argument("--token-label", metavar="T", help="list this token only")
    tokens.add_argument("--pin-env", metavar="VAR", help="log in with the PIN in this variable to list private keys")
    tokens.add_argument("--json", action="store_true", help="print JSON for scripts")
    tokens.set_defaults(run=run_tokens)


def wants_token(args: argparse.Namespace) -> bool:
    return bool(args.pkcs11_module or args.token_label or args.key_label)


def module_path(value: str | None) -> Path:
    """The module given, or the first one installed at the usual places."""
    from assessor.signing.pkcs11_modules import candidate_modules, find_modules

    if value:
        return Path(value)
    found = find_modules()
    if not found:
        looked = len(candidate_modules())
        raise CliError(
            f"no PKCS#11 module found at the {looked} usual places; install your card's software "
            "(e.g. OpenSC) or give the module with --pkcs11-module LIB"
        )
    return found[0]


def _pin(args: argparse.Namespace, module: Path, token_label: str) -> str | None:
    """The PIN from --pin-env or the terminal; None for a reader with its own keypad (the PIN is typed there)."""
    if args.pin_env:
        value = os.environ.get(args.pin_env)
        if value is None:
            raise CliError(f"--pin-env {args.pin_env}: the environment variable {args.pin_env} is not set")
        if not value:
            raise CliError(f"--pin-env {args.pin_env}: the PIN is empty")
        return value
    from assessor.cli.signing_cmd import _interactive
    from assessor.signing.pkcs11 import has_pin_pad

    if has_pin_pad(module, token_label):
        print(f"Type the PIN of token {token_label!r} on the card reader's keypad", flush=True)
        return None
    if not _interactive():
        raise CliError(f"no PIN for token {token_label!r}: run in a terminal to be asked, or use --pin-env VAR")
    value = getpass.getpass(f"PIN for token {token_label!r}: ")
    if not value:
        raise CliError("no PIN given; nothing was done")
    return value


def _chain(path: str | None) -> list[Any]:
    from assessor.signing.identity import load_certificates

    if not path:
        return []
    return load_certificates(read_bytes(path, limit=MAX_PEM_BYTES), path)


def open_signing_key(args: argparse.Namespace) -> Any:
    """The key ``sign``/``countersign`` sign with (an identity file or a key on a token), with any ``--crl``."""
    from assessor.signing.chain import load_crls
    from assessor.signing.errors import SigningProblem
    from assessor.signing.revinfo import WithRevocationInfo

    crls = load_crls(read_crls(args.crl))
    key = _open_key(args)
    if not crls:
        return key
    try:
        return WithRevocationInfo(key, crls)
    except SigningProblem as exc:
        raise CliError(exc.message) from None


def _open_key(args: argparse.Namespace) -> Any:
    from assessor.signing.errors import SigningProblem

    if not wants_token(args):
        if not args.identity:
            raise CliError("give the signing key: --identity FILE.p12, or --pkcs11-module LIB --token-label T "
                           "--key-label K for a smart card or token")  # fmt: skip
        from assessor.cli.signing_cmd import ask_passphrase, identity_path
        from assessor.signing.identity import open_identity
        from assessor.signing.pkcs11 import check_signing_certificate

        path = identity_path(args.identity)
        opened = open_identity(path, ask_passphrase(args, path.name))
        try:
            check_signing_certificate(opened.certificate)  # key usage and dates, as for a key on a token
        except SigningProblem as exc:
            raise CliError(f"{path}: {exc.message}") from None
        extra = [c for c in _chain(args.chain) if c not in opened.chain]
        return dataclasses.replace(opened, chain=(*opened.chain, *extra)) if extra else opened
    if args.identity:
        raise CliError("--identity and --pkcs11-module choose two different keys; give one of them")
    if not args.token_label or not args.key_label:
        raise CliError("signing with a token needs --token-label T and --key-label K (see 'assessor identity tokens')")
    from assessor.signing.pkcs11 import load_module, open_token_key

    module = module_path(args.pkcs11_module)
    chain = _chain(args.chain)
    try:
        load_module(module)  # a missing module (or token) is reported before the PIN is asked
        pin = _pin(args, module, args.token_label)
        return open_token_key(module, args.token_label, args.key_label, pin, chain=chain)
    except SigningProblem as exc:
        raise CliError(exc.message) from None


def _token_json(token: Any) -> dict[str, Any]:
    return {
        "label": token.label,
        "manufacturer": token.manufacturer,
        "model": token.model,
        "serial": token.serial,
        "pin_state": token.pin_state or None,
        "private_keys": list(token.keys) if token.keys is not None else None,
        "certificates": [
            {
                "label": c.label,
                "id": c.key_id,
                "subject": c.info.signatory.line,
                "not_after": c.info.not_after.date().isoformat(),
                "can_sign": c.can_sign,
                "ca": c.is_ca,
                "sha256": c.info.sha256,
            }
            for c in token.certificates
        ],
    }


def _print_token(token: Any) -> None:
    pin = f"; PIN: {token.pin_state}" if token.pin_state else ""
    print(f"Token {token.label!r} ({token.manufacturer} {token.model}, serial {token.serial}){pin}")
    for cert in token.certificates:
        kind = "CA certificate" if cert.is_ca else "certificate"
        use = "" if cert.is_ca or cert.can_sign else " — NOT for signing (key usage)"
        print(f"  {kind} {cert.label!r} (ID {cert.key_id or '-'}): {cert.info.signatory.line}; "
              f"valid until {cert.info.not_after:%Y-%m-%d}{use}")  # fmt: skip
    if token.keys is None:
        print("  private keys: give the PIN (--pin-env VAR) to list them")
    else:
        labels = {c.label for c in token.certificates}
        for key in token.keys:
            note = "" if key in labels else " (no certificate with this label)"
            print(f"  private key {key!r}{note}")


def run_tokens(args: argparse.Namespace) -> int:
    from assessor.signing.errors import SigningProblem
    from assessor.signing.pkcs11 import list_tokens

    module = module_path(args.pkcs11_module)
    pin = None
    if args.pin_env:
        pin = os.environ.get(args.pin_env)
        if not pin:
            raise CliError(f"--pin-env {args.pin_env}: the environment variable {args.pin_env} is not set or empty")
    try:
        tokens = list_tokens(module, pin, args.token_label)
    except SigningProblem as exc:
        raise CliError(exc.message) from None
    if args.json:
        print_json({"module": str(module), "tokens": [_token_json(t) for t in tokens]})
        return EXIT_OK
    print(f"Module {module}")
    if not tokens:
        print("  no token present: insert the card or plug in the token")
    for token in tokens:
        _print_token(token)
    return EXIT_OK


def read_crls(paths: list[str]) -> list[bytes]:
    """The CRL files given to ``verify --crl`` (DER or PEM), each checked to be a CRL."""
    from assessor.signing.chain import load_crls

    out = []
    for path in paths:
        data = read_bytes(path, limit=64 * 1024 * 1024)
        try:
            load_crls([data])
        except ValueError:
            raise FileProblem(path, "is not a certificate revocation list (expected a DER or PEM CRL)") from None
        out.append(data)
    return out
