"""The assessment attached to the report PDF (``assessment.g4sa``), written with reportlab's objects.

The unsigned report already carries the assessment it was made from (PRODUCT §6), so that `sign`
needs nothing else and can make the report again to check it. The file is an associated file of
the document (catalog ``/AF``, relationship ``/Data``) listed in the ``/EmbeddedFiles`` name tree,
dated with the report date so that the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

FILE_NAME = "assessment.g4sa"  # the signing layer reads it by this name
DESCRIPTION = "The self-assessment this report was made from (assessor .g4sa file, JSON)"
JSON_SUBTYPE = b"/application#2Fjson"  # a name holding '/', written raw: reportlab would not escape it


def attach_assessment(doc: Any, data: bytes, pdf_date: str) -> None:
    """Add ``data`` to reportlab's ``doc`` (a PDFDocument, before it is saved) as ``assessment.g4sa``."""
    params = PDFDictionary(
        {
            "Size": len(data),
            "CheckSum": b"<" + hashlib.md5(data, usedforsecurity=False).hexdigest().encode() + b">",
            "CreationDate": PDFString(pdf_date),
            "ModDate": PDFString(pdf_date),
        }
    )
    stream = PDFStream(
        PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": JSON_SUBTYPE, "Params": params}),
        data,
        filters=[PDFZCompress],
    )
    stream_ref = doc.Reference(stream)
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(FILE_NAME),
            "UF": PDFString(FILE_NAME),
            "Desc": PDFString(DESCRIPTION),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    spec_ref = doc.Reference(spec)
    catalog = doc.Catalog
    names = PDFArray([PDFString(FILE_NAME), spec_ref])
    catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": names})})
    # /AF is not among the catalog entries reportlab writes: list it for this catalog only
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "AF"]
    catalog.AF = PDFArray([spec_ref])
