"""What every command shares: exit codes, errors, safe output files, JSON printing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assessor.core.assessment import Assessment
    from assessor.core.validation import PackMatch

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report in one line, with its exit code (2 unless a check failed)."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def write_output(path: str | Path, data: bytes, force: bool) -> None:
    """Write a command's output file whole or not at all; refuse to overwrite without --force."""
    from assessor.core.storage import write_atomic  # not loaded when the command line only starts the app

    write_atomic(Path(path), data, overwrite=force)


def print_json(data: Any) -> None:
    import json  # only for --json output: the app's start-up does not load it

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_force(parser: Any) -> None:
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")


def checked_pack(path: str, assessment: Assessment, language: str = "en") -> PackMatch:
    """The form pack version ``assessment`` was answered against, which it must fit; else one line naming ``path``."""
    from assessor.core.validation import UnknownFormPack, pack_for, problems

    try:
        match = pack_for(assessment, language)
    except UnknownFormPack as exc:
        raise CliError(f"{path}: {exc}") from None
    found = problems(match.pack, assessment)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise CliError(f"{path}: does not fit its form pack: {found[0]}{more}; run 'assessor validate {path}'")
    return match
