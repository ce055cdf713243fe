"""What goes wrong with a form pack: each problem with its file and place, and the error that lists them all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PackIssue:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class FormPackError(Exception):
    """The pack could not be loaded; ``issues`` lists every problem found."""

    def __init__(self, folder: Path, issues: list[PackIssue]) -> None:
        self.folder = folder
        self.issues = issues
        super().__init__(f"{folder}: {len(issues)} problem(s) in the form pack")
