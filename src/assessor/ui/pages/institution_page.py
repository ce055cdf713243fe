"""Institution and scope: who assesses what, for which period."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from assessor.core.assessment import MAX_ITEM, MAX_LIST, Assessment, Person
from assessor.ui.session import Session
from assessor.ui.widgets import NavRow, heading, named, scroll_body, text

DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")


@dataclass(frozen=True)
class Field:
    label: str
    read: Callable[[Assessment], str]
    write: Callable[[Assessment, str], None]
    multiline: bool = False
    date: bool = False
    placeholder: str = ""


def _lines(values: list[str]) -> str:
    return "\n".join(values)


def _split(value: str) -> list[str]:
    """One item a line, as many and as long as a file may hold."""
    return [line.strip()[:MAX_ITEM] for line in value.splitlines() if line.strip()][:MAX_LIST]


def _assessor(a: Assessment) -> Person:
    if not a.assessors:
        a.assessors.append(Person())
    return a.assessors[0]


def _first(a: Assessment) -> Person:
    return a.assessors[0] if a.assessors else Person()


def _fields(tr: Callable[[str], str]) -> list[tuple[str, list[Field]]]:
    return [
        (
            tr("Institution"),
            [
                Field(tr("Title of this assessment"), lambda a: a.title, lambda a, v: setattr(a, "title", v)),
                Field(
                    tr("Institution"),
                    lambda a: a.institution.name,
                    lambda a, v: setattr(a.institution, "name", v),
                ),
                Field(
                    tr("Department or unit"),
                    lambda a: a.institution.unit,
                    lambda a, v: setattr(a.institution, "unit", v),
                ),
                Field(
                    tr("Country"), lambda a: a.institution.country, lambda a, v: setattr(a.institution, "country", v)
                ),
            ],
        ),
        (
            tr("Scope"),
            [
                Field(
                    tr("What is assessed"),
                    lambda a: a.scope.description,
                    lambda a, v: setattr(a.scope, "description", v),
                    multiline=True,
                    placeholder=tr("The data, the sharing and the people this assessment covers"),
                ),
                Field(
                    tr("Activities (one a line)"),
                    lambda a: _lines(a.scope.activities),
                    lambda a, v: setattr(a.scope, "activities", _split(v)),
                    multiline=True,
                ),
                Field(
                    tr("Datasets (one a line)"),
                    lambda a: _lines(a.scope.datasets),
                    lambda a, v: setattr(a.scope, "datasets", _split(v)),
                    multiline=True,
                ),
                Field(
                    tr("Period from"),
                    lambda a: a.scope.period_start,
                    lambda a, v: setattr(a.scope, "period_start", v),
                    date=True,
                    placeholder="YYYY-MM-DD",
                ),
                Field(
                    tr("Period to"),
                    lambda a: a.scope.period_end,
                    lambda a, v: setattr(a.scope, "period_end", v),
                    date=True,
                    placeholder="YYYY-MM-DD",
                ),
            ],
        ),
        (
            tr("Assessor and signatory"),
            [
                Field(tr("Assessor's name"), lambda a: _first(a).name, lambda a, v: setattr(_assessor(a), "name", v)),
                Field(tr("Assessor's role"), lambda a: _first(a).role, lambda a, v: setattr(_assessor(a), "role", v)),
                Field(
                    tr("Assessor's email"), lambda a: _first(a).email, lambda a, v: setattr(_assessor(a), "email", v)
                ),
                Field(tr("Signatory's name"), lambda a: a.signatory.name, lambda a, v: setattr(a.signatory, "name", v)),
                Field(tr("Signatory's role"), lambda a: a.signatory.role, lambda a, v: setattr(a.signatory, "role", v)),
                Field(
                    tr("Signatory's organisation"),
                    lambda a: a.signatory.organisation,
                    lambda a, v: setattr(a.signatory, "organisation", v),
                ),
            ],
        ),
    ]


class InstitutionPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = self.tr("Institution and scope")
        area, body = scroll_body(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        body.addWidget(heading(self.title))
        body.addWidget(
            text(
                self.tr(
                    "Say who is assessed and what the assessment covers. These details open the report and "
                    "tell the ethics board what the answers are about."
                ),
                role="muted",
            )
        )
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.problems: dict[str, QLabel] = {}
        previous = session.assessment.previous
        if previous is not None:
            tier = session.tier_name(previous.tier) if previous.tier else "?"
            body.addWidget(
                text(
                    self.tr(
                        "Reassessment of report {report} of {date} ({tier} tier, from {file}). The report compares "
                        "this year's answers with those."
                    ).format(
                        report=previous.report_id or "?", date=previous.date or "?", tier=tier, file=previous.file_name
                    ),
                    role="badge",
                )
            )
        form = QFormLayout()  # one form, so every label column lines up
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for section, fields in _fields(self.tr):
            form.addRow(heading(section, 2))
            for field in fields:
                editor = self._editor(field)
                self.editors[field.label] = editor
                if field.date:
                    problem = text("", role="critical")
                    problem.hide()
                    self.problems[field.label] = problem
                    holder = QWidget()
                    row = QVBoxLayout(holder)
                    row.setContentsMargins(0, 0, 0, 0)
                    row.addWidget(editor)
                    row.addWidget(problem)
                    form.addRow(field.label, holder)
                else:
                    form.addRow(field.label, editor)
        body.addLayout(form)
        body.addStretch(1)
        body.addWidget(NavRow())

    def _editor(self, field: Field) -> QLineEdit | QPlainTextEdit:
        value = field.read(self.session.assessment)
        editor: QLineEdit | QPlainTextEdit
        if field.multiline:
            plain = QPlainTextEdit(value)
            plain.setTabChangesFocus(True)
            plain.setFixedHeight(plain.fontMetrics().lineSpacing() * 4 + 14)
            plain.setPlaceholderText(field.placeholder)
            plain.textChanged.connect(lambda: self._store(field, plain.toPlainText()))
            editor = plain
        else:
            line = QLineEdit(value)
            line.setPlaceholderText(field.placeholder)
            line.textChanged.connect(lambda v: self._store(field, v))
            editor = line
        editor.setReadOnly(self.session.read_only)
        return named(editor, field.label)

    def _store(self, field: Field, value: str) -> None:
        if field.date:
            ok = bool(DATE.match(value.strip()))
            problem = self.problems[field.label]
            problem.setText("" if ok else self.tr("Write the date as YYYY-MM-DD, e.g. 2026-01-31."))
            problem.setVisible(not ok)
            if not ok:
                return  # kept on screen until it is a date; the file keeps the last good value
            value = value.strip()
        if field.read(self.session.assessment) != value:
            try:
                self.session.edit(lambda a: field.write(a, value), rescore=False)
            except ValidationError:
                return  # longer than a file may hold: the file keeps the last value that fitted

    def focus_first(self) -> None:
        next(iter(self.editors.values())).setFocus()
