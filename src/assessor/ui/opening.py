"""Turning a file the user chose into something to show: an assessment, or a signed report's assessment.

Every failure is a ``FileProblem`` with one line naming the file and what is wrong; nothing the
user had open is touched until the new file has been read in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor.core.assessment import Assessment, FormPackRef
from assessor.core.forms.installed import load_default_pack
from assessor.core.forms.models import FormPack
from assessor.core.storage import FileProblem, load_assessment, read_bytes
from assessor.core.validation import PackMatch, UnknownFormPack, carry_retired_answers, pack_for, problems

if TYPE_CHECKING:
    from assessor.core.upgrade import Changes


@dataclass
class Opened:
    pack: FormPack
    assessment: Assessment
    path: Path | None  # where saving goes; None for a signed report (read-only) or a new assessment
    read_only: bool = False
    notes: list[str] = field(default_factory=list)  # things the user should know (pack changed, answers moved)
    signed_pdf: bytes | None = None  # the signed report, when that is what was opened
    source_name: str = ""
    newer_version: str | None = None  # a newer version of the file's form pack, which it can be updated to
    pack_changes: Changes | None = None  # what moving to a newer pack changed, when that was just done
    verification: Any = None  # the signed report's Verification (always valid: see NotValidReport)


@dataclass
class NotValidReport:
    """A PDF whose signatures do not verify: nothing it carries is read, only the verdict is shown."""

    path: Path
    pdf: bytes
    verification: Any  # the signing layer's Verification, not valid

    @property
    def name(self) -> str:
        return self.path.name


def language() -> str:
    """The language questions are shown in: the app's (the file keeps no text that depends on it)."""
    from assessor.ui.i18n import current_language

    return current_language()


def new_assessment() -> Opened:
    pack = load_default_pack(language())
    ref = FormPackRef(id=pack.id, version=pack.version, hash=pack.hash)
    return Opened(pack, Assessment(form_pack=ref, language=language()), None)


def _match(path: Path, assessment: Assessment) -> PackMatch:
    """The form pack version the file was answered against, in the app's language."""
    try:
        return pack_for(assessment, language())
    except UnknownFormPack as exc:
        raise FileProblem(path, str(exc)) from None


def _with_pack(path: Path, assessment: Assessment) -> tuple[PackMatch, list[str]]:
    match = _match(path, assessment)
    notes: list[str] = []
    if not match.same_revision:
        notes.append(
            f"This file was answered against another revision of the form pack ({assessment.form_pack.version}); "
            f"it is shown with the installed one ({match.pack.version})."
        )
    notes.extend(f"Does not fit the form pack: {p}" for p in problems(match.pack, assessment))
    return match, notes


def open_file(path: Path) -> Opened | NotValidReport:
    if path.suffix.lower() == ".pdf":
        return open_signed_report(path)
    cleared: list[str] = []  # impossible dates an earlier version let in: emptied, said, not refused
    assessment = load_assessment(path, cleared=cleared)
    match, notes = _with_pack(path, assessment)
    if cleared:
        notes.append(f"Dates that do not exist were left empty, for you to enter again: {', '.join(cleared)}.")
    moved = carry_retired_answers(match.pack, assessment)
    if moved:
        notes.append(f"Answers to renamed questions were moved to their new ids: {', '.join(moved)}.")
    return Opened(match.pack, assessment, path, notes=notes, source_name=path.name, newer_version=match.newer_version)


def recovered(assessment: Assessment, path: Path | None) -> Opened:
    """Work kept by autosave, shown with the form pack version it was answered against."""
    match = _match(path or Path(assessment.title or assessment.id), assessment)
    return Opened(match.pack, assessment, path, newer_version=match.newer_version)


def updated_to_newest(opened: Opened) -> Opened:
    """The open assessment moved to the newest version of its form pack (not saved: the user decides)."""
    from assessor.core.forms.installed import find_pack
    from assessor.core.upgrade import upgrade

    if opened.newer_version is None:
        raise ValueError("the assessment already uses the newest form pack")
    newest = find_pack(opened.pack.id, language(), opened.newer_version)
    if newest is None:
        raise ValueError(f"form pack {opened.pack.id} {opened.newer_version} is not installed")
    moved, changes = upgrade(opened.assessment, opened.pack, newest)
    return Opened(newest, moved, opened.path, source_name=opened.source_name, pack_changes=changes)


def open_signed_report(path: Path) -> Opened | NotValidReport:
    """The assessment a signed report carries, for reading (never for editing in place), once its
    signatures verify (trusting the user's trust list); otherwise only the verdict, nothing it carries."""
    from assessor.signing.errors import SigningProblem  # signing is loaded only when a report is opened
    from assessor.signing.reopen import reopen_report
    from assessor.signing.trust import verify_trusted

    data = read_bytes(path)
    try:
        verification = verify_trusted(data)
        if not verification.readable:  # not a report one could check at all: say so, keep what is open
            raise FileProblem(path, verification.problems[0].removeprefix("the file "))
        if not verification.valid:
            return NotValidReport(path, data, verification)
        reopened = reopen_report(data, path.name)
    except SigningProblem as exc:  # NotAPdf included
        raise FileProblem(path, str(exc)) from None
    except RecursionError:  # objects nested deeper than the PDF reader can follow
        raise FileProblem(path, "is nested too deeply to be read as a report") from None
    match, notes = _with_pack(path, reopened.assessment)
    if reopened.matches_print is False:
        notes.append("The assessment inside this report does not match the fingerprint printed on it.")
    return Opened(match.pack, reopened.assessment, None, True, notes, data, path.name, verification=verification)


def reassessment_of(opened: Opened) -> Opened:
    """Next year's assessment, carried forward from a signed report that was opened."""
    from assessor.signing.reopen import reassessment_from_report

    if opened.signed_pdf is None:
        raise ValueError("a reassessment starts from a signed report")
    assessment = reassessment_from_report(opened.signed_pdf, opened.source_name)
    match = _match(Path(opened.source_name), assessment)
    if match.newer_version is not None:  # next year's assessment answers the newest pack, its changes listed
        fresh = updated_to_newest(Opened(match.pack, assessment, None, newer_version=match.newer_version))
        fresh.source_name = opened.source_name
        return fresh
    pack = match.pack
    assessment.form_pack = FormPackRef(id=pack.id, version=pack.version, hash=pack.hash)
    return Opened(pack, assessment, None, notes=[], source_name=opened.source_name)
