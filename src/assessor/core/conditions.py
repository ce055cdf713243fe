"""Conditions written as data in a form pack: on triage factors, on the total, on other answers.

One small language serves both the tier rules (``{factor: F3, at_least: 2}``, ``{total_at_least: 10}``)
and follow-up questions (``{question: PR-04, at_least: 1}``), combined with ``all``, ``any`` and ``not``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as data_field

from assessor.core.records import Record, field
from assessor.core.triage_words import ENGLISH_TRIAGE, TriageWords


class Condition(Record, frozen=True):
    """Exactly one kind of test: a factor, a question, the triage total, or a combination."""

    factor: str | None = None
    question: str | None = None
    at_least: int | None = None
    at_most: int | None = None
    total_at_least: int | None = None
    total_at_most: int | None = None
    all_of: tuple[Condition, ...] | None = field(default=None, alias="all")
    any_of: tuple[Condition, ...] | None = field(default=None, alias="any")
    not_: Condition | None = field(default=None, alias="not")

    def _check_whole(self) -> None:
        kinds = [
            name
            for name, value in (
                ("factor", self.factor),
                ("question", self.question),
                ("total_at_least", self.total_at_least),
                ("total_at_most", self.total_at_most),
                ("all", self.all_of),
                ("any", self.any_of),
                ("not", self.not_),
            )
            if value is not None
        ]
        if len(kinds) != 1:
            raise ValueError(
                "a condition needs exactly one of factor, question, total_at_least, total_at_most, all, any, "
                f"not (found {', '.join(kinds) or 'none'})"
            )
        if (self.factor or self.question) and self.at_least is None and self.at_most is None:
            raise ValueError(f"condition on {self.factor or self.question} needs at_least or at_most")
        if not (self.factor or self.question) and (self.at_least is not None or self.at_most is not None):
            raise ValueError("at_least and at_most go with factor or question")
        if (self.all_of is not None and not self.all_of) or (self.any_of is not None and not self.any_of):
            raise ValueError("all and any need at least one condition")

    # -- reading --------------------------------------------------------------------------------------------

    def walk(self) -> Iterator[Condition]:
        """This condition and every condition inside it."""
        yield self
        for child in (*(self.all_of or ()), *(self.any_of or ()), *((self.not_,) if self.not_ else ())):
            yield from child.walk()

    def factors(self) -> set[str]:
        return {c.factor for c in self.walk() if c.factor}

    def questions(self) -> set[str]:
        return {c.question for c in self.walk() if c.question}

    def evaluate(self, ctx: ConditionContext) -> bool:
        if self.factor is not None:
            return _in_range(ctx.factor_levels.get(self.factor, 0), self.at_least, self.at_most)
        if self.question is not None:
            level = ctx.answer_levels.get(self.question)
            return level is not None and _in_range(level, self.at_least, self.at_most)
        if self.total_at_least is not None:
            return ctx.total >= self.total_at_least
        if self.total_at_most is not None:
            return ctx.total <= self.total_at_most
        if self.all_of is not None:
            return all(c.evaluate(ctx) for c in self.all_of)
        if self.any_of is not None:
            return any(c.evaluate(ctx) for c in self.any_of)
        assert self.not_ is not None
        return not self.not_.evaluate(ctx)

    def uses_total(self) -> bool:
        return any(c.total_at_least is not None or c.total_at_most is not None for c in self.walk())

    def compiled(self) -> Callable[[Mapping[str, int], int], bool]:
        """The same test as ``evaluate`` on factor levels and the total, as one fast function (for checking a
        tier rule over every possible profile). A condition on a question never holds here."""
        if self.factor is not None:
            fid, low, high = self.factor, self.at_least, self.at_most
            if high is None and low is not None:
                return lambda levels, total: levels.get(fid, 0) >= low
            return lambda levels, total: _in_range(levels.get(fid, 0), low, high)
        if self.question is not None:
            return lambda levels, total: False
        if self.total_at_least is not None:
            at_least = self.total_at_least
            return lambda levels, total: total >= at_least
        if self.total_at_most is not None:
            at_most = self.total_at_most
            return lambda levels, total: total <= at_most
        if self.all_of is not None:
            return _chain([c.compiled() for c in self.all_of], every=True)
        if self.any_of is not None:
            return _chain([c.compiled() for c in self.any_of], every=False)
        assert self.not_ is not None
        inner = self.not_.compiled()
        return lambda levels, total: not inner(levels, total)

    def describe(self, name_of: Callable[[str], str] = str, words: TriageWords = ENGLISH_TRIAGE) -> str:
        """Plain words, e.g. 'F1 Identifiability at most 1'. ``name_of`` turns an id into a label; ``words``
        gives the phrases (English by default)."""
        if self.factor is not None or self.question is not None:
            return _range_words(name_of(self.factor or self.question or ""), self.at_least, self.at_most, words)
        if self.total_at_least is not None:
            return words.total_at_least.format(n=self.total_at_least)
        if self.total_at_most is not None:
            return words.total_at_most.format(n=self.total_at_most)
        if self.all_of is not None:
            return words.all_joiner.join(c.describe(name_of, words) for c in self.all_of)
        if self.any_of is not None:
            return words.any_of.format(
                conditions=words.any_joiner.join(c.describe(name_of, words) for c in self.any_of)
            )
        assert self.not_ is not None
        return words.negation.format(condition=self.not_.describe(name_of, words))


Test = Callable[[Mapping[str, int], int], bool]


def _chain(parts: list[Test], every: bool) -> Test:
    """``all`` (every=True) or ``any`` of the parts, short-circuiting, without a generator per call."""
    first = parts[0]
    if len(parts) == 1:
        return first
    rest = _chain(parts[1:], every)
    if every:
        return lambda levels, total: first(levels, total) and rest(levels, total)
    return lambda levels, total: first(levels, total) or rest(levels, total)


def _in_range(value: int, low: int | None, high: int | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def _range_words(subject: str, low: int | None, high: int | None, words: TriageWords) -> str:
    if low is not None and high is not None:
        if low == high:
            return words.equal.format(subject=subject, n=low)
        return words.between.format(subject=subject, low=low, high=high)
    if low is not None:
        return words.at_least.format(subject=subject, n=low)
    return words.at_most.format(subject=subject, n=high)


@dataclass(frozen=True)
class ConditionContext:
    """What a condition can look at. Unset factors count as 0; unanswered or N/A questions match nothing.

    ``factor_total`` is the triage total when the pack gives some levels other points than their score;
    by default the total is the sum of the levels."""

    factor_levels: Mapping[str, int] = data_field(default_factory=dict)
    answer_levels: Mapping[str, int | None] = data_field(default_factory=dict)
    factor_total: int | None = None

    @property
    def total(self) -> int:
        return sum(self.factor_levels.values()) if self.factor_total is None else self.factor_total
