"""Trust in the app: the banner of an opened signed report, the NOT VALID view, the trusted-certificates dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assessor.core.demo import make_demo
from assessor.core.tiers import Tier
from assessor.signing import trust
from assessor.signing.sign import sign_pdf
from assessor.ui.main_window import MainWindow
from assessor.ui.trust_dialog import TrustDialog, export_own_certificate
from tests.signing.reports import SigningIdentity, make_identity, make_report
from tests.ui.conftest import choose_save_path

IMPOSTOR = "signed by a certificate you do not trust, named Ada Officer (not the one you trust for this name)"


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SigningIdentity]:
    folder = tmp_path_factory.mktemp("people")
    return {
        "ada": make_identity(folder, "Ada Officer", "Vale Hospital"),
        "eve": make_identity(folder, "Ada Officer", "Vale Hospital", file_name="eve.p12", passphrase=b"eve"),
        "bob": make_identity(folder, "Bob Board", "Ethics Board", passphrase=b"bob"),
    }


@pytest.fixture(scope="module")
def signed_bytes(people: dict[str, SigningIdentity]) -> bytes:
    ada = people["ada"]
    return sign_pdf(make_report(make_demo(Tier.LOW)), ada.path, ada.passphrase)


def _open(window: MainWindow, tmp_path: Path, data: bytes, name: str = "signed.pdf") -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert window.open_path(path)


@pytest.mark.parametrize(
    ("trusted", "state", "role", "words"),
    [
        ("ada", "trusted", "good", "signed by Ada Officer (Vale Hospital) on "),
        (None, "untrusted", "warning", "— a certificate you do not trust (not in your trusted certificates)"),
        ("eve", "impostor", "critical", IMPOSTOR),
    ],
)
def test_the_banner_tells_trusted_untrusted_and_impostor_apart(
    window: MainWindow,
    tmp_path: Path,
    signed_bytes: bytes,
    people: dict[str, SigningIdentity],
    trusted: str | None,
    state: str,
    role: str,
    words: str,
) -> None:
    if trusted:
        trust.add_certificate(people[trusted].cert_pem)
    _open(window, tmp_path, signed_bytes)
    assert window.workspace is not None and window.session is not None and window.session.read_only
    verdict = window.workspace.verdict
    assert verdict is not None
    assert (verdict.state, verdict.property("role")) == (state, role)
    assert verdict.text().startswith("Signatures valid: ") and words in verdict.text()
    if state == "trusted":
        assert "— trusted certificate" in verdict.text()
    # the report verifies: its data may be carried forward, unless signed in a trusted name by another key
    assert window.workspace.reassess_button.isEnabled() == (state != "impostor")


def test_an_unsigned_report_opens_as_not_valid_with_advice(window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path, make_report(make_demo(Tier.LOW)), "unsigned.pdf")
    view = window.not_valid
    assert view is not None and window.session is None
    assert view.verdict.text() == "NOT VALID: the document is not signed"  # type: ignore[attr-defined]
    assert "open the .g4sa file" in view.advice.text()  # type: ignore[attr-defined]


def _dialog(qtbot: QtBot, folder: Path) -> TrustDialog:
    dialog = TrustDialog(None, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_trust_dialog_imports_lists_exports_and_removes(
    qtbot: QtBot, tmp_path: Path, people: dict[str, SigningIdentity], monkeypatch: pytest.MonkeyPatch
) -> None:
    trust.add_certificate(people["ada"].cert_pem, own=True)
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Yours"
    assert not dialog.remove_button.isEnabled()  # nothing chosen yet
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
            assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"
    assert all("&" in b.text() for b in (dialog.import_button, dialog.export_button, dialog.remove_button))

    cert = tmp_path / "bob.pem"
    cert.write_bytes(people["bob"].cert_pem)
    bad = tmp_path / "notes.pem"
    bad.write_text("not a certificate")
    monkeypatch.setattr(dialog, "choose_files", lambda: [str(bad)])
    dialog.import_certificates()
    assert "is not a certificate" in dialog.status.text() and dialog.table.rowCount() == 1
    monkeypatch.setattr(dialog, "choose_files", lambda: [str(cert)])
    dialog.import_certificates()
    bob = next(c for c in trust.list_trusted() if c.name == "Bob Board")
    assert dialog.table.rowCount() == 2 and dialog.selected().sha256 == bob.sha256
    assert dialog.table.item(1, 3).text().replace("\n", " ") == bob.sha256_grouped
    assert dialog.table.item(1, 1).text() == "Imported"
    assert bob.sha256_grouped in dialog.status.text()

    out = tmp_path / "exported.pem"
    choose_save_path(monkeypatch, out)
    monkeypatch.setattr("assessor.ui.trust_dialog.QMessageBox.information", lambda *a, **k: None)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == bob.path.read_bytes()

    monkeypatch.setattr(dialog, "confirm_removal", lambda item: False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(trust.list_trusted()) == 2
    monkeypatch.setattr(dialog, "confirm_removal", lambda item: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in trust.list_trusted()] == ["Ada Officer"]
    assert dialog.table.rowCount() == 1 and "No longer trusted" in dialog.status.text()


def test_export_my_certificate(
    window: MainWindow, tmp_path: Path, people: dict[str, SigningIdentity], monkeypatch: pytest.MonkeyPatch
) -> None:
    export_own_certificate(window, tmp_path)  # none of one's own yet: said, nothing written
    assert window.messages and "no identity of your own" in window.messages[-1][1]  # type: ignore[attr-defined]
    trust.add_certificate(people["bob"].cert_pem)  # someone else's: never exported as one's own
    trust.add_certificate(people["ada"].cert_pem, own=True)
    out = tmp_path / "mine.pem"
    choose_save_path(monkeypatch, out)
    assert export_own_certificate(window, tmp_path) == out
    assert out.read_bytes() == people["ada"].cert_pem
    assert "Wrote" in window.messages[-1][1]  # type: ignore[attr-defined]


def test_trust_menu_entries_are_there(window: MainWindow) -> None:
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Trusted certificates…" in labels and "&Export my certificate…" in labels
