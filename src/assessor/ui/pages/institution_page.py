"""Institution and scope: who assesses what, for which period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from assessor.core.assessment import MAX_ITEM, MAX_LIST, Assessment, Person
from assessor.core.records import ValidationError
from assessor.core.validation import looks_like_email
from assessor.ui.date_field import DateField
from assessor.ui.session import Session
from assessor.ui.widgets import NavRow, heading, named, scroll_body, text

START, END = "period_start", "period_end"  # Field.date of the two period fields


@dataclass(frozen=True)
class Field:
    label: str
    read: Callable[[Assessment], str]
    write: Callable[[Assessment, str], None]
    multiline: bool = False
    date: str = ""  # START or END for a date
    email: bool = False
    required: bool = False  # needed for the report: marked * on screen, "Required" to a screen reader
    placeholder: str = ""


Editor = QLineEdit | QPlainTextEdit | DateField


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
                    required=True,
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
                    required=True,
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
                    date=START,
                    required=True,
                ),
                Field(
                    tr("Period to"),
                    lambda a: a.scope.period_end,
                    lambda a, v: setattr(a.scope, "period_end", v),
                    date=END,
                    required=True,
                ),
            ],
        ),
        (
            tr("Assessor and signatory"),
            [
                Field(
                    tr("Assessor's name"),
                    lambda a: _first(a).name,
                    lambda a, v: setattr(_assessor(a), "name", v),
                    required=True,
                ),
                Field(tr("Assessor's role"), lambda a: _first(a).role, lambda a, v: setattr(_assessor(a), "role", v)),
                Field(
                    tr("Assessor's email"),
                    lambda a: _first(a).email,
                    lambda a, v: setattr(_assessor(a), "email", v),
                    email=True,
                    placeholder="name@example.org",
                ),
                Field(
                    tr("Signatory's name"),
                    lambda a: a.signatory.name,
                    lambda a, v: setattr(a.signatory, "name", v),
                    required=True,
                ),
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
                    "tell the ethics board what the answers are about. The report needs the fields marked *."
                ),
                role="muted",
            )
        )
        self.fields: dict[str, Field] = {}
        self.editors: dict[str, Editor] = {}
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
                self.fields[field.label] = field
                editor = self._editor(field)
                self.editors[field.label] = editor
                label = QLabel(f"{field.label} *" if field.required else field.label)
                label.setBuddy(editor)
                if field.date or field.email:  # a message beside the field when what is entered cannot be kept
                    problem = text("", role="critical")
                    problem.hide()
                    self.problems[field.label] = problem
                    holder = QWidget()
                    row = QVBoxLayout(holder)
                    row.setContentsMargins(0, 0, 0, 0)
                    row.addWidget(editor)
                    row.addWidget(problem)
                    form.addRow(label, holder)
                else:
                    form.addRow(label, editor)
        body.addLayout(form)
        body.addStretch(1)
        body.addWidget(NavRow())
        session.restored.connect(self._restored)
        self._say_what_cannot_be()

    def _editor(self, field: Field) -> Editor:
        value = field.read(self.session.assessment)
        editor: Editor
        if field.date:
            date = DateField(field.label, value, read_only=self.session.read_only)
            date.edited.connect(lambda v: self._date_edited(field, v))
            editor = date
        elif field.multiline:
            plain = QPlainTextEdit(value)
            plain.setTabChangesFocus(True)
            plain.setFixedHeight(plain.fontMetrics().lineSpacing() * 4 + 14)
            plain.setPlaceholderText(field.placeholder)
            plain.textChanged.connect(lambda: self._store(field, plain.toPlainText()))
            plain.setReadOnly(self.session.read_only)
            editor = plain
        else:
            line = QLineEdit(value)
            line.setPlaceholderText(field.placeholder)
            line.textChanged.connect(lambda v: self._store(field, v))
            if field.email:
                line.editingFinished.connect(lambda: self._check_email(field, line.text()))
            line.setReadOnly(self.session.read_only)
            editor = line
        target = editor.editor if isinstance(editor, DateField) else editor
        if field.required:
            named(target, field.label, self.tr("Required: the report needs it."))
        elif not field.date:
            named(target, field.label)
        return editor

    def _store(self, field: Field, value: str) -> None:
        if field.email:
            value = value.strip()
            if not looks_like_email(value):
                return  # kept on screen, the file keeps the last good address; said when the user leaves the field
            self._say(field, "")
        if field.read(self.session.assessment) != value:
            try:
                self.session.edit_details(lambda a: field.write(a, value), field.label, field=field.label)
            except ValidationError:
                return  # longer than a file may hold: the file keeps the last value that fitted

    def _check_email(self, field: Field, value: str) -> None:
        if not looks_like_email(value.strip()):
            self._say(
                field,
                self.tr("“{text}” is not an e-mail address: write it as name@example.org, or leave it empty.").format(
                    text=value.strip()[:80]
                ),
            )

    def _date_edited(self, field: Field, value: str) -> None:
        """A date chosen: kept unless the period would end before it starts (then refused, said beside it)."""
        a = self.session.assessment
        start, end = (value, a.scope.period_end) if field.date == START else (a.scope.period_start, value)
        if start and end and end < start:
            if field.date == START:
                message = self.tr("The period cannot start after it ends ({end}): choose {end} or earlier.")
            else:
                message = self.tr("The period cannot end before it starts ({start}): choose {start} or later.")
            self._say(field, message.format(start=start, end=end))
            return
        for other in self.fields.values():
            if other.date:
                self._say(other, "")
        if field.read(a) != value:
            self.session.edit_details(lambda a: field.write(a, value), field.label, field=field.label)

    def _say(self, field: Field, message: str) -> None:
        problem = self.problems[field.label]
        problem.setText(message)
        problem.setVisible(bool(message))
        editor = self.editors[field.label]
        target = editor.editor if isinstance(editor, DateField) else editor
        if message:
            target.setAccessibleDescription(message)
        else:
            target.setAccessibleDescription(self.tr("Required: the report needs it.") if field.required else "")

    def _say_what_cannot_be(self) -> None:
        """A file may hold a period ending before it starts or a malformed e-mail (saved by an earlier version, or
        edited elsewhere): said beside the field as the page opens."""
        a = self.session.assessment
        for field in self.fields.values():
            value = field.read(a)
            if field.email and not looks_like_email(value):
                self._check_email(field, value)
            elif field.date == END and a.scope.period_start and value and value < a.scope.period_start:
                message = self.tr("The period cannot end before it starts ({start}): choose {start} or later.")
                self._say(field, message.format(start=a.scope.period_start))

    def _restored(self, question_id: str, page: str) -> None:
        if page == "institution":
            self.reload()

    def reload(self) -> None:
        """Show what the file holds (after undo or redo); any refused entry on screen gives way."""
        for label, field in self.fields.items():
            editor = self.editors[label]
            value = field.read(self.session.assessment)
            if field.date or field.email:
                self._say(field, "")
            if isinstance(editor, DateField):
                editor.set_iso(value)
                continue
            current = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            if current == value:
                continue
            blocked = editor.blockSignals(True)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
            editor.blockSignals(blocked)
        self._say_what_cannot_be()

    def focus_first(self) -> None:
        next(iter(self.editors.values())).setFocus()
