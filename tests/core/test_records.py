"""Records (core/records): what a file may hold is checked, every problem is named with its place, and what
is checked once stays so (frozen records; assignments checked like data)."""

from __future__ import annotations

import copy
from enum import StrEnum
from typing import Annotated, Literal

import pytest

from assessor.core.records import Check, Record, ValidationError, field


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def _even(value: int) -> int:
    if value % 2:
        raise ValueError(f"{value} is odd")
    return value


Even = Annotated[int, field(ge=0), Check(_even)]
Short = Annotated[str, field(max_length=5)]


class Leaf(Record):
    """A leaf."""

    name: str = field(min_length=1, max_length=10)
    size: int = field(default=0, ge=0, le=100)


class Tree(Record):
    title: Short = ""
    colour: Colour = Colour.RED
    kind: Literal["oak", "elm"] = "oak"
    ratio: float = field(default=1.0, gt=0)
    even: Even = 0
    flag: bool = False
    leaves: list[Leaf] = field(default=[], max_length=3)
    tags: tuple[str, ...] = ()
    counts: dict[Short, int] = field(default={})
    by_number: dict[int, str] = field(default_factory=dict)
    best: Leaf | None = None
    first: Leaf = Leaf(name="first")

    def _check_whole(self) -> None:
        if self.flag and not self.leaves:
            raise ValueError("a flagged tree needs a leaf")


class Node(Record, frozen=True):
    value: int = 0
    children: tuple[Node, ...] = ()
    other: Node | None = field(default=None, alias="else")


def _problems(data: object, cls: type[Record] = Tree) -> list[tuple[tuple[int | str, ...], str, str]]:
    with pytest.raises(ValidationError) as caught:
        cls.model_validate(data)
    return [(e["loc"], e["type"], e["msg"]) for e in caught.value.errors()]


def test_good_data_gives_typed_values() -> None:
    tree = Tree.model_validate(
        {
            "colour": "blue",
            "kind": "elm",
            "ratio": 2,
            "even": 4,
            "leaves": [{"name": "a", "size": 3}],
            "tags": ["x", "y"],
            "counts": {"k": 1},
            "by_number": {"1": "one", "2": "two"},
            "best": None,
        }
    )
    assert tree.colour is Colour.BLUE and tree.kind == "elm"
    assert tree.ratio == 2.0 and isinstance(tree.ratio, float)
    assert tree.leaves == [Leaf(name="a", size=3)] and tree.tags == ("x", "y")
    assert tree.by_number == {1: "one", 2: "two"}  # JSON writes keys as strings
    assert tree.first == Leaf(name="first")


def test_every_problem_is_listed_with_its_place() -> None:
    problems = _problems(
        {
            "title": "too long a title",
            "colour": "green",
            "kind": "ash",
            "ratio": 0,
            "even": 3,
            "flag": "yes",
            "leaves": [{"name": ""}, {"size": 101, "name": "b"}, {"name": "c", "colur": 1}],
            "counts": {"waytoolong": 1},
            "extra": 1,
        }
    )
    places = {(loc, kind) for loc, kind, _ in problems}
    assert places == {
        (("extra",), "extra"),
        (("title",), "too_long"),
        (("colour",), "enum"),
        (("kind",), "enum"),
        (("ratio",), "range"),
        (("even",), "check"),
        (("flag",), "type"),
        (("leaves", 0, "name"), "too_short"),
        (("leaves", 1, "size"), "range"),
        (("leaves", 2, "colur"), "extra"),
        (("counts", "waytoolong"), "too_long"),
    }
    assert ("even",) in [loc for loc, _, msg in problems if msg == "3 is odd"]


def test_a_missing_field_and_the_wrong_shape_are_named() -> None:
    assert _problems({}, Leaf) == [(("name",), "missing", "Field required")]
    assert _problems([1], Leaf)[0][1] == "type"
    assert _problems({"leaves": {"name": "a"}})[0][:2] == (("leaves",), "type")


@pytest.mark.parametrize(
    ("data", "loc"),
    [
        ({"even": True}, ("even",)),  # a boolean is not a number
        ({"even": "2"}, ("even",)),  # nor is a string of digits
        ({"ratio": "1.5"}, ("ratio",)),
        ({"ratio": float("nan")}, ("ratio",)),  # NaN would pass every bound
        ({"ratio": float("inf")}, ("ratio",)),
        ({"title": 5}, ("title",)),
        ({"tags": "abc"}, ("tags",)),  # a string is not a list of strings
        ({"by_number": {"x": "y"}}, ("by_number", "x")),
        ({"best": 3}, ("best",)),
        ({"title": "a\ud800"}, ("title",)),  # a lone surrogate is not text (it cannot be written as UTF-8)
        ({"counts": {"\udfff": 1}}, ("counts", "\udfff")),
    ],
)
def test_no_type_is_guessed(data: dict[str, object], loc: tuple[str, ...]) -> None:
    assert _problems(data)[0][0] == loc


def test_a_whole_record_check_runs_after_its_fields() -> None:
    assert _problems({"flag": True}) == [((), "check", "a flagged tree needs a leaf")]
    with pytest.raises(ValidationError, match="a flagged tree needs a leaf"):
        Tree(flag=True)


def test_the_message_names_the_first_problem_and_counts_the_rest() -> None:
    with pytest.raises(ValidationError) as caught:
        Leaf.model_validate({"name": "", "size": -1})
    assert str(caught.value) == "Leaf: name: String should have at least 1 characters, not 0 (and 1 more)"
    assert caught.value.error_count() == 2


def test_assignments_are_checked_and_a_refused_one_changes_nothing() -> None:
    tree = Tree(leaves=[Leaf(name="a")])
    tree.title = "short"
    with pytest.raises(ValidationError):
        tree.title = "far too long"
    assert tree.title == "short"
    tree.flag = True
    with pytest.raises(ValidationError, match="needs a leaf"):
        tree.leaves = []
    assert tree.leaves == [Leaf(name="a")]  # put back: the record still holds
    with pytest.raises(AttributeError):
        tree.no_such_field = 1  # type: ignore[attr-defined]


def test_a_frozen_record_cannot_change_and_can_be_hashed() -> None:
    node = Node(value=1)
    with pytest.raises(AttributeError):
        node.value = 2  # type: ignore[misc]
    assert hash(node) == hash(Node(value=1)) and {node, Node(value=1)} == {node}


def test_defaults_are_never_shared_between_records() -> None:
    one, two = Tree(), Tree()
    one.leaves.append(Leaf(name="x"))
    one.counts["a"] = 1
    one.first.size = 5
    assert two.leaves == [] and two.counts == {} and two.first.size == 0


def test_a_record_may_hold_itself_and_take_a_key_by_its_alias_or_name() -> None:
    data = {"value": 1, "children": [{"value": 2, "else": {"value": 3}}], "other": {"value": 4}}
    node = Node.model_validate(data)
    assert node.children[0].other == Node(value=3) and node.other == Node(value=4)
    assert _problems({"children": [{"children": [{"value": "x"}]}]}, Node)[0][0] == (
        "children",
        0,
        "children",
        0,
        "value",
    )
    assert _problems({"else": {}, "other": {}}, Node)[0][1] == "extra"  # the same field twice


def test_a_record_given_where_one_is_expected_is_kept_as_it_is() -> None:
    leaf = Leaf(name="kept")
    assert Tree(best=leaf).best is leaf


def test_dump_gives_plain_data_back() -> None:
    tree = Tree(colour=Colour.BLUE, tags=("a",), by_number={1: "one"}, leaves=[Leaf(name="l")])
    as_json = tree.model_dump(mode="json")
    assert as_json["colour"] == "blue" and as_json["tags"] == ["a"] and as_json["by_number"] == {"1": "one"}
    assert as_json["leaves"] == [{"name": "l", "size": 0}] and list(as_json)[:3] == ["title", "colour", "kind"]
    assert Tree.model_validate(as_json) == tree
    as_python = tree.model_dump()
    assert as_python["colour"] is Colour.BLUE and as_python["tags"] == ("a",) and as_python["by_number"] == {1: "one"}


def test_copies_shallow_deep_and_updated() -> None:
    tree = Tree(leaves=[Leaf(name="a")])
    shallow, deep = tree.model_copy(), tree.model_copy(deep=True)
    assert shallow == tree == deep and shallow.leaves is tree.leaves and deep.leaves is not tree.leaves
    assert tree.model_copy(update={"title": "new"}).title == "new" and tree.title == ""
    assert copy.deepcopy(Node(value=1, children=(Node(),))) == Node(value=1, children=(Node(),))


def test_the_json_schema_describes_the_same_rules() -> None:
    schema = Tree.model_json_schema()
    props = schema["properties"]
    assert schema["additionalProperties"] is False and schema["title"] == "Tree" and "required" not in schema
    assert props["title"] == {"default": "", "maxLength": 5, "title": "Title", "type": "string"}
    assert props["colour"] == {"$ref": "#/$defs/Colour", "default": "red"}
    assert props["best"] == {"anyOf": [{"$ref": "#/$defs/Leaf"}, {"type": "null"}], "default": None}
    assert props["counts"]["propertyNames"] == {"maxLength": 5}
    assert props["leaves"]["maxItems"] == 3 and props["ratio"]["exclusiveMinimum"] == 0
    assert schema["$defs"]["Leaf"]["required"] == ["name"] and schema["$defs"]["Leaf"]["description"] == "A leaf."
    node = Node.model_json_schema()
    assert node["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"} and "else" in node["properties"]
