"""The report's words for what a board checks and recomputes: the changes since the previous assessment
(and their line on the summary), the weights and the worked example of the method, the flagged questions,
and the attestation's sentence on the action plan. English and French; merged into ``catalog.EN`` and
``catalog_fr.FR`` (the French is written with ordinary spaces and typeset there).
"""

from __future__ import annotations

EN_BOARD: dict[str, str] = {
    # -- summary --------------------------------------------------------------------------------------------
    "summary.changes": "Since the previous assessment (section {section}): {what}.",
    "summary.changes_pack": "Since the previous assessment: {what}.",
    "summary.changes_none": "no answer changed",
    "summary.changes.answers": "{n} answers changed",
    "summary.changes.answers.one": "1 answer changed",
    "summary.changes.closed": "{n} gaps closed",
    "summary.changes.closed.one": "1 gap closed",
    "summary.changes.opened": "{n} gaps opened",
    "summary.changes.opened.one": "1 gap opened",
    "summary.changes.now_na": "{n} answers now not applicable",
    "summary.changes.now_na.one": "1 answer now not applicable",
    "summary.changes.not_na": "{n} no longer not applicable",
    "summary.changes.not_na.one": "1 no longer not applicable",
    "summary.critical_intro_pack": "A critical gap is an essential question at this tier whose answer is below "
    "the target or missing. Each has an action in the plan of the full report.",
    "cover.scope_more_pack": "… (continued in the full report)",
    "summary.flagged_line": "Questions flagged for review ({n}), with their level now: {items}.",
    "summary.flagged_item": "{id} ({level})",
    # -- question -------------------------------------------------------------------------------------------
    "q.target_weight": "target {target} · weight {weight}",
    "q.na_weight": "weight {weight}, not counted",
    # -- changes --------------------------------------------------------------------------------------------
    "changes.basis_file_id": "(report {report_id}, fingerprint {short}, last saved {date})",
    "changes.gaps_closed": "Gaps closed",
    "changes.gaps_opened": "Gaps opened",
    "changes.now_na": "Now not applicable (left out of the score)",
    "changes.not_na": "No longer not applicable (counted again)",
    "changes.none": "none",
    "changes.closes": "gap closed",
    "changes.opens": "gap opened",
    "changes.became_na": "now N/A: not counted",
    "changes.left_na": "no longer N/A",
    "changes.answer_target": "{answer} (target {target})",
    # -- method ---------------------------------------------------------------------------------------------
    "method.weight_rule": "Weights: each question's weight is set by the form pack and printed beside its answer "
    "in the element sections. A weight is 1 unless the pack gives the question more influence on its element's "
    "score ({heavy}). A weight changes the score only: the verdict counts each applicable question once, and a "
    "gap is critical because its question is essential at the tier, not because of its weight.",
    "method.weights_count": "{n} of the {total} questions of the pack weigh {weight}",
    "method.weights_none": "every question of this pack weighs 1",
    "method.target_rule": "Target of a question: the tier's target level, or for a question essential at the "
    "tier the tier's essential target when it sets one (table above), never above the top level of the "
    "question's scale. It is printed beside each answer.",
    "method.example": "Worked example: {element}",
    "method.example_intro": "The score and the verdict of {element} (section {section}) recomputed from this "
    "assessment's answers, with the rules above.",
    "method.ex_col_weight": "Weight",
    "method.ex_col_level": "Level",
    "method.ex_col_target": "Target",
    "method.ex_col_points": "Weight × level",
    "method.ex_col_status": "At target?",
    "method.ex_na": "N/A",
    "method.ex_unanswered": "unanswered: 0",
    "method.ex_not_counted": "not counted",
    "method.ex_yes": "yes",
    "method.ex_gap": "no: gap",
    "method.ex_critical": "no: critical gap",
    "method.ex_score": "Score: weight × level added over the {n} applicable {n:question|questions} "
    "gives {points}; the most "
    "they could give is their total weight {weight} × the top level {top} = {possible}; {points} ÷ "
    "{possible} = {percent}, the score printed for the element.",
    "method.ex_verdict": "Verdict: {unanswered} unanswered, {critical} critical {critical:gap|gaps}; "
    "{at_target} of the "
    "{applicable} applicable {applicable:question|questions} at or above their target ({share}; {needed} "
    "needed to meet it): {verdict}.",
    "method.ex_overall": "Overall: the mean of the element scores, {overall}; the overall verdict is the worst "
    "element's: {verdict}.",
    # -- attestation ----------------------------------------------------------------------------------------
    "attest.plan_all": "the action plan has been agreed with the people named as owners.",
    "attest.plan_some": "each action of the plan that names an owner has been agreed with that owner; {n} of "
    "the {total} actions have no owner yet.",
    "attest.plan_some.one": "each action of the plan that names an owner has been agreed with that owner; 1 of "
    "the {total} actions has no owner yet.",
    "attest.plan_no_owner": "no action of the plan has an owner yet ({total} actions).",
    "attest.plan_empty": "the action plan has no action.",
}

FR_BOARD: dict[str, str] = {
    # -- summary --------------------------------------------------------------------------------------------
    "summary.changes": "Depuis l’évaluation précédente (section {section}) : {what}.",
    "summary.changes_pack": "Depuis l’évaluation précédente : {what}.",
    "summary.changes_none": "aucune réponse modifiée",
    "summary.changes.answers": "{n} réponses modifiées",
    "summary.changes.answers.one": "1 réponse modifiée",
    "summary.changes.closed": "{n} écarts comblés",
    "summary.changes.closed.one": "1 écart comblé",
    "summary.changes.opened": "{n} écarts apparus",
    "summary.changes.opened.one": "1 écart apparu",
    "summary.changes.now_na": "{n} réponses devenues non applicables",
    "summary.changes.now_na.one": "1 réponse devenue non applicable",
    "summary.changes.not_na": "{n} qui ne sont plus non applicables",
    "summary.changes.not_na.one": "1 qui n’est plus non applicable",
    "summary.critical_intro_pack": "Un écart critique porte sur une question essentielle à ce niveau de risque dont "
    "la réponse est inférieure à la cible ou manquante. Chacun fait l’objet d’une action du plan du rapport complet.",
    "cover.scope_more_pack": "… (suite dans le rapport complet)",
    "summary.flagged_line": "Questions marquées à revoir ({n}), avec leur niveau actuel : {items}.",
    "summary.flagged_item": "{id} ({level})",
    # -- question -------------------------------------------------------------------------------------------
    "q.target_weight": "cible {target} · pondération {weight}",
    "q.na_weight": "pondération {weight}, non comptée",
    # -- changes --------------------------------------------------------------------------------------------
    "changes.basis_file_id": "(rapport {report_id}, empreinte {short}, dernier enregistrement le {date})",
    "changes.gaps_closed": "Écarts comblés",
    "changes.gaps_opened": "Écarts apparus",
    "changes.now_na": "Devenues non applicables (hors du score)",
    "changes.not_na": "Plus non applicables (de nouveau comptées)",
    "changes.none": "aucune",
    "changes.closes": "écart comblé",
    "changes.opens": "écart apparu",
    "changes.became_na": "devenue N/A : non comptée",
    "changes.left_na": "plus N/A",
    "changes.answer_target": "{answer} (cible {target})",
    # -- method ---------------------------------------------------------------------------------------------
    "method.weight_rule": "Pondérations : la pondération de chaque question est fixée par le jeu de formulaires et "
    "imprimée à côté de sa réponse dans les sections des éléments. Elle vaut 1, sauf lorsque le jeu donne à la "
    "question plus de poids dans le score de son élément ({heavy}). La pondération ne change que le score : le "
    "verdict compte chaque question applicable une fois, et un écart est critique parce que sa question est "
    "essentielle à ce niveau de risque, non en raison de sa pondération.",
    "method.weights_count": "{n} des {total} questions du jeu ont une pondération de {weight}",
    "method.weights_none": "toutes les questions de ce jeu ont une pondération de 1",
    "method.target_rule": "Cible d’une question : le niveau cible du niveau de risque ou, pour une question "
    "essentielle à ce niveau, la cible des questions essentielles lorsqu’il en fixe une (tableau ci-dessus), "
    "jamais au-dessus du haut de l’échelle de la question. Elle est imprimée à côté de chaque réponse.",
    "method.example": "Exemple de calcul : {element}",
    "method.example_intro": "Le score et le verdict de l’élément « {element} » (section {section}) recalculés à "
    "partir des réponses de cette évaluation, selon les règles ci-dessus.",
    "method.ex_col_weight": "Pondération",
    "method.ex_col_level": "Niveau",
    "method.ex_col_target": "Cible",
    "method.ex_col_points": "Pondération × niveau",
    "method.ex_col_status": "Cible atteinte ?",
    "method.ex_na": "N/A",
    "method.ex_unanswered": "sans réponse : 0",
    "method.ex_not_counted": "non comptée",
    "method.ex_yes": "oui",
    "method.ex_gap": "non : écart",
    "method.ex_critical": "non : écart critique",
    "method.ex_score": "Score : la somme des pondérations × niveaux des {n} "
    "{n:question applicable|questions applicables} "
    "vaut {points} ; le maximum possible est leur pondération totale {weight} × le niveau le plus haut "
    "{top} = {possible} ; {points} ÷ {possible} = {percent}, le score imprimé pour l’élément.",
    "method.ex_verdict": "Verdict : {unanswered} sans réponse, {critical} {critical:écart critique|écarts critiques} ; "
    "{at_target} des {applicable} {applicable:question applicable|questions applicables} atteignent ou "
    "dépassent leur cible ({share} ; {needed} requis pour l’atteindre) : {verdict}.",
    "method.ex_overall": "Global : la moyenne des scores des éléments, {overall} ; le verdict global est celui "
    "du moins bon élément : {verdict}.",
    # -- attestation ----------------------------------------------------------------------------------------
    "attest.plan_all": "le plan d’action a été convenu avec les personnes désignées comme responsables.",
    "attest.plan_some": "chaque action du plan qui désigne un responsable a été convenue avec celui-ci ; {n} des "
    "{total} actions n’ont pas encore de responsable.",
    "attest.plan_some.one": "chaque action du plan qui désigne un responsable a été convenue avec celui-ci ; 1 des "
    "{total} actions n’a pas encore de responsable.",
    "attest.plan_no_owner": "aucune action du plan n’a encore de responsable ({total} actions).",
    "attest.plan_empty": "le plan d’action ne comporte aucune action.",
}
