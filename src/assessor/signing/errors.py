"""Problems a user can cause when signing or verifying: one clear line each, no traceback."""

from __future__ import annotations

from pathlib import Path

from assessor.core.storage import FileProblem


class SigningProblem(Exception):
    """A document or identity cannot be used as asked. ``str()`` is one line saying what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAPdf(SigningProblem):
    """The bytes given are not a PDF at all (or too damaged to be read as one)."""


class NotVerified(SigningProblem):
    """The report does not verify, so nothing it carries is read as data. ``str()`` says why."""


class WrongPassphrase(FileProblem):
    """The passphrase does not open the identity file."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "wrong passphrase")

    def __str__(self) -> str:
        return f"wrong passphrase for {self.path.name}"
