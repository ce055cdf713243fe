"""Types turned into validators: functions that take raw data (as JSON or YAML gives it) and return the
typed value, or record what is wrong and return `BAD`.

The types a record may use: str, int, float, bool, None, a StrEnum, Literal[...], X | None (and other
unions, tried in order), list[X], tuple[X, ...], dict[K, V] (K str or int), another Record, and
``Annotated[X, field(...), Check(...)]``. Numbers are not read from strings and booleans are not numbers:
a file says what it means. Lists and tuples accept either (JSON has only lists); a tuple field gives a tuple.
"""

from __future__ import annotations

import enum
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union

from assessor.core.records.errors import ErrorDetail, Loc
from assessor.core.records.fields import Check, FieldInfo

BAD: Any = object()
"""What a validator returns when the value does not fit (its problems are in the error list)."""

Errors = list[ErrorDetail]
Validator = Callable[[Any, Loc, Errors], Any]

NO_LIMITS = FieldInfo()


def _fail(errs: Errors, loc: Loc, kind: str, msg: str) -> Any:
    errs.append(ErrorDetail(loc=loc, msg=msg, type=kind))
    return BAD


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def compile_type(tp: Any, info: FieldInfo = NO_LIMITS) -> Validator:
    """The validator of values of type ``tp`` under the limits ``info``."""
    if typing.get_origin(tp) is Annotated:
        base, *meta = typing.get_args(tp)
        checks = [m.function for m in meta if isinstance(m, Check)]
        for m in meta:
            if isinstance(m, FieldInfo):
                info = m.merged(info)  # the field's own limits win over the alias's
        inner = compile_type(base, info)
        return _with_checks(inner, checks) if checks else inner
    limited = _limits(info)
    plain = _plain(tp, info)
    if limited is None:
        return plain

    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        out = plain(value, loc, errs)
        return out if out is BAD else limited(out, loc, errs)

    return check


def _with_checks(inner: Validator, checks: list[Callable[[Any], Any]]) -> Validator:
    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        out = inner(value, loc, errs)
        if out is BAD:
            return BAD
        for function in checks:
            try:
                out = function(out)
            except ValueError as exc:
                return _fail(errs, loc, "check", str(exc))
        return out

    return check


def _limits(info: FieldInfo) -> Validator | None:
    """The checks of ``info``'s lengths, pattern and bounds, or None when it sets none."""
    lo, hi, pattern = info.min_length, info.max_length, info.pattern
    ge, le, gt = info.ge, info.le, info.gt
    if lo is None and hi is None and pattern is None and ge is None and le is None and gt is None:
        return None
    regex = re.compile(pattern) if pattern is not None else None

    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if isinstance(value, str | list | tuple | dict):
            unit = "characters" if isinstance(value, str) else "items"
            kind = "String" if isinstance(value, str) else "List" if isinstance(value, list | tuple) else "Object"
            if lo is not None and len(value) < lo:
                return _fail(errs, loc, "too_short", f"{kind} should have at least {lo} {unit}, not {len(value)}")
            if hi is not None and len(value) > hi:
                return _fail(errs, loc, "too_long", f"{kind} should have at most {hi} {unit}, not {len(value)}")
        if regex is not None and isinstance(value, str) and not regex.search(value):
            return _fail(errs, loc, "pattern", f"String should match the pattern {pattern!r}")
        if isinstance(value, int | float):
            if ge is not None and value < ge:
                return _fail(errs, loc, "range", f"Number should be at least {_num(ge)}, not {value}")
            if le is not None and value > le:
                return _fail(errs, loc, "range", f"Number should be at most {_num(le)}, not {value}")
            if gt is not None and value <= gt:
                return _fail(errs, loc, "range", f"Number should be greater than {_num(gt)}, not {value}")
        return value

    return check


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _plain(tp: Any, info: FieldInfo) -> Validator:
    """The validator of ``tp`` itself (its limits are checked after)."""
    from assessor.core.records.record import Record

    if tp is str:
        return _string
    if tp is bool:
        return _scalar(bool, "a boolean (true or false)")
    if tp is int:
        return _integer
    if tp is float:
        return _number
    if tp is None or tp is type(None):
        return _none
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.__record_validator__
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal:
        return _literal(args)
    if origin is Union or origin is types.UnionType:
        return _union([compile_type(a) for a in args])
    if origin is list:
        return _sequence(compile_type(args[0]), list)
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"records use tuple[X, ...], not {tp}")
        return _sequence(compile_type(args[0]), tuple)
    if origin is dict:
        return _mapping(_key(args[0]), compile_type(args[1]))
    raise TypeError(f"a record field cannot be of type {tp!r}")


def _scalar(kind: type, words: str) -> Validator:
    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if type(value) is kind:
            return value
        return _fail(errs, loc, "type", f"Input should be {words}, not {_shown(value)}")

    return check


def _string(value: Any, loc: Loc, errs: Errors) -> Any:
    if not isinstance(value, str):
        return _fail(errs, loc, "type", f"Input should be a string, not {_shown(value)}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (JSON can write one as an escape): not text, cannot be saved
            return _fail(errs, loc, "type", "Input should be text: it holds a lone surrogate (\\ud800-\\udfff)")
    return value


def _integer(value: Any, loc: Loc, errs: Errors) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return _fail(errs, loc, "type", f"Input should be a whole number, not {_shown(value)}")


def _number(value: Any, loc: Loc, errs: Errors) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)  # NaN would pass every bound; infinity is no weight
    return _fail(errs, loc, "type", f"Input should be a number, not {_shown(value)}")


def _none(value: Any, loc: Loc, errs: Errors) -> Any:
    return None if value is None else _fail(errs, loc, "type", f"Input should be null, not {_shown(value)}")


def _enum(cls: type[enum.Enum]) -> Validator:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if isinstance(value, cls):
            return value
        member = by_value.get(value) if isinstance(value, str | int) and not isinstance(value, bool) else None
        return member if member is not None else _fail(errs, loc, "enum", f"Input should be one of {allowed}")

    return check


def _literal(options: tuple[Any, ...]) -> Validator:
    allowed = ", ".join(repr(v) for v in options)

    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if any(value == o and type(value) is type(o) for o in options):
            return value
        return _fail(errs, loc, "enum", f"Input should be one of {allowed}")

    return check


def _union(members: list[Validator]) -> Validator:
    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        first: Errors = []
        for member in members:
            tried: Errors = []
            out = member(value, loc, tried)
            if out is not BAD:
                return out
            if not first or (value is not None and len(tried) < len(first)):
                first = tried
        errs.extend(first)
        return BAD

    if len(members) == 2:  # X | None, the common case: no trial of X for null
        some, none = members
        if none is _none:

            def optional(value: Any, loc: Loc, errs: Errors) -> Any:
                return None if value is None else some(value, loc, errs)

            return optional
    return check


def _sequence(item: Validator, kind: type) -> Validator:
    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if not isinstance(value, list | tuple):
            return _fail(errs, loc, "type", f"Input should be a list, not {_shown(value)}")
        out = [item(v, (*loc, i), errs) for i, v in enumerate(value)]
        if any(v is BAD for v in out):
            return BAD
        return out if kind is list else tuple(out)

    return check


def _key(tp: Any) -> Validator:
    if tp is int:

        def int_key(value: Any, loc: Loc, errs: Errors) -> Any:
            if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,9}", value):
                return int(value)  # JSON writes every key as a string
            return _integer(value, loc, errs)

        return int_key
    return compile_type(tp)


def _mapping(key: Validator, item: Validator) -> Validator:
    def check(value: Any, loc: Loc, errs: Errors) -> Any:
        if not isinstance(value, dict):
            return _fail(errs, loc, "type", f"Input should be an object, not {_shown(value)}")
        out = {}
        bad = False
        for k, v in value.items():
            kk = key(k, (*loc, k), errs)
            vv = item(v, (*loc, kk if kk is not BAD else k), errs)
            bad = bad or kk is BAD or vv is BAD
            if not bad:
                out[kk] = vv
        return BAD if bad else out

    return check
