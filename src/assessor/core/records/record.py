"""`Record`: a class of plain data declared by its annotations, checked when it is made from data.

    class Person(Record):
        name: str = field(default="", max_length=300)

    Person.model_validate({"name": "Ada"})   # from JSON or YAML data: every problem in one ValidationError
    Person(name="Ada")                       # from code: the same checks
    person.model_dump(mode="json")           # back to plain data (enums as their values, tuples as lists)

A record refuses keys it does not declare. ``class X(Record, frozen=True)`` cannot be changed once made
(and can be hashed); any other record checks each value assigned to a field, and its whole-record check
(``_check_whole``) again. A record given where a record is expected is taken as it is, not copied.
Field types are read from the annotations when the class is first used (so a record may refer to itself).
"""

from __future__ import annotations

import copy
import enum
import typing
from typing import Any, Literal, Self, dataclass_transform

from assessor.core.records.errors import ErrorDetail, Loc, ValidationError
from assessor.core.records.fields import MISSING, FieldInfo, field
from assessor.core.records.validators import BAD, Errors, Validator, compile_type

_IMMUTABLE = (str, int, float, bool, type(None), tuple, frozenset, enum.Enum)


class FieldSpec:
    """A declared field, its type read: ``key`` is what data calls it (its alias, else its name)."""

    __slots__ = ("info", "key", "name", "type", "validate")

    def __init__(self, name: str, type_: Any, info: FieldInfo, validate: Validator) -> None:
        self.name = name
        self.type = type_
        self.info = info
        self.validate = validate
        self.key = info.alias or name

    def default(self) -> Any:
        info = self.info
        if info.default_factory is not None:
            return info.default_factory()
        value = info.default
        if isinstance(value, _IMMUTABLE) or (isinstance(value, Record) and type(value).__record_frozen__):
            return value
        return copy.deepcopy(value)  # a list, a dict or a changeable record: each record gets its own


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
class RecordMeta(type):
    __record_frozen__: bool
    __record_declared__: dict[str, FieldInfo]
    __record_specs__: tuple[FieldSpec, ...] | None
    __record_by_name__: dict[str, FieldSpec]
    __record_by_key__: dict[str, FieldSpec]
    __record_plan__: tuple[tuple[str, str, Validator, FieldSpec], ...]  # name, key, validator: read per record made

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], *, frozen: bool = False
    ) -> RecordMeta:
        declared: dict[str, FieldInfo] = {}
        for attr, annotation in namespace.get("__annotations__", {}).items():
            if attr.startswith("_") or str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = namespace.pop(attr, MISSING)
            declared[attr] = value if isinstance(value, FieldInfo) else FieldInfo(default=value)
        if frozen:
            namespace.setdefault("__hash__", _frozen_hash)
        cls = super().__new__(mcls, name, bases, namespace)
        cls.__record_frozen__ = frozen
        cls.__record_declared__ = declared
        cls.__record_specs__ = None
        return cls


def _frozen_hash(self: Record) -> int:
    return hash((type(self), *self.__dict__.values()))


class Record(metaclass=RecordMeta):
    """The base of every record (see the module's notes)."""

    def __init__(self, **data: Any) -> None:
        cls = type(self)
        errs: Errors = []
        values = cls._values(data, (), errs)
        if not errs:
            self.__dict__.update(values)
            _whole(self, (), errs)
        if errs:
            raise ValidationError(cls.__name__, errs)

    # -- the declaration, read once -------------------------------------------------------------------------

    @classmethod
    def record_fields(cls) -> tuple[FieldSpec, ...]:
        """The fields in the order they are declared (their types are read on the first call)."""
        specs = cls.__record_specs__
        if specs is None:
            hints = typing.get_type_hints(cls, include_extras=True)
            specs = tuple(
                FieldSpec(name, hints[name], info, compile_type(hints[name], info))
                for name, info in cls.__record_declared__.items()
            )
            cls.__record_by_name__ = {s.name: s for s in specs}
            cls.__record_by_key__ = {**cls.__record_by_name__, **{s.key: s for s in specs}}
            cls.__record_plan__ = tuple((s.name, s.key, s.validate, s) for s in specs)
            cls.__record_specs__ = specs
        return specs

    @classmethod
    def _values(cls, data: dict[str, Any], loc: Loc, errs: Errors) -> dict[str, Any]:
        """The fields' values from ``data`` (keys by alias or name), defaults for those it leaves out."""
        cls.record_fields()
        by_key = cls.__record_by_key__
        for key in data:
            if key not in by_key:
                errs.append(
                    ErrorDetail(loc=(*loc, key), msg="unknown key, not allowed here (check its spelling)", type="extra")
                )
        out: dict[str, Any] = {}
        for name, key, validate, spec in cls.__record_plan__:
            if key in data:
                raw = data[key]
                if key != name and name in data:
                    errs.append(ErrorDetail(loc=(*loc, name), msg=f"given twice, also as {key}", type="extra"))
            elif name in data:
                raw = data[name]
            elif spec.info.has_default():
                out[name] = spec.default()
                continue
            else:
                errs.append(ErrorDetail(loc=(*loc, key), msg="Field required", type="missing"))
                continue
            value = validate(raw, (*loc, key), errs)
            if value is not BAD:
                out[name] = value
        return out

    @classmethod
    def __record_validator__(cls, value: Any, loc: Loc, errs: Errors) -> Any:
        """The validator of a field of this record's type: a record as it is, or one made from an object."""
        if isinstance(value, cls):
            return value
        if not isinstance(value, dict):
            shown = type(value).__name__ if value is not None else "null"
            errs.append(
                ErrorDetail(loc=loc, msg=f"Input should be an object ({cls.__name__}), not {shown}", type="type")
            )
            return BAD
        before = len(errs)
        values = cls._values(value, loc, errs)
        if len(errs) > before:
            return BAD
        record = cls.__new__(cls)
        record.__dict__.update(values)
        return record if _whole(record, loc, errs) else BAD

    # -- what a record offers ------------------------------------------------------------------------------

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """The record ``data`` describes (a dict, as JSON or YAML gives it), or ValidationError listing
        every problem found."""
        errs: Errors = []
        record = cls.__record_validator__(data, (), errs)
        if errs or record is BAD:
            raise ValidationError(cls.__name__, errs)
        return typing.cast(Self, record)

    def model_dump(self, *, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        """The fields as plain data; ``mode="json"`` gives only what JSON holds (enum values, lists, string keys)."""
        return typing.cast(dict[str, Any], _dump(self, mode == "json"))

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (``deep``: sharing nothing with this one) with ``update``'s fields set, unchecked as given."""
        new = copy.deepcopy(self) if deep else copy.copy(self)
        if update:
            new.__dict__.update(update)
        return new

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of this record's data, the records it holds under ``$defs``."""
        from assessor.core.records.json_schema import schema_of

        return schema_of(cls)

    def _check_whole(self) -> None:
        """A check of the whole record once its fields hold; raise ValueError with words for the user."""

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        cls.record_fields()
        spec = cls.__record_by_name__.get(name)
        if spec is None:
            raise AttributeError(f"{cls.__name__} has no field {name!r}")
        if cls.__record_frozen__:
            raise AttributeError(f"{cls.__name__} cannot be changed once made (field {name!r})")
        errs: Errors = []
        checked = spec.validate(value, (name,), errs)
        if errs:
            raise ValidationError(cls.__name__, errs)
        old = self.__dict__[name]
        self.__dict__[name] = checked
        if not _whole(self, (), errs):
            self.__dict__[name] = old
            raise ValidationError(cls.__name__, errs)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


def _whole(record: Record, loc: Loc, errs: Errors) -> bool:
    try:
        record._check_whole()
    except ValueError as exc:
        errs.append(ErrorDetail(loc=loc, msg=str(exc), type="check"))
        return False
    return True


def _dump(value: Any, json: bool) -> Any:
    if isinstance(value, Record):
        return {k: _dump(v, json) for k, v in value.__dict__.items()}
    if isinstance(value, enum.Enum):
        return value.value if json else value
    if isinstance(value, list):
        return [_dump(v, json) for v in value]
    if isinstance(value, tuple):
        return [_dump(v, json) for v in value] if json else tuple(_dump(v, json) for v in value)
    if isinstance(value, dict):
        return {(str(k) if json and not isinstance(k, str) else k): _dump(v, json) for k, v in value.items()}
    return value
