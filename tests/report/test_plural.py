"""Counted words take their plural by the language's rule: "1 gap", "2 gaps"; "0 écart", "2 écarts"."""

from __future__ import annotations

import pytest

from assessor.report.catalog import EN, Catalog
from assessor.report.catalog_fr import FR
from assessor.report.plural import PluralFormatter, has_plural


@pytest.mark.parametrize(
    ("language", "count", "word"),
    [
        ("en", 0, "gaps"),
        ("en", 1, "gap"),
        ("en", 2, "gaps"),
        ("fr", 0, "écart"),
        ("fr", 1, "écart"),
        ("fr", 2, "écarts"),
    ],
)
def test_the_language_rule_chooses_the_form(language: str, count: int, word: str) -> None:
    template = "{n} {n:gap|gaps}" if language == "en" else "{n} {n:écart|écarts}"
    assert PluralFormatter(language).format(template, n=count) == f"{count} {word}"


def test_other_format_specs_still_work_and_text_counts_as_plural() -> None:
    f = PluralFormatter("en")
    assert f.format("{x:.1f} {n:item|items}", x=2.345, n="several") == "2.3 items"
    assert has_plural("{n:a|b}") and not has_plural("{n:.1f} {m}")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_report_sentences_agree_with_their_count(language: str) -> None:
    t = Catalog(language)
    one, two = t("draft.mark", n=1), t("draft.mark", n=2)
    assert "1 question " in one and "2 questions " in two
    assert t("size.bytes", n=1).endswith(("byte", "octet")) and t("size.bytes", n=2).endswith(("bytes", "octets"))
    if language == "en":
        facts = t("element.facts", in_scope=1, answered=1, na=0, gaps=1, critical=1)
        assert facts.startswith("1 question in scope") and "· 1 gap (1 critical)" in facts
        assert t("changes.unchanged", count=1) == "1 answer is unchanged."
        assert t("attest.draft", n=1).endswith("1 question in scope is unanswered.")


def test_every_counted_english_phrase_has_its_singular() -> None:
    """No English template prints a count before a plural noun without choosing the form."""
    import re

    for key, text in EN.items():
        if f"{key}.one" in EN or key.endswith(".one") or key in ("formula.questions", "formula.elements"):
            continue  # the singular has its own template (formula.question, formula.element for the formulas)
        for name, noun in re.findall(r"\{(n|count|gaps|in_scope)\} ([a-z]+s)\b", text):
            assert noun in ("is", "has"), (key, name, noun)
    assert set(FR) == set(EN)
