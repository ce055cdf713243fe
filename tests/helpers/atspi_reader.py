"""Reads a running program's accessibility tree through AT-SPI, as a screen reader does.

Run by the system's python3 (Debian's python3-pyatspi is not on PyPI, so it is not in the project's virtualenv):

    /usr/bin/python3 tests/helpers/atspi_reader.py PID

It answers one JSON request a line on standard input with one JSON line on standard output:

    {"cmd": "dump", "max_nodes": 4000, "showing_only": true}   the tree of program PID: a list of nodes
    {"cmd": "ping"}                                             asks the program its name and child count
    {"cmd": "action", "path": [0, 2, 1], "name": "press"}       does a named action of one node
    {"cmd": "quit"}

A node is {"path", "role", "name", "description", "states", "actions", "children", "text"}. Each answer carries
"ok" (false with "error" when AT-SPI refused) and "seconds" (how long the program took to answer).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]


def _find_app(pid: int, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while we looked
                continue
        if time.monotonic() > deadline:
            raise SystemExit(f"atspi_reader: no program with process id {pid} on the accessibility bus")
        time.sleep(0.2)


def _states(acc: Any) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def _actions(acc: Any) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def _text(acc: Any) -> str | None:
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, min(text.characterCount, 500)))


def _node(acc: Any, path: list[int]) -> dict[str, Any]:
    return {
        "path": path,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": _states(acc),
        "actions": _actions(acc),
        "children": acc.childCount,
        "text": _text(acc),
    }


def _dump(app: Any, max_nodes: int, showing_only: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack: list[tuple[Any, list[int]]] = [(app, [])]
    while stack and len(out) < max_nodes:
        acc, path = stack.pop()
        node = _node(acc, path)
        if showing_only and path and "showing" not in node["states"]:
            continue
        out.append(node)
        children = [(acc.getChildAtIndex(i), [*path, i]) for i in range(acc.childCount)]
        stack.extend(reversed([c for c in children if c[0] is not None]))
    return out


def _at(app: Any, path: list[int]) -> Any:
    acc = app
    for i in path:
        acc = acc.getChildAtIndex(i)
    return acc


def _answer(app: Any, request: dict[str, Any]) -> dict[str, Any]:
    cmd = request.get("cmd")
    if cmd == "dump":
        return {"nodes": _dump(app, int(request.get("max_nodes", 4000)), bool(request.get("showing_only", True)))}
    if cmd == "ping":
        return {"name": app.name, "children": app.childCount}
    if cmd == "action":
        acc = _at(app, list(request["path"]))
        action = acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if request["name"] not in names:
            raise ValueError(f"node has no action {request['name']!r} (it has {names})")
        action.doAction(names.index(request["name"]))
        return {}
    raise ValueError(f"unknown request {cmd!r}")


def main() -> int:
    pid = int(sys.argv[1])
    app = _find_app(pid, float(sys.argv[2]) if len(sys.argv) > 2 else 30.0)
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("cmd") == "quit":
            break
        started = time.monotonic()
        try:
            reply = {"ok": True, **_answer(app, request)}
        except Exception as exc:  # AT-SPI errors (time-outs, a node gone) are answers, not crashes
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        reply["seconds"] = round(time.monotonic() - started, 4)
        print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
