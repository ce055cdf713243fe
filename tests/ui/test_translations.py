"""The French translation of the interface: complete, compiled, current with the code, and shown when asked for.

When a test here fails after a string was added or changed in src/assessor/ui, run
``.venv/bin/python scripts/update_translations.py``, translate what it lists in
resources/translations/assessor_fr.ts, and run the script again to rebuild the .qm.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from assessor.resources import resource
from assessor.ui import i18n
from assessor.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "assessor" / "ui"
TS = resource("translations", "assessor_fr.ts")
QM = resource("translations", "assessor_fr.qm")
FIX = "run scripts/update_translations.py and translate what it lists"
FIELD = re.compile(r"\{[A-Za-z0-9_]*\}|%[1-9n]")  # str.format fields and Qt's %1 / %n
MNEMONIC = re.compile(r"&([^&])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation; one form per plural for a numerus message
    unfinished: bool
    numerus: bool


def messages() -> list[Message]:
    out = []
    for context in ET.parse(TS).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.findall("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
            out.append(
                Message(context.findtext("name") or "", message.findtext("source") or "", forms, unfinished, numerus)
            )
    return out


def mnemonics(text: str) -> list[str]:
    return MNEMONIC.findall(text.replace("&&", ""))


# -- (a) the .ts is complete ------------------------------------------------------------------------------------------


def test_the_ts_holds_the_interface_strings() -> None:
    found = messages()
    assert len(found) > 300
    assert ("MainWindow", "&File") in {(m.context, m.source) for m in found}


def test_every_message_is_translated() -> None:
    bad = [f"{m.context}: {m.source!r}" for m in messages() if m.unfinished or not all(f.strip() for f in m.forms)]
    assert not bad, f"untranslated in {TS.name} ({FIX}):\n" + "\n".join(bad)


def test_placeholders_and_accelerators_survive_translation() -> None:
    bad = []
    for m in messages():
        for form in m.forms:
            if sorted(set(FIELD.findall(m.source))) != sorted(set(FIELD.findall(form))):
                bad.append(f"{m.context}: {m.source!r} -> {form!r}: placeholders differ")
            if len(mnemonics(m.source)) != len(mnemonics(form)):
                bad.append(f"{m.context}: {m.source!r} -> {form!r}: the & accelerator is lost or doubled")
            if m.source.startswith(" ") != form.startswith(" ") or m.source.endswith(" ") != form.endswith(" "):
                bad.append(f"{m.context}: {m.source!r} -> {form!r}: leading or trailing space differs")
    assert not bad, "\n".join(bad)


def test_a_plural_message_has_the_two_french_forms() -> None:
    plural = [m for m in messages() if m.numerus]
    assert plural, "the report page's page count is a plural message"
    for m in plural:
        assert len(m.forms) == 2 and all("%n" in f for f in m.forms), m


# -- (b) the .qm is compiled from this .ts ----------------------------------------------------------------------------


def test_the_qm_gives_every_translation_of_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} cannot be loaded"
    stale = []
    for m in messages():
        if m.numerus:
            got = tuple(translator.translate(m.context, m.source, "", n) for n in (1, 2))
            want = m.forms  # QTranslator picks the form for n (French: 0 and 1 singular); %n stays
        else:
            got, want = (translator.translate(m.context, m.source),), m.forms
        if got != want:
            stale.append(f"{m.context}: {m.source!r}: the .qm has {got!r}, the .ts {want!r}")
    assert not stale, f"{QM.name} is older than {TS.name} ({FIX}):\n" + "\n".join(stale)


# -- (c) every string the code translates is in the .ts ---------------------------------------------------------------


def _enclosing_class(tree: ast.Module) -> dict[ast.AST, str]:
    """The script's own helper (each node's innermost class): the rest of this scan is independent of it."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up there
    spec.loader.exec_module(script)
    found: dict[ast.AST, str] = script._enclosing_classes(tree)
    return found


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translated_in_code() -> list[tuple[str, int, str | None, str]]:
    """(file, line, context or None when only the running code knows it, text) of each literal translated."""
    out: list[tuple[str, int, str | None, str]] = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = _enclosing_class(tree)
        wrappers = {  # module functions that hand their argument to QCoreApplication.translate
            f.name
            for f in tree.body
            if isinstance(f, ast.FunctionDef)
            and any(isinstance(n, ast.Attribute) and n.attr == "translate" for n in ast.walk(f))
        }
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            f, args = call.func, call.args
            first = _literal(args[0]) if args else None
            if isinstance(f, ast.Attribute) and f.attr == "tr" and first is not None:
                on_self = isinstance(f.value, ast.Name) and f.value.id == "self"
                out.append((rel, call.lineno, classes.get(call) if on_self else None, first))
            elif isinstance(f, ast.Name) and f.id == "tr" and first is not None:
                out.append((rel, call.lineno, None, first))
            elif (isinstance(f, ast.Attribute) and f.attr == "translate") or (
                isinstance(f, ast.Name) and f.id == "QT_TRANSLATE_NOOP"
            ):
                text = _literal(args[1]) if len(args) > 1 else None
                if first is not None and text is not None:
                    out.append((rel, call.lineno, first, text))
            elif isinstance(f, ast.Name) and f.id in wrappers and first is not None:
                out.append((rel, call.lineno, None, first))
    return out


def test_every_string_the_interface_translates_is_in_the_ts() -> None:
    found = _translated_in_code()
    assert len(found) > 300
    keys = {(m.context, m.source) for m in messages()}
    sources = {m.source for m in messages()}
    missing = [
        f"{file}:{line}: {context or '?'}: {text!r}"
        for file, line, context, text in found
        if ((context, text) not in keys if context is not None else text not in sources)
    ]
    assert not missing, f"not in {TS.name} ({FIX}):\n" + "\n".join(missing)


def test_strings_translated_from_tables_are_in_the_ts() -> None:
    from assessor.ui.pages.question_card import SOURCE_NAMES

    keys = {(m.context, m.source) for m in messages()}
    wanted = [("QuestionCard", s) for s in SOURCE_NAMES.values()]
    assert not [k for k in wanted if k not in keys]


# -- (d) the interface speaks French when asked ------------------------------------------------------------------------


@pytest.fixture
def french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.setenv("ASSESSOR_LANG", "fr")
    assert i18n.install_translator(qapp) == "fr"
    yield qapp
    i18n.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File", "the French translator was left installed"


def test_the_main_window_and_start_screen_are_french(french: QApplication, qtbot: QtBot) -> None:
    from assessor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = window.menuBar().actions()
    assert menus[0].text() == "&Fichier"
    assert window.start.new_button.text() == "&Nouvelle évaluation"
    assert i18n.current_language() == "fr"


def test_french_menus_keep_their_accelerators_distinct(french: QApplication, qtbot: QtBot) -> None:
    from assessor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [mnemonics(t)[0].lower() for t in titles]
    assert len(set(letters)) == len(letters), titles
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [mnemonics(t)[0].lower() for t in items if mnemonics(t)]
        assert len(set(keys)) == len(keys), f"{action.text()}: {items}"


def start_screen_keys(window: MainWindow) -> list[str]:
    """The Alt keys live on the start screen: its buttons' and the menu bar's."""
    captions = [a.text() for a in window.menuBar().actions()]
    captions += [b.text() for b in window.start.findChildren(QPushButton) if b.isVisibleTo(window.start)]
    return [mnemonics(caption)[0].lower() for caption in captions if mnemonics(caption)]


def test_the_start_screens_alt_keys_are_distinct_in_french(french: QApplication, qtbot: QtBot) -> None:
    from assessor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    keys = start_screen_keys(window)
    assert len(keys) == 5 + 2 + 3 and len(set(keys)) == len(keys), keys  # menus, new and open, the demos


def test_qt_own_buttons_are_french_too(french: QApplication, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_english_installs_nothing(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSESSOR_LANG", "en_GB")
    assert i18n.install_translator(qapp) == "en"
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("env", "system", "expected"),
    [
        ("fr", QLocale.Language.English, "fr"),
        ("fr_CA.UTF-8", QLocale.Language.English, "fr"),
        ("en", QLocale.Language.French, "en"),
        ("de", QLocale.Language.French, "en"),
        (None, QLocale.Language.French, "fr"),
        ("", QLocale.Language.French, "fr"),
        (None, QLocale.Language.German, "en"),
    ],
)
def test_ui_language(env: str | None, system: QLocale.Language, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: QLocale(system).language().name)
    if env is None:
        monkeypatch.delenv("ASSESSOR_LANG", raising=False)
    else:
        monkeypatch.setenv("ASSESSOR_LANG", env)
    assert i18n.ui_language() == expected


def test_the_system_language_is_named_as_qlocale_names_it() -> None:
    assert i18n.system_language() == QLocale.system().language().name
    assert {QLocale.Language.French.name: "fr"} == i18n.TRANSLATED


# the English phrases core puts into the tier's reasons and a follow-up's condition (core.triage_words)
CODE_ENGLISH = ("Not Low", "which needs", "at most", "at least", "Raised by the assessor", "Justification:")


def test_the_tier_reasons_and_follow_ups_are_french(french: QApplication, window: MainWindow, qtbot: QtBot) -> None:
    from assessor.core.assessment import RaisedTier
    from assessor.core.tiers import Tier
    from assessor.ui.pages.question_card import QuestionCard
    from assessor.ui.tier_explain import TierBadge

    window.open_demo(Tier.MODERATE)  # no rule fires: the reasons say what Low still needs
    session, workspace = window.session, window.workspace
    assert session is not None and workspace is not None
    risk = workspace.show_page("risk")
    shown = risk.reasons.text()  # type: ignore[attr-defined]
    assert "Niveau Faible exclu : il exige soit un score total d’au plus 5 et F1 Identifiabilité" in shown
    session.set_factor("F2", None)  # provisional
    session.set_raised_tier(RaisedTier(tier=Tier.HIGH, justification="Cohorte pédiatrique."))
    shown = risk.reasons.text()  # type: ignore[attr-defined]
    assert "Niveau relevé par l’évaluateur de Modéré à Élevé. Justification : Cohorte pédiatrique." in shown
    dialog = risk.findChild(TierBadge).explain()
    qtbot.addWidget(dialog)
    explained = dialog.browser.toPlainText()
    assert "Niveau relevé par l’évaluateur" in explained
    keys = [f"element:{e.id}" for e in session.pack.elements]
    cards = [c for key in keys for c in workspace.show_page(key).findChildren(QuestionCard)]
    follow_ups = [c.follow_up_note.toolTip() for c in cards if c.follow_up_note is not None]
    assert follow_ups, "the demo shows a follow-up question"
    for text in (shown, explained, *follow_ups):
        found = [w for w in CODE_ENGLISH if w in text]
        assert not found, (found, text)
