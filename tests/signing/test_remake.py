"""Only what assessor made is signed: the report is made again from what it carries, and compared."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Assessment, fingerprint
from assessor.core.demo import make_demo
from assessor.core.storage import loads_assessment, save_assessment
from assessor.core.tiers import Tier
from assessor.core.validation import pack_for
from assessor.report import recipe
from assessor.report.render import render_pdf
from assessor.signing import pdf as pdfdoc
from assessor.signing import remake
from assessor.signing.errors import SigningProblem
from assessor.signing.identity import open_identity
from assessor.signing.sign import sign_pdf_with
from assessor.signing.verify import verify_pdf
from tests.signing.reports import SigningIdentity, attach_with_pyhanko, make_report

NOT_OURS = "this PDF is not exactly the report assessor makes from its assessment; make the report again"


@pytest.fixture(scope="session")
def small() -> Assessment:
    return make_demo(Tier.LOW)


@pytest.fixture(scope="session")
def small_report(small: Assessment) -> bytes:
    return make_report(small, date="2026-02-01")


@pytest.fixture(scope="session")
def opened(assessor_id: SigningIdentity):  # type: ignore[no-untyped-def]
    return open_identity(assessor_id.path, assessor_id.passphrase)


def _updated(pdf: bytes, change: Callable[..., None]) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_unsigned_report_carries_its_assessment_and_how_it_was_made(small: Assessment, small_report: bytes) -> None:
    view = pdfdoc.latest(pdfdoc.open_reader(small_report))
    assert list(pdfdoc.embedded_files(view)) == [pdfdoc.ASSESSMENT_FILE_NAME]
    carried = pdfdoc.embedded_assessment_bytes(view)
    assert carried is not None and loads_assessment(carried) == small
    made = recipe.parse(pdfdoc.keywords(view))
    assert made is not None
    assert (made.paper, made.language, made.date, made.previous) == ("a4", "en", "2026-02-01", None)
    assert made.pack.startswith("ga4gh-framework@")
    assert pdfdoc.printed_ids(view).fingerprint == fingerprint(small)  # the report id and fingerprint stay


@pytest.mark.parametrize(("paper", "language"), [("a4", "en"), ("letter", "en"), ("a4", "fr"), ("letter", "fr")])
def test_a_fresh_report_is_signed_in_either_paper_and_language(
    small: Assessment, opened: object, paper: str, language: str
) -> None:
    report = make_report(small, paper=paper, language=language, date="2026-02-01")  # type: ignore[arg-type]
    signed = sign_pdf_with(report, opened)  # type: ignore[arg-type]
    result = verify_pdf(signed)
    assert result.valid and result.fingerprint_match, result.problems
    assert signed.startswith(report)  # signing appends; the report itself is unchanged


def test_a_summary_print_is_signed_as_made_and_is_not_taken_for_the_full_report(
    small: Assessment, opened: object
) -> None:
    pack = pack_for(small, "en").pack
    board_pack = render_pdf(pack, small, date=dt.date(2026, 2, 1), summary=True)
    result = verify_pdf(sign_pdf_with(board_pack, opened))  # type: ignore[arg-type]
    assert result.valid and result.fingerprint_match, result.problems
    relabelled = board_pack.replace(b"made-with:part=summary", b" " * len(b"made-with:part=summary"))
    made = recipe.parse(pdfdoc.keywords(pdfdoc.latest(pdfdoc.open_reader(relabelled))))
    assert made is not None and not made.summary
    with pytest.raises(SigningProblem, match=NOT_OURS):  # a summary passed off as the full report
        sign_pdf_with(relabelled, opened)  # type: ignore[arg-type]


def test_a_report_made_with_previous_needs_that_file_to_be_signed(small: Assessment, opened: object) -> None:
    before = small.model_copy(deep=True)
    before.answers.pop(next(iter(before.answers)))
    pack = pack_for(small).pack
    report = render_pdf(pack, small, date=dt.date(2026, 2, 1), previous=before)
    assert recipe.parse(pdfdoc.keywords(pdfdoc.latest(pdfdoc.open_reader(report)))).previous == fingerprint(before)  # type: ignore[union-attr]
    with pytest.raises(SigningProblem, match="give that file with --previous"):
        sign_pdf_with(report, opened)  # type: ignore[arg-type]
    with pytest.raises(SigningProblem, match="is not the one this report was made with"):
        sign_pdf_with(report, opened, previous=small)  # type: ignore[arg-type]
    assert verify_pdf(sign_pdf_with(report, opened, previous=before)).valid  # type: ignore[arg-type]
    with pytest.raises(SigningProblem, match="without --previous"):
        sign_pdf_with(make_report(small, date="2026-02-01"), opened, previous=before)  # type: ignore[arg-type]


def _overlay(writer: object) -> None:
    """Page 1 gets a second content stream printing another result."""
    from pyhanko.pdf_utils import generic

    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (100 %) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))  # type: ignore[attr-defined]


def _annotation(writer: object) -> None:
    from pyhanko.pdf_utils import generic

    page = writer.find_page_for_modification(0)[0].get_object()  # type: ignore[attr-defined]
    note = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (50, 50, 80, 80)]),
            generic.pdf_name("/Contents"): generic.TextStringObject("Exemplary"),
        }
    )
    page["/Annots"] = generic.ArrayObject([writer.add_object(note)])  # type: ignore[attr-defined]
    writer.update_container(page)  # type: ignore[attr-defined]


def _second_attachment(writer: object) -> None:
    other = make_demo(Tier.HIGH)
    attach_with_pyhanko(writer, other)


TAMPERINGS: dict[str, Callable[[bytes], bytes]] = {
    "a byte of the title changed": lambda pdf: pdf.replace(b"Self-assessment report", b"Self-assessment rep0rt", 1),
    "bytes appended": lambda pdf: pdf + b"\n% a comment\n",
    "page 1 overdrawn": lambda pdf: _updated(pdf, _overlay),
    "an annotation added": lambda pdf: _updated(pdf, _annotation),
    "a second assessment attached": lambda pdf: _updated(pdf, _second_attachment),
    "another file attached": lambda pdf: _updated(pdf, lambda w: attach_with_pyhanko(w, b"%PDF-1.7 x", "notes.pdf")),
}


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_a_changed_report_is_refused(small_report: bytes, opened: object, how: str) -> None:
    changed = TAMPERINGS[how](small_report)
    assert changed != small_report
    with pytest.raises(SigningProblem) as caught:
        sign_pdf_with(changed, opened)  # type: ignore[arg-type]
    assert caught.value.message.startswith(NOT_OURS)


def test_one_changed_byte_of_page_content_is_refused(small_report: bytes, opened: object) -> None:
    import re
    import zlib

    for match in re.finditer(rb"stream\n", small_report):
        start = match.end()
        end = small_report.index(b"endstream", start)
        try:
            if b" Tj" in zlib.decompress(small_report[start:end]):
                break  # a page's content stream
        except zlib.error:
            continue
    else:
        pytest.fail("no page content stream found")
    at = (start + end) // 2
    changed = small_report[:at] + bytes([small_report[at] ^ 0x01]) + small_report[at + 1 :]
    with pytest.raises(SigningProblem, match="not exactly the report"):
        sign_pdf_with(changed, opened)  # type: ignore[arg-type]


def test_a_report_from_another_assessor_version_is_refused(
    small_report: bytes, opened: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remake, "__version__", "9.9.9")
    with pytest.raises(SigningProblem, match=r"made by assessor 0\.\d+\.\d+.*, this is assessor 9\.9\.9"):
        sign_pdf_with(small_report, opened)  # type: ignore[arg-type]


def test_sign_command_refuses_a_changed_report_with_exit_2(
    small_report: bytes,
    small: Assessment,
    assessor_id: SigningIdentity,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PASS", assessor_id.passphrase.decode())
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(TAMPERINGS["an annotation added"](small_report))
    out = tmp_path / "signed.pdf"
    args = ["sign", str(changed), "--identity", str(assessor_id.path), "--passphrase-env", "PASS", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"assessor: {changed}: {NOT_OURS}") and err.count("\n") == 1
    assert not out.exists()

    # made again with --previous, it is signed with the same --previous
    before = small.model_copy(deep=True)
    before.title = "Last year"
    save_assessment(small, tmp_path / "now.g4sa", backup=False)
    save_assessment(before, tmp_path / "before.g4sa", backup=False)
    report = tmp_path / "report.pdf"
    made = ["report", str(tmp_path / "now.g4sa"), "-o", str(report), "--previous", str(tmp_path / "before.g4sa")]
    assert main([*made, "--date", "2026-10-01", "--language", "fr", "--paper", "letter"]) == 0
    args[1] = str(report)
    assert main(args) == 2 and "--previous" in capsys.readouterr().err
    assert main([*args, "--previous", str(tmp_path / "before.g4sa")]) == 0, capsys.readouterr().err
    assert verify_pdf(out.read_bytes()).valid
