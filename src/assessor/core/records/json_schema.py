"""The JSON Schema (draft 2020-12) of a record's data, written from the same declaration that checks it.

Each record and enum it holds is defined once under ``$defs`` and referred to by ``$ref``; a field shows
its title (its name in words), its default, its description and its limits; null is allowed where the
type is ``X | None``. Keys are sorted when the schema is written, so the order here does not matter.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from typing import Annotated, Any, Literal, Union

from assessor.core.records.fields import MISSING, FieldInfo
from assessor.core.records.record import FieldSpec, Record, _dump

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def schema_of(cls: type[Record]) -> dict[str, Any]:
    defs: dict[str, dict[str, Any]] = {}
    top = _object(cls, defs)
    return {"$defs": dict(sorted(defs.items())), **top} if defs else top


def _object(cls: type[Record], defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    schema: dict[str, Any] = {"additionalProperties": False}
    if cls.__doc__ and "__doc__" in cls.__dict__:
        schema["description"] = inspect.cleandoc(cls.__doc__)
    schema["properties"] = {spec.key: _property(spec, defs) for spec in cls.record_fields()}
    required = [spec.key for spec in cls.record_fields() if not spec.info.has_default()]
    if required:
        schema["required"] = required
    schema.update(title=cls.__name__, type="object")
    return schema


def _property(spec: FieldSpec, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    schema = _type(spec.type, spec.info, defs)
    refers = "$ref" in schema or any("$ref" in member for member in schema.get("anyOf", ()))
    if not refers:
        schema["title"] = spec.name.replace("_", " ").title()
    if spec.info.default is not MISSING and spec.info.default_factory is None:
        schema["default"] = _dump(spec.info.default, True)
    return schema


def _type(tp: Any, info: FieldInfo, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if typing.get_origin(tp) is Annotated:
        base, *meta = typing.get_args(tp)
        for m in meta:
            if isinstance(m, FieldInfo):
                info = m.merged(info)
        return _type(base, info, defs)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    schema: dict[str, Any]
    if origin is Union or origin is types.UnionType:
        return {"anyOf": [_type(a, info, defs) if a is not type(None) else {"type": "null"} for a in args]}
    if tp is None or tp is type(None):
        return {"type": "null"}
    if isinstance(tp, type) and issubclass(tp, Record):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # taken before its fields are read: a record may hold itself
            defs[tp.__name__] = _object(tp, defs)
        schema = {"$ref": f"#/$defs/{tp.__name__}"}
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        if tp.__name__ not in defs:
            entry: dict[str, Any] = {}
            if tp.__doc__ and "__doc__" in tp.__dict__:
                entry["description"] = inspect.cleandoc(tp.__doc__)
            entry.update(enum=[m.value for m in tp], title=tp.__name__, type="string")
            defs[tp.__name__] = entry
        schema = {"$ref": f"#/$defs/{tp.__name__}"}
    elif origin is Literal:
        schema = {"enum": list(args)}
    elif origin in (list, tuple):
        schema = {"items": _type(args[0], FieldInfo(), defs), "type": "array"}
    elif origin is dict:
        schema = {"additionalProperties": _type(args[1], FieldInfo(), defs), "type": "object"}
        names = {k: v for k, v in _type(args[0], FieldInfo(), defs).items() if k != "type"}
        if names:
            schema["propertyNames"] = names
    elif tp in _SCALARS:
        schema = {"type": _SCALARS[tp]}
    else:
        raise TypeError(f"no JSON Schema for {tp!r}")
    return _limited(schema, info)


def _limited(schema: dict[str, Any], info: FieldInfo) -> dict[str, Any]:
    kind = schema.get("type")
    lengths = {
        "string": ("minLength", "maxLength"),
        "array": ("minItems", "maxItems"),
        "object": ("minProperties", "maxProperties"),
    }
    if kind in lengths:
        low, high = lengths[kind]
        if info.min_length is not None:
            schema[low] = info.min_length
        if info.max_length is not None:
            schema[high] = info.max_length
    if info.pattern is not None:
        schema["pattern"] = info.pattern
    for limit, key in ((info.ge, "minimum"), (info.le, "maximum"), (info.gt, "exclusiveMinimum")):
        if limit is not None:
            schema[key] = int(limit) if float(limit).is_integer() else limit
    if info.description is not None:
        schema["description"] = info.description
    if info.json_schema_extra:
        schema.update(info.json_schema_extra)
    return schema
