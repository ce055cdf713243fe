<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="108"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="109"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="110"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="111"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="112"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="113"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="118"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="119"/>
        <source>One row per action. Arrows move between cells; F2 or typing edits the owner and the due date.</source>
        <translation>Une ligne par action. Les flèches passent d’une cellule à l’autre ; F2 ou la saisie modifie le responsable et l’échéance.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="258"/>
        <source>Space opens the list of statuses; the arrows move to other cells.</source>
        <translation>Espace ouvre la liste des statuts ; les flèches passent aux autres cellules.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="352"/>
        <source>An owner is at most {n} characters; the owner was not changed.</source>
        <translation>Le responsable tient en {n} caractères au plus ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="361"/>
        <source>“{text}” is not a date. Write the due date as YYYY-MM-DD, for example {example}; the due date of {id} was not changed.</source>
        <translation>« {text} » n’est pas une date. Saisissez l’échéance au format AAAA-MM-JJ, par exemple {example} ; l’échéance de {id} n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="61"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="62"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="63"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="64"/>
        <source>Won&apos;t do</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="70"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="71"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="72"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="73"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/action_table.py" line="244"/>
        <source>Status of action {id}: {question}, {recommendation}</source>
        <translation>Statut de l’action {id} : {question}, {recommendation}</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="52"/>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="53"/>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="99"/>
        <source>Countersign the report</source>
        <translation>Contre-signer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="56"/>
        <source>The board&apos;s decision:</source>
        <translation>Avis du comité :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="61"/>
        <source>&amp;Approved</source>
        <translation>Avis f&amp;avorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="62"/>
        <source>Approved with &amp;conditions</source>
        <translation>Avis favorable &amp;sous conditions</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="63"/>
        <source>&amp;Not approved</source>
        <translation>Avis &amp;défavorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="74"/>
        <source>Comment or conditions</source>
        <translation>Commentaire ou conditions</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="90"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="94"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="98"/>
        <source>Counter&amp;sign</source>
        <translation>Contre-si&amp;gner</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="135"/>
        <source>Countersigning…</source>
        <translation>Contre-signature en cours…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="72"/>
        <source>Comment or con&amp;ditions:</source>
        <translation>Co&amp;mmentaire ou conditions :</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/assessor/ui/date_field.py" line="116"/>
        <source>A date: type it or pick it from the calendar (Alt+Down)</source>
        <translation>Une date : tapez-la ou choisissez-la dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/date_field.py" line="120"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/date_field.py" line="128"/>
        <source>Clear {name}</source>
        <translation>Effacer {name}</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../../src/assessor/ui/pages/due_editor.py" line="29"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/due_editor.py" line="30"/>
        <source>Type the date or pick it from the calendar (Alt+Down); Delete leaves it without a date</source>
        <translation>Saisissez la date ou choisissez-la dans le calendrier (Alt+Bas) ; Suppr la laisse sans date</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/due_editor.py" line="35"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>ElementPage</name>
    <message>
        <location filename="../../src/assessor/ui/pages/element_page.py" line="68"/>
        <source>— {0}, Core Element {1} ({2})</source>
        <translation>— {0}, Élément fondamental {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/element_page.py" line="119"/>
        <source>{0} of {1} questions in scope at the {2} tier answered</source>
        <translation>Réponses : {0} sur {1} questions retenues au niveau {2}</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="178"/>
        <source>Evidence that would support this: {0}</source>
        <translation>Pièces justificatives possibles : {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="168"/>
        <source>Evidence attached to {0}</source>
        <translation>Pièces justificatives jointes à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="181"/>
        <source>Attach evidence to {0}</source>
        <translation>Joindre une pièce justificative à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="193"/>
        <source>Reading the evidence file</source>
        <translation>Lecture de la pièce justificative</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="200"/>
        <source>Evidence problem</source>
        <translation>Problème de pièce justificative</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="265"/>
        <source>Could not attach the file: {0}</source>
        <translation>Impossible de joindre le fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="172"/>
        <source>E&amp;vidence</source>
        <translation>Pièces &amp;justificatives</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="183"/>
        <source>Remove the selected evidence of {0}</source>
        <translation>Retirer la pièce justificative sélectionnée de {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="186"/>
        <source>A&amp;ttach file…</source>
        <translation>Joindre un fic&amp;hier…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/evidence.py" line="187"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
</context>
<context>
    <name>IdentityPicker</name>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="59"/>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="63"/>
        <source>Create a new identity</source>
        <translation>Créer une nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="65"/>
        <source>Import an identity file</source>
        <translation>Importer un fichier d’identité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="68"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="73"/>
        <source>Passphrase of the identity</source>
        <translation>Phrase secrète de l’identité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="86"/>
        <source>New self-signed identity</source>
        <translation>Nouvelle identité auto-signée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="108"/>
        <source>RSA 3072 (widest support)</source>
        <translation>RSA 3072 (la plus largement reconnue)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="109"/>
        <source>ECDSA P-256 (faster)</source>
        <translation>ECDSA P-256 (plus rapide)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="111"/>
        <source>Your name, as it will be printed</source>
        <translation>Votre nom, tel qu’il sera imprimé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="112"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="112"/>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="113"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="113"/>
        <source>Your role, for example Data protection officer</source>
        <translation>Votre fonction, par exemple délégué à la protection des données</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="114"/>
        <source>Your e-mail address (optional)</source>
        <translation>Votre adresse électronique (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="115"/>
        <source>Passphrase for the new identity</source>
        <translation>Phrase secrète de la nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="116"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="117"/>
        <source>&amp;Key:</source>
        <translation>T&amp;ype de clé :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="117"/>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="125"/>
        <source>Create the identity and use it</source>
        <translation>Créer l’identité et l’utiliser</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="149"/>
        <source>No identity yet: create or import one</source>
        <translation>Aucune identité pour l’instant : créez-en une ou importez-la</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="234"/>
        <source>A new identity needs a name and an organisation.</source>
        <translation>Une nouvelle identité demande un nom et une organisation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="250"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="271"/>
        <source>Creating the identity…</source>
        <translation>Création de l’identité…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="291"/>
        <location filename="../../src/assessor/ui/identity_picker.py" line="298"/>
        <source>Import an identity</source>
        <translation>Importer une identité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="291"/>
        <source>Identity files (*.p12 *.pfx)</source>
        <translation>Fichiers d’identité (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="299"/>
        <source>Passphrase of {name}:</source>
        <translation>Phrase secrète de {name} :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="326"/>
        <source>Imported {name}.</source>
        <translation>Identité {name} importée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="328"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="282"/>
        <source>Created {name}; it is in your trusted certificates. Export its certificate (File, Export my certificate…) for those who will check your signature.</source>
        <translation>Identité {name} créée ; elle figure parmi vos certificats de confiance. Exportez son certificat (Fichier, Exporter mon certificat…) pour les personnes qui vérifieront votre signature.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="62"/>
        <source>Create identit&amp;y…</source>
        <translation>Créer une i&amp;dentité…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="64"/>
        <source>I&amp;mport .p12…</source>
        <translation>Import&amp;er un .p12…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="114"/>
        <source>E-m&amp;ail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="115"/>
        <source>Passp&amp;hrase:</source>
        <translation>Phrase sec&amp;rète :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="124"/>
        <source>Create and &amp;use</source>
        <translation>Créer e&amp;t utiliser</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="116"/>
        <source>A&amp;gain:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="80"/>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="97"/>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="99"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="173"/>
        <source>Choose, create or import an identity first.</source>
        <translation>Choisissez, créez ou importez d’abord une identité.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="176"/>
        <source>Type the passphrase of {name}.</source>
        <translation>Saisissez la phrase secrète de {name}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="188"/>
        <source>This passphrase does not open {name}. Check Caps Lock and type it again.</source>
        <translation>Cette phrase secrète n’ouvre pas {name}. Vérifiez le verrouillage des majuscules et saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="220"/>
        <source>Too short: {n} more</source>
        <translation>Trop courte : encore {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="221"/>
        <source>Weak: vary the characters</source>
        <translation>Faible : variez les caractères</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="222"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="223"/>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="239"/>
        <source>Choose a passphrase of at least {n} characters: it protects your signing key.</source>
        <translation>Choisissez une phrase secrète d’au moins {n} caractères : elle protège votre clé de signature.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/identity_picker.py" line="246"/>
        <source>This passphrase uses too few different characters: choose a more varied one.</source>
        <translation>Cette phrase secrète utilise trop peu de caractères différents : choisissez-en une plus variée.</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="153"/>
        <source>Institution and scope</source>
        <translation>Établissement et périmètre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="162"/>
        <source>Say who is assessed and what the assessment covers. These details open the report and tell the ethics board what the answers are about. The report needs the fields marked *.</source>
        <translation>Indiquez qui est évalué et ce que couvre l’évaluation. Ces informations ouvrent le rapport et disent au comité d’éthique sur quoi portent les réponses. Le rapport a besoin des champs marqués *.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="238"/>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="290"/>
        <source>Required: the report needs it.</source>
        <translation>Obligatoire : le rapport en a besoin.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="259"/>
        <source>“{text}” is not an e-mail address: write it as name@example.org, or leave it empty.</source>
        <translation>« {text} » n’est pas une adresse électronique : écrivez-la sous la forme nom@exemple.org, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="270"/>
        <source>The period cannot start after it ends ({end}): choose {end} or earlier.</source>
        <translation>La période ne peut pas commencer après sa fin ({end}) : choisissez le {end} ou avant.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="272"/>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="301"/>
        <source>The period cannot end before it starts ({start}): choose {start} or later.</source>
        <translation>La période ne peut pas finir avant son début ({start}) : choisissez le {start} ou après.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="177"/>
        <source>Reassessment of report {report} of {date} ({tier} tier, from {file}). The report compares this year&apos;s answers with those.</source>
        <translation>Réévaluation du rapport {report} du {date} (niveau {tier}, d’après {file}). Le rapport compare les réponses de cette année à celles-ci.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="57"/>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="61"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="77"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="116"/>
        <source>Assessor and signatory</source>
        <translation>Évaluateur et signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="59"/>
        <source>Title of this assessment</source>
        <translation>Titre de cette évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="67"/>
        <source>Department or unit</source>
        <translation>Service ou unité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="72"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="80"/>
        <source>What is assessed</source>
        <translation>Objet de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="88"/>
        <source>Activities (one a line)</source>
        <translation>Activités (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="94"/>
        <source>Datasets (one a line)</source>
        <translation>Jeux de données (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="100"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="107"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="119"/>
        <source>Assessor&apos;s name</source>
        <translation>Nom de l’évaluateur</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="124"/>
        <source>Assessor&apos;s role</source>
        <translation>Fonction de l’évaluateur</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="126"/>
        <source>Assessor&apos;s email</source>
        <translation>Courriel de l’évaluateur</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="133"/>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="138"/>
        <source>Signatory&apos;s role</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="140"/>
        <source>Signatory&apos;s organisation</source>
        <translation>Organisation du signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/institution_page.py" line="85"/>
        <source>The data, the sharing and the people this assessment covers</source>
        <translation>Les données, le partage et les personnes que couvre cette évaluation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="36"/>
        <source>Assessments (*.g4sa);;Signed reports (*.pdf);;All files (*)</source>
        <translation>Évaluations (*.g4sa);;Rapports signés (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="103"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="104"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="105"/>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="106"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="110"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="111"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="112"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="113"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="114"/>
        <source>&amp;Update to the newest form pack…</source>
        <translation>Mettre à &amp;jour vers le formulaire le plus récent…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="122"/>
        <source>&amp;Check a signed report…</source>
        <translation>&amp;Vérifier un rapport signé…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="126"/>
        <source>&amp;Close assessment</source>
        <translation>&amp;Fermer l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="130"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="131"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="132"/>
        <source>&amp;Find a question…</source>
        <translation>Rec&amp;hercher une question…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="133"/>
        <source>&amp;Review</source>
        <translation>Re&amp;vue</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="134"/>
        <source>Re&amp;sults</source>
        <translation>Résul&amp;tats</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="142"/>
        <source>Level &amp;{n}</source>
        <translation>Niveau &amp;{n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="145"/>
        <source>&amp;Not applicable</source>
        <translation>&amp;Non applicable (N/A)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="147"/>
        <source>&amp;Clear answer</source>
        <translation>&amp;Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="149"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="151"/>
        <source>&amp;About assessor</source>
        <translation>À &amp;propos d’assessor</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="174"/>
        <source>&amp;Update to form pack {version}…</source>
        <translation>Mettre à &amp;jour vers le formulaire {version}…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="250"/>
        <source>Autosaved for recovery</source>
        <translation>Copie de secours enregistrée automatiquement</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="265"/>
        <source>About this file</source>
        <translation>À propos de ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="328"/>
        <source>New assessment, not saved yet</source>
        <translation>Nouvelle évaluation, pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="338"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="326"/>
        <location filename="../../src/assessor/ui/main_window.py" line="504"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="330"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="342"/>
        <source>{tier} tier</source>
        <translation>Niveau de risque {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="344"/>
        <source>{tier} tier (provisional)</source>
        <translation>Niveau de risque {tier} (provisoire)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="362"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="427"/>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="405"/>
        <source>Unsaved work found</source>
        <translation>Travail non enregistré retrouvé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="407"/>
        <source>This assessment has changes autosaved at {time} that were never saved to the file. Open them (recommended)? If you open the file as it was last saved instead, those changes are discarded.</source>
        <translation>Cette évaluation a des modifications sauvegardées automatiquement à {time} qui n’ont jamais été enregistrées dans le fichier. Les ouvrir (recommandé) ? Si vous ouvrez plutôt le fichier tel qu’il a été enregistré la dernière fois, ces modifications sont abandonnées.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="434"/>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="435"/>
        <source>Discard the unsaved work of {label}? It cannot be brought back.</source>
        <translation>Abandonner le travail non enregistré de {label} ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="470"/>
        <source>Save assessment</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="491"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="491"/>
        <source>{problem}
Your work is kept.</source>
        <translation>{problem}
Votre travail est conservé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="495"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="505"/>
        <source>Save the changes to {title} before closing it?</source>
        <translation>Enregistrer les modifications de {title} avant la fermeture ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="551"/>
        <source>About assessor</source>
        <translation>À propos d’assessor</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="591"/>
        <source>Cannot start a reassessment</source>
        <translation>Impossible de commencer une réévaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="45"/>
        <source>Sign a draft report?</source>
        <translation>Signer un rapport à l’état de projet ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="47"/>
        <source>1 question is unanswered: the assessment is incomplete and the report is a draft.</source>
        <translation>1 question est sans réponse : l’évaluation est incomplète et le rapport est un projet.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="49"/>
        <source>{n} questions are unanswered: the assessment is incomplete and the report is a draft.</source>
        <translation>{n} questions sont sans réponse : l’évaluation est incomplète et le rapport est un projet.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="52"/>
        <source>Every page of the signed report keeps its Draft mark. Answer the questions first (see Review), or sign the draft as it is.</source>
        <translation>Chaque page du rapport signé garde la mention « Projet ». Répondez d’abord aux questions (voir Revue), ou signez le projet tel quel.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="57"/>
        <source>Sign the &amp;draft</source>
        <translation>Signer le &amp;projet</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="133"/>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="161"/>
        <source>Check a signed report</source>
        <translation>Vérifier un rapport signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="123"/>
        <source>Sign the report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="123"/>
        <source>The report is not ready yet.</source>
        <translation>Le rapport n’est pas encore prêt.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="136"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="149"/>
        <source>Save the countersigned report</source>
        <translation>Enregistrer le rapport contre-signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="136"/>
        <source>The signed report is saved as {path}.</source>
        <translation>Le rapport signé est enregistré sous {path}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="123"/>
        <source>&amp;Trusted certificates…</source>
        <translation>Certificats de &amp;confiance…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="124"/>
        <source>&amp;Export my certificate…</source>
        <translation>E&amp;xporter mon certificat…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="294"/>
        <source>{name} (NOT VALID) — assessor</source>
        <translation>{name} (NON VALIDE) — assessor</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="295"/>
        <source>Not valid: nothing from this file is shown</source>
        <translation>Non valide : rien de ce fichier n’est affiché</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="135"/>
        <source>Next &amp;question</source>
        <translation>&amp;Question suivante</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="136"/>
        <source>Previous q&amp;uestion</source>
        <translation>Question pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="137"/>
        <source>Next un&amp;answered question</source>
        <translation>Prochaine question sans &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="202"/>
        <source>Every question shown is answered</source>
        <translation>Toutes les questions affichées ont une réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="150"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="117"/>
        <source>&amp;Print the report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="118"/>
        <source>Print &amp;board pack…</source>
        <translation>Imprimer le &amp;dossier du comité…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/main_window.py" line="119"/>
        <source>Save board pack as P&amp;DF…</source>
        <translation>Enregistrer le dossier du comité en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="80"/>
        <source>Save before signing?</source>
        <translation>Enregistrer avant de signer ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="86"/>
        <source>The signed report carries the assessment. Save it first, so that the file on disk is exactly the one signed.</source>
        <translation>Le rapport signé contient l’évaluation. Enregistrez-la d’abord, pour que le fichier sur le disque soit exactement celui qui est signé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="91"/>
        <source>&amp;Save and sign</source>
        <translation>&amp;Enregistrer et signer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="82"/>
        <source>The assessment has not been saved to a file yet.</source>
        <translation>L’évaluation n’a pas encore été enregistrée dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signing_flow.py" line="84"/>
        <source>The assessment has changes that are not saved.</source>
        <translation>L’évaluation comporte des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>NavRow</name>
    <message>
        <location filename="../../src/assessor/ui/widgets.py" line="167"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/widgets.py" line="167"/>
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/widgets.py" line="168"/>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/widgets.py" line="168"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
</context>
<context>
    <name>NotValidView</name>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="26"/>
        <source>{name}: not valid</source>
        <translation>{name} : non valide</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="29"/>
        <source>{name} — NOT VALID</source>
        <translation>{name} — NON VALIDE</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="38"/>
        <source>This PDF is not signed. To work on the assessment, open the .g4sa file the report was made from.</source>
        <translation>Ce PDF n’est pas signé. Pour travailler sur l’évaluation, ouvrez le fichier .g4sa à partir duquel le rapport a été produit.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="42"/>
        <source>Nothing from this file is shown: no valid signature covers what it carries, so its answers cannot be opened, reassessed or saved. Do not rely on it; ask the sender for the signed report as it was made.</source>
        <translation>Rien de ce fichier n’est affiché : aucune signature valide ne couvre son contenu, ses réponses ne peuvent donc être ni ouvertes, ni réévaluées, ni enregistrées. Ne vous y fiez pas ; demandez à l’expéditeur le rapport signé tel qu’il a été produit.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="50"/>
        <source>Signature &amp;details…</source>
        <translation>&amp;Détail des signatures…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="50"/>
        <source>Signature details</source>
        <translation>Détail des signatures</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="52"/>
        <source>&amp;Close this file</source>
        <translation>&amp;Fermer ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/not_valid_view.py" line="52"/>
        <source>Close this file</source>
        <translation>Fermer ce fichier</translation>
    </message>
</context>
<context>
    <name>OpenErrorBox</name>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="53"/>
        <location filename="../../src/assessor/ui/open_errors.py" line="59"/>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="55"/>
        <source>“{name}” cannot be opened. {what}</source>
        <translation>« {name} » ne peut pas être ouvert. {what}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="63"/>
        <source>Open an assessment file (ending in .g4sa) saved by assessor, or start a new assessment.</source>
        <translation>Ouvrez un fichier d’évaluation (se terminant par .g4sa) enregistré par assessor, ou commencez une nouvelle évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="65"/>
        <source>It is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="67"/>
        <source>It is no longer there: it may have been moved, renamed or deleted.</source>
        <translation>Il n’est plus là : il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="68"/>
        <source>Look for it in its new folder, or open another copy.</source>
        <translation>Cherchez-le dans son nouveau dossier, ou ouvrez-en une autre copie.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="72"/>
        <source>You are not allowed to read it.</source>
        <translation>Vous n’avez pas le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="73"/>
        <source>Ask whoever manages this folder for access, or copy the file to a folder of your own.</source>
        <translation>Demandez l’accès à la personne qui gère ce dossier, ou copiez le fichier dans un dossier à vous.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="76"/>
        <source>It is far larger than any assessment or report.</source>
        <translation>Il est bien plus grand que toute évaluation ou tout rapport.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="78"/>
        <source>It was saved by a newer version of assessor.</source>
        <translation>Il a été enregistré par une version plus récente d’assessor.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="79"/>
        <source>Install the newer version of assessor to open it.</source>
        <translation>Installez la version plus récente d’assessor pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="82"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="83"/>
        <source>If it was being copied or downloaded, copy it again; otherwise open another copy.</source>
        <translation>S’il était en cours de copie ou de téléchargement, copiez-le à nouveau ; sinon, ouvrez-en une autre copie.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="89"/>
        <source>It is a Word, Excel or other office document, or a ZIP archive, not an assessment.</source>
        <translation>C’est un document Word, Excel ou d’une autre suite bureautique, ou une archive ZIP, pas une évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="91"/>
        <source>It is not an assessment: it holds a picture, a program or another kind of data.</source>
        <translation>Ce n’est pas une évaluation : il contient une image, un programme ou un autre type de données.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="94"/>
        <source>It is a plain text file, not an assessment saved by assessor.</source>
        <translation>C’est un simple fichier texte, pas une évaluation enregistrée par assessor.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="96"/>
        <source>It holds data from another program, not an assessment.</source>
        <translation>Il contient les données d’un autre programme, pas une évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="98"/>
        <source>It is damaged: it was cut short or changed outside assessor.</source>
        <translation>Il est endommagé : il a été tronqué ou modifié en dehors d’assessor.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="99"/>
        <source>It holds something assessor does not accept: it may have been changed outside assessor.</source>
        <translation>Il contient quelque chose qu’assessor n’accepte pas : il a peut-être été modifié en dehors d’assessor.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="107"/>
        <source>It is a PDF report made by assessor, without a signature, not an assessment file.</source>
        <translation>C’est un rapport PDF fait par assessor, sans signature, pas un fichier d’évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="108"/>
        <source>Open the .g4sa assessment it was made from: that is the file you can work on.</source>
        <translation>Ouvrez l’évaluation .g4sa à partir de laquelle il a été fait : c’est le fichier sur lequel vous pouvez travailler.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="111"/>
        <source>It is a PDF document whose name ends in {suffix} instead of .pdf.</source>
        <translation>C’est un document PDF dont le nom se termine par {suffix} au lieu de .pdf.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="112"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="113"/>
        <source>Rename it to end in .pdf and open it again, or open the .g4sa assessment it was made from.</source>
        <translation>Renommez-le pour qu’il se termine par .pdf et ouvrez-le à nouveau, ou ouvrez l’évaluation .g4sa à partir de laquelle il a été fait.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="115"/>
        <source>It is a report made by assessor, but it cannot be read as one (it may be damaged).</source>
        <translation>C’est un rapport fait par assessor, mais il ne peut pas être lu comme tel (il est peut-être endommagé).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="116"/>
        <source>Open the .g4sa assessment the report was made from, or ask its sender for another copy.</source>
        <translation>Ouvrez l’évaluation .g4sa à partir de laquelle le rapport a été fait, ou demandez-en une autre copie à son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="118"/>
        <source>It is a PDF that assessor did not make (or it is damaged): it holds no assessment.</source>
        <translation>C’est un PDF qu’assessor n’a pas fait (ou il est endommagé) : il ne contient aucune évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="119"/>
        <source>Open the .g4sa assessment file, or the signed report assessor made from it.</source>
        <translation>Ouvrez le fichier d’évaluation .g4sa, ou le rapport signé qu’assessor en a fait.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="126"/>
        <source>assessor kept the previous version beside it as {backup}: copy that file to a name ending in .g4sa and open the copy.</source>
        <translation>assessor a gardé la version précédente à côté, sous le nom {backup} : copiez ce fichier sous un nom se terminant par .g4sa et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/open_errors.py" line="129"/>
        <source>Open another copy of it, for example one you sent or received by e-mail.</source>
        <translation>Ouvrez-en une autre copie, par exemple une que vous avez envoyée ou reçue par courriel.</translation>
    </message>
</context>
<context>
    <name>PackChanges</name>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="57"/>
        <source>Form pack {id}: version {old} → {new}.</source>
        <translation>Formulaire {id} : version {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="65"/>
        <source>These risk factors changed meaning and are unanswered again; until you answer them, they count at their highest level and the tier is provisional:
{factors}</source>
        <translation>Ces facteurs de risque ont changé de sens et sont de nouveau sans réponse ; tant que vous n’y répondez pas, ils comptent à leur niveau le plus élevé et le niveau de risque est provisoire :
{factors}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="70"/>
        <source>Risk factors no longer asked: {ids}</source>
        <translation>Facteurs de risque qui ne sont plus demandés : {ids}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="71"/>
        <source>New questions: {ids}</source>
        <translation>Nouvelles questions : {ids}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="72"/>
        <source>Changed questions: {ids}</source>
        <translation>Questions modifiées : {ids}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="74"/>
        <source>Questions no longer asked (their answers are kept, not counted): {ids}</source>
        <translation>Questions qui ne sont plus posées (leurs réponses sont conservées, sans être comptées) : {ids}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="82"/>
        <source>Merged into {new} (the lower answer is kept, with every note): {ids}</source>
        <translation>Fusionnées dans {new} (la réponse la plus basse est conservée, avec toutes les notes) : {ids}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="88"/>
        <source>Answers moved to renamed questions: {moved}</source>
        <translation>Réponses déplacées vers des questions renommées : {moved}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="91"/>
        <source>Target at {tier}: {before} → {after}</source>
        <translation>Cible au niveau {tier} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="102"/>
        <source>{target} ({essential} for essential questions)</source>
        <translation>{target} ({essential} pour les questions essentielles)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="108"/>
        <source>Update to form pack {version}</source>
        <translation>Mettre à jour vers le formulaire {version}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="111"/>
        <source>Update this assessment to form pack {version}? Nothing is saved until you save; the file as it was is kept as a backup when you do.</source>
        <translation>Mettre à jour cette évaluation vers le formulaire {version} ? Rien n’est enregistré tant que vous n’enregistrez pas ; le fichier tel qu’il était est alors conservé comme copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="116"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="126"/>
        <source>Moved to form pack {version}</source>
        <translation>Passée au formulaire {version}</translation>
    </message>
</context>
<context>
    <name>PackUpdateNotice</name>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="29"/>
        <source>This assessment was answered against form pack {version}, and shows it as it was. Version {newer} is available. Updating carries your answers forward, shows what changed before anything is saved, and asks you to answer again any risk factor whose meaning changed.</source>
        <translation>Cette évaluation a été remplie avec la version {version} du formulaire et s’affiche telle qu’elle était. La version {newer} est disponible. La mise à jour reprend vos réponses, montre ce qui change avant tout enregistrement et vous demande de répondre à nouveau aux facteurs de risque dont le sens a changé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="36"/>
        <source>&amp;Update to pack {version}</source>
        <translation>&amp;Mettre à jour vers la version {version}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pack_update.py" line="37"/>
        <source>Update to form pack {version}</source>
        <translation>Mettre à jour vers le formulaire {version}</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="141"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="143"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="144"/>
        <source>Printing progress</source>
        <translation>Progression de l’impression</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="166"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="103"/>
        <source>The report could not be read for printing.</source>
        <translation>Le rapport n’a pas pu être lu pour l’impression.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="109"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/printing.py" line="155"/>
        <source>Printing page {done} of {total}…</source>
        <translation>Impression de la page {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="55"/>
        <source>unofficial translation</source>
        <translation>traduction non officielle</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="101"/>
        <source>Question {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="134"/>
        <source>Essential at this tier</source>
        <translation>Essentielle à ce niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="140"/>
        <source>Follow-up</source>
        <translation>Question de suivi</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="142"/>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="143"/>
        <source>Asked because {0}</source>
        <translation>Posée car : {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="165"/>
        <source>N/A — Not applicable</source>
        <translation>N/A — Non applicable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="167"/>
        <source>This question does not apply; say why.</source>
        <translation>Cette question ne s’applique pas ; dites pourquoi.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="174"/>
        <source>Clear the answer to {0}</source>
        <translation>Effacer la réponse à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="175"/>
        <source>Back to unanswered; the notes, evidence and flag stay.</source>
        <translation>Revenir à « sans réponse » ; les notes, les pièces justificatives et le marquage restent.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="180"/>
        <source>Back to unanswered (Ctrl+Backspace); the notes, evidence and flag stay.</source>
        <translation>Revenir à « sans réponse » (Ctrl+Retour arrière) ; les notes, les pièces justificatives et le marquage restent.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="191"/>
        <source>Why {0} is not applicable</source>
        <translation>Pourquoi {0} est non applicable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="193"/>
        <source>Needed: say why this question does not apply here.</source>
        <translation>Obligatoire : dites pourquoi cette question ne s’applique pas ici.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="195"/>
        <source>A reason is needed for N/A</source>
        <translation>Une justification est requise pour N/A</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="200"/>
        <source>Notes for {0}</source>
        <translation>Notes sur {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="202"/>
        <source>What is in place, who said so, what is missing…</source>
        <translation>Ce qui est en place, qui l’affirme, ce qui manque…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="205"/>
        <source>Flag {0} for review</source>
        <translation>Marquer {0} à revoir</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="221"/>
        <source>Guidance for {0}</source>
        <translation>Conseils pour {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="244"/>
        <source>Why at this tier: </source>
        <translation>Pourquoi à ce niveau de risque : </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="313"/>
        <source>A gap here is a critical gap at the {0} tier.</source>
        <translation>Un écart ici est un écart critique au niveau {0}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="347"/>
        <source>Answered · Not applicable</source>
        <translation>Répondu · Non applicable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="350"/>
        <source>Answered · Level {0} — {1}</source>
        <translation>Répondu · Niveau {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="352"/>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="423"/>
        <source>Attach evidence to {0}</source>
        <translation>Joindre une pièce justificative à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="41"/>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="42"/>
        <source>GA4GH Data Privacy and Security Policy</source>
        <translation>Politique de la GA4GH sur la protection de la vie privée et la sécurité des données</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="43"/>
        <source>GA4GH Consent Policy</source>
        <translation>Politique de la GA4GH sur le consentement</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="44"/>
        <source>GA4GH Accountability Policy</source>
        <translation>Politique de la GA4GH sur la responsabilité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="222"/>
        <source>G&amp;uidance</source>
        <translation>&amp;Conseils</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="179"/>
        <source>&amp;Clear answer</source>
        <translation>&amp;Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="192"/>
        <source>&amp;Why is this not applicable?</source>
        <translation>&amp;Pourquoi est-ce non applicable ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="201"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/question_card.py" line="206"/>
        <source>F&amp;lag for review</source>
        <translation>&amp;Marquer à revoir</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../src/assessor/ui/report_making.py" line="72"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_making.py" line="73"/>
        <source>it cannot print {chars}: no font shipped with assessor has them, or their script needs right-to-left shaping the PDF cannot do yet. Write those names, notes or evidence in another script, or leave them out.</source>
        <translation>il ne peut pas imprimer {chars} : aucune police fournie avec assessor ne les contient, ou leur écriture demande une mise en forme de droite à gauche que le PDF ne sait pas encore faire. Écrivez ces noms, notes ou justificatifs dans une autre écriture, ou retirez-les.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="86"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="90"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="91"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="92"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="93"/>
        <source>The paper size of the PDF and of the print</source>
        <translation>Le format du papier du PDF et de l’impression</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="95"/>
        <source>&amp;Paper:</source>
        <translation>F&amp;ormat du papier :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="99"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="100"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="101"/>
        <source>Preview zoom</source>
        <translation>Zoom de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="103"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="106"/>
        <source>&amp;Update</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="107"/>
        <source>Update the report</source>
        <translation>Actualiser le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="108"/>
        <source>Make the report again from the latest answers</source>
        <translation>Refaire le rapport à partir des dernières réponses</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="110"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="111"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="114"/>
        <location filename="../../src/assessor/ui/report_page.py" line="348"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="117"/>
        <source>Save the report as one HTML file</source>
        <translation>Enregistrer le rapport en un seul fichier HTML</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="145"/>
        <source>Making the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="147"/>
        <source>No report yet.</source>
        <translation>Pas encore de rapport.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="148"/>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="155"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="156"/>
        <source>The pages of the PDF report, as they will be printed</source>
        <translation>Les pages du rapport PDF, telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="238"/>
        <source>No report: its date, {date}, is earlier than the assessment&apos;s last change ({limit}).</source>
        <translation>Pas de rapport : sa date, {date}, est antérieure à la dernière modification de l’évaluation ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="241"/>
        <source>No report: its date, {date}, is earlier than the start of the assessment period ({limit}).</source>
        <translation>Pas de rapport : sa date, {date}, est antérieure au début de la période évaluée ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="264"/>
        <source>Making the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/assessor/ui/report_page.py" line="293"/>
        <source>%n pages, ready to print or save.</source>
        <translation>
            <numerusform>%n page, prête à imprimer ou à enregistrer.</numerusform>
            <numerusform>%n pages, prêtes à imprimer ou à enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="300"/>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n’a pas pu être produit : %1</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="345"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="348"/>
        <location filename="../../src/assessor/ui/report_page.py" line="438"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="351"/>
        <source>Save the report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="351"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="365"/>
        <source>Self-assessment report</source>
        <translation>Rapport d’auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="113"/>
        <source>Save P&amp;DF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="116"/>
        <source>Save HT&amp;ML…</source>
        <translation>Enregistrer en HT&amp;ML…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="119"/>
        <source>Print board pa&amp;ck…</source>
        <translation>Imprimer le dossier du &amp;comité…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="120"/>
        <source>Print the board pack</source>
        <translation>Imprimer le dossier du comité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="122"/>
        <source>Print the cover, the board summary and the attestation alone, for the board&apos;s papers</source>
        <translation>Imprimer seulement la couverture, la synthèse pour le comité et l’attestation, pour le dossier du comité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="356"/>
        <location filename="../../src/assessor/ui/report_page.py" line="393"/>
        <source>Preparing the report for the printer…</source>
        <translation>Préparation du rapport pour l’imprimante…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="431"/>
        <source>Preparing the board pack for the printer…</source>
        <translation>Préparation du dossier du comité pour l’imprimante…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="382"/>
        <source>Sent 1 page to the printer {name}.</source>
        <translation>1 page envoyée à l’imprimante {name}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="384"/>
        <source>Sent {n} pages to the printer {name}.</source>
        <translation>{n} pages envoyées à l’imprimante {name}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="386"/>
        <source>Printing cancelled: nothing was sent to the printer.</source>
        <translation>Impression annulée : rien n’a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="388"/>
        <source>Not printed: {problem}</source>
        <translation>Non imprimé : {problem}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="423"/>
        <source>The board pack could not be made: {problem}</source>
        <translation>Le dossier du comité n’a pas pu être produit : {problem}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="426"/>
        <source>Making the board pack…</source>
        <translation>Production du dossier du comité…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/report_page.py" line="437"/>
        <source>Save the board pack as PDF</source>
        <translation>Enregistrer le dossier du comité en PDF</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="42"/>
        <source>Report and signature</source>
        <translation>Rapport et signature</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="50"/>
        <source>This is the report exactly as it prints. Sign it to seal it: the signed PDF carries the assessment, and anyone can check that neither has changed.</source>
        <translation>Voici le rapport exactement tel qu’il s’imprime. Signez-le pour le sceller : le PDF signé contient l’évaluation, et chacun peut vérifier que ni l’un ni l’autre n’a changé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="57"/>
        <source>&amp;Sign the report…</source>
        <translation>&amp;Signer le rapport…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="57"/>
        <source>Sign the report</source>
        <translation>Signer le rapport</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="46"/>
        <source>Results and action plan</source>
        <translation>Résultats et plan d’action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="59"/>
        <source>Scores per Core Element</source>
        <translation>Scores par Élément fondamental</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="65"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="69"/>
        <source>Every gap can become an action. Give each one an owner, a due date (YYYY-MM-DD) and a status; the report prints the plan as it stands.</source>
        <translation>Chaque écart peut devenir une action. Donnez à chacune un responsable, une échéance (AAAA-MM-JJ) et un statut ; le rapport imprime le plan tel qu’il est.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="78"/>
        <source>Update action plan from gaps</source>
        <translation>Mettre à jour le plan d’action à partir des écarts</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="79"/>
        <source>Adds an action for every gap that has none yet; your edits are kept.</source>
        <translation>Ajoute une action pour chaque écart qui n’en a pas encore ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="95"/>
        <source>No action yet: use “Update action plan from gaps”.</source>
        <translation>Aucune action pour l’instant : utilisez « Mettre à jour le plan d’action à partir des écarts ».</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="102"/>
        <source>This is a signed report, opened for reading: the plan cannot change.</source>
        <translation>Ceci est un rapport signé, ouvert en lecture : le plan ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="113"/>
        <source>Core Element</source>
        <translation>Élément fondamental</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="114"/>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="115"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="116"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="157"/>
        <source>No score: no question applies.</source>
        <translation>Pas de score : aucune question ne s’applique.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="160"/>
        <source>Overall score {score} % against a target of {target} % (unanswered questions count 0)</source>
        <translation>Score global {score} % pour une cible de {target} % (une question sans réponse compte 0)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="117"/>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="118"/>
        <source>Critical gaps</source>
        <translation>Écarts critiques</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="121"/>
        <source>Results by Core Element</source>
        <translation>Résultats par Élément fondamental</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="121"/>
        <source>Read only. The arrows move between cells.</source>
        <translation>Lecture seule. Les flèches passent d’une cellule à l’autre.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="179"/>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="180"/>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="205"/>
        <source>Every gap already has an action: nothing added.</source>
        <translation>Chaque écart a déjà une action : rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="207"/>
        <source>1 action added for a gap that had none.</source>
        <translation>1 action ajoutée pour un écart qui n’en avait pas.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="209"/>
        <source>{n} actions added for gaps that had none.</source>
        <translation>{n} actions ajoutées pour des écarts qui n’en avaient pas.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/results_page.py" line="77"/>
        <source>&amp;Update action plan from gaps</source>
        <translation>&amp;Mettre à jour le plan d’action à partir des écarts</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="71"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="79"/>
        <source>Press Enter or double-click an entry to open its question.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur une entrée pour ouvrir sa question.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="82"/>
        <source>Critical gaps</source>
        <translation>Écarts critiques</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="82"/>
        <source>No critical gap.</source>
        <translation>Aucun écart critique.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="83"/>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="83"/>
        <source>Nothing unanswered.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="84"/>
        <source>Flagged for review</source>
        <translation>Marquées à revoir</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="84"/>
        <source>Nothing flagged for review.</source>
        <translation>Aucune question marquée à revoir.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="85"/>
        <source>N/A without a justification</source>
        <translation>N/A sans justification</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="85"/>
        <source>Every N/A answer is justified.</source>
        <translation>Chaque réponse N/A est justifiée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="87"/>
        <source>Essential questions marked N/A (listed for the board)</source>
        <translation>Questions essentielles déclarées N/A (signalées au comité)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="88"/>
        <source>No essential question is marked N/A.</source>
        <translation>Aucune question essentielle n’est déclarée N/A.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="91"/>
        <source>Critical actions without an owner</source>
        <translation>Actions critiques sans responsable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="92"/>
        <source>Every critical action has an owner.</source>
        <translation>Chaque action critique a un responsable.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="95"/>
        <source>Critical actions due too late or without a due date</source>
        <translation>Actions critiques à échéance trop tardive ou sans échéance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="96"/>
        <source>Every critical action is due in time.</source>
        <translation>Chaque action critique a une échéance dans les délais.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="172"/>
        <source>Due after {date}: the end of the assessment period or 90 days from today, whichever is later.</source>
        <translation>Échéance postérieure au {date} : fin de la période évaluée ou 90 jours à compter d’aujourd’hui, selon la date la plus tardive.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="178"/>
        <source>1 critical gap</source>
        <translation>1 écart critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="178"/>
        <source>{n} critical gaps</source>
        <translation>{n} écarts critiques</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="180"/>
        <source>{answered} of {total} questions answered at the {tier} tier · {gaps}</source>
        <translation>Réponses : {answered} questions sur {total} au niveau {tier} · {gaps}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="188"/>
        <source>Ready for the report: every question is answered and every N/A is justified.</source>
        <translation>Prêt pour le rapport : chaque question a une réponse et chaque N/A est justifiée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="190"/>
        <source>1 question is</source>
        <translation>1 question est</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="190"/>
        <source>{n} questions are</source>
        <translation>{n} questions sont</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="191"/>
        <source>still flagged for another look.</source>
        <translation>toujours à revoir.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="196"/>
        <source>1 question to answer</source>
        <translation>1 question sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="196"/>
        <source>{n} questions to answer</source>
        <translation>{n} questions sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="200"/>
        <source>1 N/A to justify</source>
        <translation>1 N/A à justifier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="200"/>
        <source>{n} N/A answers to justify</source>
        <translation>{n} réponses N/A à justifier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="202"/>
        <source>Still to do: {items}.</source>
        <translation>Reste à faire : {items}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="202"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="225"/>
        <source>1 question.</source>
        <translation>1 question.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="225"/>
        <source>{n} questions.</source>
        <translation>{n} questions.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/review_page.py" line="225"/>
        <source>Enter opens one.</source>
        <translation>Entrée en ouvre une.</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="79"/>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="87"/>
        <source>Risk profile</source>
        <translation>Profil de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="109"/>
        <source>Answer the twelve questions about what you share and with whom. They set the risk tier, and the tier sets which questions follow: more risk, more questions and a higher bar. The reasons above say which answers set the tier.</source>
        <translation>Répondez aux douze questions sur ce que vous partagez et avec qui. Elles fixent le niveau de risque, et le niveau fixe les questions qui suivent : plus de risque, plus de questions et une exigence plus haute. Les raisons ci-dessus indiquent quelles réponses fixent le niveau.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="120"/>
        <source>Raise the tier</source>
        <translation>Relever le niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="124"/>
        <source>You may ask more of yourself than the factors do: raise the tier, and say why. The report shows the computed tier, the raised one and your reason. A tier is never lowered by hand.</source>
        <translation>Vous pouvez vous montrer plus exigeant que les facteurs : relevez le niveau de risque et dites pourquoi. Le rapport indique le niveau calculé, le niveau relevé et votre justification. Un niveau n’est jamais abaissé à la main.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="130"/>
        <source>Raise the tier to</source>
        <translation>Relever le niveau de risque à</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="131"/>
        <source>Do not raise</source>
        <translation>Ne pas relever</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="133"/>
        <source>Raise to {tier}</source>
        <translation>Relever au niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="134"/>
        <source>Why the tier is raised</source>
        <translation>Pourquoi le niveau de risque est relevé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="136"/>
        <source>Why the tier is raised (required)</source>
        <translation>Pourquoi le niveau de risque est relevé (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="177"/>
        <source>Say why the tier is raised; until you do, it is not raised.</source>
        <translation>Dites pourquoi le niveau de risque est relevé ; tant que ce n’est pas fait, il n’est pas relevé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="189"/>
        <source>{n} questions in scope · risk score {total} of 24</source>
        <translation>{n} questions retenues · score de risque {total} sur 24</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="191"/>
        <source> · {m} of 12 factors not answered yet, counted at their highest level</source>
        <translation> · {m} facteurs sur 12 encore sans réponse, comptés à leur niveau le plus élevé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/risk_page.py" line="193"/>
        <source> · {m} of 12 factors not answered yet</source>
        <translation> · {m} facteurs sur 12 encore sans réponse</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../src/assessor/ui/pages/score_chart.py" line="29"/>
        <source>Scores per Core Element</source>
        <translation>Scores par Élément fondamental</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/score_chart.py" line="48"/>
        <location filename="../../src/assessor/ui/pages/score_chart.py" line="103"/>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/score_chart.py" line="52"/>
        <source>No Core Element to show.</source>
        <translation>Aucun Élément fondamental à afficher.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/pages/score_chart.py" line="60"/>
        <source>target {target} %</source>
        <translation>cible {target} %</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="54"/>
        <location filename="../../src/assessor/ui/search.py" line="55"/>
        <source>Find a question</source>
        <translation>Rechercher une question</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="58"/>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="59"/>
        <source>A question id (e.g. PR-03) or words from its text</source>
        <translation>Un identifiant de question (par ex. PR-03) ou des mots de son texte</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="62"/>
        <source>Questions found</source>
        <translation>Questions trouvées</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="107"/>
        <source>its id</source>
        <translation>son identifiant</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="107"/>
        <source>the question</source>
        <translation>la question</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="107"/>
        <source>its guidance</source>
        <translation>ses conseils</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="109"/>
        <source>Found in {places}</source>
        <translation>Trouvé dans {places}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="115"/>
        <source>Not asked at the {tier} tier: asked from the {first} tier up</source>
        <translation>Non posée au niveau de risque {tier} : posée à partir du niveau {first}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="120"/>
        <source>Not asked now: a follow-up, asked only when {condition}</source>
        <translation>Non posée pour l’instant : question de suivi, posée seulement si {condition}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="121"/>
        <source>Not asked now</source>
        <translation>Non posée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="104"/>
        <source>{n} found</source>
        <translation>Résultats : {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/search.py" line="103"/>
        <source>first</source>
        <translation>affichés :</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="115"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="191"/>
        <location filename="../../src/assessor/ui/session.py" line="204"/>
        <source>answer to {0}</source>
        <translation>la réponse à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="196"/>
        <source>clearing the answer to {0}</source>
        <translation>l’effacement de la réponse à {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="211"/>
        <source>notes on {0}</source>
        <translation>les notes sur {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="211"/>
        <source>reason for N/A of {0}</source>
        <translation>la raison du N/A de {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="217"/>
        <source>flag on {0}</source>
        <translation>le marquage de {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="220"/>
        <location filename="../../src/assessor/ui/session.py" line="226"/>
        <source>evidence for {0}</source>
        <translation>les pièces justificatives de {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="230"/>
        <source>action plan change</source>
        <translation>la modification du plan d’action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="235"/>
        <source>change to “{0}”</source>
        <translation>la modification de « {0} »</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="245"/>
        <source>risk factor {0}</source>
        <translation>le facteur de risque {0}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/session.py" line="253"/>
        <source>raised tier</source>
        <translation>le niveau de risque relevé</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="43"/>
        <source>Steps of the assessment</source>
        <translation>Étapes de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="56"/>
        <location filename="../../src/assessor/ui/sidebar.py" line="114"/>
        <source>1  Institution and scope</source>
        <translation>1  Établissement et périmètre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="57"/>
        <source>2  Risk profile</source>
        <translation>2  Profil de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="58"/>
        <source>3  Core Elements</source>
        <translation>3  Éléments fondamentaux</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="62"/>
        <source>4  Review</source>
        <translation>4  Revue</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="63"/>
        <location filename="../../src/assessor/ui/sidebar.py" line="114"/>
        <source>5  Results and action plan</source>
        <translation>5  Résultats et plan d’action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="64"/>
        <source>6  Report and signature</source>
        <translation>6  Rapport et signature</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="166"/>
        <source>{done} questions answered</source>
        <translation>Questions avec réponse : {done}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="185"/>
        <source>{tier} tier</source>
        <translation>Niveau de risque {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="188"/>
        <source>{n} critical</source>
        <translation>critiques : {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="163"/>
        <location filename="../../src/assessor/ui/sidebar.py" line="174"/>
        <source>{done} of {total} answered</source>
        <translation>{done} sur {total} avec réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="180"/>
        <source>{done} of {total} factors set</source>
        <translation>{done} facteurs sur {total} renseignés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/assessor/ui/sidebar.py" line="189"/>
        <source>%n critical gap(s)</source>
        <translation>
            <numerusform>%n écart critique</numerusform>
            <numerusform>%n écarts critiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sidebar.py" line="183"/>
        <source>{tier} tier (provisional until every factor is answered)</source>
        <translation>Niveau de risque {tier} (provisoire tant que tous les facteurs ne sont pas renseignés)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="54"/>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="55"/>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="97"/>
        <source>Sign the report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="60"/>
        <source>Your signature seals the report and the assessment it carries: any later change shows. The board can check it with your certificate.</source>
        <translation>Votre signature scelle le rapport et l’évaluation qu’il contient : toute modification ultérieure se voit. Le comité peut la vérifier avec votre certificat.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="74"/>
        <source>I attest that this report is a true account of the self-assessment</source>
        <translation>J’atteste que ce rapport rend fidèlement compte de l’auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="75"/>
        <source>Reason for signing</source>
        <translation>Motif de la signature</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="77"/>
        <source>Place of signing</source>
        <translation>Lieu de la signature</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="78"/>
        <source>For example, the city</source>
        <translation>Par exemple, la ville</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="79"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="79"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="88"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="92"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="96"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="143"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/sign_dialog.py" line="159"/>
        <source>Signed.</source>
        <translation>Signé.</translation>
    </message>
</context>
<context>
    <name>SignatureVerdict</name>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="31"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="33"/>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="45"/>
        <source>approved</source>
        <translation>avis favorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="46"/>
        <source>approved with conditions</source>
        <translation>avis favorable sous conditions</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="47"/>
        <source>not approved</source>
        <translation>avis défavorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="58"/>
        <source>countersigned by a certificate you do not trust, named {name} (not the one you trust for this name)</source>
        <translation>contre-signé avec un certificat auquel vous ne faites pas confiance, au nom de {name} (pas celui auquel vous faites confiance pour ce nom)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="62"/>
        <source>signed by a certificate you do not trust, named {name} (not the one you trust for this name)</source>
        <translation>signé avec un certificat auquel vous ne faites pas confiance, au nom de {name} (pas celui auquel vous faites confiance pour ce nom)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="65"/>
        <source>countersigned by {who} on {when}: {decision}</source>
        <translation>contre-signé par {who} le {when} : {decision}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="69"/>
        <source>signed by {who} on {when}</source>
        <translation>signé par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="71"/>
        <source>{line} — trusted certificate</source>
        <translation>{line} — certificat de confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="72"/>
        <source>{line} — a certificate you do not trust (not in your trusted certificates)</source>
        <translation>{line} — un certificat auquel vous ne faites pas confiance (absent de vos certificats de confiance)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="76"/>
        <source>a signature does not verify</source>
        <translation>une signature ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="77"/>
        <source>NOT VALID: {problem}</source>
        <translation>NON VALIDE : {problem}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="81"/>
        <source>The assessment inside matches the fingerprint printed on the report.</source>
        <translation>L’évaluation contenue correspond à l’empreinte imprimée sur le rapport.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="82"/>
        <source>The assessment inside does NOT match the fingerprint printed on the report.</source>
        <translation>L’évaluation contenue NE correspond PAS à l’empreinte imprimée sur le rapport.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="91"/>
        <source>Signatures valid: {who}. {match}</source>
        <translation>Signatures valides : {who}. {match}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/signature_banner.py" line="94"/>
        <source>The signatures could not be checked: {problem}</source>
        <translation>Les signatures n’ont pas pu être vérifiées : {problem}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="49"/>
        <source>GA4GH Framework self-assessment</source>
        <translation>Auto-évaluation selon le Cadre de la GA4GH</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="53"/>
        <source>Assess how your institution shares genomic and health-related data against the ten Core Elements of the GA4GH Framework for Responsible Sharing of Genomic and Health-Related Data. The questions asked follow the risk of what you share; the result is a report an ethics board can read on paper, sign and check.</source>
        <translation>Évaluez la manière dont votre établissement partage des données génomiques et des données de santé au regard des dix Éléments fondamentaux du Cadre de la GA4GH pour un partage responsable des données génomiques et des données de santé. Les questions posées suivent le risque de ce que vous partagez ; le résultat est un rapport qu’un comité d’éthique peut lire sur papier, signer et vérifier.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="64"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="64"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="67"/>
        <source>Open an assessment or a signed report</source>
        <translation>Ouvrir une évaluation ou un rapport signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="89"/>
        <source>&amp;Low tier</source>
        <translation>Niveau fa&amp;ible</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="89"/>
        <source>Open the Low tier demo</source>
        <translation>Ouvrir la démonstration de niveau faible</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="90"/>
        <source>&amp;Moderate tier</source>
        <translation>Niveau &amp;modéré</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="90"/>
        <source>Open the Moderate tier demo</source>
        <translation>Ouvrir la démonstration de niveau modéré</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="91"/>
        <source>H&amp;igh tier</source>
        <translation>Niveau éle&amp;vé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="91"/>
        <source>Open the High tier demo</source>
        <translation>Ouvrir la démonstration de niveau élevé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="93"/>
        <source>The assessment of a fictional institution, answered at this tier</source>
        <translation>L’évaluation d’un établissement fictif, remplie pour ce niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="160"/>
        <location filename="../../src/assessor/ui/start_screen.py" line="167"/>
        <source>Unsaved work to recover</source>
        <translation>Travail non enregistré à récupérer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="163"/>
        <source>The app closed before this work was saved. Recover it to keep what you typed.</source>
        <translation>L’application s’est fermée avant que ce travail soit enregistré. Récupérez-le pour garder ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="171"/>
        <source>&amp;Recover</source>
        <translation>Ré&amp;cupérer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="171"/>
        <source>Recover the selected work</source>
        <translation>Récupérer le travail sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="174"/>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="174"/>
        <source>Discard the selected unsaved work</source>
        <translation>Abandonner le travail non enregistré sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="78"/>
        <location filename="../../src/assessor/ui/start_screen.py" line="144"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="84"/>
        <source>Try it with a demo</source>
        <translation>Essayer avec une démonstration</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="105"/>
        <source>assessor {version} · works offline</source>
        <translation>assessor {version} · fonctionne hors ligne</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="80"/>
        <source>No recent files yet.</source>
        <translation>Pas encore de fichier récent.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/start_screen.py" line="190"/>
        <source>saved or opened {date}</source>
        <translation>enregistré ou ouvert le {date}</translation>
    </message>
</context>
<context>
    <name>TierExplain</name>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="62"/>
        <source>What this tier means, why the answers give it, and how to raise it</source>
        <translation>Ce que signifie ce niveau de risque, pourquoi les réponses y conduisent, et comment le relever</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="85"/>
        <location filename="../../src/assessor/ui/tier_explain.py" line="88"/>
        <source>What this tier means</source>
        <translation>Ce que signifie ce niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="93"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="154"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="154"/>
        <source>Questions asked</source>
        <translation>Questions posées</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="154"/>
        <source>Essential</source>
        <translation>Essentielles</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="154"/>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="52"/>
        <source>{tier} t&amp;ier</source>
        <translation>Niveau de ris&amp;que {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="51"/>
        <source>{tier} t&amp;ier (provisional)</source>
        <translation>Niveau de ris&amp;que {tier} (provisoire)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="70"/>
        <source>Risk tier: {tier}. What this tier means</source>
        <translation>Niveau de risque : {tier}. Ce que signifie ce niveau</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="120"/>
        <source>What it changes</source>
        <translation>Ce qu’il change</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="124"/>
        <source>The tier decides which questions are asked, which of them are essential (a gap on an essential question is a critical gap), and the level an answer must reach (the target).</source>
        <translation>Le niveau de risque décide des questions posées, de celles qui sont essentielles (un écart sur une question essentielle est un écart critique) et du niveau qu’une réponse doit atteindre (la cible).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="137"/>
        <source>How to raise it</source>
        <translation>Comment le relever</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="141"/>
        <source>You may ask more of yourself than the factors do: on the Risk profile page, under “Raise the tier”, choose a higher tier and say why. The report shows the computed tier, the raised one and your reason. A tier can be raised but never lowered by hand: if it seems too high, check the answers to the factors.</source>
        <translation>Vous pouvez exiger de vous-même davantage que les facteurs : sur la page Profil de risque, sous « Relever le niveau de risque », choisissez un niveau plus élevé et dites pourquoi. Le rapport indique le niveau calculé, le niveau relevé et votre raison. Un niveau peut être relevé, jamais abaissé à la main : s’il vous semble trop élevé, vérifiez les réponses aux facteurs.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="162"/>
        <source>{target}; {essential} for essential questions</source>
        <translation>{target} ; {essential} pour les questions essentielles</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="136"/>
        <source>No reason yet: the answered factors do not settle the tier.</source>
        <translation>Pas encore de raison : les facteurs renseignés ne fixent pas le niveau.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="132"/>
        <source>Why {tier}</source>
        <translation>Pourquoi {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/tier_explain.py" line="112"/>
        <source>This tier is provisional: {n} of {total} risk factors are not answered yet, and each counts at its highest level until it is. Answer them on the Risk profile page; the tier can then only stay or go down.</source>
        <translation>Ce niveau est provisoire : {n} des {total} facteurs de risque ne sont pas encore renseignés, et chacun compte à son niveau le plus haut jusqu’à ce qu’il le soit. Renseignez-les sur la page Profil de risque ; le niveau ne peut alors que rester le même ou baisser.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="46"/>
        <location filename="../../src/assessor/ui/token_dialog.py" line="47"/>
        <location filename="../../src/assessor/ui/token_dialog.py" line="279"/>
        <source>Sign with a smart card or token</source>
        <translation>Signer avec une carte à puce ou un jeton</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="51"/>
        <source>Insert your card or plug in your token. Your institution&apos;s certificate on it is embedded in the signature, with the certificates that issued it.</source>
        <translation>Insérez votre carte ou branchez votre jeton. Le certificat de votre établissement qu’il contient est intégré à la signature, avec les certificats qui l’ont émis.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="63"/>
        <location filename="../../src/assessor/ui/token_dialog.py" line="66"/>
        <source>PKCS#11 module of the card</source>
        <translation>Module PKCS#11 de la carte</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="69"/>
        <location filename="../../src/assessor/ui/token_dialog.py" line="131"/>
        <source>Choose the card&apos;s PKCS#11 module</source>
        <translation>Choisir le module PKCS#11 de la carte</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="71"/>
        <source>Look for cards and tokens</source>
        <translation>Chercher les cartes et les jetons</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="74"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="78"/>
        <source>Signing certificates on the cards</source>
        <translation>Certificats de signature sur les cartes</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="84"/>
        <source>PIN of the card</source>
        <translation>Code PIN de la carte</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="85"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="93"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="97"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="100"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="101"/>
        <source>Sign with the chosen certificate</source>
        <translation>Signer avec le certificat choisi</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="121"/>
        <source>No card software found at the usual places: choose its PKCS#11 module.</source>
        <translation>Aucun logiciel de carte trouvé aux emplacements habituels : choisissez son module PKCS#11.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="130"/>
        <source>Modules (*.so *.dylib *.dll);;All files (*)</source>
        <translation>Modules (*.so *.dylib *.dll);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="139"/>
        <source>Choose the card&apos;s PKCS#11 module first.</source>
        <translation>Choisissez d’abord le module PKCS#11 de la carte.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="147"/>
        <source>Looking for cards…</source>
        <translation>Recherche des cartes…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="156"/>
        <source>{who} — valid until {date} (card {token}, {label})</source>
        <translation>{who} — valide jusqu’au {date} (carte {token}, {label})</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="163"/>
        <source>not for signing</source>
        <translation>ne permet pas de signer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="172"/>
        <source>Choose your certificate and type the card&apos;s PIN.</source>
        <translation>Choisissez votre certificat et saisissez le code PIN de la carte.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="175"/>
        <source>No signing certificate on the cards found. Insert your card and look again.</source>
        <translation>Aucun certificat de signature trouvé sur les cartes. Insérez votre carte et cherchez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="190"/>
        <source>Choose a certificate first.</source>
        <translation>Choisissez d’abord un certificat.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="195"/>
        <source>Type the card&apos;s PIN.</source>
        <translation>Saisissez le code PIN de la carte.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="205"/>
        <source>Signing with the card…</source>
        <translation>Signature avec la carte…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="68"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="70"/>
        <source>&amp;Look for cards</source>
        <translation>Chercher &amp;les cartes</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="79"/>
        <source>Cer&amp;tificate:</source>
        <translation>Cer&amp;tificat :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/token_dialog.py" line="278"/>
        <source>Sign with a smart card or &amp;token…</source>
        <translation>Signer avec une carte à puce ou un &amp;jeton…</translation>
    </message>
</context>
<context>
    <name>TriageWords</name>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="17"/>
        <source>{subject} at least {n}</source>
        <translation>{subject} au moins égal à {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="18"/>
        <source>{subject} at most {n}</source>
        <translation>{subject} au plus égal à {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="19"/>
        <source>{subject} = {n}</source>
        <translation>{subject} égal à {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="20"/>
        <source>{subject} between {low} and {high}</source>
        <translation>{subject} entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="21"/>
        <source>total score at least {n}</source>
        <translation>un score total d’au moins {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="22"/>
        <source>total score at most {n}</source>
        <translation>un score total d’au plus {n}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="23"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="24"/>
        <source>({conditions})</source>
        <translation>({conditions})</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="25"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="26"/>
        <source>not {condition}</source>
        <translation>non ({condition})</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="27"/>
        <source>Not {tier}, which needs {needs}.</source>
        <translation>Niveau {tier} exclu : il exige {needs}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="28"/>
        <source>Not {tier}, which needs either {needs}.</source>
        <translation>Niveau {tier} exclu : il exige soit {needs}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="29"/>
        <source>, or </source>
        <translation>, soit </translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="30"/>
        <source>Raised by the assessor from {computed} to {tier}.</source>
        <translation>Niveau relevé par l’évaluateur de {computed} à {tier}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/triage_words.py" line="31"/>
        <source> Justification: {justification}</source>
        <translation> Justification : {justification}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="32"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="101"/>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="102"/>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="118"/>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="108"/>
        <source>Signatures made with these certificates are shown as trusted. Your own identities are added when you make or import them. Import the certificate of a board or a colleague once, after checking its SHA-256 with its holder by another way (phone, in person).</source>
        <translation>Les signatures faites avec ces certificats sont présentées comme de confiance. Vos propres identités y sont ajoutées quand vous les créez ou les importez. Importez une fois le certificat d’un comité ou d’un collègue, après avoir vérifié son SHA-256 avec son titulaire par un autre moyen (téléphone, en personne).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="116"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="116"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="116"/>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="116"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="130"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="135"/>
        <source>&amp;Import a certificate…</source>
        <translation>&amp;Importer un certificat…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="136"/>
        <source>Import a certificate to trust</source>
        <translation>Importer un certificat auquel faire confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="139"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="140"/>
        <source>Export the selected certificate</source>
        <translation>Exporter le certificat sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="143"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="144"/>
        <source>Stop trusting the selected certificate</source>
        <translation>Ne plus faire confiance au certificat sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="155"/>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="155"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="155"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="173"/>
        <source>No trusted certificates yet.</source>
        <translation>Pas encore de certificat de confiance.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="189"/>
        <source>Import certificates to trust</source>
        <translation>Importer des certificats auxquels faire confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="196"/>
        <source>Stop trusting</source>
        <translation>Ne plus faire confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="197"/>
        <source>Stop trusting {label} (SHA-256 {sha})?</source>
        <translation>Ne plus faire confiance à {label} (SHA-256 {sha}) ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="218"/>
        <source>Trusted {label}. Check its SHA-256 with its holder: {sha}</source>
        <translation>{label} est désormais de confiance. Vérifiez son SHA-256 avec son titulaire : {sha}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="234"/>
        <source>No longer trusted: {label}</source>
        <translation>Plus de confiance : {label}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="44"/>
        <source>Export the certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="56"/>
        <source>Certificate exported</source>
        <translation>Certificat exporté</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="73"/>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="84"/>
        <source>Export my certificate</source>
        <translation>Exporter mon certificat</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="74"/>
        <source>You have no identity of your own in your trusted certificates yet. Make or import one when you sign a report (Report page, Sign the report…); it is added there.</source>
        <translation>Vos certificats de confiance ne contiennent encore aucune identité à vous. Créez-en ou importez-en une au moment de signer un rapport (page Rapport, Signer le rapport…) ; elle y sera ajoutée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="84"/>
        <source>Which identity&apos;s certificate?</source>
        <translation>Le certificat de quelle identité ?</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="52"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/trust_dialog.py" line="57"/>
        <source>Wrote {path}. Give it to those who will check your signature, and tell them its SHA-256 by another way (phone, in person): {sha}</source>
        <translation>{path} est écrit. Remettez-le aux personnes qui vérifieront votre signature, et communiquez-leur son SHA-256 par un autre moyen (téléphone, en personne) : {sha}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="28"/>
        <source>No question in scope</source>
        <translation>Aucune question retenue</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="21"/>
        <location filename="../../src/assessor/ui/verdict_words.py" line="34"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="36"/>
        <source>Does not meet</source>
        <translation>N’atteint pas</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="38"/>
        <source>Partly meets</source>
        <translation>Atteint en partie</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="40"/>
        <source>Meets</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="62"/>
        <source>1 gap, not critical</source>
        <translation>1 écart, non critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="58"/>
        <source>1 critical gap</source>
        <translation>1 écart critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="60"/>
        <source>in 1 element</source>
        <translation>dans 1 élément</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="55"/>
        <location filename="../../src/assessor/ui/verdict_words.py" line="63"/>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="68"/>
        <source>{share} % of applicable questions at or above target ({at} of {total}; 80 % needed)</source>
        <translation>{share} % des questions applicables au niveau de la cible ou au-dessus ({at} sur {total} ; 80 % requis)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="74"/>
        <source>{verdict}: {counts}</source>
        <translation>{verdict} : {counts}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="23"/>
        <source>Does not meet the {tier} target</source>
        <translation>N’atteint pas la cible du niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="25"/>
        <source>Partly meets the {tier} target</source>
        <translation>Atteint partiellement la cible du niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="27"/>
        <source>Meets the {tier} target</source>
        <translation>Atteint la cible du niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="47"/>
        <source>{n} of {total} questions unanswered ({essential} essential)</source>
        <translation>{n} questions sans réponse sur {total} (dont {essential} essentielles)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="62"/>
        <source>{n} gaps, none critical</source>
        <translation>{n} écarts, aucun critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="58"/>
        <source>{n} critical gaps</source>
        <translation>{n} écarts critiques</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="60"/>
        <source>in {n} elements</source>
        <translation>dans {n} éléments</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="53"/>
        <source>1 critical gap among the answers</source>
        <translation>1 écart critique parmi les réponses</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verdict_words.py" line="53"/>
        <source>{n} critical gaps among the answers</source>
        <translation>{n} écarts critiques parmi les réponses</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="184"/>
        <source>Signatures of {name}</source>
        <translation>Signatures de {name}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="184"/>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="224"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="194"/>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="197"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="208"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="215"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="216"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="217"/>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="218"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="219"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="220"/>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="221"/>
        <source>Decision</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="237"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="241"/>
        <source>&amp;Trust certificate…</source>
        <translation>Faire &amp;confiance à un certificat…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="242"/>
        <source>Trust a signer&apos;s certificate</source>
        <translation>Faire confiance au certificat d’un signataire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="244"/>
        <source>Countersign the report</source>
        <translation>Contre-signer le rapport</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="292"/>
        <source>This file cannot be checked.</source>
        <translation>Ce fichier ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="300"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="300"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="304"/>
        <source>Approved</source>
        <translation>Avis favorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="305"/>
        <source>Approved with conditions</source>
        <translation>Avis favorable sous conditions</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="306"/>
        <source>Not approved</source>
        <translation>Avis défavorable</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="323"/>
        <source>Valid: the report is unchanged since it was signed, and you trust every signer.</source>
        <translation>Valide : le rapport n’a pas changé depuis sa signature, et vous faites confiance à chaque signataire.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="327"/>
        <source>Valid, but not every signer is trusted: the report is unchanged since it was signed. Check who signed by trusting their certificate.</source>
        <translation>Valide, mais tous les signataires ne sont pas de confiance : le rapport n’a pas changé depuis sa signature. Vérifiez qui a signé en faisant confiance à son certificat.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="332"/>
        <source>Not valid: do not rely on this report.</source>
        <translation>Non valide : ne vous fiez pas à ce rapport.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="336"/>
        <source>Report {id}.</source>
        <translation>Rapport {id}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="339"/>
        <source>The embedded assessment matches the printed fingerprint {fp}.</source>
        <translation>L’évaluation intégrée correspond à l’empreinte imprimée {fp}.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="344"/>
        <source>No embedded assessment to compare with the printed fingerprint.</source>
        <translation>Aucune évaluation intégrée à comparer avec l’empreinte imprimée.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="348"/>
        <source>Comment by {who}: {comment}</source>
        <translation>Commentaire de {who} : {comment}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="370"/>
        <source>Certificate SHA-256: {fp}</source>
        <translation>Certificat SHA-256 : {fp}</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="379"/>
        <source>Trust certificates</source>
        <translation>Faire confiance à des certificats</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="379"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="318"/>
        <source>Valid, but signed by a certificate you do not trust, named {name} (not the one you trust for this name).</source>
        <translation>Valide, mais signé avec un certificat auquel vous ne faites pas confiance, au nom de {name} (pas celui auquel vous faites confiance pour ce nom).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="361"/>
        <source>No: another certificate has this name</source>
        <translation>Non : un autre certificat porte ce nom</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/verify_dialog.py" line="243"/>
        <source>Counter&amp;sign…</source>
        <translation>Contre-&amp;signer…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="138"/>
        <source>This is the assessment carried inside a signed report: read-only. Its signatures are checked as it opens; you can start next year&apos;s reassessment from it.</source>
        <translation>Voici l’évaluation contenue dans un rapport signé : lecture seule. Ses signatures sont vérifiées à l’ouverture ; vous pouvez en partir pour la réévaluation de l’an prochain.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="146"/>
        <source>Signature &amp;details…</source>
        <translation>&amp;Détail des signatures…</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="146"/>
        <source>Signature details</source>
        <translation>Détail des signatures</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="149"/>
        <source>Start &amp;reassessment</source>
        <translation>Commencer la réé&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/workspace.py" line="149"/>
        <source>Start a reassessment from this report</source>
        <translation>Commencer une réévaluation à partir de ce rapport</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="34"/>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="35"/>
        <source>Low, Moderate or High: how much could go wrong with the data you share, worked out from the twelve risk factors of the Risk profile page. The tier decides which questions are asked, which of them are essential, and the target each answer must reach: more risk, more questions and a higher bar.</source>
        <translation>Faible, Modéré ou Élevé : ce qui pourrait mal tourner avec les données que vous partagez, établi à partir des douze facteurs de risque de la page Profil de risque. Le niveau décide des questions posées, de celles qui sont essentielles et de la cible que chaque réponse doit atteindre : plus de risque, plus de questions et une barre plus haute.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="44"/>
        <source>Provisional tier</source>
        <translation>Niveau de risque provisoire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="45"/>
        <source>The tier while some risk factors are not answered yet. Until a factor is answered it counts at its highest level, so the tier can only stay or go down as you answer. No reason is given that the answers do not support.</source>
        <translation>Le niveau tant que certains facteurs de risque ne sont pas renseignés. Un facteur non renseigné compte à son niveau le plus haut : le niveau ne peut donc que rester le même ou baisser à mesure que vous répondez. Aucune raison n’est donnée que les réponses n’étayent pas.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="54"/>
        <source>Raised tier</source>
        <translation>Niveau de risque relevé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="55"/>
        <source>A tier set higher than the factors give, by the assessor, with a reason that the report prints beside the computed tier. A tier can be raised but never lowered by hand.</source>
        <translation>Un niveau fixé plus haut que celui que donnent les facteurs, par l’évaluateur, avec une raison que le rapport imprime à côté du niveau calculé. Un niveau peut être relevé, jamais abaissé à la main.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="63"/>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="64"/>
        <source>One of the twelve questions of the Risk profile (what is shared, how sensitive, with whom, where…), each answered at one of three levels about the most exposed activity in the assessment&apos;s scope.</source>
        <translation>L’une des douze questions du Profil de risque (ce qui est partagé, sa sensibilité, avec qui, où…), chacune renseignée à l’un de trois niveaux pour l’activité la plus exposée du périmètre de l’évaluation.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="72"/>
        <source>Essential question</source>
        <translation>Question essentielle</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="73"/>
        <source>A question that must meet its target at this tier: a gap on it is a critical gap. A question becomes essential from a given tier upwards.</source>
        <translation>Une question qui doit atteindre sa cible à ce niveau de risque : un écart sur elle est un écart critique. Une question devient essentielle à partir d’un niveau donné.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="81"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="82"/>
        <source>The level an answer must reach at this tier: 2 at Low, 3 at Moderate and High, and 4 for an essential question at High (a control for high-risk sharing reviewed within the last 12 months). A score is read against the target as a percentage (target level ÷ 4).</source>
        <translation>Le niveau qu’une réponse doit atteindre à ce niveau de risque : 2 au niveau Faible, 3 aux niveaux Modéré et Élevé, et 4 pour une question essentielle au niveau Élevé (une mesure pour un partage à haut risque revue au cours des 12 derniers mois). Un score se lit par rapport à la cible en pourcentage (niveau cible ÷ 4).</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="91"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="92"/>
        <source>A question in scope whose answer is below the target, or that is not answered yet. Every gap can become an action in the action plan.</source>
        <translation>Une question du périmètre dont la réponse est sous la cible, ou qui n’a pas encore de réponse. Chaque écart peut devenir une action du plan d’action.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="100"/>
        <source>Critical gap</source>
        <translation>Écart critique</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="101"/>
        <source>A gap on an essential question: its answer is below the target or missing. Any critical gap means the assessment does not meet the tier&apos;s target, and its action is due soonest.</source>
        <translation>Un écart sur une question essentielle : sa réponse est sous la cible ou manque. Le moindre écart critique fait que l’évaluation n’atteint pas la cible du niveau, et son action est la plus urgente.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="109"/>
        <source>N/A (not applicable)</source>
        <translation>N/A (non applicable)</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="110"/>
        <source>The question does not apply to your institution. It needs a justification, which the report prints. An N/A answer is left out of the scores and is never a gap; an essential question marked N/A is listed for the board.</source>
        <translation>La question ne s’applique pas à votre établissement. Elle demande une justification, que le rapport imprime. Une réponse N/A est exclue des scores et n’est jamais un écart ; une question essentielle déclarée N/A est signalée au comité.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="119"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="120"/>
        <source>A document that shows an answer is true: a policy, minutes, a contract, a training record. The file stays where it is; the assessment records its name, size and fingerprint (SHA-256), so anyone can check later that it has not changed.</source>
        <translation>Un document qui montre qu’une réponse est vraie : une politique, un procès-verbal, un contrat, une attestation de formation. Le fichier reste où il est ; l’évaluation en garde le nom, la taille et l’empreinte (SHA-256), pour que chacun puisse vérifier plus tard qu’il n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="129"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="130"/>
        <source>For a Core Element: the weighted mean of its answers as a percentage of the top level, unanswered questions counting 0 and N/A left out. The overall score is the mean of the element scores.</source>
        <translation>Pour un élément fondamental : la moyenne pondérée de ses réponses en pourcentage du niveau le plus haut, une question sans réponse comptant 0 et les N/A étant exclues. Le score global est la moyenne des scores des éléments.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="138"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="139"/>
        <source>The headline, per Core Element and overall: Incomplete while any question is unanswered; Does not meet the tier&apos;s target with any critical gap; Meets the target with no critical gap and at least 80 % of the applicable questions at or above target; Partly meets the target otherwise. The overall verdict is the worst element&apos;s.</source>
        <translation>Le constat principal, par élément fondamental et global : Incomplet tant qu’une question est sans réponse ; N’atteint pas la cible du niveau au moindre écart critique ; Atteint la cible sans écart critique et avec au moins 80 % des questions applicables à la cible ou au-dessus ; Atteint en partie la cible sinon. Le verdict global est celui de l’élément le plus faible.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="149"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="150"/>
        <source>What will be done about a gap: a recommendation, a priority, an owner, a due date and a status. A critical action is due within the assessment period or 90 days of the report date, whichever is later.</source>
        <translation>Ce qui sera fait pour un écart : une recommandation, une priorité, un responsable, une échéance et un état. Une action critique est due dans la période évaluée ou dans les 90 jours suivant la date du rapport, selon ce qui est le plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="255"/>
        <location filename="../../src/assessor/ui/glossary.py" line="261"/>
        <source>Words used here:</source>
        <translation>Mots employés ici :</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="176"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="180"/>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="186"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/glossary.py" line="232"/>
        <source>What “{term}” means</source>
        <translation>Ce que veut dire « {term} »</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="21"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="22"/>
        <source>Open an assessment or a signed report</source>
        <translation>Ouvrir une évaluation ou un rapport signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="23"/>
        <source>Save / Save as</source>
        <translation>Enregistrer / Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="24"/>
        <source>Close the assessment</source>
        <translation>Fermer l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="25"/>
        <source>Ctrl+PgDown or Alt+Right</source>
        <translation>Ctrl+PgDown ou Alt+Droite</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="25"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="26"/>
        <source>Ctrl+PgUp or Alt+Left</source>
        <translation>Ctrl+PgUp ou Alt+Gauche</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="26"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="27"/>
        <source>Find a question</source>
        <translation>Rechercher une question</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="28"/>
        <source>Review / Results</source>
        <translation>Revue / Résultats</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="31"/>
        <source>Answer the question you are in with that level</source>
        <translation>Répondre à la question en cours avec ce niveau</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="32"/>
        <source>Answer the question you are in with N/A</source>
        <translation>Répondre N/A à la question en cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="33"/>
        <source>Clear the answer to the question you are in</source>
        <translation>Effacer la réponse à la question en cours</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="38"/>
        <source>Undo / Redo</source>
        <translation>Annuler / Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="45"/>
        <source>Check the signatures of a signed report</source>
        <translation>Vérifier les signatures d’un rapport signé</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="95"/>
        <source>assessor {version}

A proportionate self-assessment against the GA4GH Framework for Responsible Sharing of Genomic and Health-Related Data, with a signed, printable report.

Works offline: nothing you enter leaves this computer.</source>
        <translation>assessor {version}

Une auto-évaluation proportionnée au regard du Cadre de la GA4GH pour un partage responsable des données génomiques et des données de santé, avec un rapport signé et imprimable.

Fonctionne hors ligne : rien de ce que vous saisissez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="29"/>
        <source>Next / previous question</source>
        <translation>Question suivante / précédente</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="30"/>
        <source>Next unanswered question</source>
        <translation>Prochaine question sans réponse</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="35"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="36"/>
        <source>That button or field; in a question: its notes, flag, evidence, guidance</source>
        <translation>Ce bouton ou ce champ ; dans une question : ses notes, sa marque à revoir, ses pièces, ses conseils</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="41"/>
        <source>Next / previous control: from a question&apos;s answer to its notes, then to the next question</source>
        <translation>Contrôle suivant / précédent : de la réponse d’une question à ses notes, puis à la question suivante</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="64"/>
        <location filename="../../src/assessor/ui/help.py" line="67"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="68"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../src/assessor/ui/help.py" line="68"/>
        <source>What they do</source>
        <translation>Ce qu’elles font</translation>
    </message>
</context>
</TS>
