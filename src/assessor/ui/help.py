"""Texts of the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assessor import __version__

# the words are marked for lupdate here and translated when shown (shortcuts_text)
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("help", "New assessment")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("help", "Open an assessment or a signed report")),
    ("Ctrl+S / Ctrl+Shift+S", QT_TRANSLATE_NOOP("help", "Save / Save as")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("help", "Close the assessment")),
    (QT_TRANSLATE_NOOP("help", "Ctrl+PgDown or Alt+Right"), QT_TRANSLATE_NOOP("help", "Next page")),
    (QT_TRANSLATE_NOOP("help", "Ctrl+PgUp or Alt+Left"), QT_TRANSLATE_NOOP("help", "Previous page")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("help", "Find a question")),
    ("Ctrl+R / Ctrl+Shift+R", QT_TRANSLATE_NOOP("help", "Review / Results")),
    ("Ctrl+Down / Ctrl+Up", QT_TRANSLATE_NOOP("help", "Next / previous question")),
    ("Ctrl+Shift+Down", QT_TRANSLATE_NOOP("help", "Next unanswered question")),
    ("Ctrl+0 … Ctrl+4", QT_TRANSLATE_NOOP("help", "Answer the question you are in with that level")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("help", "Answer the question you are in with N/A")),
    ("Ctrl+Backspace", QT_TRANSLATE_NOOP("help", "Clear the answer to the question you are in")),
    (
        QT_TRANSLATE_NOOP("help", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("help", "That button or field; in a question: its notes, flag, evidence, guidance"),
    ),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("help", "Undo / Redo")),
    (
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP(
            "help", "Next / previous control: from a question's answer to its notes, then to the next question"
        ),
    ),
    ("Ctrl+Shift+V", QT_TRANSLATE_NOOP("help", "Check the signatures of a signed report")),
)


def _tr(text: object) -> str:  # object: QT_TRANSLATE_NOOP is typed as returning one
    return QCoreApplication.translate("help", str(text))


def shortcuts_text() -> str:
    rows = [(_tr(keys), _tr(what)) for keys, what in SHORTCUTS]
    width = max(len(keys) for keys, _ in rows)
    return "\n".join(f"{keys.ljust(width)}   {what}" for keys, what in rows)


def about_text() -> str:
    return _tr(
        "assessor {version}\n\nA proportionate self-assessment against the GA4GH Framework for Responsible "
        "Sharing of Genomic and Health-Related Data, with a signed, printable report.\n\n"
        "Works offline: nothing you enter leaves this computer."
    ).format(version=__version__)
