"""Form pack 2.0.0 (forms/ga4gh-framework/2.0.0), the newest shipped: complete, faithful, proportionate.

Checked the way test_pack_content.py checks the shipped pack, plus what issue #13 asks of 2.0.0: anchors that
name their document, French anchors from the official edition or labelled as translations, the triage v2 rule
of PRODUCT §3, basic obligations in scope wherever they apply, and every 1.0.0 answer carried to a 2.0.0
question (the upgrade itself is tested in test_upgrade_to_2_0_0.py).
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from assessor.core.assessment import Answer
from assessor.core.conditions import ConditionContext
from assessor.core.forms.installed import find_pack, load_default_pack
from assessor.core.forms.models import FormPack, Question
from assessor.core.tiers import Tier
from assessor.core.triage import compute_tier
from assessor.core.upgrade import upgrade
from assessor.resources import pack_version_dirs
from tests.helpers.factories import blank_assessment
from tests.helpers.sources import SOURCES, normalise, quote_found

DIR = pack_version_dirs("ga4gh-framework")["2.0.0"]


def _pack(version: str, language: str = "en") -> FormPack:
    pack = find_pack("ga4gh-framework", language, version)
    assert pack is not None
    return pack


def read_yaml(relative: str) -> Any:
    return yaml.safe_load((DIR / relative).read_text(encoding="utf-8"))


PACK = _pack("2.0.0")
OLD = _pack("1.0.0")
IDS_FILE = Path(__file__).resolve().parents[1] / "data" / "question-ids.txt"
DOCUMENTS = {
    "framework": "Framework",
    "privacy-security-policy": "Data Privacy and Security Policy",
    "consent-policy": "Consent Policy",
    "accountability-policy": "Accountability Policy",
}
DOCUMENTS_FR = {
    "framework": "Cadre",
    "privacy-security-policy": "Politique sur la protection de la vie privée et la sécurité des données",
    "consent-policy": "Politique sur le consentement",
    "accountability-policy": "Politique sur la responsabilité",
}


def levels(**factors: int) -> dict[str, int]:
    profile = {f"F{i}": 0 for i in range(1, 13)}
    profile.update({k: v for k, v in factors.items()})
    return profile


def in_scope(q: Question, profile: dict[str, int]) -> bool:
    """In scope at the profile's tier, with answer-dependent follow-ups counted as in scope."""
    tier = compute_tier(PACK, profile).tier
    if not q.in_scope_at(tier):
        return False
    if q.condition is None:
        return True
    ctx = ConditionContext(factor_levels=profile, answer_levels={x.id: 4 for x in PACK.questions()})
    return q.condition.evaluate(ctx)


# -- identity, structure --------------------------------------------------------------------------------------


def test_version_and_tiers() -> None:
    assert PACK.version == "2.0.0"
    assert [(t.id, t.target) for t in PACK.tiers] == [(Tier.LOW, 2), (Tier.MODERATE, 3), (Tier.HIGH, 3)]
    raw = {t["id"]: t for t in read_yaml("pack.yaml")["tiers"]}
    assert raw["high"]["essential_target"] == 4 and all("essential_target" not in raw[t] for t in ("low", "moderate"))


def test_same_elements_and_factors_as_before() -> None:
    assert [(e.id, e.title) for e in PACK.elements] == [(e.id, e.title) for e in OLD.elements]
    assert [f.id for f in PACK.triage.factors] == [f"F{i}" for i in range(1, 13)]


@pytest.mark.parametrize("element", [e.id for e in OLD.elements])
def test_question_ids_follow_the_element_and_count_is_proportionate(element: str) -> None:
    ids = [q.id for q in PACK.element(element).questions]
    assert all(qid.startswith(f"{element}-") for qid in ids) and ids == sorted(ids)
    assert 8 <= len(ids) <= 16, len(ids)


def test_every_question_is_complete() -> None:
    for q in PACK.questions():
        assert q.text.rstrip().endswith("?"), q.id
        assert q.guidance and q.why_tier and q.recommendation and q.evidence_examples, q.id


def test_every_element_asks_at_every_tier_and_more_at_each_higher_one() -> None:
    for e in PACK.elements:
        counts = [sum(q.in_scope_at(t) for q in e.questions) for t in (Tier.LOW, Tier.MODERATE, Tier.HIGH)]
        assert 1 <= counts[0] <= counts[1] <= counts[2] == len(e.questions), (e.id, counts)


def test_every_element_has_essential_questions_at_high() -> None:
    assert all(any(q.essential_at(Tier.HIGH) for q in e.questions) for e in PACK.elements)


def test_pack_text_is_nfc() -> None:
    for path in DIR.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, path.name


# -- ids and answers carried forward from 1.0.0 ---------------------------------------------------------------


def test_every_published_id_is_kept_or_retired() -> None:
    published = [line.strip() for line in IDS_FILE.read_text().splitlines() if line.strip()]
    current = {q.id for q in PACK.questions()}
    missing = [qid for qid in published if qid not in current and qid not in PACK.retired_questions]
    assert missing == []
    assert all(new is None or new in current for new in PACK.retired_questions.values())
    assert not set(PACK.retired_questions) & current


def carry_forward(answers: dict[str, int], retired: dict[str, str | None]) -> dict[str, int]:
    """What `upgrade` is to do (issue #13 item 8): move each answer to its new id; a merge keeps the lower."""
    out: dict[str, int] = {}
    for qid, level in answers.items():
        target = retired.get(qid, qid)
        if target is not None:
            out[target] = min(level, out.get(target, level))
    return out


def test_a_full_1_0_0_file_lands_on_2_0_0_questions() -> None:
    old_answers = {q.id: i % 5 for i, q in enumerate(OLD.questions())}
    new = carry_forward(old_answers, PACK.retired_questions)
    current = {q.id for q in PACK.questions()}
    assert set(new) <= current
    assert new["RB-01"] == min(old_answers[i] for i in ("RB-01", "RB-02", "RB-03", "RB-04", "RB-11"))
    assert new["EN-05"] == min(old_answers["EN-05"], old_answers["RA-11"])


def test_upgrade_lands_every_1_0_0_answer_as_the_rule_says() -> None:
    old_answers = {q.id: i % 5 for i, q in enumerate(OLD.questions())}
    a = blank_assessment(OLD)
    a.answers = {qid: Answer(level=lvl) for qid, lvl in old_answers.items()}
    moved, _ = upgrade(a, OLD, PACK)
    assert {qid: ans.level for qid, ans in moved.answers.items()} == carry_forward(old_answers, PACK.retired_questions)


# -- anchors: naming their document (verbatim: test_pack_content.py, every version) -----------------------------


@pytest.mark.parametrize("element", [e.id for e in OLD.elements])
def test_framework_text_is_quoted_verbatim(element: str) -> None:
    assert all(quote_found("framework", p) for p in PACK.element(element).framework_text.points)


def test_every_anchor_label_names_its_document() -> None:
    wrong = [
        (q.id, a.section)
        for q in PACK.questions()
        for a in q.anchors
        if not re.match(rf"{DOCUMENTS[a.source]}[ ,]", a.section)
    ]
    assert wrong == []


def test_policy_labels_give_the_policy_s_own_section() -> None:
    """An Accountability Policy label's number is the section whose text holds the quote."""
    raw = (SOURCES / "accountability-policy.txt").read_text(encoding="utf-8")
    clauses = dict(re.findall(r"^([0-9.]+?)\.?sec=(.*?)\s*$", raw, re.M))
    for q in PACK.questions():
        for a in q.anchors:
            if a.source != "accountability-policy" or a.section.endswith("Preamble"):
                continue
            number = re.match(r"Accountability Policy ([0-9.]+),", a.section)
            assert number, a.section
            holders = [k for k, text in clauses.items() if normalise(a.quote) in normalise(text)]
            assert any(k == number.group(1) or k.startswith(number.group(1) + ".") for k in holders), (q.id, a.section)
    assert PACK.question("PR-11").anchors[1].section == "Accountability Policy 1.2, Interpretation"


def test_the_framework_purpose_and_principles_are_quoted() -> None:
    quotes = {a.quote for q in PACK.questions() for a in q.anchors if a.source == "framework"}
    purpose = "Serve as a tool for the evaluation of responsible research by research ethics committees and data access"
    assert f"{purpose} committees" in quotes
    assert {p.title for p in PACK.principles} <= quotes


# -- tiering: the v2 rule, and what each profile is asked ------------------------------------------------------

PROFILES = {
    # id: (factors, expected tier) -- the review's profiles (content-review-2 §6), with v2 levels
    "P1a aggregate audit": (levels(F4=1), Tier.LOW),
    "P1b aggregate tables published": (levels(F4=1), Tier.LOW),
    "P1c aggregates incl. paediatrics": (levels(F4=1), Tier.LOW),
    "P1d aggregates, community not asked": (levels(F4=1, F12=1), Tier.LOW),
    "P2 national WGS programme": (
        levels(F1=2, F2=2, F3=1, F4=1, F5=2, F6=2, F7=1, F8=2, F9=2, F10=2, F11=2),
        Tier.HIGH,
    ),
    "P3 paediatric biobank": (levels(F1=1, F2=2, F3=2, F4=1, F8=1, F10=1), Tier.HIGH),
    "P4a public aggregate data only": (levels(F2=2, F4=1), Tier.LOW),
    "P4b open genomes, internal": (levels(F1=2, F2=2, F11=1), Tier.LOW),
    "P5b registry under a waiver": (levels(F1=1, F2=1, F3=1, F4=1, F6=1, F7=1, F8=1, F9=1, F10=2), Tier.MODERATE),
    "X1 coded data to researchers": (levels(F1=1, F2=1, F4=1, F10=1), Tier.MODERATE),
    "X2 mental health to pharma abroad": (levels(F1=1, F2=2, F4=1, F5=2, F6=2), Tier.HIGH),
    "X3 consent-for-contact register": (levels(F1=1, F9=1), Tier.LOW),
    "X4 forensic use of coded data": (levels(F1=1, F2=1, F4=1, F11=2), Tier.HIGH),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_profile_tier(name: str) -> None:
    factors, expected = PROFILES[name]
    assert compute_tier(PACK, factors).tier == expected


def test_a_waiver_is_never_called_no_basis() -> None:
    result = compute_tier(PACK, PROFILES["P5b registry under a waiver"][0])
    assert not any("no documented basis" in r for r in result.reasons)


def test_every_high_red_flag_needs_individual_level_data() -> None:
    aggregates_only = ConditionContext(factor_levels={f"F{i}": 0 if i == 1 else 2 for i in range(1, 13)})
    for rule in PACK.triage.rules:
        if rule.tier == Tier.HIGH and rule.id != "high-total":
            assert "F1" in rule.when.factors() and not rule.when.evaluate(aggregates_only), rule.id


def test_rules_are_monotone() -> None:
    for rule in PACK.triage.rules:
        walk = list(rule.when.walk())
        if rule.tier == Tier.HIGH:
            assert all(c.at_most is None and c.total_at_most is None and c.not_ is None for c in walk), rule.id
        else:
            assert all(c.at_least is None and c.total_at_least is None and c.not_ is None for c in walk), rule.id
    rng = random.Random(13)
    for _ in range(2000):
        profile = {f"F{i}": rng.randint(0, 2) for i in range(1, 13)}
        tier = compute_tier(PACK, profile).tier
        raised = dict(profile, **{(f := f"F{rng.randint(1, 12)}"): min(2, profile[f] + 1)})
        assert compute_tier(PACK, raised).tier.rank >= tier.rank, (profile, raised)


def test_mitigations_never_raise_the_tier() -> None:
    base = levels(F1=1, F2=1, F4=1)
    assert compute_tier(PACK, dict(base, F9=1)).tier == compute_tier(PACK, base).tier
    assert PACK.factor("F12").levels[0].label.endswith("known and addressed")


def test_not_low_names_what_either_low_rule_needs() -> None:
    reasons = compute_tier(PACK, levels(F1=1, F4=1, F12=1)).reasons
    assert reasons[-1] == "Not Low, which needs either F1 Identifiability at most 0, or F4 Access model at most 0."
    assert sum(r.startswith("Not Low") for r in reasons) == 1


def test_unanswered_factors_count_at_their_highest_level() -> None:
    result = compute_tier(PACK, {"F1": 0})
    assert result.tier == Tier.HIGH and result.provisional


INDIVIDUAL_LEVEL = [name for name, (f, _) in PROFILES.items() if f["F1"] >= 1]
NO_CHILDREN = [name for name, (f, _) in PROFILES.items() if f["F3"] < 2]
CHILD_QUESTIONS = ["TR-16", "PR-15", "PR-16", "SU-12"]


@pytest.mark.parametrize("name", INDIVIDUAL_LEVEL)
def test_dpia_in_scope_whenever_individual_level_data_are_shared(name: str) -> None:
    profile = PROFILES[name][0]
    assert in_scope(PACK.question("PR-08"), profile) and PACK.question("PR-08").essential_at(
        compute_tier(PACK, profile).tier
    )
    assert in_scope(PACK.question("DQ-07"), profile)


@pytest.mark.parametrize("name", NO_CHILDREN)
def test_no_question_about_children_without_children(name: str) -> None:
    profile = PROFILES[name][0]
    assert [q for q in CHILD_QUESTIONS if in_scope(PACK.question(q), profile)] == []


def test_children_questions_for_a_paediatric_biobank() -> None:
    profile = PROFILES["P3 paediatric biobank"][0]
    assert all(in_scope(PACK.question(q), profile) for q in CHILD_QUESTIONS)


def test_basic_obligations_at_every_tier_where_they_apply() -> None:
    low_internal = levels(F1=1, F2=1)  # coded clinical data used inside the institution: Low
    assert compute_tier(PACK, low_internal).tier == Tier.LOW
    for qid in ("TR-15", "PR-08", "PR-10", "DQ-07", "DQ-08", "PR-05", "AD-15"):
        assert in_scope(PACK.question(qid), low_internal), qid
    moderate = PROFILES["X1 coded data to researchers"][0]
    for qid in ("AC-13", "AC-14", "AC-17", "AC-11", "PR-09", "TR-12"):
        assert in_scope(PACK.question(qid), moderate), qid


def test_essential_flags_follow_risk() -> None:
    moderate = PROFILES["X1 coded data to researchers"][0]
    for qid in ("PR-05", "DQ-08", "AC-11", "PR-09", "PR-08", "AC-17", "DQ-07"):
        q = PACK.question(qid)
        assert in_scope(q, moderate) and q.essential_at(Tier.MODERATE), qid
    ra01, dq08 = PACK.question("RA-01"), PACK.question("DQ-08")
    assert ra01.essential_from is None and ra01.weight <= dq08.weight


def test_no_burdensome_question_at_low() -> None:
    assert PACK.question("EN-01").min_tier == Tier.MODERATE
    su02 = PACK.question("SU-02")
    assert su02.weight == 1 and "test retrieval" not in su02.text


def test_new_topics_are_asked() -> None:
    texts = {q.id: q.text.lower() for q in PACK.questions()}
    for qid, word in {
        "AC-13": "bona fide",
        "AC-14": "ethics approval",
        "DQ-15": "material transfer agreement",
        "PR-15": "parent",
        "PR-16": "assent",
        "TR-16": "children",
        "AC-15": "expertise",
        "AC-16": "independent",
        "AD-14": "commercial",
        "DQ-13": "data-processing contract",
        "PR-13": "erase",
        "AD-13": "model",
    }.items():
        assert word in texts[qid], qid
    assert PACK.question("AD-14").min_tier == Tier.LOW


def test_every_condition_can_both_hold_and_fail() -> None:
    high = ConditionContext(
        factor_levels=levels(**{f"F{i}": 2 for i in range(1, 13)}), answer_levels={x.id: 4 for x in PACK.questions()}
    )
    low = ConditionContext()
    for q in PACK.questions():
        if q.condition is not None:
            assert q.condition.evaluate(high) != q.condition.evaluate(low), q.id


def test_cross_references_point_to_questions_asked_at_that_tier() -> None:
    """A question named in guidance is asked at the referring question's tier, or the text says from when."""
    ids = {q.id: q for q in PACK.questions()}
    wrong = []
    for q, field in itertools.product(PACK.questions(), ("guidance", "why_tier", "recommendation")):
        text = getattr(q, field)
        for m in re.finditer(r"\b([A-Z]{2}-\d{2})\b", text):
            ref = ids.get(m.group(1))
            if ref is None:
                wrong.append((q.id, m.group(1), "no such question"))
            elif ref.min_tier.rank > q.min_tier.rank and not re.search(
                r"Moderate|High|where", text[max(0, m.start() - 60) : m.end() + 60], re.I
            ):
                wrong.append((q.id, ref.id, f"asked only from {ref.min_tier.value}"))
    assert wrong == []


def test_guidance_is_not_leading_and_review_cycles_fit_the_12_month_target() -> None:
    text = " ".join(q.guidance + q.recommendation + q.text for q in PACK.questions())
    for phrase in ("by default", "safe default", "every two to three years", "every two years"):
        assert phrase not in text, phrase
    assert "72 hours" in PACK.question("AC-04").guidance and "Article 34" in PACK.question("AC-04").guidance


# -- French ---------------------------------------------------------------------------------------------------

FR = read_yaml("translations/fr.yaml")
FR_TEXT = unicodedata.normalize("NFC", (SOURCES / "framework-fr.txt").read_text(encoding="utf-8"))


def french_found(quote: str) -> bool:
    source = normalise(re.sub(r"^[0-9A-Za-z.]*sec=", "", FR_TEXT, flags=re.M))
    return normalise(unicodedata.normalize("NFC", quote)).replace(" ", "") in source


def test_french_principles_and_framework_points_are_official() -> None:
    assert FR["principles"]["P2"] == "Faire avancer la recherche et les connaissances scientifiques"
    assert all(french_found(p) for p in FR["principles"].values())
    for element in FR["elements"].values():
        for point in element["framework_points"]:
            official = point.split(" (la transcription")[0].split(" […]")[0]
            assert french_found(official) or "traduction" in point, point[:60]


def test_french_anchors_parallel_the_english_ones() -> None:
    missing, wrong = [], []
    for q in PACK.questions():
        fr = (FR["questions"].get(q.id) or {}).get("anchors")
        if fr is None:
            missing.append(q.id)
            continue
        assert len(fr) == len(q.anchors), q.id
        for en, a in zip(q.anchors, fr, strict=True):
            assert a["section"].startswith(DOCUMENTS_FR[en.source]), (q.id, a["section"])
            if a.get("translation"):
                assert "traduction" in a["section"], (q.id, a["section"])
            elif not french_found(a["quote"]):
                wrong.append((q.id, a["quote"][:60]))
    assert wrong == []
    assert missing == []


def test_french_anchors_are_loaded_in_french() -> None:
    fr = _pack("2.0.0", "fr")
    for q in PACK.questions():
        for en, a in zip(q.anchors, fr.question(q.id).anchors, strict=True):
            assert a.source == en.source and a.quote != en.quote, q.id
            assert a.section.startswith(DOCUMENTS_FR[a.source]), a.section
            assert a.translation or a.source == "framework", (q.id, a.section)  # no official French policies
    assert not any(a.translation for q in PACK.questions() for a in q.anchors)


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_french_typography_and_terms() -> None:
    text = (DIR / "translations" / "fr.yaml").read_text(encoding="utf-8")
    body = text.split("\nlanguage:", 1)[1]
    assert not re.search(r"[Rr]é-identif", body)
    assert "archive de données" not in body and "archives de données" not in body
    for s in _strings(FR):
        assert not re.search(r"\w[ ]?[?!;]|[ ]:(\s|$)|« | »", s), s[:80]
    assert "Quelles personnes" in FR["factors"]["F3"]["question"]
    assert FR["factors"]["F9"]["question"].startswith("Des résultats ou des informations")
    assert "muet" not in str(FR["factors"]["F7"])


def test_french_covers_every_question_and_rule() -> None:
    assert set(FR["questions"]) == {q.id for q in PACK.questions()}
    assert set(FR["rules"]) == {r.id for r in PACK.triage.rules}
    fr = _pack("2.0.0", "fr")
    assert fr.question("TR-13").text != PACK.question("TR-13").text


def test_2_0_0_is_the_newest_pack_and_the_older_ones_stay_installed() -> None:
    assert load_default_pack().version == "2.0.0"
    assert list(pack_version_dirs("ga4gh-framework")) == ["1.0.0", "1.1.0", "2.0.0"]
