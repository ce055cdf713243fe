"""The look: the system's font and size, its light or dark palette, and a sober stylesheet on top.

Colours come from the palette (so a dark system theme gives a dark app) except the accent, which
is a hospital-blue that reads on both. Sizes are in ``em``-like units relative to the system font:
a user who enlarged their font gets a larger app.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

ACCENT_LIGHT = "#1f5c99"
ACCENT_DARK = "#6fa8e0"
ON_ACCENT_LIGHT = "#ffffff"  # text on the accent: white on the deep blue, near-black on the light one
ON_ACCENT_DARK = "#0d1117"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent() -> QColor:
    return QColor(ACCENT_DARK if is_dark() else ACCENT_LIGHT)


def mix(a: QColor, b: QColor, t: float) -> str:
    r = round(a.red() * (1 - t) + b.red() * t)
    g = round(a.green() * (1 - t) + b.green() * t)
    bl = round(a.blue() * (1 - t) + b.blue() * t)
    return f"#{r:02x}{g:02x}{bl:02x}"


def stylesheet(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    acc = QColor(ACCENT_DARK if dark else ACCENT_LIGHT)
    on_acc = ON_ACCENT_DARK if dark else ON_ACCENT_LIGHT
    border = mix(window, text, 0.22)
    muted = mix(window, text, 0.62)
    card = mix(window, base, 0.6 if not dark else 0.5)
    side = mix(window, acc, 0.08)
    quote_bg = mix(base, acc, 0.06)
    warn = "#e8a33d" if dark else "#9a5b00"
    crit = "#ff7b72" if dark else "#b42318"
    good = "#56d364" if dark else "#1a7f37"
    sheet = f"""
QWidget#pageBody, QWidget#startScreen {{ background: {base.name()}; }}
QFrame#questionCard, QFrame#card, QFrame#factorCard {{
    background: {card}; border: 1px solid {border}; border-radius: 6px; padding: 6px; }}
QFrame#questionCard[current="true"] {{ border: 1px solid {acc.name()}; }}
QFrame#questionCard[flagged="true"] {{ border-left: 4px solid {warn}; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="quote"] {{ background: {quote_bg}; border-left: 3px solid {acc.name()}; padding: 6px 10px;
    font-style: italic; }}
QLabel[role="badge"] {{ color: {acc.name()}; font-weight: bold; }}
QLabel[role="critical"], QLabel[role="error"] {{ color: {crit}; font-weight: bold; }}
QLabel[role="warning"] {{ color: {warn}; }}
QLabel[role="good"] {{ color: {good}; }}
QLabel[role="tier"] {{ color: {on_acc}; background: {acc.name()}; border-radius: 4px; padding: 2px 10px;
    font-weight: bold; }}
QPushButton[role="tier"] {{ color: {on_acc}; background: {acc.name()}; border: 1px solid {acc.name()};
    border-radius: 4px; padding: 3px 12px; font-weight: bold; }}
QPushButton[role="tier"]:hover {{ background: {mix(acc, text, 0.15)}; }}
QPushButton[role="tier"]:focus {{ border: 2px solid {text.name()}; }}
QToolButton[role="term"] {{ color: {acc.name()}; font-weight: bold; border: 1px solid {border};
    border-radius: 8px; padding: 0px 5px; }}
QToolButton[role="term"]:focus {{ border: 1px solid {acc.name()}; }}
QLabel[role="h1"], QLabel#pageTitle {{ color: {acc.name()}; }}
QTreeWidget#sidebar {{ background: {side}; border: none; border-right: 1px solid {border}; padding-top: 6px; }}
QTreeWidget#sidebar::item {{ padding: 5px 4px; }}
QTreeWidget#sidebar::item:selected {{ background: {acc.name()}; color: {on_acc}; }}
QAbstractItemView {{ selection-background-color: {mix(base, acc, 0.35 if dark else 0.2)};
    selection-color: {palette.color(QPalette.ColorRole.Text).name()}; }}
QListView::item {{ padding: 2px 4px; }}
QTableView::item {{ padding: 3px 0px; }}  /* no side padding: it would narrow the cell widgets (Status) */
QPushButton[role="primary"] {{ background: {acc.name()}; color: {on_acc}; border: 1px solid {acc.name()};
    border-radius: 4px; padding: 6px 16px; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {text.name()}; }}
QPushButton[role="primary"]:disabled {{ background: {border}; border-color: {border}; color: {muted}; }}
QRadioButton, QCheckBox {{ border: 1px solid transparent; border-radius: 3px; padding: 1px 4px 1px 2px; }}
QRadioButton:focus, QCheckBox:focus {{ border-color: {mix(QColor(card), acc, 0.55)};
    background: {mix(QColor(card), acc, 0.1)}; }}
QPlainTextEdit[needed="true"] {{ border: 1px solid {warn}; border-radius: 3px; }}
QFrame#banner {{ background: {mix(base, QColor(warn), 0.15)}; border: 1px solid {warn}; border-radius: 4px; }}
"""
    if dark:  # Fusion draws frames with a shade darker than the window: invisible on dark cards
        sheet += f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView {{ background: {base.name()}; border: 1px solid {border};
    border-radius: 3px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus {{ border-color: {acc.name()}; }}
QPlainTextEdit[needed="true"] {{ border-color: {warn}; }}
"""
    return sheet


def dark_palette() -> QPalette:
    """A dark palette, for systems that say "dark" but whose style paints light (and for screenshots)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#1e2227"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#16191d"),
        (roles.AlternateBase, "#22262c"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#2a2f36"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.ToolTipBase, "#2a2f36"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#8b949e"),
        (roles.Highlight, ACCENT_DARK),
        (roles.HighlightedText, "#0d1117"),
        (roles.Link, ACCENT_DARK),
        (roles.BrightText, "#ffffff"),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return p


def system_prefers_dark(app: QApplication) -> bool:
    """Whether the system asks apps for a dark look.

    Where Qt makes the palette from the system's colour scheme (Linux and macOS), the palette answers: a dark
    scheme gives a dark palette (tests/ui/test_theme.py shows it for the GNOME theme). On Windows the classic
    style keeps a light palette in dark mode, so the answer there is the setting Qt itself reads, the registry's
    ``AppsUseLightTheme``, and Qt is asked only if that cannot be read. Qt's own answer,
    ``styleHints().colorScheme()``, is not asked where it is not needed: it builds the whole ``Qt`` enum
    namespace, about 20 ms before the first window (widgets.set_enum).
    """
    if sys.platform == "win32":
        light = _windows_apps_use_light_theme()
        if light is not None:
            return not light
        from PySide6.QtCore import Qt

        return app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return is_dark(app.palette())


def _windows_apps_use_light_theme() -> bool | None:
    """The "apps use light theme" setting of the signed-in Windows user; None when it cannot be read."""
    try:
        import winreg  # type: ignore[import-not-found,unused-ignore]  # Windows only

        with winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
            winreg.HKEY_CURRENT_USER,  # type: ignore[attr-defined,unused-ignore]
            r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize",
        ) as key:
            value, _kind = winreg.QueryValueEx(key, "AppsUseLightTheme")  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, OSError):
        return None
    return bool(value) if isinstance(value, int) else None


_style: QStyle | None = None


def apply(app: QApplication, scheme: str = "") -> None:
    """Use the system font and palette; add the stylesheet built from that palette.

    ``scheme`` ("dark" or "light", from ``ASSESSOR_THEME``) overrides what the system says.
    """
    wants_dark = scheme == "dark" or (scheme != "light" and system_prefers_dark(app))
    if wants_dark and not is_dark(app.palette()):
        from assessor.ui.dark_style import IndicatorStyle  # Qt's style classes load only when needed

        global _style
        _style = IndicatorStyle("Fusion")  # kept here: the application does not keep the Python object alive
        app.setStyle(_style)
        app.setPalette(dark_palette())
    app.setStyleSheet(stylesheet(app.palette()))
