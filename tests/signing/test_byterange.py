"""The raw placement of each signature (signing/byterange.py) on genuine reports and small changes."""

from __future__ import annotations

from assessor.signing import byterange
from assessor.signing import pdf as pdfdoc
from assessor.signing.verify import verify_pdf
from tests.signing.attacks.fixtures import read


def _placements(pdf: bytes) -> list[byterange.Placement]:
    reader = pdfdoc.open_reader(pdf)
    return [byterange.place(reader, pdf, e.sig_field, e.sig_object) for e in reader.embedded_signatures]


def test_genuine_signatures_are_placed_in_their_own_revisions() -> None:
    signed, countersigned = read("signed.pdf"), read("countersigned.pdf")
    assert [(p.revision, p.end, p.problems) for p in _placements(signed)] == [(1, len(signed), [])]
    first, second = _placements(countersigned)
    assert (first.revision, first.end, second.revision, second.end) == (1, len(signed), 2, len(countersigned))
    assert first.sound and second.sound
    assert byterange.order_problems([first, second], len(countersigned)) == []


def test_one_byte_after_the_last_signature_is_not_valid() -> None:
    result = verify_pdf(read("signed.pdf") + b"\n")
    assert not result.valid
    assert "1 byte(s) follow the last signature (the file was extended after it was signed)" in result.problems


def test_the_revisions_out_of_order_are_named() -> None:
    a = byterange.Placement((0, 10, 20, 5), revision=2)
    b = byterange.Placement((0, 10, 20, 10), revision=1)
    problems = byterange.order_problems([a, b], 40)
    assert "the signatures are not in the order of the revisions they cover" in problems
    assert problems[-1].startswith("10 byte(s) follow the last signature")


def test_damaged_copies_never_raise_and_never_verify_silently() -> None:
    """Random byte changes and cuts of a signed report: a verdict with its reasons, never an exception."""
    import random

    from assessor.signing.errors import NotAPdf, SigningProblem
    from assessor.signing.verify import read_signed_report

    genuine = read("countersigned.pdf")
    rng = random.Random(11)
    for _ in range(25):
        data = bytearray(genuine)
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randint(1, 3)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            result = verify_pdf(bytes(data))
        except NotAPdf:
            continue
        assert result.valid or result.problems
        if not result.valid:
            try:
                read_signed_report(bytes(data))
                raise AssertionError("an assessment was read from a report that does not verify")
            except SigningProblem:
                pass
