"""Where each signature sits in the file's bytes, checked on the raw bytes themselves.

pyHanko decides that a signature covers the whole file from a size equation alone (file size ==
both signed ranges + the hex /Contents); it never looks at the bytes between the two ranges, and
takes the signature's revision to be the last one that changes the signature object. An update
that redefines the signature dictionary with a padded /Contents satisfies both (review 2, finding
1). So for every signature this module checks, on the bytes:

- /ByteRange is four non-negative integers ``[0 len1 start2 len2]``, the ranges do not overlap
  and stay inside the file;
- the gap between them is exactly ``<hex>`` (nothing else, no whitespace), and the hex decodes to
  the /Contents the signature dictionary holds;
- the signed bytes end with a revision's ``startxref``/``%%EOF``, every revision up to it lies
  inside the signed bytes and every later one after them;
- the signature dictionary is introduced in that revision and never redefined afterwards.

The revision found here, not pyHanko's ``signed_revision``, is the one the signature covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

_GAP = re.compile(rb"<([0-9A-Fa-f]*)>")
_TAIL = re.compile(rb"startxref[\r\n ]+(\d{1,15})[\r\n ]+%%EOF[\r\n]{0,2}\Z")
TAIL_WINDOW = 64  # "startxref", the offset, "%%EOF" and line ends fit in far fewer bytes


@dataclass
class Placement:
    """A signature's place in the file: its signed ranges and the revision they end with."""

    byte_range: tuple[int, int, int, int] | None = None
    revision: int | None = None  # index in pyHanko's xrefs (0 = the original file)
    problems: list[str] = dataclass_field(default_factory=list)

    @property
    def end(self) -> int | None:
        return None if self.byte_range is None else self.byte_range[2] + self.byte_range[3]

    @property
    def sound(self) -> bool:
        return not self.problems and self.revision is not None


def _byte_range(sig_object: Any, size: int, out: Placement) -> tuple[int, int, int, int] | None:
    try:
        raw = sig_object.raw_get("/ByteRange")
    except KeyError:
        out.problems.append("the signature has no /ByteRange")
        return None
    items = list(raw) if isinstance(raw, list) else []
    if len(items) != 4 or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        out.problems.append("the /ByteRange is not four whole numbers")
        return None
    start1, len1, start2, len2 = (int(v) for v in items)
    if start1 != 0 or min(len1, start2, len2) < 0:
        out.problems.append("the signed ranges do not start at the beginning of the file")
        return None
    if start2 <= len1:
        out.problems.append("the signed ranges overlap or leave no room for the signature")
        return None
    if start2 + len2 > size:
        out.problems.append("the signed ranges reach past the end of the file")
        return None
    return start1, len1, start2, len2


def _contents_in_gap(pdf: bytes, sig_object: Any, byte_range: tuple[int, int, int, int], out: Placement) -> None:
    from pyhanko.pdf_utils import generic

    _, len1, start2, _ = byte_range
    gap = _GAP.fullmatch(pdf, len1, start2)
    if gap is None or len(gap.group(1)) % 2:
        out.problems.append("the bytes between the signed ranges are not the signature's hex /Contents")
        return
    try:
        contents = sig_object.raw_get("/Contents", decrypt=generic.EncryptedObjAccess.RAW)
    except KeyError:
        out.problems.append("the signature has no /Contents")
        return
    if not isinstance(contents, generic.ByteStringObject | generic.TextStringObject):
        out.problems.append("the signature's /Contents is not a string")
        return
    if bytes.fromhex(gap.group(1).decode("ascii")) != contents.original_bytes:
        out.problems.append(
            "the signature dictionary's /Contents is not the one between the signed ranges "
            "(the signature dictionary was replaced)"
        )


def _revision_ending_at(reader: Any, pdf: bytes, end: int, out: Placement) -> int | None:
    xrefs = reader.xrefs
    tail = _TAIL.search(pdf, max(0, end - TAIL_WINDOW), end)
    if tail is None:
        out.problems.append("the signed bytes do not end with the end of a revision (startxref, %%EOF)")
        return None
    startxref = int(tail.group(1))
    found = [r for r in range(xrefs.total_revisions) if xrefs.get_startxref_for_revision(r) == startxref]
    if len(found) != 1:
        out.problems.append("the signed bytes do not end with one of the file's revisions")
        return None
    revision = found[0]
    for r in range(xrefs.total_revisions):
        meta = xrefs.get_xref_container_info(r)
        inside = meta.end_location <= end and meta.declared_startxref < end
        if (r <= revision) != inside or (r > revision and meta.start_location < end):
            out.problems.append("the file's revisions are not laid out one after the other around this signature")
            return None
    return revision


def _never_redefined(reader: Any, sig_field: Any, revision: int, out: Placement) -> None:
    from pyhanko.pdf_utils import generic

    value = sig_field.raw_get("/V")
    if not isinstance(value, generic.IndirectObject):
        out.problems.append("the signature dictionary is not an object of its own")
        return
    ref = value.reference
    xrefs = reader.xrefs
    try:
        introduced, last = xrefs.get_introducing_revision(ref), xrefs.get_last_change(ref)
    except KeyError:
        out.problems.append("the signature dictionary is not in the file's cross-reference tables")
        return
    if introduced != revision:
        out.problems.append("the signature dictionary was not written in the revision the signature covers")
    elif last != revision:
        out.problems.append("the signature dictionary was redefined after it was signed")


def place(reader: Any, pdf: bytes, sig_field: Any, sig_object: Any) -> Placement:
    """Check one signature's place in ``pdf`` (the bytes ``reader`` reads). Problems are in words."""
    out = Placement()
    byte_range = _byte_range(sig_object, len(pdf), out)
    if byte_range is None:
        return out
    out.byte_range = byte_range
    _contents_in_gap(pdf, sig_object, byte_range, out)
    end = byte_range[2] + byte_range[3]
    revision = _revision_ending_at(reader, pdf, end, out)
    if revision is None:
        return out
    _never_redefined(reader, sig_field, revision, out)
    out.revision = revision
    return out


def order_problems(placements: list[Placement], size: int) -> list[str]:
    """Problems with the signatures taken together: one revision each, in order, the last one ending the file."""
    problems: list[str] = []
    revisions = [p.revision for p in placements if p.revision is not None]
    if len(set(revisions)) != len(revisions):
        problems.append("two signatures claim the same revision of the document")
    if revisions != sorted(revisions):
        problems.append("the signatures are not in the order of the revisions they cover")
    ends = [p.end for p in placements if p.end is not None]
    if ends and max(ends) != size:
        problems.append(
            f"{size - max(ends)} byte(s) follow the last signature (the file was extended after it was signed)"
        )
    return problems
