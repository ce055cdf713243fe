"""``assessor report``: the PDF (and optionally the HTML) report of an assessment file."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

from assessor.cli.common import EXIT_OK, CliError, add_force, checked_pack, write_output
from assessor.core.assessment import Assessment, fingerprint, report_id
from assessor.core.forms.installed import newer_version_of
from assessor.core.forms.models import FormPack
from assessor.core.report_date import report_date_problem
from assessor.core.scoring import score
from assessor.core.storage import OutputExists, load_assessment
from assessor.core.verdict import headline, verdict_of

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LANGUAGES = ("en", "fr")


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="write the PDF report of an assessment, in English or French (and optionally a single-file HTML version)",
        description="Write the report of an assessment file. The same file, date and language always give the "
        "same PDF. With --language fr the whole report is in French: its headings and explanations, and the "
        "questions, Core Elements and tiers as the form pack words them in French.",
    )
    report.add_argument("file", help="a .g4sa assessment file")
    report.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    report.add_argument("--html", metavar="OUT.html", help="also write the report as one HTML file")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    report.add_argument("--date", metavar="YYYY-MM-DD", help="the report date (default: today)")
    report.add_argument("--previous", metavar="OLD.g4sa", help="the previous assessment, to list what changed")
    report.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the report: en (English) or fr (French) (default: en)",
    )
    report.add_argument(
        "--summary",
        action="store_true",
        help="the board pack: the cover, the board summary and the attestation page only (the same report id "
        "and fingerprint; it can be signed like the full report, which stays the document of record)",
    )
    add_force(report)
    report.set_defaults(run=run_report)


def parse_date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        if not DATE.match(text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--date {text}: not a date; write it as YYYY-MM-DD, e.g. 2025-03-14") from None


def _checked(path: str, assessment: Assessment, language: str = "en") -> FormPack:
    return checked_pack(path, assessment, language).pack


def run_report(args: argparse.Namespace) -> int:
    date = parse_date(args.date)
    out = Path(args.output)
    html_out = Path(args.html) if args.html else None
    if html_out is not None and html_out.resolve() == out.resolve():
        raise CliError(f"{out}: the PDF and the HTML cannot be written to the same file")
    for target in (out, html_out):
        if target is not None and not args.force and target.exists():
            raise OutputExists(target)
    assessment = load_assessment(args.file)
    pack = _checked(args.file, assessment, args.language)
    too_early = report_date_problem(assessment, date)
    if too_early:
        raise CliError(f"{args.file}: {too_early}")
    previous = None
    if args.previous:
        previous = load_assessment(args.previous)
        if previous.form_pack.id != assessment.form_pack.id:
            raise CliError(
                f"{args.previous}: answers a different form pack ({previous.form_pack.id}, not "
                f"{assessment.form_pack.id}); it cannot be compared"
            )
        try:
            _checked(args.previous, previous)
        except CliError as exc:
            raise CliError(exc.message) from None

    from assessor.report.pdf_fonts import UnprintableText
    from assessor.report.render import render_html, render_pdf

    card = score(pack, assessment)  # once, for the PDF, the HTML and the verdict line
    try:
        pdf = render_pdf(
            pack, assessment, paper=args.paper, date=date, previous=previous, card=card, summary=args.summary
        )
    except UnprintableText as exc:
        raise CliError(f"{args.file}: {exc}") from None
    html = (
        render_html(pack, assessment, paper=args.paper, date=date, previous=previous, card=card) if html_out else None
    )
    write_output(out, pdf, args.force)
    if html_out is not None and html is not None:
        write_output(html_out, html.encode("utf-8"), args.force)
    fp = fingerprint(assessment)
    print(f"{out}: report {report_id(fp, date.isoformat())} ({args.paper}, {len(pdf) // 1024} KiB)")
    if html_out is not None:
        print(f"{html_out}: the same report as one HTML file")
    print(f"  fingerprint {fp}")
    if (newer := newer_version_of(pack)) is not None:
        print(f"  note: answered against form pack {pack.id} {pack.version}; {newer} is newer ('assessor upgrade')")
    verdict = verdict_of(card)
    print(f"  verdict: {headline(verdict, pack.tier_spec(verdict.tier).title)}")
    if verdict.is_draft:
        print(f"  a draft: every page says {verdict.unanswered} questions are unanswered")
    return EXIT_OK
