"""``assessor validate``: load and check an assessment file."""

from __future__ import annotations

import argparse
from typing import Any

from assessor.cli.common import EXIT_CHECK_FAILED, EXIT_OK, CliError, print_json, write_output
from assessor.core.assessment import fingerprint
from assessor.core.scoring import score
from assessor.core.storage import load_assessment
from assessor.core.validation import UnknownFormPack, detail_problems, pack_for, problems
from assessor.core.verdict import headline, verdict_of


def register(commands: Any) -> None:
    validate = commands.add_parser(
        "validate", help="load and check an assessment file; print its fingerprint and verdict"
    )
    validate.add_argument("file", help="a .g4sa assessment file")
    validate.add_argument("--json", action="store_true", help="print JSON for scripts")
    validate.set_defaults(run=run_validate)
    register_demo(commands)


def run_validate(args: argparse.Namespace) -> int:
    assessment = load_assessment(args.file)
    try:
        match = pack_for(assessment)
    except UnknownFormPack as exc:
        raise CliError(f"{args.file}: {exc}") from None
    pack_problems = problems(match.pack, assessment)
    found = detail_problems(assessment) + pack_problems  # a period ending before it starts, a malformed e-mail
    card = score(match.pack, assessment) if not pack_problems else None
    verdict = verdict_of(card) if card is not None else None
    tier = card.tier if card is not None else None
    result = {
        "valid": not found,
        "fingerprint": fingerprint(assessment),
        "format_version": assessment.format_version,
        "tier": tier.value if tier else None,
        "form_pack": {
            "id": match.pack.id,
            "version": match.pack.version,
            "same_revision": match.same_revision,
            "newer_version": match.newer_version,
        },
        "tier_provisional": verdict.provisional_tier if verdict is not None else None,
        "problems": found,
        "verdict": verdict.as_json() if verdict is not None else None,
    }
    if args.json:
        print_json(result)
    else:
        state = "valid" if not found else f"{len(found)} problem(s)"
        print(f"{args.file}: {state}")
        print(f"  fingerprint {result['fingerprint']}")
        print(f"  format {assessment.format_version}, form pack {match.pack.id} {match.pack.version}")
        if tier:
            provisional = verdict is not None and verdict.provisional_tier
            print(f"  tier {tier.label}" + (" (provisional: not every risk factor is answered)" if provisional else ""))
        if verdict is not None and tier is not None:
            print(f"  verdict: {headline(verdict, match.pack.tier_spec(tier).title)}")
        if match.newer_version:
            print(
                f"  note: form pack {match.pack.id} {match.newer_version} is newer; "
                f"'assessor upgrade {args.file} -o NEW.g4sa' moves the answers to it"
            )
        if not match.same_revision:
            print("  note: the form pack has changed since these answers were given (content hash differs)")
        for problem in found:
            print(f"  {problem}")
    return EXIT_OK if not found else EXIT_CHECK_FAILED


def register_demo(commands: Any) -> None:
    demo = commands.add_parser("demo", help="write a realistic filled-in example assessment")
    demo.add_argument("-o", "--output", required=True, help="the .g4sa file to write")
    demo.add_argument(
        "--tier", choices=["low", "moderate", "high"], default="high", help="which example (default high)"
    )
    demo.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from assessor.core.assessment import file_bytes
    from assessor.core.demo import make_demo
    from assessor.core.tiers import Tier

    assessment = make_demo(Tier(args.tier))
    write_output(args.output, file_bytes(assessment), args.force)
    print(f"{args.output}: {assessment.institution.name}, {args.tier} tier, {len(assessment.answers)} answers")
    return EXIT_OK
