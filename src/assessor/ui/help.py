"""Texts of the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assessor import __version__

SHORTCUTS = (
    ("Ctrl+N", "New assessment"),
    ("Ctrl+O", "Open an assessment or a signed report"),
    ("Ctrl+S / Ctrl+Shift+S", "Save / Save as"),
    ("Ctrl+W", "Close the assessment"),
    ("Ctrl+PgDown or Alt+Right", "Next page"),
    ("Ctrl+PgUp or Alt+Left", "Previous page"),
    ("Ctrl+F", "Find a question"),
    ("Ctrl+R / Ctrl+Shift+R", "Review / Results"),
    ("Ctrl+0 … Ctrl+4", "Answer the question you are in with that level"),
    ("Ctrl+Shift+N", "Answer the question you are in with N/A"),
    ("Tab / Shift+Tab", "Next / previous control; arrow keys move between an answer's levels"),
    ("Ctrl+Shift+V", "Check the signatures of a signed report"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def shortcuts_text() -> str:
    width = max(len(keys) for keys, _ in SHORTCUTS)
    return "\n".join(f"{keys.ljust(width)}   {_tr(what)}" for keys, what in SHORTCUTS)


def about_text() -> str:
    return _tr(
        "assessor {version}\n\nA proportionate self-assessment against the GA4GH Framework for Responsible "
        "Sharing of Genomic and Health-Related Data, with a signed, printable report.\n\n"
        "Works offline: nothing you enter leaves this computer."
    ).format(version=__version__)
