"""Refresh the translations of the interface: lupdate into resources/translations/assessor_<lang>.ts, then lrelease.

    .venv/bin/python scripts/update_translations.py

Existing translations are kept; new strings come in marked unfinished (translate them in the .ts, e.g. with
``.venv/bin/pyside6-linguist``, then run this again to rebuild the .qm); strings gone from the code are dropped.

lupdate reads every .py under src/assessor/ui, but it misses some strings the interface translates at run time
(a tr() inside an f-string, strings passed through a variable) and puts others in a context they are never looked up
in (PySide6's ``self.tr`` uses the class name of ``self``; lupdate names ``parent.tr(...)``'s context "parent").
So the code is also read here (with ast) for the context each string really has:

- ``self.tr("...")`` in class C: context C;
- ``QCoreApplication.translate("ctx", "...")`` and ``QT_TRANSLATE_NOOP("ctx", "...")``: ctx;
- ``tr("...")`` called on something else than self: the context named in CALLER_CONTEXTS for that file;
- ``name("...")`` where ``name`` is a module function returning ``QCoreApplication.translate("ctx", text)``: ctx;
- strings held in a table and translated through a variable: the tables listed in TABLES.

Every string found is handed to lupdate as a QT_TRANSLATE_NOOP line of a stub file (plural ``self.tr(text, "", n)``
excepted: lupdate reads those itself), its locations are pointed back at the real code, and lupdate's finds in a
context nothing looks up are dropped. A ``tr()`` whose context cannot be told stops the script with its file and line.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "assessor" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR"}
STUB = "_strings_lupdate_cannot_see.py"

# tr() called on another object than self: the class of that object at run time, by file
CALLER_CONTEXTS = {
    "src/assessor/ui/signing_flow.py": "MainWindow",  # parent.tr(...): the main window passes itself
    "src/assessor/ui/pages/institution_page.py": "InstitutionPage",  # _fields(self.tr)
}
# strings translated through a variable: (context, file holding the table, the table's module-level name)
TABLES = (
    ("QuestionCard", "src/assessor/ui/pages/question_card.py", "SOURCE_NAMES"),  # source_name(): dict values
)
TABLE_USERS = {
    ("QuestionCard", "src/assessor/ui/pages/question_card.py"),
}
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}

Key = tuple[str, str]  # (context, source)


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    file: str  # POSIX, relative to the repository
    line: int
    plural: bool = False  # tr(text, disambiguation, n): left to lupdate, which marks it numerus

    @property
    def key(self) -> Key:
        return (self.context, self.source)


@dataclass
class Scan:
    found: list[Found]
    errors: list[str]  # strings whose context cannot be told: add the file to CALLER_CONTEXTS
    notes: list[str]  # translations of a variable that no table or QT_TRANSLATE_NOOP covers


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(call: ast.Call) -> bool:
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "translate" and ast.unparse(f.value) in TRANSLATE_OWNERS


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions whose body is ``return QCoreApplication.translate("ctx", <their argument>)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        context = _literal(call.args[0]) if _is_translate(call) and len(call.args) >= 2 else None
        if context is not None and node.args.args[0].arg in {
            n.id for n in ast.walk(call.args[1]) if isinstance(n, ast.Name)
        }:
            found[node.name] = context
    return found


def _table_strings(path: Path, name: str) -> list[tuple[str, int]]:
    """The strings of a module-level table (for a dict, its values)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            keys = {id(k) for d in ast.walk(value) if isinstance(d, ast.Dict) for k in d.keys if k is not None}
            strings = [n for n in ast.walk(value) if isinstance(n, ast.Constant) and id(n) not in keys]
            return [(n.value, n.lineno) for n in strings if isinstance(n.value, str)]
    raise SystemExit(f"{path}: no module-level {name} (listed in TABLES)")


def scan(root: Path = ROOT) -> Scan:
    result = Scan([], [], [])
    variable_calls: list[tuple[str, str, int]] = []  # (context, file, line) of a translation of a variable
    marked: set[tuple[str, str]] = set()  # (context, file) with QT_TRANSLATE_NOOP marks
    for path in sorted((root / "src" / "assessor" / "ui").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), rel)
        wrappers = _wrappers(tree)
        classes = _enclosing_classes(tree)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            f = call.func
            first = call.args[0] if call.args else None
            if (isinstance(f, ast.Attribute) and f.attr == "tr") or (isinstance(f, ast.Name) and f.id == "tr"):
                on_self = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self"
                context = classes.get(call) if on_self else CALLER_CONTEXTS.get(rel)
                if context is None:
                    result.errors.append(f"{rel}:{call.lineno}: cannot tell the context of {ast.unparse(call)[:80]}")
                    continue
                source = _literal(first)
                if source is None:
                    variable_calls.append((context, rel, call.lineno))
                elif len(call.args) >= 3 and not on_self:
                    result.errors.append(f"{rel}:{call.lineno}: a plural tr() must be called on self")
                else:
                    result.found.append(Found(context, source, rel, call.lineno, len(call.args) >= 3))
            elif _is_translate(call) or (isinstance(f, ast.Name) and f.id == "QT_TRANSLATE_NOOP"):
                context, source = _literal(first), _literal(call.args[1] if len(call.args) > 1 else None)
                if isinstance(f, ast.Name) and context is not None:
                    marked.add((context, rel))
                if context is not None and source is not None:
                    result.found.append(Found(context, source, rel, call.lineno))
                elif context is not None and not _inside_wrapper(tree, call, wrappers):
                    variable_calls.append((context, rel, call.lineno))
            elif isinstance(f, ast.Name) and f.id in wrappers:
                source = _literal(first)
                if source is None:
                    variable_calls.append((wrappers[f.id], rel, call.lineno))
                else:
                    result.found.append(Found(wrappers[f.id], source, rel, call.lineno))
    for context, rel, name in TABLES:
        for source, line in _table_strings(root / rel, name):
            result.found.append(Found(context, source, rel, line))
    for context, rel, line in variable_calls:
        if (context, rel) not in TABLE_USERS and (context, rel) not in marked:
            result.notes.append(f"{rel}:{line}: translates a variable in context {context}; list its values in TABLES")
    return result


def _enclosing_classes(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node's innermost enclosing class, by name."""
    out: dict[ast.AST, str] = {}

    def visit(node: ast.AST, current: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else current
            if inner is not None:
                out[child] = inner
            visit(child, inner)

    visit(tree, None)
    return out


def _inside_wrapper(tree: ast.Module, call: ast.Call, wrappers: dict[str, str]) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name in wrappers and call in set(ast.walk(n)) for n in tree.body)


# -- lupdate, and what it gets wrong -----------------------------------------------------------------------------------


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6: pip install pyside6-essentials)")
    return found


def _stub(found: list[Found], folder: Path) -> Path:
    """Every string found, as QT_TRANSLATE_NOOP lines: lupdate then has each in the context it is looked up in,
    including those it cannot see or places in another context (its own finds in a wrong context are dropped)."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({_py(f.context)}, {_py(f.source)})" for f in found if not f.plural]
    path = folder / STUB
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _py(text: str) -> str:
    """A double-quoted Python literal lupdate reads back as ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _lupdate(ts: Path, language: str, stub: Path) -> None:
    sources = [p.relative_to(ROOT).as_posix() for p in sorted(UI.rglob("*.py"))]
    command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "absolute"]
    command += ["-source-language", "en", "-target-language", language, *sources, str(stub), "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True)


def _fix(ts: Path, result: Scan) -> list[str]:
    """Drop lupdate's wrong-context guesses, point the stub's locations at the code; returns warnings."""
    wanted: dict[Key, list[Found]] = defaultdict(list)
    for item in result.found:
        wanted[item.context, item.source].append(item)
    sources = {source for _, source in wanted}
    warnings: list[str] = []
    root = ET.parse(ts).getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                if key[1] in sources:  # e.g. lupdate's "parent" context for parent.tr(...)
                    context.remove(message)
                    continue
                warnings.append(f"lupdate found {key!r}, which this script's scan missed")
            for location in message.findall("location"):
                if Path(location.get("filename", "")).name == STUB:
                    message.remove(location)
            if not message.findall("location"):
                places = sorted({(f.file, f.line) for f in wanted[key]})
                for index, (file, line) in enumerate(places):
                    place = os.path.relpath(ROOT / file, ts.parent).replace(os.sep, "/")
                    message.insert(index, ET.Element("location", {"filename": place, "line": str(line)}))
        if not context.findall("message"):
            root.remove(context)
    present = {(c.findtext("name") or "", m.findtext("source") or "") for c in root for m in c.findall("message")}
    warnings += [f"{f.file}:{f.line}: {f.source!r} missing from the .ts" for f in result.found if f.key not in present]
    ts.write_text(_serialize(root), encoding="utf-8")
    return warnings


# -- writing a .ts as lupdate does -------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _element(node: ET.Element, depth: int) -> list[str]:
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in node.attrib.items())
    if len(node):
        out = [f"{pad}<{node.tag}{attrs}>"]
        for child in node:
            out += _element(child, depth + 1)
        return [*out, f"{pad}</{node.tag}>"]
    if node.tag == "location":
        return [f"{pad}<{node.tag}{attrs}/>"]
    return [f"{pad}<{node.tag}{attrs}>{_escape(node.text or '')}</{node.tag}>"]


def _serialize(root: ET.Element) -> str:
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:
        lines.append(f"<{context.tag}>")
        for child in context:
            lines += _element(child, 1)
        lines.append(f"</{context.tag}>")
    return "\n".join([*lines, "</TS>"]) + "\n"


# -- the whole round ---------------------------------------------------------------------------------------------------


def unfinished(ts: Path) -> list[str]:
    out = []
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [translation.text or ""] if translation is not None and not len(translation) else []
            forms += [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
            if translation is None or translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
                out.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return out


def update(languages: dict[str, str] = LANGUAGES) -> int:
    result = scan()
    for line in result.notes:
        print("note:", line)
    if result.errors:
        print("\n".join(result.errors), file=sys.stderr)
        return 1
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        stub = _stub(result.found, Path(tmp))
        for lang, qt_language in sorted(languages.items()):
            ts = TS_DIR / f"assessor_{lang}.ts"
            before = ts.read_text(encoding="utf-8") if ts.is_file() else ""
            _lupdate(ts, qt_language, stub)
            for warning in _fix(ts, result):
                print("warning:", warning)
            todo = unfinished(ts)
            qm = ts.with_suffix(".qm")
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
            count = ts.read_text(encoding="utf-8").count("<message")
            changed = "changed" if ts.read_text(encoding="utf-8") != before else "unchanged"
            print(f"{ts.relative_to(ROOT)}: {count} messages ({changed}), {len(todo)} to translate; {qm.name} rebuilt")
            for item in todo:
                print("  to translate:", item)
    return 0


if __name__ == "__main__":
    sys.exit(update())
