"""The report's words in French: the same keys as ``catalog.EN``.

The wording follows the app's French interface and the French form pack: établissement, Élément
fondamental, Cadre de la GA4GH, niveau de risque, écart, pièce justificative, responsable, échéance.
The text below is written with ordinary spaces; `typeset` then puts a no-break space (U+00A0) before
: ; ? ! % and » and after «, so a colon or a per cent sign never starts a line (units are written
with U+00A0 directly). U+00A0
rather than the narrow U+202F: reportlab breaks lines at U+202F, never at U+00A0.
"""

from __future__ import annotations

import re

from assessor.report.catalog_board import FR_BOARD

_BEFORE = re.compile(r" ([:;?!%»])")
_AFTER = re.compile(r"« ")


def typeset(text: str) -> str:
    """French spacing: a no-break space before : ; ? ! % » and after «."""
    return _AFTER.sub("«\u00a0", _BEFORE.sub("\u00a0\\1", text))


_TEXTS: dict[str, str] = {
    # -- document ---------------------------------------------------------------------------------------
    "doc.title": "Auto-évaluation du partage responsable des données",
    "doc.subtitle": "au regard du Cadre de la GA4GH pour un partage responsable des données génomiques et des "
    "données de santé",
    "doc.subject": "Auto-évaluation proportionnée au risque au regard du Cadre de la GA4GH pour un partage "
    "responsable des données génomiques et des données de santé (niveau de risque {tier}), rapport {report_id}",
    "doc.meta_title": "Rapport d’auto-évaluation {report_id} : {institution}",
    "doc.creator": "assessor {version}",
    "header.left": "{institution} · Rapport d’auto-évaluation",
    "footer.fingerprint": "Empreinte {short}",
    "footer.page": "Page {page} sur {pages}",
    "contents.title": "Sommaire",
    "unnamed_institution": "Établissement non renseigné",
    # -- cover ------------------------------------------------------------------------------------------
    "cover.institution": "Établissement",
    "cover.unit": "Service",
    "cover.country": "Pays",
    "cover.scope": "Périmètre",
    "cover.scope_more": "… (suite à la section {section})",
    "cover.period": "Période évaluée",
    "cover.tier": "Niveau de risque",
    "cover.result": "Verdict",
    "cover.score": "Score",
    "cover.verdict": "{verdict} : {counts}",
    "cover.date": "Date du rapport",
    "cover.report_id": "Identifiant du rapport",
    "cover.fingerprint": "Empreinte de l’évaluation (SHA-256)",
    "cover.pack": "Questionnaire",
    "cover.pack_value": "{id} version {version}",
    "cover.pack_hash": "Empreinte du questionnaire",
    "cover.pack_mismatch": "Les réponses ont été données avec le questionnaire d’empreinte {hash} ; les questions "
    "ont pu changer depuis.",
    "cover.qr_caption": "Le code contient l’identifiant du rapport et l’empreinte, pour rapprocher un exemplaire "
    "papier de son original numérique.",
    "cover.assessors": "Évaluation conduite par",
    "not_given": "non renseigné",
    "period": "du {start} au {end}",
    "period_from": "à partir du {start}",
    "period_until": "jusqu’au {end}",
    # -- executive summary -----------------------------------------------------------------------------
    "summary.title": "Synthèse",
    "summary.overall": "Verdict",
    "summary.score_line": "Score {score} ; {share}.",
    "summary.at_tier": "Évalué au niveau de risque {tier} (cible : « {target_label} », niveau {target} sur {top}).",
    "summary.counts": "En chiffres",
    "summary.in_scope": "Questions retenues",
    "summary.answered": "Questions avec réponse",
    "summary.answered_value": "{answered} sur {in_scope} (non applicables : {na})",
    "summary.gaps": "Écarts (sous la cible ou sans réponse)",
    "summary.gaps_value": "{gaps} (critiques : {critical} ; sans réponse : {unanswered})",
    "summary.flagged": "Marquées à revoir",
    "summary.actions": "Actions du plan",
    "summary.actions_value": "{actions} (avec un responsable : {owned} ; terminées : {done})",
    "summary.chart": "Score par Élément fondamental",
    "summary.chart_caption": "Chaque barre donne le score de l’élément (moyenne pondérée des réponses applicables, "
    "une question sans réponse comptant 0, en pourcentage du niveau le plus élevé), remplie selon le verdict de "
    "l’élément. La ligne continue marque la cible du niveau de risque {tier} ({target}).",
    "summary.chart_target": "cible {value}",
    "summary.critical": "Écarts critiques",
    "summary.critical_intro": "Un écart critique porte sur une question essentielle à ce niveau de risque dont la "
    "réponse est inférieure à la cible ou manquante. Chacun fait l’objet d’une action du plan (section {section}).",
    "summary.no_critical": "Aucun écart critique : chaque question essentielle à ce niveau de risque atteint la cible.",
    "summary.col_question": "Question",
    "summary.col_text": "Objet de la question (Élément fondamental)",
    "summary.col_answer": "Réponse actuelle",
    "summary.col_action": "Action, responsable, échéance",
    "summary.no_owner": "pas encore de responsable",
    "summary.due": "échéance : {date}",
    "summary.no_due": "sans échéance",
    "summary.tier": "Niveau de risque et motifs",
    "summary.tier_value": "{tier} (total des facteurs : {total} sur 24)",
    "summary.no_score": "pas de score",
    # -- scope and risk profile -------------------------------------------------------------------------
    "profile.title": "Périmètre et profil de risque",
    "profile.scope": "Périmètre de l’évaluation",
    "profile.description": "Description",
    "profile.activities": "Activités de partage de données",
    "profile.datasets": "Jeux de données",
    "profile.period": "Période",
    "profile.assessors": "Évaluateurs",
    "profile.previous": "Évaluation précédente",
    "profile.previous_value": "rapport {report_id} du {date}",
    "profile.none": "néant",
    "profile.factors": "Facteurs de risque",
    "profile.factors_intro": "Chacun des douze facteurs a reçu l’un des trois niveaux (0, 1, 2). Le niveau de "
    "risque en découle selon les règles de la section {section}.",
    "profile.col_factor": "Facteur",
    "profile.col_level": "Niveau retenu",
    "profile.col_score": "Score",
    "profile.unanswered": "sans réponse (compté 0)",
    "profile.unanswered_highest": "sans réponse (compté au niveau le plus élevé en attendant une réponse)",
    "tier.provisional": "{tier}, provisoire ({factors} sans réponse, comptés à leur niveau le plus élevé)",
    "profile.total": "Total",
    "profile.tier": "Niveau de risque obtenu",
    "profile.computed": "Niveau de risque calculé : {tier}.",
    "profile.raised": "Niveau de risque relevé par l’évaluateur de {computed} à {tier}.",
    "profile.justification": "Justification fournie",
    "profile.reasons": "Motifs",
    "profile.reasons_in_summary": "Les motifs de ce niveau figurent dans la synthèse (section {section}).",
    "profile.tier_means": "Ce que signifie le niveau de risque {tier}",
    # -- elements ---------------------------------------------------------------------------------------
    "element.framework": "Le texte du Cadre",
    "element.framework_source": "Cadre de la GA4GH, {section}",
    "element.verdict": "Verdict",
    "element.verdict_facts": "Score {score} · {share}",
    # each « label : count » stays on one line
    "element.facts": "Questions retenues :\u00a0{in_scope} · avec réponse :\u00a0{answered} · "
    "non applicables :\u00a0{na} · écarts :\u00a0{gaps} (critiques :\u00a0{critical})",
    "element.none_in_scope": "Aucune question de cet élément n’est retenue au niveau de risque {tier}.",
    "element.how": "Mode de calcul",
    "q.answer": "Réponse",
    "q.answer_value": "{level} — {label}",
    "q.target": "cible {target}",
    "q.na": "Non applicable",
    "q.na_justification": "Justification",
    "q.no_justification": "non fournie",
    "q.unanswered": "Sans réponse",
    "q.notes": "Notes",
    "q.evidence": "Pièces justificatives",
    "q.evidence_item": "{name} · {size} · SHA-256 {short}",
    "q.evidence_unhashed": "{name} · empreinte non calculée",
    "q.flagged": "⚑ Marquée à revoir",
    "q.gap": "▲ Écart · {priority}",
    "q.unanswered_gap": "▲ Sans réponse · {priority}",
    "q.meets": "✓ Cible atteinte",
    "q.na_mark": "— Non applicable",
    "q.essential": "essentielle à ce niveau de risque",
    "q.clause": "Références",
    "source.framework": "Cadre",
    "source.privacy-security-policy": "Politique sur la protection de la vie privée et la sécurité des données",
    "source.consent-policy": "Politique sur le consentement",
    "source.accountability-policy": "Politique sur la responsabilité",
    "source.unofficial": "traduction non officielle",
    # -- action plan -----------------------------------------------------------------------------------
    "actions.title": "Plan d’action",
    "actions.intro": "Chaque écart donne lieu à une action, assortie de la recommandation du questionnaire sauf si "
    "l’évaluateur l’a modifiée. Les actions sont classées par priorité. Nombre d’actions : {count}.",
    "actions.none": "Aucune action : il n’y a pas d’écart et l’évaluateur n’en a ajouté aucune.",
    "actions.col_id": "Action",
    "actions.col_question": "Question",
    "actions.col_recommendation": "Recommandation",
    "actions.col_priority": "Priorité",
    "actions.col_owner": "Responsable",
    "actions.col_due": "Échéance",
    "actions.col_status": "Statut",
    "actions.no_owner": "—",
    "actions.continued": "(suite)",
    "actions.note": "Note : {text}",
    "priority.critical": "Critique",
    "priority.high": "Haute",
    "priority.medium": "Moyenne",
    "priority.low": "Basse",
    "status.open": "Ouverte",
    "status.in-progress": "En cours",
    "status.done": "Terminée",
    "status.wont-do": "Abandonnée",
    # -- evidence register ----------------------------------------------------------------------------
    "evidence.title": "Registre des pièces justificatives",
    "evidence.intro": "Documents cités comme pièces justificatives, consignés par nom, empreinte SHA-256 et "
    "taille. Les fichiers restent dans l’établissement ; les empreintes permettent à chacun de vérifier qu’un "
    "document est bien celui qui a été cité. Nombre de documents : {count}.",
    "evidence.none": "Aucune pièce justificative n’a été consignée.",
    "evidence.col_question": "Question",
    "evidence.col_name": "Document et empreinte SHA-256",
    "evidence.col_hash": "SHA-256",
    "evidence.col_size": "Taille",
    "evidence.not_hashed": "(empreinte non calculée)",
    # -- changes ---------------------------------------------------------------------------------------
    "changes.title": "Évolution depuis l’évaluation précédente",
    "changes.basis": "Comparaison avec l’évaluation précédente {what}.",
    "changes.basis_report": "(rapport {report_id} du {date}, empreinte {short})",
    "changes.basis_file": "(empreinte {short}, dernier enregistrement le {date} ; cette évaluation ne consigne "
    "pas l’identifiant de son rapport)",
    "changes.tier": "Niveau de risque",
    "changes.overall": "Score global",
    "changes.elements": "Scores par Élément fondamental",
    "changes.col_element": "Élément fondamental",
    "changes.col_before": "Avant",
    "changes.col_after": "Actuel",
    "changes.col_change": "Évolution",
    "changes.col_question": "Question",
    "changes.answers": "Réponses modifiées",
    "changes.no_answers": "Aucune réponse n’a changé.",
    "changes.unchanged": "Réponses inchangées : {count}.",
    "changes.not_asked": "non posée",
    "changes.better": "en progrès",
    "changes.worse": "en recul",
    "changes.new": "nouvellement posée",
    "changes.dropped": "plus posée",
    "changes.changed": "modifiée",
    "changes.same": "stable",
    # -- method ----------------------------------------------------------------------------------------
    "method.title": "Méthode",
    "method.intro": "Ce rapport a été produit par assessor à partir des réponses consignées dans le fichier "
    "d’évaluation dont l’empreinte figure sur chaque page, avec le questionnaire {pack}. Chaque chiffre peut être "
    "recalculé à la main à partir des règles ci-dessous.",
    "method.tiers": "Niveaux de risque et cibles",
    "method.tiers_intro": "Le niveau de risque est le plus élevé qu’atteint l’une des règles ; relever un facteur "
    "n’abaisse jamais le niveau, et l’évaluateur peut relever le niveau mais non l’abaisser. Le niveau de risque "
    "détermine les questions posées, le niveau que doit atteindre une réponse et les questions essentielles.",
    "method.col_tier": "Niveau de risque",
    "method.col_target": "Niveau cible",
    "method.col_meaning": "Signification",
    "method.rules": "Règles de détermination du niveau de risque",
    "method.col_rule": "Règle",
    "method.col_reason": "Motif affiché",
    "method.scale": "Échelle de réponse",
    "method.col_level": "Niveau",
    "method.col_label": "Libellé",
    "method.col_description": "Description",
    "method.na": "N/A : la question ne s’applique pas à l’établissement ; une justification est obligatoire et "
    "figure dans le rapport. Les réponses N/A sont exclues des scores et ne constituent jamais des écarts.",
    "method.scoring": "Scores, verdict, écarts et priorités",
    "method.score_rule": "Score d’un élément : moyenne pondérée des réponses applicables, chacune divisée par le "
    "niveau le plus élevé de son échelle, exprimée en pourcentage. Les questions non applicables sont exclues ; "
    "une question sans réponse compte 0 (rien n’est démontré). Le score global est la moyenne des scores des "
    "éléments (chaque élément compte une fois, quel que soit son nombre de questions) ; un élément sans aucune "
    "question applicable n’a pas de score et n’est pas pris en compte. Un score se lit au regard de la cible du "
    "niveau de risque (niveau cible ÷ 4).",
    "method.verdict_rule": "Verdict, par élément et global : Incomplet tant qu’une question retenue est sans "
    "réponse (le rapport est alors un projet) ; sinon N’atteint pas la cible du niveau de risque dès qu’il y a un "
    "écart critique ; Atteint la cible sans écart critique et avec au moins {needed} des questions applicables "
    "au niveau de leur cible ou au-dessus ; Atteint partiellement la cible dans les autres cas. Le verdict global "
    "est celui de l’élément le moins bien placé.",
    "method.gap_rule": "Écart : réponse applicable inférieure au niveau cible du niveau de risque (plafonné au haut "
    "de son échelle), ou question sans réponse. Les questions de suivi ne comptent que si la question qui les "
    "déclenche est elle-même retenue.",
    "method.priority_rule": "Priorité d’un écart : critique lorsque la question est essentielle à ce niveau de "
    "risque ; sinon haute lorsque la réponse se situe trois niveaux ou plus sous la cible (deux ou plus au niveau "
    "de risque Élevé), moyenne lorsqu’elle se situe deux niveaux sous la cible ou au niveau de risque Élevé, et "
    "basse dans les autres cas.",
    "method.due_rule": "Une action critique doit être réalisée pendant la période évaluée ou dans les {days} jours "
    "suivant la date du rapport, selon l’échéance la plus tardive ; une action dont l’échéance est postérieure, "
    "sans échéance ou sans responsable figure dans la synthèse.",
    "method.essential_target": " ; {level} pour les questions essentielles",
    "method.formulas": "Détail du calcul de chaque score",
    "method.overall_formula": "Score global",
    "method.fingerprint": "Empreinte et identifiant du rapport : l’empreinte est le SHA-256 de la forme JSON "
    "canonique du fichier d’évaluation (clés triées, sans espaces, UTF-8) ; l’identifiant du rapport est formé de "
    "la date du rapport et des huit premiers caractères de l’empreinte. Une même évaluation à une même date donne "
    "toujours le même rapport.",
    # -- attestation -----------------------------------------------------------------------------------
    "attest.title": "Attestation",
    "attest.statement": "J’atteste que cette auto-évaluation reflète, à ma connaissance, les pratiques de "
    "l’établissement « {institution} » au cours de la période évaluée, que les réponses, notes et pièces "
    "justificatives qui y sont consignées sont exactes et complètes, et que {plan}",
    "attest.report": "Rapport {report_id} · empreinte {fingerprint}",
    "attest.signatory": "Signataire",
    "summary.signs": "Signe l’attestation : {signer}",
    "attest.name": "Nom",
    "attest.role": "Fonction",
    "attest.organisation": "Organisme",
    "attest.date": "Date",
    "attest.blank": "",
    "attest.signature_caption": "Signature de l’évaluateur (emplacement de la signature électronique)",
    "attest.countersignature_caption": "Contre-signature du comité ou du délégué à la protection des données "
    "(emplacement de la signature électronique)",
    "attest.board": "Avis du comité d’examen",
    "attest.approved": "Favorable",
    "attest.conditions": "Favorable sous conditions",
    "attest.not_approved": "Défavorable",
    "attest.conditions_line": "Conditions, remarques",
    "attest.board_name": "Nom et fonction",
    "attest.board_date": "Date",
    "attest.wet_signature": "Signature",
    # -- verdict et points signalés au comité ---------------------------------------------------------------
    "verdict.incomplete": "Incomplet",
    "verdict.does-not-meet": "N’atteint pas la cible du niveau {tier}",
    "verdict.partly-meets": "Atteint partiellement la cible du niveau {tier}",
    "verdict.meets": "Atteint la cible du niveau {tier}",
    "verdict.none": "Aucune question retenue",
    "verdict.short.incomplete": "Incomplet",
    "verdict.short.does-not-meet": "N’atteint pas la cible",
    "verdict.short.partly-meets": "Atteint partiellement la cible",
    "verdict.short.meets": "Atteint la cible",
    "verdict.counts.incomplete": "{n} questions sans réponse sur {in_scope} (dont {essential} essentielles)",
    "verdict.counts.incomplete.one": "1 question sans réponse sur {in_scope} (essentielles : {essential})",
    "verdict.counts.answered_critical": " ; {n} écarts critiques parmi les réponses",
    "verdict.counts.answered_critical.one": " ; 1 écart critique parmi les réponses",
    "verdict.counts.critical": "{n} écarts critiques dans {elements}",
    "verdict.counts.critical.one": "1 écart critique dans {elements}",
    "verdict.counts.elements": "{n} éléments",
    "verdict.counts.elements.one": "1 élément",
    "verdict.counts.gaps": " ; {n} écarts, aucun critique",
    "verdict.counts.gaps.one": " ; 1 écart, non critique",
    "verdict.share": "{share} des questions applicables au niveau de la cible ou au-dessus ({at_target} sur "
    "{applicable} ; {needed} requis pour l’atteindre)",
    "verdict.score": "{score} pour une cible de {target}",
    "draft.mark": "Projet : {n} {n:question|questions} sans réponse",
    "draft.mark.one": "Projet : 1 question sans réponse",
    "attest.draft": "Ce rapport est un projet : {n} {n:question retenue est|questions retenues sont} sans réponse.",
    "attest.draft.one": "Ce rapport est un projet : 1 question retenue est sans réponse.",
    "attention.title": "Points signalés au comité",
    "attention.intro": "Les actions critiques doivent être réalisées au plus tard le {date} (fin de la période "
    "évaluée ou 90 jours après la date du rapport, selon l’échéance la plus tardive).",
    "attention.nothing": "Rien à signaler : aucune question essentielle n’est déclarée non applicable, et chaque "
    "action critique a un responsable et une échéance au plus tard le {date}.",
    "attention.essential_na": "Questions essentielles déclarées non applicables, avec la justification donnée",
    "attention.actions": "Actions critiques sans responsable, à échéance postérieure au {date} ou sans échéance",
    "attention.action": "{question} : {text}",
    # -- score formulas (core.scoring.FormulaWords) ---------------------------------------------------
    "formula.no_score": "Aucune question applicable : pas de score.",
    "formula.unanswered": " ; {n} sans réponse, comptées pour 0",
    "formula.total_weight": "poids total {weight}",
    "formula.question": "{n} question",
    "formula.questions": "{n} questions",
    "formula.top_level": "niveau maximal {top}",
    "formula.per_scale": "chaque niveau divisé par le niveau maximal de son échelle",
    "formula.no_overall": "Aucun élément n’a encore de score : pas de résultat global.",
    "formula.element": "{n} élément",
    "formula.elements": "{n} éléments",
    "formula.left_out": " ; sans score, donc non pris en compte : {names}",
    # -- the tier's reasons and the rules' conditions (core.triage_words.TriageWords) ------------------
    "triage.at_least": "{subject} au moins égal à {n}",
    "triage.at_most": "{subject} au plus égal à {n}",
    "triage.equal": "{subject} égal à {n}",
    "triage.between": "{subject} entre {low} et {high}",
    "triage.total_at_least": "un score total d’au moins {n}",
    "triage.total_at_most": "un score total d’au plus {n}",
    "triage.all_joiner": " et ",
    "triage.any_of": "({conditions})",
    "triage.any_joiner": " ou ",
    "triage.negation": "non ({condition})",
    "triage.not_lower": "Niveau {tier} exclu : il exige {needs}.",
    "triage.not_lower_either": "Niveau {tier} exclu : il exige soit {needs}.",
    "triage.either_joiner": ", soit ",
    "triage.raised": "Niveau relevé par l’évaluateur de {computed} à {tier}.",
    "triage.justification": " Justification : {justification}",
    # -- punctuation after a label and between the items of a line -------------------------------------
    "html.contents": "Sommaire",
    "html.chart_values": "Le graphique en chiffres",
    "html.col_target": "Cible",
    "html.no_score": "sans score",
    "punct.colon": " :",
    "punct.quote_open": "« ",
    "punct.quote_close": " »",
    "punct.semicolon": " ; ",
    # -- values ----------------------------------------------------------------------------------------
    "percent": "{value:.1f} %",
    "band.none": "pas de score",
    "size.bytes": "{n}\u00a0{n:octet|octets}",
    "size.kb": "{n:.1f}\u00a0ko",
    "size.mb": "{n:.1f}\u00a0Mo",
    "size.gb": "{n:.2f}\u00a0Go",
    "number.decimal": ",",
    # -- dates: « 14 mars 2026 », « 1er avril 2026 », « 30 nov. 2025 » -----------------------------------------
    "date.months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "date.months_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "date.first_day": "1er",
    "date.long": "{day} {month} {year}",
    "date.short": "{day}\u00a0{month}\u00a0{year}",
    **FR_BOARD,
}

FR: dict[str, str] = {key: typeset(value) for key, value in _TEXTS.items()}
