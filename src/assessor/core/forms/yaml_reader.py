"""Reading a form pack's YAML with bounds: what a questionnaire never needs is refused, with its place.

- Plain data only (``yaml.SafeLoader``: no Python objects).
- At most `MAX_NESTING` lists and mappings inside one another (a file nested 100 000 deep would
  exhaust Python's stack).
- An alias (``*name``) may repeat a single value, not a list or mapping: repeated collections are how
  a small file expands into billions of entries ("billion laughs").
- A mapping names each key once (YAML readers differ on which of two values counts).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from assessor.core.limits import MAX_NESTING, clip


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that a form pack may not contain; ``problem`` says why, ``problem_mark`` where."""


class _BoundedLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            target = self.anchors.get(event.anchor)
            if target is not None and not isinstance(target, ScalarNode):
                raise Refused(
                    problem=f"the alias *{clip(event.anchor)} repeats a list or mapping; "
                    "a form pack may repeat only single values: write the content out",
                    problem_mark=event.start_mark,
                )
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise Refused(
                    problem=f"lists and mappings are nested more than {MAX_NESTING} levels deep",
                    problem_mark=event.start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if isinstance(key_node, ScalarNode):
                key = self.construct_object(key_node)
                if key in seen:
                    raise Refused(problem=f"the key {clip(key)} is given twice", problem_mark=key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep)


def load_yaml(text: str) -> Any:
    """The data in one YAML document; `yaml.YAMLError` (`Refused` included) when it cannot be used."""
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
