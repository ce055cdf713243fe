"""The report profile: a signed revision holds what an assessor report holds, and nothing else.

Checked on a revision view (pyHanko's historical resolver), object by object, so that nothing
hides in an object no page refers to:

- no JavaScript, Launch, URI, SubmitForm or other actions; no /OpenAction, no additional actions
  (/AA) anywhere; no optional content (/OCProperties, /OCG, /OC);
- annotations: only the widgets of assessor's two signature fields and /Link annotations that go
  to a place inside the document;
- exactly one embedded file, in the EmbeddedFiles name tree, named exactly ``assessment.g4sa``;
- and, in `printed_problems`, the report id and fingerprint printed on every page (read from the
  page text, `page_text`) equal the embedded assessment's and the document's metadata.
"""

from __future__ import annotations

import re
from typing import Any

from assessor.report import attestation
from assessor.signing import pdf as pdfdoc

MAX_OBJECTS = 50_000  # a 62-page report holds about 1 000; bounds the work on a hostile file
ASSESSOR_FIELDS = frozenset({attestation.SIGNATURE_FIELD})  # the revision the assessor signs
SIGNATURE_FIELDS = frozenset({attestation.SIGNATURE_FIELD, attestation.COUNTERSIGNATURE_FIELD})
_ACTIONS_ALLOWED = {"/GoTo"}
_ACTIONS = {  # every action type of ISO 32000-2 but GoTo; no other dictionary uses these names for /S
    "/GoToR", "/GoToE", "/GoToDp", "/Launch", "/Thread", "/URI", "/Sound", "/Movie", "/Hide", "/Named",
    "/SubmitForm", "/ResetForm", "/ImportData", "/JavaScript", "/SetOCGState", "/Rendition", "/Trans",
    "/GoTo3DView", "/RichMediaExecute",
}  # fmt: skip
_FORBIDDEN_TYPES = {"/OCG": "optional content (a layer)", "/OCMD": "optional content (a layer)"}
_FORBIDDEN_KEYS = {
    "/OpenAction": "an action run when the document opens",
    "/AA": "additional actions (run on events)",
    "/OCProperties": "optional content (layers)",
    "/OC": "optional content (a layer)",
    "/JS": "JavaScript",
    "/JavaScript": "JavaScript",
    "/XFA": "an XFA form",
}


def _name(value: Any) -> str | None:
    return None if value is None else str(value)


def _refs_of(reader: Any, revision: int) -> list[Any]:
    """Every object reference alive in ``revision``."""
    xrefs = reader.xrefs
    alive: dict[int, Any] = {}
    for r in range(revision + 1):
        for ref in xrefs.explicit_refs_in_revision(r):
            alive[ref.idnum] = ref
        for ref in xrefs.refs_freed_in_revision(r):
            alive.pop(ref.idnum, None)
    return list(alive.values())


def _field_name(annot: Any) -> str | None:
    node, depth = annot, 0
    parts: list[str] = []
    while node is not None and depth < 8:
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return ".".join(reversed(parts)) if parts else None


def _field_type(annot: Any) -> str | None:
    node, depth = annot, 0
    while node is not None and depth < 8:
        if "/FT" in node:
            return _name(node["/FT"])
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _annotation_problem(annot: Any, fields: frozenset[str]) -> str | None:
    subtype = _name(annot.get("/Subtype"))
    if subtype == "/Widget":
        name = _field_name(annot)
        if _field_type(annot) != "/Sig" or name not in fields:
            return f"a form field assessor does not make ({name or 'unnamed'})"
        return None
    if subtype == "/Link":
        action = annot.get("/A")
        if action is not None and _name(action.get_object().get("/S")) not in _ACTIONS_ALLOWED:
            return "a link that leaves the document"
        return None
    return f"an annotation assessor does not make ({subtype or 'no subtype'})"


def _object_problems(obj: Any, files: list[Any], specs: list[Any], fields: frozenset[str]) -> set[str]:
    from pyhanko.pdf_utils import generic

    found: set[str] = set()
    if not isinstance(obj, generic.DictionaryObject):
        return found
    for key, what in _FORBIDDEN_KEYS.items():
        if key in obj:
            found.add(what)
    kind = _name(obj.get("/Type"))
    if kind in _FORBIDDEN_TYPES:
        found.add(_FORBIDDEN_TYPES[kind])
    action = _name(obj.get("/S"))
    if action in _ACTIONS:
        found.add(f"an action ({action.lstrip('/')})")
    if kind == "/EmbeddedFile":
        files.append(obj)
    if "/EF" in obj:
        specs.append(obj)
    if kind == "/Annot" or ("/Subtype" in obj and "/Rect" in obj):
        problem = _annotation_problem(obj, fields)
        if problem:
            found.add(problem)
    return found


def _attachment_problems(view: Any, files: list[Any], specs: list[Any]) -> list[str]:
    problems: list[str] = []
    names = pdfdoc.embedded_files(view)
    if len(files) != 1 or len(specs) != 1 or len(names) != 1:
        count = max(len(files), len(specs), len(names))
        problems.append(
            f"{count} embedded files; an assessor report carries exactly one ({pdfdoc.ASSESSMENT_FILE_NAME})"
        )
        return problems
    (name,) = names
    spec = specs[0]
    spec_names = {str(spec[k]) for k in ("/F", "/UF") if k in spec}
    if name != pdfdoc.ASSESSMENT_FILE_NAME or spec_names - {pdfdoc.ASSESSMENT_FILE_NAME}:
        problems.append(f"the embedded file is not named exactly {pdfdoc.ASSESSMENT_FILE_NAME}")
    return problems


def structure_problems(reader: Any, revision: int, fields: frozenset[str] = SIGNATURE_FIELDS) -> list[str]:
    """What the revision holds that an assessor report does not (empty when it fits the profile).

    ``fields``: the signature fields that may exist in it (the assessor's revision holds no
    countersignature field yet: one placed before the assessor signs could hide or reveal content).
    """
    from pyhanko.pdf_utils.misc import PdfError

    view = reader.get_historical_resolver(revision)
    refs = _refs_of(reader, revision)
    if len(refs) > MAX_OBJECTS:
        return [f"{len(refs)} objects; more than an assessor report ever holds"]
    found: set[str] = set()
    files: list[Any] = []
    specs: list[Any] = []
    unreadable = 0
    for ref in refs:
        try:
            obj = view.get_object(ref)
        except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            unreadable += 1
            continue
        try:
            found |= _object_problems(obj, files, specs, fields)
        except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            found.add("an object that cannot be read as assessor writes it")
    problems = [f"the signed document holds {what}" for what in sorted(found)]
    if unreadable:
        problems.append(f"{unreadable} object(s) of the signed document cannot be read")
    problems.extend(_attachment_problems(view, files, specs))
    return problems


def printed_problems(view: Any, fingerprint: str, report_id: str | None) -> list[str]:
    """The ids printed on every page and in the metadata against the embedded assessment's fingerprint."""
    from assessor.core.assessment import short_fingerprint
    from assessor.signing.page_text import page_texts

    problems: list[str] = []
    if not report_id or fingerprint[:8].upper() not in report_id:
        problems.append(f"the report id {report_id or '(none)'} is not the embedded assessment's")
    for key in ("/Title", "/Subject"):
        value = _info_value(view, key)
        if report_id and value is not None and report_id not in value:
            problems.append(f"the document's {key.lstrip('/')} names another report")
    xmp = xmp_keywords(view)
    if xmp is not None and (fingerprint not in xmp or (report_id or "?") not in xmp):
        problems.append("the document's XMP metadata names another report or assessment")
    try:
        texts = page_texts(view)
    except Exception as exc:  # hostile content can fail in many ways; any of them means "cannot read"
        return [*problems, f"the page text cannot be read ({type(exc).__name__})"]
    short = short_fingerprint(fingerprint)
    wrong = [i + 1 for i, text in enumerate(texts) if short not in _squash(text) or (report_id or "?") not in text]
    if not texts:
        problems.append("the document has no pages")
    elif wrong:
        pages = ", ".join(str(p) for p in wrong[:5]) + (" …" if len(wrong) > 5 else "")
        problems.append(
            f"{len(wrong)} page(s) do not print the embedded assessment's report id and fingerprint ({pages})"
        )
    return problems


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _info_value(view: Any, key: str) -> str | None:
    from pyhanko.pdf_utils import generic

    try:
        info = view.trailer_view.raw_get("/Info")
        if isinstance(info, generic.IndirectObject):
            info = view.get_object(info.reference)
        return str(info[key])
    except (KeyError, AttributeError, TypeError):
        return None


_XMP_KEYWORDS = re.compile(r"<pdf:Keywords>(.*?)</pdf:Keywords>|pdf:Keywords=\"([^\"]*)\"", re.DOTALL)


def xmp_keywords(view: Any) -> str | None:
    """The Keywords the XMP metadata of this revision states, when it states any."""
    from pyhanko.pdf_utils.misc import PdfError

    try:
        stream = view.root.get("/Metadata")
        if stream is None:
            return None
        text = stream.get_object().data[:1_000_000].decode("utf-8", "replace")
    except (PdfError, KeyError, TypeError, AttributeError, ValueError, NotImplementedError):
        return None
    found = _XMP_KEYWORDS.findall(text)
    return " ".join(a or b for a, b in found) if found else None
