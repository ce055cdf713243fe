"""Records: plain data declared by annotations and checked when made (the assessment, the form pack).

Our own small layer, in place of a general validation library: it checks what our files hold (types,
lengths, patterns, bounds, whole-record rules), reports every problem with its place, turns records back
into plain data and writes the JSON Schema of the assessment file. Importing it costs a few milliseconds.
"""

from assessor.core.records.errors import ErrorDetail, ValidationError
from assessor.core.records.fields import Check, FieldInfo, field
from assessor.core.records.record import Record

__all__ = ["Check", "ErrorDetail", "FieldInfo", "Record", "ValidationError", "field"]
