"""The verdict on a signed report, in words and colour: valid or not, who signed, and whether you trust them.

Four states, told apart by their words first and their colour second:

- ``trusted``: valid, and every signer's certificate is in your trust list ("— trusted certificate");
- ``untrusted``: valid, but a signer's certificate is not in your trust list;
- ``impostor``: valid, but a signer's certificate carries the name of a certificate you trust and is
  not that certificate ("signed by a certificate you do not trust, named Ada Officer (not the one
  you trust for this name)");
- ``not-valid``: NOT VALID, with the first reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ROLES = {"checking": "", "trusted": "good", "untrusted": "warning", "impostor": "critical", "not-valid": "critical"}


class SignatureVerdict(QLabel):
    """A label showing a `Verification` (see `show_result`); ``state`` says which of the four it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Signatures"))
        self.state = "checking"
        self._set(self.tr("Checking the signatures…"), "checking")

    def _set(self, message: str, state: str) -> None:
        self.state = state
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setProperty("role", ROLES[state])
        self.style().unpolish(self)
        self.style().polish(self)

    def _decision(self, code: str | None) -> str:
        labels = {
            "approved": self.tr("approved"),
            "conditions": self.tr("approved with conditions"),
            "not-approved": self.tr("not approved"),
        }
        return labels.get(code or "", "")

    def signer_line(self, sig: Any) -> str:
        when = (sig.time or "")[:10]
        who = f"{sig.signer} ({sig.organisation})" if sig.organisation else sig.signer
        counter = bool(sig.decision) or sig.is_countersignature
        if sig.name_conflict:
            if counter:
                return self.tr(
                    "countersigned by a certificate you do not trust, named {name} "
                    "(not the one you trust for this name)"
                ).format(name=sig.signer)
            return self.tr(
                "signed by a certificate you do not trust, named {name} (not the one you trust for this name)"
            ).format(name=sig.signer)
        if counter:
            line = self.tr("countersigned by {who} on {when}: {decision}").format(
                who=who, when=when, decision=self._decision(sig.decision)
            )
        else:
            line = self.tr("signed by {who} on {when}").format(who=who, when=when)
        if sig.trusted:
            return self.tr("{line} — trusted certificate").format(line=line)
        return self.tr("{line} — a certificate you do not trust (not in your trusted certificates)").format(line=line)

    def show_result(self, result: Any) -> None:
        if not result.valid:
            problem = result.problems[0] if result.problems else self.tr("a signature does not verify")
            self._set(self.tr("NOT VALID: {problem}").format(problem=problem), "not-valid")
            return
        who = "; ".join(self.signer_line(sig) for sig in result.signatures)
        match = {
            True: self.tr("The assessment inside matches the fingerprint printed on the report."),
            False: self.tr("The assessment inside does NOT match the fingerprint printed on the report."),
            None: "",
        }[result.fingerprint_match]
        if any(sig.name_conflict for sig in result.signatures) or result.fingerprint_match is False:
            state = "impostor"
        elif all(sig.trusted for sig in result.signatures):
            state = "trusted"
        else:
            state = "untrusted"
        self._set(self.tr("Signatures valid: {who}. {match}").format(who=who, match=match).strip(), state)

    def show_failure(self, message: str) -> None:
        self._set(self.tr("The signatures could not be checked: {problem}").format(problem=message), "not-valid")
