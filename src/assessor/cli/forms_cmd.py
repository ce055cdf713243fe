"""``assessor forms check|show`` and ``assessor tier``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assessor.cli.common import EXIT_CHECK_FAILED, EXIT_OK, CliError, print_json
from assessor.core.forms.errors import FormPackError
from assessor.core.forms.installed import find_pack, installed_versions
from assessor.core.forms.loader import check_pack, load_pack
from assessor.core.forms.models import FormPack
from assessor.core.tiers import TIERS_IN_ORDER
from assessor.core.triage import TriageInputError, compute_tier
from assessor.resources import DEFAULT_PACK, forms_dir


def register(commands: Any) -> None:
    forms = commands.add_parser("forms", help="check or show form packs")
    sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="validate form packs; exit 1 listing every error")
    check.add_argument("path", nargs="?", help="a pack folder, or a folder of packs (default: the installed packs)")
    check.set_defaults(run=run_check)
    show = sub.add_parser("show", help="elements, questions per tier, factors")
    show.add_argument("path", nargs="?", help="a pack folder (default: the GA4GH Framework pack)")
    add_pack_version(show)
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(run=run_show)

    tier = commands.add_parser("tier", help="the tier and its reasons for a risk profile")
    tier.add_argument("--set", action="append", default=[], metavar="F1=2", help="a factor level (repeatable)")
    add_pack_version(tier)
    tier.add_argument("--json", action="store_true", help="print JSON for scripts")
    tier.set_defaults(run=run_tier)


def add_pack_version(parser: Any) -> None:
    parser.add_argument(
        "--pack-version",
        metavar="V",
        help=f"a released version of the form pack (installed: {', '.join(installed_versions(DEFAULT_PACK))}; "
        "default: the newest)",
    )


def _pack_folders(path: str | None) -> list[Path]:
    """Pack folders (with a pack.yaml) at ``path``, one or two levels down (``<id>/<version>/``)."""
    root = Path(path) if path else forms_dir()
    if not root.exists():
        raise CliError(f"{root}: does not exist")
    if (root / "pack.yaml").is_file():
        return [root]
    folders = sorted({p.parent for pattern in ("*/pack.yaml", "*/*/pack.yaml") for p in root.glob(pattern)})
    if not folders:
        raise CliError(f"{root}: no form pack here (a pack is a folder with a pack.yaml)")
    return folders


def run_check(args: argparse.Namespace) -> int:
    failed = False
    for folder in _pack_folders(args.path):
        issues = check_pack(folder)
        if issues:
            failed = True
            print(f"{folder}: {len(issues)} problem(s)")
            for issue in issues:
                print(f"  {issue}")
        else:
            pack = load_pack(folder)
            print(f"{folder}: OK ({pack.id} {pack.version}, {len(pack.questions())} questions, hash {pack.hash[:16]})")
    return EXIT_CHECK_FAILED if failed else EXIT_OK


def _load(path: str | None, version: str | None = None) -> FormPack:
    if path and version:
        raise CliError("--pack-version: give a pack folder or a version, not both")
    try:
        pack = load_pack(Path(path)) if path else find_pack(DEFAULT_PACK, version=version)
    except FormPackError as exc:
        raise CliError(f"{exc.folder}: invalid form pack ({exc.issues[0]}); run 'assessor forms check'") from None
    if pack is None:
        known = ", ".join(installed_versions(DEFAULT_PACK))
        raise CliError(f"--pack-version {version}: no such version of form pack {DEFAULT_PACK} (installed: {known})")
    return pack


def pack_summary(pack: FormPack) -> dict[str, Any]:
    return {
        "id": pack.id,
        "version": pack.version,
        "hash": pack.hash,
        "title": pack.title,
        "versions": installed_versions(pack.id),
        "factors": [{"id": f.id, "title": f.title} for f in pack.triage.factors],
        "elements": [
            {
                "id": e.id,
                "title": e.title,
                "questions": [
                    {
                        "id": q.id,
                        "min_tier": q.min_tier.value,
                        "essential_from": q.essential_from.value if q.essential_from else None,
                        "conditional": q.condition is not None,
                    }
                    for q in e.questions
                ],
            }
            for e in pack.elements
        ],
    }


def run_show(args: argparse.Namespace) -> int:
    pack = _load(args.path, args.pack_version)
    if args.json:
        print_json(pack_summary(pack))
        return EXIT_OK
    print(f"{pack.title}\n{pack.id} {pack.version}  hash {pack.hash}\n")
    print("Risk factors:")
    for f in pack.triage.factors:
        print(f"  {f.id:4} {f.title}")
    print("\nCore Elements (questions in scope at low / moderate / high; essential at high):")
    for e in pack.elements:
        counts = [sum(q.in_scope_at(t) for q in e.questions) for t in TIERS_IN_ORDER]
        essential = sum(q.essential_at(TIERS_IN_ORDER[-1]) for q in e.questions)
        print(f"  {e.id:3} {e.title:48} {counts[0]:3} / {counts[1]:3} / {counts[2]:3}   {essential:2}")
    total = [sum(q.in_scope_at(t) for q in pack.questions()) for t in TIERS_IN_ORDER]
    print(f"  {'':3} {'All':48} {total[0]:3} / {total[1]:3} / {total[2]:3}")
    return EXIT_OK


def parse_levels(pairs: list[str]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for pair in pairs:
        fid, sep, value = pair.partition("=")
        fid = fid.strip().upper()
        if not sep or not value.strip().lstrip("-").isdigit():
            raise CliError(f"--set {pair}: expected FACTOR=LEVEL, e.g. F1=2")
        levels[fid] = int(value)
    return levels


def run_tier(args: argparse.Namespace) -> int:
    pack = _load(None, args.pack_version)
    levels = parse_levels(args.set)
    try:
        result = compute_tier(pack, levels)
    except TriageInputError as exc:
        raise CliError(f"--set: {exc}") from None
    if args.json:
        print_json(
            {
                "tier": result.tier.value,
                "total": result.total,
                "reasons": list(result.reasons),
                "unanswered": list(result.unanswered),
                "provisional": result.provisional,
                "rules": list(result.fired_rules),
                "pack_version": pack.version,
            }
        )
        return EXIT_OK
    provisional = " — provisional" if result.provisional else ""
    print(f"Tier: {result.tier.label}{provisional} (total {result.total}; form pack {pack.id} {pack.version})")
    for reason in result.reasons:
        print(f"  - {reason}")
    if result.unanswered:
        counted = "highest level" if pack.triage.unanswered == "highest" else "0"
        print(f"Unanswered (counted as {counted}): {', '.join(result.unanswered)}")
    return EXIT_OK
