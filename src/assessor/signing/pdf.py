"""What a report PDF carries, read with pyHanko: paper size, Keywords, the embedded assessment.

Every reader takes a *revision* view (pyHanko's historical resolver) as well as the whole file, so
that verification reads what was signed, not what a later incremental update may claim.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from assessor.report import attestation
from assessor.signing.errors import NotAPdf

ASSESSMENT_FILE_NAME = "assessment.g4sa"
ASSESSMENT_MIME = "application/json"
MAX_NAME_TREE_DEPTH = 32


def open_reader(pdf: bytes) -> Any:
    """A pyHanko reader over the bytes; `NotAPdf` when they are not a readable PDF."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf.lstrip(b"\x00\t\n\f\r ")[:5].startswith(b"%PDF-"):
        raise NotAPdf("is not a PDF file")
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        _ = reader.root  # the catalog must be reachable
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AssertionError) as exc:
        raise NotAPdf(f"is a damaged PDF that cannot be read ({exc})") from None
    except RecursionError:
        raise NotAPdf("is a PDF nested too deeply to be read as a report") from None
    if reader.encrypted:
        raise NotAPdf("is an encrypted PDF; assessor reports are never encrypted")
    return reader


def latest(reader: Any) -> Any:
    """The view of the file's last revision."""
    return reader.get_historical_resolver(reader.total_revisions - 1)


def paper_of_last_page(handler: Any) -> attestation.Paper:
    """A4 or US Letter, from the last page's MediaBox (whichever is closer in width)."""
    page, _ = handler.find_page_for_modification(-1)
    page = page.get_object()
    box = page.get("/MediaBox")
    node = page
    while box is None and "/Parent" in node:
        node = node["/Parent"].get_object()
        box = node.get("/MediaBox")
    if box is None:
        return "a4"
    width = abs(float(box[2]) - float(box[0]))
    sizes = attestation.PAGE_SIZES
    return min(("a4", "letter"), key=lambda p: abs(sizes[p][0] - width))


def page_count(handler: Any) -> int:
    return int(handler.root["/Pages"]["/Count"])


def keywords(handler: Any) -> str:
    """The Info dictionary's /Keywords in this revision ('' when absent).

    The reference is resolved through ``handler`` itself: a historical view's trailer holds
    references that would otherwise resolve to the file's latest revision.
    """
    from pyhanko.pdf_utils import generic

    try:
        info = handler.trailer_view.raw_get("/Info")
        if isinstance(info, generic.IndirectObject):
            info = handler.get_object(info.reference)
        value = info["/Keywords"]
    except (KeyError, AttributeError, TypeError):
        return ""
    return str(value)


@dataclass(frozen=True)
class PrintedIds:
    report_id: str | None
    fingerprint: str | None


def printed_ids(handler: Any) -> PrintedIds:
    parsed = attestation.parse_keywords(keywords(handler))
    return PrintedIds(parsed.get("report_id"), parsed.get("fingerprint"))


def _name_tree_items(node: Any, depth: int = 0) -> list[tuple[str, Any]]:
    if depth > MAX_NAME_TREE_DEPTH:
        return []
    node = node.get_object()
    items: list[tuple[str, Any]] = []
    names = node.get("/Names")
    if names is not None:
        names = names.get_object()
        for i in range(0, len(names) - 1, 2):
            items.append((str(names[i]), names[i + 1]))
    for kid in node.get("/Kids", []) or []:
        items.extend(_name_tree_items(kid, depth + 1))
    return items


def embedded_files(handler: Any) -> dict[str, Any]:
    """Attached files by name (the file specification dictionaries)."""
    try:
        tree = handler.root["/Names"]["/EmbeddedFiles"]
    except (KeyError, TypeError):
        return {}
    try:
        return dict(_name_tree_items(tree))
    except (KeyError, TypeError, AttributeError, IndexError):
        return {}


def embedded_file_data(handler: Any, name: str) -> bytes | None:
    """The decoded content of the attached file ``name``, or None when there is none."""
    from pyhanko.pdf_utils.misc import PdfError

    spec = embedded_files(handler).get(name)
    if spec is None:
        return None
    try:
        ef = spec.get_object()["/EF"]
        stream = (ef.get("/UF") or ef["/F"]).get_object()
        data: bytes = stream.data
    except (KeyError, TypeError, AttributeError, PdfError, NotImplementedError, ValueError, zlib.error):
        return None  # a damaged stream (bad deflate data included) carries nothing readable
    return data


def embedded_assessment_bytes(handler: Any) -> bytes | None:
    return embedded_file_data(handler, ASSESSMENT_FILE_NAME)
