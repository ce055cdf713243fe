"""A file answered against form pack 1.0.0 in the app: shown as it was, with a notice, and updated on request."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessor.core.storage import load_assessment
from assessor.ui.accessible import without_mnemonic
from assessor.ui.main_window import MainWindow
from assessor.ui.pack_update import PackChanges, PackUpdateNotice

RELEASED_FILE = Path(__file__).resolve().parents[1] / "data" / "assessments" / "pack-1.0.0-low.g4sa"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.g4sa"
    shutil.copyfile(RELEASED_FILE, path)
    return path


def _confirm(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    """Answer the update's question; keep the list of changes it showed."""
    shown: list[str] = []

    def confirm(self: PackChanges, _parent: object, changes: object, pack: object) -> bool:
        shown.append(self.describe(changes, pack))  # type: ignore[arg-type]
        return answer

    monkeypatch.setattr(PackChanges, "confirm", confirm)
    return shown


def test_an_old_file_opens_as_it_was_with_a_notice(window: MainWindow, old_file: Path) -> None:
    assert window.open_path(old_file)
    assert window.session is not None and window.workspace is not None
    assert window.session.pack.version == "1.0.0"
    notice = window.workspace.findChild(PackUpdateNotice)
    assert notice is not None and "form pack 1.0.0" in notice.findChildren(type(window.status_label))[0].text()
    assert notice.button.text() == "&Update to pack 2.0.0"
    assert window.update_pack_action.isEnabled() and window.update_pack_action.text() == "&Update to form pack 2.0.0…"
    risk = window.workspace.show_page("risk")
    assert without_mnemonic(risk.tier_label.text()) == "Low tier"  # type: ignore[attr-defined]  # the old rule, never provisional
    assert not window.session.dirty


def test_updating_lists_the_changes_and_leaves_the_file_until_saved(
    window: MainWindow, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_file.read_bytes()
    assert window.open_path(old_file)
    assert window.workspace is not None
    shown = _confirm(monkeypatch, answer=True)
    window.workspace.findChild(PackUpdateNotice).button.click()
    assert len(shown) == 1
    assert "Form pack ga4gh-framework: version 1.0.0 → 2.0.0." in shown[0]
    assert "• F1 Identifiability\n" in shown[0] and "F10" not in shown[0]
    merged = "Merged into RB-01 (the lower answer is kept, with every note): RB-01, RB-02, RB-03, RB-04, RB-11"
    assert merged in shown[0]
    assert "Target at High: 4 → 3 (4 for essential questions)" in shown[0]
    session, ws = window.session, window.workspace
    assert session is not None and ws is not None
    assert session.pack.version == "2.0.0" and session.dirty and session.path == old_file
    assert ws.findChild(PackUpdateNotice) is None and not window.update_pack_action.isEnabled()
    assert session.card.triage.provisional
    risk = ws.show_page("risk")
    assert without_mnemonic(risk.tier_label.text()) == "High tier (provisional)"  # type: ignore[attr-defined]
    assert "High tier (provisional)" in window.status_label.text()
    assert old_file.read_bytes() == before  # nothing written until saved
    assert window.save()
    assert load_assessment(old_file).form_pack.version == "2.0.0"
    assert old_file.with_name("old.g4sa.bak").read_bytes() == before  # the file as it was


def test_cancelling_the_update_changes_nothing(
    window: MainWindow, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(old_file)
    _confirm(monkeypatch, answer=False)
    window.update_pack_action.trigger()
    assert window.session is not None and window.session.pack.version == "1.0.0" and not window.session.dirty


def test_the_changes_in_french(old_file: Path) -> None:
    from assessor.core.forms.installed import find_pack
    from assessor.core.upgrade import upgrade

    old, new = find_pack("ga4gh-framework", version="1.0.0"), find_pack("ga4gh-framework", "fr", version="1.1.0")
    assert old is not None and new is not None
    _, changes = upgrade(load_assessment(old_file), old, new)
    text = PackChanges().describe(changes, new)
    assert "F1 Identifiabilité de ce qui est partagé" in text  # factor titles in the pack's language
    newest = find_pack("ga4gh-framework", "fr", version="2.0.0")
    assert newest is not None
    _, changes = upgrade(load_assessment(old_file), old, newest)
    text = PackChanges().describe(changes, newest)
    assert "F1 Identifiabilité\n" in text and "Merged into RB-01 " in text  # the interface's own words: English


def test_a_reassessment_from_an_old_signed_report_moves_to_the_newest_pack(
    window: MainWindow, qtbot: object, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from assessor.signing.sign import sign_pdf
    from tests.signing.reports import make_identity, make_report

    old = load_assessment(RELEASED_FILE)
    signer = make_identity(tmp_path, "Ada Officer", "Vale Hospital")
    report = tmp_path / "signed.pdf"
    report.write_bytes(sign_pdf(make_report(old), signer.path, signer.passphrase, assessment=old))
    assert window.open_path(report)
    assert window.session is not None and window.session.pack.version == "1.0.0" and window.session.read_only
    assert window.workspace is not None and window.workspace.findChild(PackUpdateNotice) is None  # read-only
    buttons = {b.text(): b for b in window.workspace.findChildren(QPushButton)}
    buttons["Start &reassessment"].click()
    fresh = window.session
    assert fresh is not None and not fresh.read_only and fresh.pack.version == "2.0.0"
    assert fresh.assessment.form_pack.version == "2.0.0" and "F1" not in fresh.assessment.triage
    assert fresh.card.triage.provisional
    moved = [m for kind, m in window.messages if m.startswith("Moved to form pack 2.0.0")]  # type: ignore[attr-defined]
    assert moved and "F1 Identifiability\n" in moved[0]
