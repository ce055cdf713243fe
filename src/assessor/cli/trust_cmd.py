"""``assessor trust add|list|remove``: the trust list in the user's data folder.

The certificates listed there are trusted by ``assessor verify`` (unless ``--no-trust-store``) and
by the app. Own identities made or imported with ``assessor identity`` are added automatically.
"""

from __future__ import annotations

import argparse
from typing import Any

from assessor.cli.common import EXIT_OK, print_json
from assessor.core.storage import read_bytes

MAX_CERT_BYTES = 1024 * 1024


def register(commands: Any) -> None:
    trust = commands.add_parser(
        "trust",
        help="the certificates you trust (your own identities, a board's, colleagues', authorities')",
        description="The trust list: certificates whose signatures 'assessor verify' and the app trust. Your own "
        "identities are added when you make or import them; add the certificate of a board or a colleague once.",
    )
    sub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="trust a certificate (PEM or DER; every certificate of a PEM file)")
    add.add_argument("certificate", metavar="CERT.pem", help="the certificate file")
    add.add_argument("--label", default="", help="a name to show for it (default: the name it carries)")
    add.set_defaults(run=run_trust_add)

    listing = sub.add_parser("list", help="list the trusted certificates with their SHA-256")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run=run_trust_list)

    remove = sub.add_parser("remove", help="stop trusting a certificate")
    remove.add_argument("sha256", metavar="SHA256", help="its SHA-256 (or the first 8 or more hex digits of it)")
    remove.set_defaults(run=run_trust_remove)


def run_trust_add(args: argparse.Namespace) -> int:
    from assessor.signing.trust import add_certificates

    data = read_bytes(args.certificate, limit=MAX_CERT_BYTES)
    for item in add_certificates(data, label=args.label, name=args.certificate):
        print(f"Trusted {item.label}")
        print(f"  SHA-256 {item.sha256_grouped}")
    print("  check each fingerprint with the certificate's holder (by phone or in person) before relying on it")
    return EXIT_OK


def run_trust_list(args: argparse.Namespace) -> int:
    from assessor.signing.trust import list_trusted, trust_dir

    items = list_trusted()
    if args.json:
        print_json({"folder": str(trust_dir()), "certificates": [c.as_json() for c in items]})
        return EXIT_OK
    if not items:
        print(f"No trusted certificates in {trust_dir()}; add one with 'assessor trust add CERT.pem'")
    for item in items:
        print(f"{item.label} ({item.kind}, valid until {item.not_after})")
        print(f"  SHA-256 {item.sha256_grouped}")
    return EXIT_OK


def run_trust_remove(args: argparse.Namespace) -> int:
    from assessor.signing.trust import remove_certificate

    item = remove_certificate(args.sha256)
    print(f"No longer trusted: {item.label}")
    print(f"  SHA-256 {item.sha256_grouped}")
    return EXIT_OK
