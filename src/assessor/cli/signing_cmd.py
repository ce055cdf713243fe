"""``assessor identity|sign|countersign|verify|extract``: signed reports from the command line.

Passphrases are asked for on the terminal (twice for a new identity), or read from an environment
variable named with ``--passphrase-env VAR`` for scripts. They are never printed, stored or logged.
``verify`` trusts the user's trust list (``assessor trust``; not with ``--no-trust-store``) and every
``--trust`` certificate; it exits 0 only when the report is valid (and, when any certificate is
trusted, every signer is trusted), 1 when it is not, 2 when the file is not a PDF or cannot be read.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from assessor.cli import token_cmd
from assessor.cli.common import EXIT_CHECK_FAILED, EXIT_OK, CliError, add_force, print_json, write_output
from assessor.core.storage import FileProblem, read_bytes

MAX_PDF_BYTES = 512 * 1024 * 1024
DECISION_CHOICES = ("approved", "conditions", "not-approved")


def register(commands: Any) -> None:
    identity = commands.add_parser("identity", help="create, import, list or export signing identities")
    sub = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help="create a self-signed signing identity (a passphrase-protected .p12)")
    new.add_argument("--name", required=True, help="the signer's name, as it will be printed")
    new.add_argument("--org", required=True, help="the signer's organisation")
    new.add_argument("--role", default="", help="the signer's role, e.g. 'Data protection officer'")
    new.add_argument("--email", default="", help="the signer's e-mail address")
    new.add_argument("-o", "--output", help="where to save it (default: your identities folder)")
    new.add_argument("--key", choices=("rsa", "ec"), default="rsa", help="RSA 3072 (default) or ECDSA P-256")
    _add_passphrase_env(new)
    add_force(new)
    new.set_defaults(run=run_identity_new)

    export = sub.add_parser("export-cert", help="export an identity's certificate (PEM) for others to trust")
    export.add_argument("identity", help="an identity file (.p12/.pfx) or the name of one in your identities folder")
    export.add_argument("-o", "--output", required=True, help="the certificate file to write (.pem)")
    _add_passphrase_env(export)
    add_force(export)
    export.set_defaults(run=run_export_cert)

    imp = sub.add_parser("import", help="copy an existing .p12/.pfx into your identities folder")
    imp.add_argument("file", help="the .p12 or .pfx file")
    _add_passphrase_env(imp)
    add_force(imp)
    imp.set_defaults(run=run_identity_import)

    listing = sub.add_parser("list", help="list the identities in your identities folder")
    listing.set_defaults(run=run_identity_list)
    token_cmd.register_tokens(sub)

    sign = commands.add_parser(
        "sign",
        help="sign a report PDF exactly as 'assessor report' made it",
        description="Sign a report PDF. The report is made again from the assessment it carries, as it was made "
        "(date, paper, language); it is signed only when that gives exactly the same PDF.",
    )
    sign.add_argument("report", help="the report PDF (made by 'assessor report')")
    sign.add_argument("--identity", help="the signing identity (.p12/.pfx, or a name); or use a token, below")
    sign.add_argument("--assessment", help="check that the report carries this .g4sa (optional)")
    sign.add_argument("--previous", metavar="OLD.g4sa", help="the --previous file the report was made with, if any")
    sign.add_argument("-o", "--output", required=True, help="the signed PDF to write")
    sign.add_argument("--reason", help="the reason recorded in the signature")
    sign.add_argument("--location", default="", help="where you sign, e.g. a city")
    sign.add_argument(
        "--incomplete",
        action="store_true",
        help="sign even though questions are unanswered (the report is a draft and keeps its Draft mark)",
    )
    _add_passphrase_env(sign)
    token_cmd.add_token_args(sign)
    add_force(sign)
    sign.set_defaults(run=run_sign)

    counter = commands.add_parser("countersign", help="add the board's decision and signature to a signed report")
    counter.add_argument("report", help="the signed report PDF")
    counter.add_argument("--identity", help="the countersigning identity (.p12/.pfx, or a name); or a token, below")
    counter.add_argument("--decision", required=True, choices=DECISION_CHOICES, help="the board's decision")
    counter.add_argument("--comment", default="", help="the board's comment or conditions")
    counter.add_argument("-o", "--output", required=True, help="the countersigned PDF to write")
    counter.add_argument("--location", default="", help="where you sign, e.g. a city")
    _add_passphrase_env(counter)
    token_cmd.add_token_args(counter)
    add_force(counter)
    counter.set_defaults(run=run_countersign)

    verify = commands.add_parser("verify", help="check a signed report's signatures and embedded assessment")
    verify.add_argument("report", help="the signed report PDF")
    verify.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a certificate you trust, in addition to your trust list (repeatable)",
    )
    verify.add_argument(
        "--no-trust-store", action="store_true", help="do not read your trust list ('assessor trust list')"
    )
    verify.add_argument(
        "--crl", action="append", default=[], metavar="FILE.crl", help="a revocation list to check against (repeatable)"
    )
    verify.add_argument("--json", action="store_true", help="print JSON for scripts")
    verify.set_defaults(run=run_verify)

    extract = commands.add_parser("extract", help="save the assessment embedded in a signed report")
    extract.add_argument("report", help="the signed report PDF")
    extract.add_argument("-o", "--output", required=True, help="the .g4sa file to write")
    extract.add_argument(
        "--unverified",
        action="store_true",
        help="write the assessment even when the report does not verify (it is then not evidence of anything)",
    )
    add_force(extract)
    extract.set_defaults(run=run_extract)


def _add_passphrase_env(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-env", metavar="VAR", help="read the passphrase from this environment variable (for scripts)"
    )


# -- passphrases and identities -------------------------------------------------------------------------


def _from_env(var: str) -> bytes:
    value = os.environ.get(var)
    if value is None:
        raise CliError(f"--passphrase-env {var}: the environment variable {var} is not set")
    if not value:
        raise CliError(f"--passphrase-env {var}: the passphrase is empty; an identity must be protected")
    return value.encode("utf-8")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_passphrase(args: argparse.Namespace, what: str) -> bytes:
    """The passphrase for an existing identity: from --passphrase-env, or asked once on the terminal."""
    if args.passphrase_env:
        return _from_env(args.passphrase_env)
    if not _interactive():
        raise CliError(f"no passphrase for {what}: run in a terminal to be asked, or use --passphrase-env VAR")
    value = getpass.getpass(f"Passphrase for {what}: ")
    if not value:
        raise CliError("no passphrase given; nothing was done")
    return value.encode("utf-8")


def new_passphrase(args: argparse.Namespace) -> bytes:
    """A passphrase for a new identity, as strong as the app asks (signing/passphrase.py): from
    --passphrase-env, or asked twice on the terminal."""
    if args.passphrase_env:
        return _strong_enough(_from_env(args.passphrase_env))
    if not _interactive():
        raise CliError("no passphrase: run in a terminal to be asked, or use --passphrase-env VAR")
    first = getpass.getpass("Passphrase for the new identity: ")
    if not first:
        raise CliError("an empty passphrase is not allowed: the identity file must be protected")
    if getpass.getpass("The same passphrase again: ") != first:
        raise CliError("the two passphrases differ; nothing was written")
    return _strong_enough(first.encode("utf-8"))


def _strong_enough(secret: bytes) -> bytes:
    from assessor.signing.passphrase import MIN_LENGTH, acceptable

    text = secret.decode("utf-8", errors="replace")
    if len(text) < MIN_LENGTH:
        raise CliError(
            f"the passphrase has {len(text)} characters; a new identity needs at least {MIN_LENGTH} "
            "(a few words make a good one); nothing was written"
        )
    if not acceptable(text):
        raise CliError(
            "the passphrase is too easy to guess (repeated or few kinds of characters); choose a longer or more "
            "varied one; nothing was written"
        )
    return secret


def identity_path(value: str) -> Path:
    """An identity file given by path, or by name (with or without .p12) in the identities folder."""
    from assessor.core import paths
    from assessor.signing.identity import IDENTITY_SUFFIXES

    path = Path(value)
    if path.exists() or path.parent != Path("."):
        return path
    folder = paths.identities_dir()
    for candidate in (folder / value, *(folder / f"{value}{s}" for s in IDENTITY_SUFFIXES)):
        if candidate.is_file():
            return candidate
    return path  # reading it gives the usual "does not exist"


def _read_pdf(path: str) -> bytes:
    return read_bytes(path, limit=MAX_PDF_BYTES)


def _problem(path: str, exc: Exception) -> CliError:
    message = getattr(exc, "message", str(exc))
    return CliError(f"{path}: {message}")


# -- commands -------------------------------------------------------------------------------------------


def run_identity_new(args: argparse.Namespace) -> int:
    from assessor.signing.identity import certificate_info, create_identity, default_identity_path, save_identity
    from assessor.signing.trust import trust_own_identity

    target = Path(args.output) if args.output else default_identity_path(args.name)
    if target.exists() and not args.force:
        raise CliError(f"{target}: already exists; choose another name, or use --force to overwrite it")
    passphrase = new_passphrase(args)
    try:
        data, cert = create_identity(
            args.name, args.org, passphrase=passphrase, role=args.role, email=args.email, key=args.key
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    saved = save_identity(data, args.output, name=args.name, overwrite=args.force)
    trusted = trust_own_identity(cert) is not None
    info = certificate_info(cert)
    print(f"Created {saved}" + (" (its certificate is in your trust list)" if trusted else ""))
    if not trusted:
        print("assessor: note: your trust list cannot be written; its certificate is not in it", file=sys.stderr)
    print(f"  {info.signatory.line}")
    print(f"  valid until {info.not_after:%Y-%m-%d}; certificate SHA-256 {info.sha256_grouped}")
    print("  Give the certificate to those who will check your signature: assessor identity export-cert")
    return EXIT_OK


def run_export_cert(args: argparse.Namespace) -> int:
    from assessor.signing.identity import certificate_info, certificate_pem, open_identity

    path = identity_path(args.identity)
    if Path(args.output).exists() and not args.force:
        raise CliError(f"{args.output}: already exists; choose another name, or use --force to overwrite it")
    opened = open_identity(path, ask_passphrase(args, path.name))
    write_output(args.output, certificate_pem(opened.certificate), args.force)
    info = certificate_info(opened.certificate)
    print(f"Wrote {args.output}: {info.signatory.line}; SHA-256 {info.sha256_grouped}")
    return EXIT_OK


def run_identity_import(args: argparse.Namespace) -> int:
    from assessor.signing.identity import import_identity, open_identity
    from assessor.signing.trust import trust_own_identity

    source = Path(args.file)
    passphrase = ask_passphrase(args, source.name)
    target = import_identity(source, passphrase, overwrite=args.force)
    trusted = trust_own_identity(open_identity(target, passphrase).certificate) is not None
    print(f"Imported {source} as {target}" + (" (its certificate is in your trust list)" if trusted else ""))
    return EXIT_OK


def run_identity_list(args: argparse.Namespace) -> int:
    from assessor.core import paths
    from assessor.signing.identity import list_identities

    found = list_identities()
    if not found:
        print(f"No identities in {paths.identities_dir()}; create one with 'assessor identity new'")
    for path in found:
        print(path)
    return EXIT_OK


def run_sign(args: argparse.Namespace) -> int:
    from assessor.core.storage import load_assessment
    from assessor.signing.errors import SigningProblem
    from assessor.signing.sign import DEFAULT_REASON, sign_pdf_with

    pdf = _read_pdf(args.report)
    assessment = load_assessment(args.assessment) if args.assessment else None
    previous = load_assessment(args.previous) if args.previous else None
    if Path(args.output).exists() and not args.force:
        raise CliError(f"{args.output}: already exists; choose another name, or use --force to overwrite it")
    if not args.incomplete:
        _refuse_a_draft(args.report, pdf, assessment)
    opened = token_cmd.open_signing_key(args)  # an identity file, or a key on a smart card or token
    try:
        signed = sign_pdf_with(
            pdf,
            opened,
            assessment=assessment,
            previous=previous,
            location=args.location,
            reason=args.reason or DEFAULT_REASON,
        )
    except SigningProblem as exc:
        raise _problem(args.report, exc) from None
    write_output(args.output, signed, args.force)
    print(f"Signed {args.output} as {opened.signatory.line}")
    return EXIT_OK


def _refuse_a_draft(path: str, pdf: bytes, assessment: Any) -> None:
    """Refuse to sign the report of an incomplete assessment unless --incomplete says it is meant."""
    from assessor.core.storage import loads_assessment
    from assessor.core.triage import TriageInputError
    from assessor.core.validation import UnknownFormPack, pack_for
    from assessor.core.verdict import unanswered_in_scope
    from assessor.signing import pdf as pdfdoc
    from assessor.signing.errors import SigningProblem

    if assessment is None:
        try:
            raw = pdfdoc.embedded_assessment_bytes(pdfdoc.latest(pdfdoc.open_reader(pdf)))
            assessment = loads_assessment(raw, pdfdoc.ASSESSMENT_FILE_NAME) if raw is not None else None
        except (SigningProblem, FileProblem):
            return  # signing itself says what is wrong with the file
    if assessment is None:
        return
    try:
        missing = unanswered_in_scope(pack_for(assessment).pack, assessment)
    except (UnknownFormPack, TriageInputError, KeyError):
        return  # not an assessment the report could have been made from: signing refuses it
    if missing:
        noun = "question is" if missing == 1 else "questions are"
        raise CliError(f"{path}: {missing} {noun} unanswered; the report is a draft; sign it anyway with --incomplete")


def run_countersign(args: argparse.Namespace) -> int:
    from assessor.signing.errors import SigningProblem
    from assessor.signing.sign import countersign_pdf_with, decision_label

    pdf = _read_pdf(args.report)
    if Path(args.output).exists() and not args.force:
        raise CliError(f"{args.output}: already exists; choose another name, or use --force to overwrite it")
    opened = token_cmd.open_signing_key(args)  # an identity file, or a key on a smart card or token
    try:
        out = countersign_pdf_with(pdf, opened, decision=args.decision, comment=args.comment, location=args.location)
    except SigningProblem as exc:
        raise _problem(args.report, exc) from None
    write_output(args.output, out, args.force)
    print(f"Countersigned {args.output} as {opened.signatory.line}: {decision_label(args.decision)}")
    return EXIT_OK


def _yes(value: bool) -> str:
    return "yes" if value else "NO"


def _print_verification(path: str, result: Any, trust_given: bool) -> None:
    from assessor.signing.appearance import DECISION_LABELS  # not signing.sign: verify makes no report

    verdict = "VALID" if result.valid else "NOT VALID"
    print(f"{path}: {verdict}")
    if result.report_id:
        print(f"  report {result.report_id}")
    if result.fingerprint_match is True:
        print(f"  the embedded assessment matches the printed fingerprint {result.fingerprint}")
    elif result.fingerprint_match is None and result.fingerprint:
        print(f"  embedded assessment fingerprint {result.fingerprint} (the report prints none)")
    for i, sig in enumerate(result.signatures, 1):
        who = ", ".join(p for p in (sig.signer, sig.role, sig.organisation) if p) or "unknown signer"
        kind = {"assessor": "assessor's signature", "countersignature": "countersignature"}.get(
            sig.kind, "signature in a field assessor does not make"
        )
        print(f"  {i}. {kind} by {who}, {sig.time or 'time unknown'} ({sig.field})")
        print(
            f"     intact {_yes(sig.intact)} · valid {_yes(sig.valid)} · whole document {_yes(sig.whole_document)}"
            f" · trusted {_yes(sig.trusted) if trust_given else 'not checked (empty trust list, no --trust)'}"
        )
        if sig.name_conflict:
            print(
                f"     signed by a certificate you do not trust, named {sig.signer} "
                "(not the one you trust for this name)"
            )
        if len(sig.chain) > 1 or sig.revocation != "not-checked":
            print(f"     chain: {' → '.join(sig.chain)} · revocation: {sig.revocation}")
        if sig.decision and sig.is_countersignature:
            print(f"     decision: {DECISION_LABELS[sig.decision]}")
        if sig.comment and sig.is_countersignature:
            print(f"     comment: {sig.comment}")
        if sig.certificate_sha256 and not sig.trusted:
            grouped = " ".join(sig.certificate_sha256[j : j + 4].upper() for j in range(0, 64, 4))
            print(f"     certificate SHA-256 {grouped}")
    for problem in result.problems:
        print(f"  problem: {problem}")
    for note in result.notes:
        print(f"  note: {note}")
    if trust_given and result.signatures and not result.trusted:
        print("  not every signer is trusted: check the certificate fingerprints with the signers")


def run_verify(args: argparse.Namespace) -> int:
    from assessor.signing.errors import NotAPdf
    from assessor.signing.trust import annotate, trusted_pems
    from assessor.signing.verify import load_trust, verify_pdf

    trust = [] if args.no_trust_store else trusted_pems()
    for cert_path in args.trust:
        data = read_bytes(cert_path, limit=1024 * 1024)
        try:
            load_trust([data])
        except ValueError:
            raise FileProblem(cert_path, "is not a certificate (expected a PEM or DER X.509 certificate)") from None
        trust.append(data)
    crls = token_cmd.read_crls(args.crl)
    pdf = _read_pdf(args.report)
    try:
        result = annotate(verify_pdf(pdf, trust, crls=crls), trust)
    except NotAPdf as exc:
        raise _problem(args.report, exc) from None
    if args.json:
        print_json(result.as_json())
    else:
        _print_verification(args.report, result, bool(trust))
    ok = result.valid and (not trust or result.trusted)
    return EXIT_OK if ok else EXIT_CHECK_FAILED


def run_extract(args: argparse.Namespace) -> int:
    from assessor.core.assessment import fingerprint
    from assessor.core.storage import loads_assessment
    from assessor.signing.errors import NotVerified, SigningProblem
    from assessor.signing.verify import read_signed_report

    pdf = _read_pdf(args.report)
    if Path(args.output).exists() and not args.force:
        raise CliError(f"{args.output}: already exists; choose another name, or use --force to overwrite it")
    try:
        report = read_signed_report(pdf, unverified=args.unverified)
    except NotVerified as exc:
        raise CliError(f"{args.report}: {exc.message}; nothing written", EXIT_CHECK_FAILED) from None
    except SigningProblem as exc:
        raise _problem(args.report, exc) from None
    assessment = loads_assessment(report.assessment_bytes, f"{args.report} ({'assessment.g4sa'})")
    write_output(args.output, report.assessment_bytes, args.force)
    fp = fingerprint(assessment)
    print(f"Wrote {args.output}: fingerprint {fp}")
    if args.unverified:
        print(
            f"assessor: {args.report}: written WITHOUT verifying the report; this assessment is not evidence of "
            "what was signed",
            file=sys.stderr,
        )
    elif report.fingerprint == fp:
        print("  it is the assessment the report's signature covers, and it matches the fingerprint printed on it")
    return EXIT_OK
