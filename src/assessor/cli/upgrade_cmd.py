"""``assessor upgrade``: move an assessment file to the newest version of its form pack."""

from __future__ import annotations

import argparse
from typing import Any

from assessor.cli.common import EXIT_OK, CliError, add_force, checked_pack, print_json, write_output


def register(commands: Any) -> None:
    up = commands.add_parser(
        "upgrade",
        help="move an assessment file to the newest form pack, listing what changed",
        description="Write a copy of FILE answered against the newest installed version of its form pack. "
        "Answers are carried forward (questions merged into one keep the lower answer and every note); "
        "risk factors whose levels changed meaning are set back to unanswered, "
        "so the tier is provisional until you answer them again. FILE itself is not changed.",
    )
    up.add_argument("file", help="a .g4sa assessment file")
    up.add_argument("-o", "--output", required=True, help="the upgraded .g4sa file to write")
    up.add_argument("--json", action="store_true", help="print the changes as JSON for scripts")
    add_force(up)
    up.set_defaults(run=run_upgrade)


def run_upgrade(args: argparse.Namespace) -> int:
    from assessor.core.assessment import file_bytes
    from assessor.core.forms.installed import find_pack
    from assessor.core.scoring import triage_of
    from assessor.core.storage import load_assessment
    from assessor.core.upgrade import UpgradeError, upgrade

    assessment = load_assessment(args.file)
    match = checked_pack(args.file, assessment)
    if match.newer_version is None:
        raise CliError(
            f"{args.file}: already answered against form pack {match.pack.id} {match.pack.version}, "
            "the newest installed; nothing to upgrade"
        )
    newest = find_pack(match.pack.id, version=match.newer_version)
    assert newest is not None  # newer_version names an installed version
    try:
        moved, changes = upgrade(assessment, match.pack, newest)
    except UpgradeError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    write_output(args.output, file_bytes(moved), args.force)
    result = triage_of(newest, moved)
    if args.json:
        print_json(
            {
                "output": str(args.output),
                "from_version": changes.from_version,
                "to_version": changes.to_version,
                "factors_reset": [fid for fid, _ in changes.factors_reset],
                "factors_removed": list(changes.factors_removed),
                "questions_new": list(changes.questions_new),
                "questions_changed": list(changes.questions_changed),
                "questions_retired": list(changes.questions_retired),
                "answers_moved": dict(changes.answers_moved),
                "questions_merged": {new: list(olds) for new, olds in changes.questions_merged},
                "targets": [
                    {
                        "tier": t.tier.value,
                        "before": t.before,
                        "after": t.after,
                        "before_essential": t.before_essential,
                        "after_essential": t.after_essential,
                    }
                    for t in changes.targets
                ],
                "tier": result.tier.value,
                "provisional": result.provisional,
                "unanswered": list(result.unanswered),
            }
        )
        return EXIT_OK
    print(f"{args.output}: written, answered against form pack {newest.id} {newest.version}")
    for line in changes.lines(newest):
        print(f"  {line}")
    state = f"provisional until {', '.join(result.unanswered)} are answered" if result.provisional else "final"
    print(f"  tier: {result.tier.label} ({state})")
    return EXIT_OK
