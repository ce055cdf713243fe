"""Moving the open assessment to the newest form pack: the notice that offers it, and the list of changes.

The move itself is ``core.upgrade``; nothing is saved until the user saves (the previous file is kept
as its ``.bak`` then), so not saving undoes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget

from assessor.core.forms.models import FormPack
from assessor.core.upgrade import Changes
from assessor.ui.opening import Opened, updated_to_newest
from assessor.ui.session import Session
from assessor.ui.widgets import named, text


class PackUpdateNotice(QFrame):
    """A banner over an assessment answered against an older form pack, with its "Update" button."""

    def __init__(self, pack: FormPack, newer_version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        row.addWidget(
            text(
                self.tr(
                    "This assessment was answered against form pack {version}, and shows it as it was. "
                    "Version {newer} is available. Updating carries your answers forward, shows what changed "
                    "before anything is saved, and asks you to answer again any risk factor whose meaning changed."
                ).format(version=pack.version, newer=newer_version)
            ),
            1,
        )
        label = self.tr("&Update to pack {version}").format(version=newer_version)
        self.button = named(QPushButton(label), self.tr("Update to form pack {version}").format(version=newer_version))
        row.addWidget(self.button)


def offer_update(parent: QWidget, session: Session, newer_version: str) -> Opened | None:
    """The open assessment moved to the newest form pack, if the user agrees once shown the changes."""
    current = Opened(session.pack, session.assessment, session.path, newer_version=newer_version)
    fresh = updated_to_newest(current)
    assert fresh.pack_changes is not None
    if not PackChanges(parent).confirm(parent, fresh.pack_changes, fresh.pack):
        return None
    fresh.pack_changes = None  # already shown
    return fresh


class PackChanges(QObject):
    """Words for the changes of a pack update, in the interface's language."""

    def describe(self, changes: Changes, new_pack: FormPack) -> str:
        lines = [
            self.tr("Form pack {id}: version {old} → {new}.").format(
                id=new_pack.id, old=changes.from_version, new=changes.to_version
            )
        ]
        if changes.factors_reset:
            names = "\n".join(f"  • {fid} {new_pack.factor(fid).title}" for fid, _ in changes.factors_reset)
            lines.append(
                self.tr(
                    "These risk factors changed meaning and are unanswered again; until you answer them, "
                    "they count at their highest level and the tier is provisional:\n{factors}"
                ).format(factors=names)
            )
        for words, ids in (
            (self.tr("Risk factors no longer asked: {ids}"), changes.factors_removed),
            (self.tr("New questions: {ids}"), changes.questions_new),
            (self.tr("Changed questions: {ids}"), changes.questions_changed),
            (
                self.tr("Questions no longer asked (their answers are kept, not counted): {ids}"),
                changes.questions_retired,
            ),
        ):
            if ids:
                lines.append(words.format(ids=", ".join(ids)))
        for new, olds in changes.questions_merged:
            lines.append(
                self.tr("Merged into {new} (the lower answer is kept, with every note): {ids}").format(
                    new=new, ids=", ".join(olds)
                )
            )
        if changes.answers_moved:
            moved = ", ".join(f"{a} → {b}" for a, b in changes.answers_moved)
            lines.append(self.tr("Answers moved to renamed questions: {moved}").format(moved=moved))
        for t in changes.targets:
            lines.append(
                self.tr("Target at {tier}: {before} → {after}").format(
                    tier=new_pack.tier_spec(t.tier).title,
                    before=self._target(t.before, t.before_essential),
                    after=self._target(t.after, t.after_essential),
                )
            )
        return "\n\n".join(lines)

    def _target(self, target: int, essential: int | None) -> str:
        if essential is None:
            return str(target)
        return self.tr("{target} ({essential} for essential questions)").format(target=target, essential=essential)

    def confirm(self, parent: QWidget, changes: Changes, new_pack: FormPack) -> bool:
        """Ask before updating, showing what it changes."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Update to form pack {version}").format(version=new_pack.version))
        box.setText(
            self.tr(
                "Update this assessment to form pack {version}? Nothing is saved until you save; "
                "the file as it was is kept as a backup when you do."
            ).format(version=new_pack.version)
        )
        box.setInformativeText(self.describe(changes, new_pack))
        update = box.addButton(self.tr("Update"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update)
        box.exec()
        return box.clickedButton() is update

    def tell(self, parent: QWidget, changes: Changes, new_pack: FormPack) -> None:
        """Say what a pack update already done changed (a reassessment moved to the newest pack)."""
        QMessageBox.information(
            parent,
            self.tr("Moved to form pack {version}").format(version=new_pack.version),
            self.describe(changes, new_pack),
        )
