"""A keyboard-only walk through the real app, under Xvfb: the check a reviewer runs.

    .venv/bin/python scripts/xvfb_walk.py [--keep DIR] [--shots DIR] [--delay MS]

It starts ``.venv/bin/assessor`` with no file and a fresh ASSESSOR_HOME, and with xdotool key presses
only: Ctrl+N, types a title and an institution, Ctrl+PgDown to the risk profile and sets all twelve
factors to their highest level (arrow keys, space, Tab), then walks every Core Element page answering
every question shown with Ctrl+3 (Tab five times from one card's levels to the next card's: levels,
notes, flag, Attach, Guidance), goes to the review (Ctrl+R), saves with Ctrl+S (the Qt file dialog:
a full path typed into its file name field, Return), and quits with Ctrl+Q.

Then it checks the saved file with ``assessor validate FILE --json`` and by reading it: the file
exists and is valid, the tier is high, every question in scope is answered at level 3, the institution
is the one typed, the app exited by itself with status 0, and no recovery file is left behind. It prints
PASS or FAIL for each and a summary, and exits 1 on any failure (2 when it could not run at all).

Needs the Debian packages xvfb and xdotool (imagemagick too for --shots).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / ".venv" / "bin" / "assessor"
WIDTH, HEIGHT = 1400, 900
TITLE = "Keyboard walk assessment"
INSTITUTION = "Xvfb General Hospital"
LEVEL = 3  # what every question is answered with (Ctrl+3)
TABS_TO_NEXT_CARD = 5  # levels (one stop) -> notes -> flag -> Attach -> Guidance -> next card's levels


class Abort(Exception):
    """The walk cannot go on (no window, a dialog that never came)."""


@dataclass
class Plan:
    """What the keyboard will do, worked out from the form pack the app uses."""

    factor_moves: list[tuple[str, int]]  # factor id, Down presses from its first level to its highest
    per_element: list[tuple[str, str, list[str]]]  # element id, title, questions answered in walking order
    expected_in_scope: int

    @property
    def answered(self) -> int:
        return sum(len(qids) for _, _, qids in self.per_element)


def make_plan() -> Plan:
    """Factors at their highest level, then every question answered at LEVEL in page order.

    A follow-up question is shown once the answer it depends on is given; the keyboard moves forwards
    only, so the walk is simulated in the same order to know how many cards each page shows.
    """
    sys.path.insert(0, str(ROOT / "src"))
    from assessor.core.assessment import Assessment, FormPackRef
    from assessor.core.forms.loader import load_default_pack
    from assessor.core.scoring import questions_in_scope, score, triage_of

    pack = load_default_pack()
    assessment = Assessment(form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash))
    moves = []
    for factor in pack.triage.factors:
        scores = [level.score for level in factor.levels]
        highest = scores.index(max(scores))
        moves.append((factor.id, highest))
        assessment.triage[factor.id] = scores[highest]
    per_element = []
    for element in pack.elements:
        walked: list[str] = []
        for question in element.questions:
            tier = triage_of(pack, assessment).tier
            if question.id in {q.id for q in questions_in_scope(pack, assessment, tier)}:
                assessment.answer(question.id).level = LEVEL
                walked.append(question.id)
        per_element.append((element.id, element.title, walked))
    return Plan(moves, per_element, len(score(pack, assessment).questions))


@dataclass
class Report:
    results: list[tuple[bool, str]] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> bool:
        self.results.append((ok, what))
        print(f"  {'PASS' if ok else 'FAIL'}  {what}", flush=True)
        return ok

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(ok for ok, _ in self.results)


class Desktop:
    """Xvfb, the app and xdotool."""

    def __init__(self, work: Path, delay_ms: int, shots: Path | None) -> None:
        self.work = work
        self.delay = str(delay_ms)
        self.shots = shots
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self.window = ""
        self.env = dict(os.environ)

    def start_x(self) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=(self.work / "xvfb.log").open("wb"),
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise Abort("Xvfb did not start (see xvfb.log)")
        home = self.work / "home"
        for sub in ("home", "config", "runtime"):
            (self.work / sub).mkdir(mode=0o700, exist_ok=True)
        for name in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_STYLE_OVERRIDE", "ASSESSOR_QUIT_WHEN_SHOWN"):
            self.env.pop(name, None)
        self.env.update(
            DISPLAY=f":{number}",
            QT_QPA_PLATFORM="xcb",
            ASSESSOR_HOME=str(home),  # recovery and recent files of this walk only
            XDG_CONFIG_HOME=str(self.work / "config"),  # Qt's file dialog history
            XDG_RUNTIME_DIR=str(self.work / "runtime"),
        )
        print(f"  Xvfb on :{number}", flush=True)

    def xdo(self, *args: str, timeout: float = 60) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        return done.stdout.strip()

    def find(self, name: str, timeout: float = 60) -> str:
        """The first visible window whose title matches ``name`` (waits for it, while the app runs)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = self.xdo("search", "--onlyvisible", "--name", name)
            if found:
                return found.splitlines()[0]
            if self.app is not None and self.app.poll() is not None:
                raise Abort(f"the app exited with status {self.app.returncode} (see app.log)")
            time.sleep(0.2)
        raise Abort(f"no window named {name!r} appeared within {timeout:.0f} s")

    def start_app(self) -> None:
        log = (self.work / "app.log").open("wb")
        self.app = subprocess.Popen([str(APP)], env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.work)
        self.window = self.find("assessor")
        self.xdo("windowmove", self.window, "0", "0", "windowsize", self.window, str(WIDTH), str(HEIGHT))
        time.sleep(1.5)
        self.focus()

    def focus(self, window: str = "") -> None:
        """Give a window the keyboard; without a window manager, no one does it after a dialog."""
        self.xdo("windowfocus", window or self.window)
        time.sleep(0.3)

    def keys(self, *names: str, pause: float = 0.3) -> None:
        for start in range(0, len(names), 200):  # keep each command line short
            self.xdo("key", "--delay", self.delay, *names[start : start + 200], timeout=600)
        time.sleep(pause)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "30", text)
        time.sleep(0.3)

    def shot(self, name: str) -> None:
        if self.shots is not None and shutil.which("import"):
            self.shots.mkdir(parents=True, exist_ok=True)
            subprocess.run(["import", "-window", "root", str(self.shots / name)], env=self.env, check=False)

    def wait_exit(self, timeout: float) -> int | None:
        assert self.app is not None
        try:
            return self.app.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        for proc in (self.app, self.xvfb):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(10)


def walk(desk: Desktop, plan: Plan, target: Path, report: Report) -> int | None:
    """Drive the app; returns its exit status (None when it did not quit)."""
    started = time.monotonic()
    desk.start_app()
    report.check(True, f"the app started with no file ({time.monotonic() - started:.1f} s to its window)")
    desk.keys("ctrl+n", pause=1.5)
    desk.type(TITLE)  # the first field: the title of the assessment
    desk.keys("Tab")
    desk.type(INSTITUTION)
    desk.shot("walk-01-institution.png")

    desk.keys("ctrl+Next", pause=1.5)  # the risk profile, the keyboard on the first level of F1
    for _factor, downs in plan.factor_moves:
        desk.keys(*(["Down"] * downs), "space", "Tab", pause=0.1)
    desk.shot("walk-02-risk.png")
    print(f"  set {len(plan.factor_moves)} risk factors to their highest level", flush=True)

    for element_id, title, qids in plan.per_element:
        desk.keys("ctrl+Next", pause=1.2)  # the next page; the keyboard on its first question
        presses: list[str] = []
        for i in range(len(qids)):
            presses.append(f"ctrl+{LEVEL}")
            if i < len(qids) - 1:
                presses += ["Tab"] * TABS_TO_NEXT_CARD
        desk.keys(*presses, pause=0.5)
        desk.shot(f"walk-element-{element_id}.png")
        print(f"  {title}: {len(qids)} questions answered with Ctrl+{LEVEL}", flush=True)

    desk.keys("ctrl+r", pause=1.5)
    desk.shot("walk-03-review.png")
    desk.keys("ctrl+s", pause=1.0)
    dialog = desk.find("Save assessment", timeout=20)
    desk.focus(dialog)
    desk.keys("ctrl+a", pause=0.2)
    desk.type(str(target))
    desk.shot("walk-04-save-dialog.png")
    desk.keys("Return", pause=1.0)
    for _ in range(50):
        if target.exists():
            break
        time.sleep(0.2)
    desk.focus()
    desk.shot("walk-05-saved.png")
    desk.keys("ctrl+q", pause=0.5)
    status = desk.wait_exit(30)
    if status is None:
        desk.shot("walk-06-did-not-quit.png")
    print(f"  walk took {time.monotonic() - started:.0f} s", flush=True)
    return status


def check_file(plan: Plan, target: Path, work: Path, status: int | None, report: Report) -> None:
    report.check(status == 0, f"Ctrl+Q closed the app, exit status {status}")
    log = (work / "app.log").read_text(errors="replace") if (work / "app.log").exists() else ""
    report.check("Traceback" not in log, "the app printed no traceback")
    if not report.check(target.is_file(), f"saved through the Qt file dialog: {target}"):
        return
    done = subprocess.run([str(APP), "validate", str(target), "--json"], capture_output=True, text=True, check=False)
    try:
        result = json.loads(done.stdout)
    except ValueError:
        report.check(False, f"assessor validate --json printed JSON (got {done.stdout[:200]!r} {done.stderr[:200]!r})")
        return
    report.check(bool(result.get("valid")), f"assessor validate: valid (problems: {result.get('problems')})")
    report.check(result.get("tier") == "high", f"assessor validate: tier is {result.get('tier')!r}, expected 'high'")

    data = json.loads(target.read_text(encoding="utf-8"))
    name = data.get("institution", {}).get("name")
    report.check(name == INSTITUTION, f"institution typed by keyboard: {name!r}")
    report.check(data.get("title") == TITLE, f"title typed into the first field: {data.get('title')!r}")
    factors = data.get("triage", {})
    report.check(len(factors) == len(plan.factor_moves), f"risk factors set by keyboard: {len(factors)} of 12")

    from assessor.core.forms.loader import load_default_pack
    from assessor.core.scoring import score
    from assessor.core.storage import load_assessment

    card = score(load_default_pack(), load_assessment(target))
    in_scope = list(card.questions)
    answers = data.get("answers", {})
    at_level = [q for q in in_scope if answers.get(q, {}).get("level") == LEVEL and not answers[q].get("na")]
    missing = [q for q in in_scope if q not in at_level]
    report.check(
        len(in_scope) == plan.expected_in_scope,
        f"questions in scope: {len(in_scope)} (expected {plan.expected_in_scope})",
    )
    report.check(
        not missing,
        f"questions answered at level {LEVEL} by keyboard: {len(at_level)} of {len(in_scope)} in scope"
        + (f"; not answered: {', '.join(missing[:20])}" if missing else ""),
    )
    for element in card.elements:
        if element.answered != element.in_scope:
            report.check(False, f"{element.title}: {element.answered} of {element.in_scope} answered")
    left = list((work / "home" / "data" / "recovery").glob("*.recovery"))
    report.check(not left, f"no unsaved work left to recover after saving and quitting ({len(left)} file(s))")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--keep", type=Path, help="keep the saved file, logs and profile in this folder")
    parser.add_argument("--shots", type=Path, help="take screenshots along the way into this folder")
    parser.add_argument("--delay", type=int, default=20, help="milliseconds between key presses (default 20)")
    args = parser.parse_args()

    missing = [tool for tool in ("Xvfb", "xdotool") if not shutil.which(tool)]
    if missing or not APP.exists():
        need = f"the Debian packages xvfb and xdotool (missing: {', '.join(missing)})" if missing else "make venv"
        print(f"xvfb_walk: cannot run; needs {need}", file=sys.stderr)
        return 2
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="assessor-walk."))
    target = work / "saved" / "keyboard-walk.g4sa"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)

    print("xvfb_walk: a keyboard-only walk through the real app", flush=True)
    plan = make_plan()
    print(
        f"  plan: {len(plan.factor_moves)} factors, {plan.answered} questions over {len(plan.per_element)} elements",
        flush=True,
    )
    report = Report()
    desk = Desktop(work, args.delay, args.shots.resolve() if args.shots else None)
    status: int | None = None
    try:
        desk.start_x()
        status = walk(desk, plan, target, report)
    except (Abort, subprocess.TimeoutExpired) as exc:
        desk.shot("walk-aborted.png")
        report.check(False, f"the walk stopped: {exc}")
    finally:
        desk.stop()
    check_file(plan, target, work, status, report)

    failed = [what for ok, what in report.results if not ok]
    if report.passed:
        print(f"PASS: xvfb_walk: {plan.answered} questions answered by keyboard, saved, validated (tier high)")
    else:
        print(f"FAIL: xvfb_walk: {len(failed)} check(s) failed: " + "; ".join(failed))
        print(f"  logs and files: {work}")
    if report.passed and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
