"""The command line: the same engine as the app, one module per group of commands.

``assessor`` alone starts the app; ``assessor FILE`` starts it with FILE open. Every other
command is a subcommand registered by a module listed in ``COMMAND_MODULES``. Errors a user can
cause print one line on stderr (no traceback unless ``--debug``) and exit 2; a check that fails
exits 1.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assessor import __version__
from assessor.cli.common import EXIT_USAGE, CliError
from assessor.core.limits import one_line

if TYPE_CHECKING:
    import argparse  # loaded by build_parser: starting the app alone does not need it

COMMAND_MODULES = (
    "assessor.cli.forms_cmd",
    "assessor.cli.assessment_cmd",
    "assessor.cli.upgrade_cmd",
    "assessor.cli.report_cmd",
    "assessor.cli.signing_cmd",
    "assessor.cli.trust_cmd",
)
# The module that registers each command: a command named on the command line loads only its own module
# (a test checks this against what the modules register; a command missing here still works, through
# the whole parser).
COMMANDS = {
    "forms": "assessor.cli.forms_cmd",
    "tier": "assessor.cli.forms_cmd",
    "demo": "assessor.cli.assessment_cmd",
    "validate": "assessor.cli.assessment_cmd",
    "upgrade": "assessor.cli.upgrade_cmd",
    "report": "assessor.cli.report_cmd",
    "countersign": "assessor.cli.signing_cmd",
    "extract": "assessor.cli.signing_cmd",
    "identity": "assessor.cli.signing_cmd",
    "sign": "assessor.cli.signing_cmd",
    "verify": "assessor.cli.signing_cmd",
    "trust": "assessor.cli.trust_cmd",
}


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser of the commands ``modules`` register (by default every command)."""
    import argparse
    import importlib

    parser = argparse.ArgumentParser(
        prog="assessor",
        description="Self-assessment against the GA4GH Framework for Responsible Sharing of Genomic and "
        "Health-Related Data. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"assessor {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    parser.add_argument("--self-test", action="store_true", help="run the offline end-to-end self-test")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(commands)
    return parser


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


APP_FILE_SUFFIXES = (".g4sa", ".pdf")


def _starts_app(args_in: list[str]) -> bool:
    """``assessor`` alone or with one assessment or report: start the app without loading every command."""
    if not args_in:
        return True
    arg = args_in[0]
    return len(args_in) == 1 and not arg.startswith("-") and arg.lower().endswith(APP_FILE_SUFFIXES)


def _names_a_file(args_in: list[str]) -> bool:
    """``assessor FILE`` with a file of another name (it opens in the app, which says what it is)."""
    from pathlib import Path

    return len(args_in) == 1 and Path(args_in[0]).is_file()


def _unknown_command(word: str, known: set[str]) -> str:
    """A mistyped command: which one was meant, and the list (instead of starting the app)."""
    import difflib

    close = difflib.get_close_matches(word, sorted(known), n=1)
    meant = f" (did you mean '{close[0]}'?)" if close else ""
    return (
        f"unknown command '{word}'{meant}; the commands are: {', '.join(sorted(known))} "
        "(assessor COMMAND --help for one)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_in
    if _starts_app(args_in):
        from assessor.cli.app_cmd import run_app

        try:
            return run_app(args_in[0] if args_in else None)
        except CliError as exc:
            print(f"assessor: {one_line(exc.message)}", file=sys.stderr)
            return exc.code
    whole_process = argv is None  # not called from a test or another program, which keep running after
    if whole_process:
        gc.disable()  # no collection while the command's modules load; what they made is kept out of later ones
    from assessor.core.storage import FileProblem

    first = args_in[0] if args_in else ""
    parser = build_parser((COMMANDS[first],) if first in COMMANDS else COMMAND_MODULES)
    if whole_process:
        gc.freeze()
        gc.enable()
    try:
        known = _known_commands(parser)
        if args_in and not args_in[0].startswith("-") and args_in[0] not in known:
            if not _names_a_file(args_in):
                raise CliError(_unknown_command(args_in[0], known))
            from assessor.cli.app_cmd import run_app

            return run_app(args_in[0])
        args = parser.parse_args(args_in)
        if args.self_test:
            from assessor.cli.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from assessor.cli.app_cmd import run_app

            return run_app(None)
        code: int = args.run(args)
        return code
    except CliError as exc:
        if debug:
            raise
        print(f"assessor: {one_line(exc.message)}", file=sys.stderr)
        return exc.code
    except FileProblem as exc:
        if debug:
            raise
        print(f"assessor: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("assessor: interrupted; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
