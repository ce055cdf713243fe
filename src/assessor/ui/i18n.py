"""The language of the interface: which translation of the app's own words is loaded.

The words of the form pack (questions, guidance, tier titles) come translated from the pack itself
(``load_default_pack(language)``); this module only picks the language and installs the Qt
translations of the interface: ``resources/translations/assessor_<lang>.qm`` for assessor's strings
and Qt's own ``qtbase_<lang>.qm`` for the standard buttons and dialogs (OK, Cancel, file dialogs).

The language is ``ASSESSOR_LANG`` when it is set (``fr``, ``fr_FR``, ... give French; anything else,
English), otherwise the language of the system. English is the language of the source code, so it
needs no translation file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATED = {"French": "fr"}  # the system languages the interface speaks, besides English (QLocale's names)
_TRANSLATORS = "_assessor_translators"  # where the installed translators are kept on the application object
_current = "en"


def ui_language() -> str:
    """``"fr"`` or ``"en"``: ASSESSOR_LANG when set (and not empty), otherwise the system's language."""
    wanted = os.environ.get("ASSESSOR_LANG", "").strip()
    if wanted:
        return "fr" if wanted.lower().startswith("fr") else "en"
    return TRANSLATED.get(system_language(), "en")


def system_language() -> str:
    """The system's language, as QLocale names it ("French")."""
    from PySide6.QtCore import QLocale  # its tables of languages and countries load only when asked (start-up time)

    return QLocale.system().language().name


def current_language() -> str:
    """The language the last ``install_translator`` put in place (``"en"`` before any)."""
    return _current


def install_translator(app: QCoreApplication) -> str:
    """Install the translations for ``ui_language()`` on ``app``; returns the language now in use.

    Calling it again first removes what an earlier call installed, so it can be called once per
    application start-up or again after ASSESSOR_LANG changed (as tests do).
    """
    global _current
    remove_translators(app)
    language = ui_language()
    if language != "en":
        installed = _install(app, language)
        if installed:
            setattr(app, _TRANSLATORS, installed)  # a QTranslator that Python lets go of stops translating
        else:
            language = "en"  # no translation shipped: say so rather than claim a language that is not shown
    _current = language
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators ``install_translator`` installed: the interface speaks English again."""
    global _current
    for translator in getattr(app, _TRANSLATORS, []):
        QCoreApplication.removeTranslator(translator)
    setattr(app, _TRANSLATORS, [])
    _current = "en"


def _install(app: QCoreApplication, language: str) -> list[QTranslator]:
    from PySide6.QtCore import QLibraryInfo

    from assessor.resources import resource

    ours = QTranslator(app)
    if not ours.load(str(resource("translations", f"assessor_{language}.qm"))):
        return []
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    return installed
