"""Reading a form pack's YAML with bounds: what a questionnaire never needs is refused, with its place.

- Plain data only (``yaml.SafeLoader``'s constructor: no Python objects).
- libyaml's C parser reads the text when PyYAML was built with it (ten times faster than the
  pure-Python parser); the bounds below are checked the same way with either, since only the
  parser is swapped: nodes are still composed here, one event at a time, where depth is counted.
- At most `MAX_NESTING` lists and mappings inside one another (a file nested 100 000 deep would
  exhaust Python's stack).
- At most `MAX_VALUES` values once every alias (``*name``) is written out: aliases repeating lists
  that repeat lists are how a small file stands for billions of entries ("billion laughs").
- A mapping names each key once (YAML readers differ on which of two values counts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from assessor.core.limits import MAX_NESTING, clip

MAX_VALUES = 200_000
"""Values one file may stand for, aliases written out (the largest shipped file, a translation, has some 2 300)."""


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that a form pack may not contain; ``problem`` says why, ``problem_mark`` where."""


class _Bounds(Composer, SafeConstructor):
    """The bounds, over whichever parser comes after this class in the loader's bases."""

    if TYPE_CHECKING:  # given by the parser class

        def check_event(self, *choices: Any) -> bool: ...
        def peek_event(self) -> Any: ...
        def dispose(self) -> None: ...

    def _start_bounds(self) -> None:
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id of a node -> values it stands for

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            return super().compose_node(parent, index)  # its size was counted where it was defined
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                event = self.peek_event()
                raise Refused(
                    problem=f"lists and mappings are nested more than {MAX_NESTING} levels deep",
                    problem_mark=event.start_mark,
                )
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if node is not None:
            self._count(node)
        return node

    def _count(self, node: Node) -> None:
        """Record how many values ``node`` stands for once every alias in it is written out."""
        size = 1
        if isinstance(node, SequenceNode):
            size += sum(self._sizes.get(id(child), 1) for child in node.value)
        elif isinstance(node, MappingNode):
            size += sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1) for k, v in node.value)
        if size > MAX_VALUES:
            raise Refused(
                problem=f"holds more than {MAX_VALUES:,} values once its aliases are written out",
                problem_mark=node.start_mark,
            )
        self._sizes[id(node)] = size

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if isinstance(key_node, ScalarNode):
                key = self.construct_object(key_node)
                if key in seen:
                    raise Refused(problem=f"the key {clip(key)} is given twice", problem_mark=key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep)


class _PyLoader(_Bounds, yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, Resolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._start_bounds()


_CParser: Any
try:
    from yaml import _yaml  # libyaml, when PyYAML was built with it

    _CParser = _yaml.CParser
except ImportError:  # pragma: no cover - pure-Python PyYAML
    _CParser = None

if _CParser is not None:

    class _CLoader(_Bounds, _CParser, Resolver):  # type: ignore[misc]
        # _Bounds (a Composer) comes first: CParser also composes nodes, in C, where depth cannot be counted.
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            self._start_bounds()


def _loader(text: str, *, use_c: bool = True) -> _Bounds:
    return _CLoader(text) if use_c and _CParser is not None else _PyLoader(text)


def load_yaml(text: str, *, use_c: bool = True) -> Any:
    """The data in one YAML document; `yaml.YAMLError` (`Refused` included) when it cannot be used.

    ``use_c=False`` reads with the pure-Python parser even when libyaml is there (tests compare the two).
    """
    loader = _loader(text, use_c=use_c)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
