"""The report in French: the catalog, the PDF and HTML a French board reads, and ``--language fr``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.core.assessment import Assessment, RaisedTier
from assessor.core.demo import make_demo
from assessor.core.forms.installed import load_default_pack
from assessor.core.scoring import ENGLISH_FORMULAS
from assessor.core.storage import save_assessment
from assessor.core.tiers import Tier
from assessor.core.triage_words import ENGLISH_TRIAGE
from assessor.report import walk
from assessor.report.catalog import CATALOGS, EN, Catalog
from assessor.report.catalog_fr import FR
from assessor.report.pdf_styles import clean
from assessor.report.render import render_html, render_pdf, report_model
from tests.report.pdftools import fonts, pages_text

DATE = dt.date(2026, 7, 14)  # after the demo was last changed (30 June 2026)

# Headings only the French report prints, and their English counterparts, which it must not print.
FRENCH = [FR[k] for k in ("summary.title", "profile.title", "actions.title", "evidence.title", "method.title")]
ENGLISH = [EN[k] for k in ("summary.title", "profile.title", "actions.title", "evidence.title", "summary.critical")]


def _fields(template: str) -> set[tuple[str, str, str | None]]:
    """Every replacement field of a str.format template: (name, format spec, conversion); a plural's
    words (``{n:gap|gaps}``, after the count itself) are the language's own business and left out."""
    return {
        (name, spec or "", conv)
        for _, name, spec, conv in string.Formatter().parse(template)
        if name is not None and not (spec and "|" in spec)
    }


def _flat(text: str) -> str:
    """Text with every run of white space (no-break spaces included) as one space."""
    return " ".join(text.split())


# -- the catalog --------------------------------------------------------------------------------------------


def test_french_has_exactly_the_english_keys() -> None:
    assert set(FR) == set(EN)
    assert CATALOGS["fr"] is FR
    assert Catalog("fr").language == "fr" and Catalog("de").language == "en"


@pytest.mark.parametrize("key", sorted(EN))
def test_every_placeholder_is_kept(key: str) -> None:
    assert _fields(FR[key]) == _fields(EN[key]), key


def test_every_value_is_translated_and_typeset() -> None:
    same = {k for k in EN if FR[k] == EN[k] and re.search(r"[a-z]{4}", re.sub(r"\{[^}]*\}", "", EN[k]))}
    # words that are the same in both languages, or ids and formats
    assert same <= {
        "actions.col_id",  # Action
        "actions.col_question",  # Question
        "attest.title",  # Attestation
        "attest.wet_signature",  # Signature
        "changes.col_question",
        "cover.pack_value",  # {id} version {version}
        "doc.creator",  # assessor {version}
        "cover.result",  # Verdict
        "cover.score",  # Score
        "element.verdict",  # Verdict
        "element.verdict_facts",  # Score {score} · {share}
        "evidence.col_question",
        "formula.question",  # {n} question
        "formula.questions",
        "method.col_description",  # Description
        "profile.col_score",
        "profile.description",
        "profile.total",  # Total
        "q.na_justification",  # Justification
        "q.notes",  # Notes
        "summary.col_question",
        "summary.overall",  # Verdict
    }, same
    for key, text in FR.items():
        assert not re.search(r" [:;?!%»]|« ", text), f"{key}: an ordinary space where French needs a no-break one"
        assert not re.search(r"\S[;?!»]", text.replace("{", "").replace("}", "")), f"{key}: no space before ;?!»"
        assert "'" not in text and '"' not in text, f"{key}: French uses ’ and « »"


def test_dates_and_numbers_are_written_the_french_way() -> None:
    fr, en = Catalog("fr"), Catalog("en")
    assert len(FR["date.months"].split()) == len(FR["date.months_short"].split()) == 12
    assert fr.date(DATE) == "14 juillet 2026" and fr.date(dt.date(2026, 3, 14)) == "14 mars 2026"
    assert fr.date(dt.date(2026, 8, 1)) == "1er août 2026"
    assert fr.iso_date("2025-12-31T10:00:00Z") == "31 décembre 2025"
    assert fr.short_date("2025-02-28") == "28\u00a0févr.\u00a02025"
    assert fr.percent(72.44) == "72,4\u00a0%" and fr.percent(None) == "pas de score"
    assert fr.size(1_234_567) == "1,2\u00a0Mo" and fr.size(999) == "999\u00a0octets"
    assert fr("verdict.does-not-meet", tier="Élevé") == "N’atteint pas la cible du niveau Élevé"
    # English is as it was
    assert en.date(DATE) == "14 July 2026" and en.date(dt.date(2026, 8, 1)) == "1 August 2026"
    assert en.short_date("2025-02-28") == "28\u00a0Feb\u00a02025"
    assert en.percent(72.44) == "72.4\u00a0%" and en.size(1_234_567) == "1.2\u00a0MB"


def test_the_language_follows_the_pack_unless_asked() -> None:
    demo = make_demo(Tier.LOW)
    fr_pack, en_pack = load_default_pack("fr"), load_default_pack("en")
    assert fr_pack.language == "fr"
    model = report_model(fr_pack, demo, date=DATE)
    assert model.meta.language == "fr" and model.summary.title == FR["summary.title"]
    assert model.elements[0].title == fr_pack.elements[0].title != en_pack.elements[0].title
    assert report_model(en_pack, demo, date=DATE).summary.title == EN["summary.title"]
    assert report_model(en_pack, demo, date=DATE, language="fr").summary.title == FR["summary.title"]
    assert report_model(fr_pack, demo, date=DATE, language="en").meta.language == "en"


# -- the French report --------------------------------------------------------------------------------------


@dataclass
class French:
    assessment: Assessment
    pdf: bytes
    path: Path
    pages: list[str]
    html: str

    @property
    def flat(self) -> str:
        return _flat(" ".join(self.pages))


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> French:
    pack = load_default_pack("fr")
    demo = make_demo(Tier.HIGH)
    pdf = render_pdf(pack, demo, date=DATE)
    path = tmp_path_factory.mktemp("fr") / "rapport.pdf"
    path.write_bytes(pdf)
    return French(demo, pdf, path, pages_text(path), render_html(pack, demo, date=DATE))


def test_headings_are_french_and_not_english(french: French) -> None:
    for heading in FRENCH:
        assert _flat(heading) in french.flat, heading
    for heading in ENGLISH:
        assert heading not in french.flat, heading
    # tier title from the pack, verdict from the catalog
    assert "Élevé" in french.flat and "N’atteint pas la cible du niveau Élevé" in french.flat
    assert "Transparence" in french.flat  # an element title from the French pack
    n = len(french.pages)
    assert f"Page 1 sur {n}" in _flat(french.pages[0]) and f"Page {n} sur {n}" in _flat(french.pages[-1])
    assert " of " + str(n) not in french.flat


def test_the_date_is_in_french(french: French) -> None:
    assert "14 juillet 2026" in _flat(french.pages[0])  # cover
    assert "14 juillet 2026" in _flat(french.pages[-1])  # attestation
    assert "14 July 2026" not in french.flat


def test_accented_words_survive_the_embedded_fonts(french: French) -> None:
    rows = fonts(french.path)
    assert rows and all(r.embedded and r.unicode for r in rows)
    for word in ("Synthèse", "Périmètre", "reçu", "N’atteint pas", "Élément fondamental", "échéance", "d’action"):
        assert word in french.flat, word
    assert "\ufffd" not in french.flat


def test_html_is_french(french: French) -> None:
    assert '<html lang="fr">' in french.html
    for heading in FRENCH:
        assert heading in french.html, heading
    assert "14 juillet 2026" in french.html and EN["summary.title"] not in french.html


def test_cli_writes_the_french_report(french: French, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g4sa = tmp_path / "demo.g4sa"
    save_assessment(french.assessment, g4sa)
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(g4sa), "-o", str(out), "--language", "fr", "--date", DATE.isoformat()]) == 0
    assert out.read_bytes() == french.pdf
    with pytest.raises(SystemExit):
        main(["report", str(g4sa), "-o", str(tmp_path / "x.pdf"), "--language", "de"])
    assert "--language" in capsys.readouterr().err


def test_cli_help_mentions_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    assert "--language {en,fr}" in text and "French" in text


def _english_sentences() -> set[str]:
    """Every run of three or more words of the English catalogue and the English score formulas that the
    French catalogue does not share (words a template puts between its placeholders)."""
    words = dataclasses.asdict(ENGLISH_FORMULAS)
    texts = [
        *EN.values(),
        *(v for k, v in words.items() if k != "decimal"),
        *dataclasses.asdict(ENGLISH_TRIAGE).values(),
    ]
    french = " ".join(FR.values())
    out = set()
    for text in texts:
        for part in re.split(r"\{[^}]*\}", text):
            part = _flat(part).strip(" .,:;()·—–")
            if len(part.split()) >= 3 and part not in french:
                out.add(part)
    return out


def test_the_french_demo_has_no_english_sentence_of_the_report(french: French) -> None:
    sentences = _english_sentences()
    assert len(sentences) > 100  # the check reads the whole catalogue
    found = sorted(s for s in sentences if s in french.flat)
    assert not found, found


def test_french_labels_quotes_and_formulas(french: French) -> None:
    text = french.flat
    assert text.count("Réponse :") > 50 and "Réponse:" not in text
    assert "Notes :" in text and "Mode de calcul :" in text and "Notes:" not in text
    assert "poids total" in text and "niveau maximal" in text
    assert not re.search(r"\d\.\d %", text), "a decimal point in the French report"
    assert "«" in text and "“" not in text, "French quotations take « »"


def test_first_is_set_with_a_raised_er() -> None:
    assert clean("Cadre IV, Transparence, 1er point") == "Cadre IV, Transparence, 1<super>er</super> point"
    assert clean("11er 1era") == "11er 1era"


def test_unchanged_recommendations_print_in_french(french: French) -> None:
    english = {q.id: q.recommendation.strip() for q in load_default_pack("en").questions()}
    own = {q.id: q.recommendation.strip() for q in load_default_pack("fr").questions()}
    kept = {a.id for a in french.assessment.actions if a.recommendation.strip() == english[a.question_id]}
    assert kept, "the demo keeps some recommendations as the pack wrote them"
    rows = report_model(load_default_pack("fr"), french.assessment, date=DATE).actions.rows
    for row in rows:
        if row.id in kept:
            assert row.recommendation == own[row.question_id], row.id
    first = next(r for r in rows if r.id in kept)
    assert " ".join(own[first.question_id].split()[:3]) in french.flat


def test_french_html_labels_and_quotes(french: French) -> None:
    assert '<h2 id="contents">Sommaire</h2>' in french.html and ">Contents<" not in french.html
    assert "Réponse\u00a0:</strong>" in french.html and "Réponse:" not in french.html
    assert "<p>«\u00a0" in french.html and "“" not in french.html
    assert "poids total" in french.html


def test_pack_and_assessor_texts_take_french_spacing_too() -> None:
    pack = load_default_pack("fr")
    demo = make_demo(Tier.HIGH)
    qid = next(iter(demo.answers))
    demo.answers[qid].notes = "Conforme ? Oui : voir « la procédure » ; revue annuelle !"
    model = report_model(pack, demo, date=DATE)
    every = " ".join(walk.texts(model))
    assert "Conforme\u00a0? Oui\u00a0: voir «\u00a0la procédure\u00a0»\u00a0; revue annuelle\u00a0!" in every
    assert not re.search(r" [:;?!»]|« ", every), "an ordinary space where French needs a no-break one"
    english = report_model(load_default_pack("en"), demo, date=DATE)
    assert "Conforme ? Oui : voir « la procédure » ; revue annuelle !" in " ".join(walk.texts(english))


# -- the tier's reasons: the phrases the code makes (core.triage_words), not only the pack's --------------------

# what the English phrases of the tier's reasons and the rules' conditions print
CODE_ENGLISH = (
    "Not Low",
    "Not Moderate",
    "which needs",
    "at most",
    "at least",
    "Raised by the assessor",
    "Justification:",
)


def _report_words(assessment: Assessment) -> str:
    return _flat(" ".join(walk.texts(report_model(load_default_pack("fr"), assessment, date=DATE))))


@pytest.mark.parametrize("tier", list(Tier))
def test_the_tier_reasons_and_rules_are_french(tier: Tier) -> None:
    text = _report_words(make_demo(tier))
    found = [w for w in CODE_ENGLISH if w in text]
    assert not found, found
    assert "un score total d’au plus 5 et F1 Identifiabilité au plus égal à 0" in text  # the method's rules
    if tier is Tier.MODERATE:  # no rule fires: the reasons say what Low still needs
        assert "Niveau Faible exclu : il exige soit un score total d’au plus 5" in text


def test_a_raised_and_provisional_tier_is_explained_in_french() -> None:
    demo = make_demo(Tier.MODERATE)
    demo.triage.pop(next(iter(demo.triage)))
    demo.raised_tier = RaisedTier(tier=Tier.HIGH, justification="Cohorte pédiatrique.")
    model = report_model(load_default_pack("fr"), demo, date=DATE)
    text = _flat(" ".join(walk.texts(model)))
    found = [w for w in CODE_ENGLISH if w in text]
    assert not found, found
    assert "Niveau relevé par l’évaluateur de Modéré à Élevé. Justification : Cohorte pédiatrique." in text
    # the English report says it in English, as before
    english = _flat(" ".join(walk.texts(report_model(load_default_pack("en"), demo, date=DATE))))
    assert "Raised by the assessor from Moderate to High. Justification: Cohorte pédiatrique." in english
