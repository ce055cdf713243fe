"""The built bundle and the Linux packages, as a user gets them (`make bundle-test`: builds, then runs these).

Every check runs the frozen program itself, never the development venv's: the bundle must find its form packs
and resources, print to the terminal, open its window on X11, and work from wherever it is unpacked or installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from assessor import __version__
from assessor.core.assessment import Answer, Assessment, FormPackRef, fingerprint
from assessor.core.forms.hashing import content_hash
from assessor.core.forms.installed import load_default_pack
from assessor.core.storage import save_assessment
from assessor.core.triage import compute_tier
from assessor.resources import version_key
from tests.packaging.conftest import ROOT, load_packaging_module

build = load_packaging_module("build")
smoke = load_packaging_module("smoke")

DIST = ROOT / "dist"
BUNDLE = DIST / "assessor"
EXE = BUNDLE / "assessor"
DEB_VERSION = build.debian_version(__version__)
DEB = DIST / f"assessor_{DEB_VERSION}_{build.deb_arch(build.machine())}.deb"
TARBALL = DIST / f"assessor-{__version__}-linux-{build.machine()}.tar.gz"


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    missing = [p for p in (EXE, DEB, TARBALL) if not p.exists()]
    if missing:
        pytest.fail(f"not built: {', '.join(map(str, missing))}; run `make bundle` (or `make bundle-test`)")


def app_env(**extra: str) -> dict[str, str]:
    """The user's environment: no Python of ours on any path, Qt offscreen for commands that may load it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_app(exe: Path, *args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], cwd=cwd, env=app_env(), capture_output=True, text=True, timeout=timeout)


def assert_self_test_passes(exe: Path, cwd: Path) -> None:
    result = run_app(exe, "--self-test", cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert any(line.startswith("PASS  ") for line in lines)
    assert not any(line.startswith("FAIL") for line in lines)


def test_version_is_the_source_version(tmp_path: Path) -> None:
    result = run_app(EXE, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"assessor {__version__}")


def test_self_test_passes_inside_the_bundle(tmp_path: Path) -> None:
    assert_self_test_passes(EXE, tmp_path)


def test_bundle_carries_its_data_and_no_unwanted_qt(tmp_path: Path) -> None:
    internal = BUNDLE / "_internal"
    for version in ("1.0.0", "1.1.0"):  # every released version of the pack ships
        assert (internal / "assessor" / "_data" / "forms" / "ga4gh-framework" / version / "pack.yaml").is_file()
    assert (internal / "assessor" / "_data" / "resources" / "icons" / "app" / "assessor.svg").is_file()
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6", "QtNetwork.abi3.so"):
        assert unwanted not in names
    for wanted in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libQt6PdfWidgets.so.6", "libqsvgicon.so"):
        assert wanted in names
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling symbolic links"


def test_form_pack_commands_give_the_same_answers_frozen(tmp_path: Path) -> None:
    pack = load_default_pack()
    shown = run_app(EXE, "forms", "show", "--json", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == pack.id
    checked = run_app(EXE, "forms", "check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    levels = {f.id: (i % 3) for i, f in enumerate(pack.triage.factors)}
    tier = run_app(
        EXE, "tier", *[a for fid, lvl in levels.items() for a in ("--set", f"{fid}={lvl}")], "--json", cwd=tmp_path
    )
    assert tier.returncode == 0, tier.stderr
    assert json.loads(tier.stdout)["tier"] == compute_tier(pack, levels).tier.value


def test_an_assessment_file_has_the_same_fingerprint_frozen(tmp_path: Path) -> None:
    pack = load_default_pack()
    assessment = Assessment(
        form_pack=FormPackRef(id=pack.id, version=pack.version, hash=pack.hash),
        title="Biobank Nord — genomic data sharing",  # non-ASCII survives the frozen app's I/O
        answers={q.id: Answer(level=i % 4, notes=f"note {i} é") for i, q in enumerate(pack.questions())},
    )
    path = tmp_path / "ünïcode name.g4sa"
    save_assessment(assessment, path)
    result = run_app(EXE, "validate", str(path), "--json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr  # 1: the answers have problems; still a loaded file
    assert json.loads(result.stdout)["fingerprint"] == fingerprint(assessment)


def test_a_damaged_file_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "damaged.g4sa"
    path.write_bytes(b'{"format_version": 1, "answers": {')
    result = run_app(EXE, "validate", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "damaged.g4sa" in result.stderr
    assert "Traceback" not in result.stderr


def test_unpacked_size_is_within_target() -> None:
    size = build.tree_size(BUNDLE)
    print(f"unpacked bundle: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
    assert size <= build.SIZE_TARGET_BYTES  # 130 MB in decimal megabytes, the stricter reading


def test_the_newest_pack_ships_compiled_and_a_first_start_writes_no_cache(tmp_path: Path) -> None:
    forms = BUNDLE / "_internal" / "assessor" / "_data" / "forms" / "ga4gh-framework"
    newest = max((p for p in forms.iterdir() if p.is_dir()), key=lambda p: version_key(p.name))
    shipped = {p.name for p in (BUNDLE / "_internal" / "assessor" / "_data" / "compiled-forms").iterdir()}
    assert shipped == {f"{content_hash(newest)}.{language}.json" for language in ("en", "fr")}
    home = tmp_path / "home"
    env = app_env(ASSESSOR_HOME=str(home))

    def show(*args: str) -> None:
        shown = subprocess.run(
            [str(EXE), "forms", "show", "--json", *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["id"] == "ga4gh-framework"

    show()
    assert not (home / "cache" / "forms").exists()  # read from the bundle's compiled copy
    show("--pack-version", "1.0.0")
    assert len(list((home / "cache" / "forms").iterdir())) == 1  # an older version: compiled into the user's cache


def test_the_bare_window_is_frozen_with_the_apps_qt(tmp_path: Path) -> None:
    bare = build.bare_window_executable()

    def qt_files(folder: Path) -> set[str]:
        qt = folder / "_internal" / "PySide6" / "Qt"
        return {str(p.relative_to(qt)) for p in qt.rglob("*") if p.is_file() and "icudata" not in p.name}

    assert qt_files(bare.parent) <= qt_files(BUNDLE)  # the same Qt libraries, or fewer (no QtPdf, QtSvg...)
    loaded_at_start = ("plugins/platforms/", "plugins/platformthemes/", "plugins/platforminputcontexts/")
    plugins = {p for p in qt_files(BUNDLE) if p.startswith(loaded_at_start)}
    assert plugins and plugins == {p for p in qt_files(bare.parent) if p.startswith(loaded_at_start)}
    assert smoke.time_offscreen([str(bare)], app_env()) < 30
    assert smoke.time_offscreen([str(EXE)], app_env(ASSESSOR_HOME=str(tmp_path / "home"))) < 30


def test_window_start_against_the_frozen_bare_window(tmp_path: Path) -> None:
    """Both started the same way, alternating; the 1.3x target is reported by packaging/measure.py and `make bench`
    (OK or SLOW: a shared machine's load moves the figure), this guards against a gross regression only, such as
    a heavy import or the pack's YAML read coming back into the start-up."""
    env = app_env(ASSESSOR_HOME=str(tmp_path / "home"))
    ratio = smoke.compare(
        lambda cmd: smoke.time_offscreen(cmd, env), [str(EXE)], [str(build.bare_window_executable())], 5
    )
    print(f"window start, offscreen: {ratio.describe()}")
    assert ratio.fastest <= 2.0, ratio.describe()


# Qt's ICU services: sorting and time-zone names in the app's languages (others fall back to the root locale's),
# case mapping in the locales with special rules, and every encoding browsers decode (the WHATWG list): the output
# must not change when Qt runs on the bundle's trimmed ICU data instead of the full data of the development venv's
# PySide6 (the same Qt and ICU build)
ICU_PROBE = """
import functools
from PySide6.QtCore import QBuffer, QByteArray, QCollator, QIODevice, QLocale, QTimeZone, QXmlStreamReader

words = ["zèbre", "Zoo", "éclair", "eclair", "Äpfel", "ähnlich", "čaj", "ch", "cz", "中文", "日本", "ı", "İ", "file10"]
for loc in ["en_US", "en_GB", "fr_FR", "fr_CA"]:
    collator = QCollator(QLocale(loc))
    collator.setNumericMode(True)
    print(loc, sorted([*words, "file2"], key=functools.cmp_to_key(collator.compare)))
for loc in ["en_US", "fr_FR", "de_DE", "tr_TR", "az_AZ", "lt_LT", "el_GR"]:
    print(loc, QLocale(loc).toUpper("iıßάί"), QLocale(loc).toLower("IİΣΑΣ"))
times = (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
kinds = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName)
for zone in [b"Europe/Paris", b"America/Sao_Paulo", b"Asia/Kolkata"]:
    for loc in ["en_US", "en_GB", "fr_FR", "fr_CA"]:
        print(zone, loc, [QTimeZone(zone).displayName(t, k, QLocale(loc)) for t in times for k in kinds])
samples = [
    ("Shift_JIS", "shift_jis", "試験"), ("EUC-JP", "euc_jp", "試験"), ("ISO-2022-JP", "iso2022_jp", "試験"),
    ("GBK", "gbk", "中文"), ("GB18030", "gb18030", "中文 €"), ("GB2312", "gb2312", "中文"),
    ("Big5", "big5", "測試"), ("Big5-HKSCS", "big5hkscs", "測試"), ("EUC-KR", "euc_kr", "테스트"),
    ("IBM866", "cp866", "Привет"), ("KOI8-R", "koi8_r", "тест"), ("KOI8-U", "koi8_u", "тєст"),
    ("macintosh", "mac_roman", "Prüfung"), ("x-mac-cyrillic", "mac_cyrillic", "тест"),
    ("windows-874", "cp874", "สวัสดี"), ("windows-1250", "cp1250", "Łódź"), ("windows-1251", "cp1251", "тест"),
    ("windows-1252", "cp1252", "Prüfung €"), ("windows-1253", "cp1253", "Γειά"), ("windows-1254", "cp1254", "İş"),
    ("windows-1255", "cp1255", "שלום"), ("windows-1256", "cp1256", "مرحبا"), ("windows-1257", "cp1257", "Ąč"),
    ("windows-1258", "cp1258", "Đà"), ("ISO-8859-2", "iso8859_2", "Łódź"), ("ISO-8859-3", "iso8859_3", "Ħal"),
    ("ISO-8859-4", "iso8859_4", "Ķīļ"), ("ISO-8859-5", "iso8859_5", "тест"), ("ISO-8859-6", "iso8859_6", "مرحبا"),
    ("ISO-8859-7", "iso8859_7", "Γειά"), ("ISO-8859-8", "iso8859_8", "שלום"), ("ISO-8859-10", "iso8859_10", "Ŋŧ"),
    ("ISO-8859-13", "iso8859_13", "Ąč"), ("ISO-8859-14", "iso8859_14", "Ŵŷ"), ("ISO-8859-15", "iso8859_15", "€œ"),
]
for name, codec, text in samples:
    buffer = QBuffer()
    buffer.setData(QByteArray(f'<?xml version="1.0" encoding="{name}"?><a>{text}</a>'.encode(codec)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    while not reader.atEnd():
        if reader.readNext() == QXmlStreamReader.TokenType.Characters:
            print(name, "decoded", reader.text() == text)
    print(name, "error", reader.hasError())
"""


def test_trimmed_icu_data_serve_qt_as_the_full_data_do() -> None:
    import PySide6

    trimmed = BUNDLE / "_internal" / "PySide6" / "Qt" / "lib" / "libicudata.so.73"
    full = Path(PySide6.__file__).parent / "Qt" / "lib" / trimmed.name
    if not full.is_file() or not trimmed.is_file():
        pytest.skip(f"the bundle or the venv has no {trimmed.name} (another Qt or ICU version)")
    assert trimmed.stat().st_size < full.stat().st_size - 20_000_000

    def probe(preload: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"} | ({"LD_PRELOAD": str(preload)} if preload else {})
        result = subprocess.run([sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stdout

    with_full = probe(None)
    assert "heure normale d’Europe centrale" in with_full  # a time-zone name from ICU's data
    assert with_full.count("decoded True") == 35 and "error True" not in with_full
    assert probe(trimmed) == with_full


def test_window_appears_on_an_x11_display(tmp_path: Path) -> None:
    with smoke.xvfb() as display:
        seconds = smoke.time_to_window([str(EXE)], display, env=app_env(), timeout=30)
    print(f"window shown after {seconds:.2f} s")


def test_tarball_runs_from_wherever_it_is_unpacked(tmp_path: Path) -> None:
    with tarfile.open(TARBALL) as tar:
        members = tar.getmembers()
        assert {m.name.split("/")[0] for m in members} == {f"assessor-{__version__}"}
        assert all(m.uid == 0 and m.gid == 0 for m in members)
        tar.extractall(tmp_path, filter="tar")
    folder = tmp_path / f"assessor-{__version__}"
    assert_self_test_passes(folder / "assessor", tmp_path)
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_DATA_HOME": str(home / ".local" / "share")}
    installed = subprocess.run([str(folder / "install-user.sh")], env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    desktop = home / ".local" / "share" / "applications" / "assessor.desktop"
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert_self_test_passes(home / ".local" / "bin" / "assessor", tmp_path)  # through the symlink


def deb_field(name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(DEB), name], check=True, capture_output=True, text=True).stdout.strip()


def test_deb_metadata() -> None:
    assert deb_field("Package") == "assessor"
    assert deb_field("Version") == DEB_VERSION
    assert deb_field("Architecture") == build.deb_arch(build.machine())
    depends = deb_field("Depends")
    assert depends.startswith("libc6 (>= 2.")
    for needed in ("libfontconfig1", "libxkbcommon0", "libegl1", "libdbus-1-3", "libstdc++6"):
        assert needed in depends
    assert int(deb_field("Installed-Size")) * 1024 >= build.tree_size(BUNDLE)


def test_deb_layout(tmp_path: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(DEB)], check=True, capture_output=True, text=True).stdout
    entries = {}
    for line in listing.splitlines():
        mode, owner, _size, _date, _time, path, *rest = line.split(None, 6)
        entries[path.removeprefix(".")] = (mode, owner, " ".join(rest))
    assert {owner for _, owner, _ in entries.values()} == {"root/root"}
    assert entries["/usr/bin/assessor"][0].startswith("l")
    assert entries["/usr/bin/assessor"][2] == "-> /opt/assessor/assessor"
    assert entries["/opt/assessor/assessor"][0] == "-rwxr-xr-x"
    for path in (
        "/usr/share/applications/assessor.desktop",
        "/usr/share/mime/packages/assessor.xml",
        "/usr/share/icons/hicolor/256x256/apps/assessor.png",
        "/usr/share/icons/hicolor/scalable/apps/assessor.svg",
        "/usr/share/icons/hicolor/48x48/mimetypes/application-x-g4sa.png",
        "/usr/share/doc/assessor/copyright",
        "/opt/assessor/_internal/assessor/_data/forms/ga4gh-framework/1.0.0/pack.yaml",
        "/opt/assessor/_internal/assessor/_data/forms/ga4gh-framework/1.1.0/pack.yaml",
    ):
        assert entries[path][0] == "-rw-r--r--", path

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(root)], check=True)
    assert_self_test_passes(root / "opt" / "assessor" / "assessor", tmp_path)
    check = subprocess.run(
        ["desktop-file-validate", str(root / "usr/share/applications/assessor.desktop")], capture_output=True, text=True
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(DEB), str(control)], check=True)
    for script in ("postinst", "postrm"):
        assert os.access(control / script, os.X_OK)
        assert subprocess.run(["sh", "-n", str(control / script)]).returncode == 0


@pytest.fixture
def installed_deb() -> Iterator[None]:
    """The .deb installed on this (throwaway CI) machine with dpkg, and purged afterwards."""
    if os.geteuid() != 0:
        pytest.skip("installing the .deb needs root (CI runs as root)")
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "assessor"], capture_output=True, text=True)
    if "installed" in status.stdout and "not-installed" not in status.stdout:
        pytest.fail("a package named assessor is already installed here; remove it (dpkg --purge assessor) first")
    done = subprocess.run(["dpkg", "-i", str(DEB)], capture_output=True, text=True)
    try:
        assert done.returncode == 0, done.stdout + done.stderr
        yield
    finally:
        subprocess.run(["dpkg", "--purge", "assessor"], capture_output=True, text=True)


def test_deb_installs_registers_the_file_type_and_purges_cleanly(installed_deb: None, tmp_path: Path) -> None:
    on_path = shutil.which("assessor", path="/usr/local/bin:/usr/bin:/bin")
    assert on_path == "/usr/bin/assessor"
    assert_self_test_passes(Path(on_path), tmp_path)
    assert_self_test_passes(Path("/opt/assessor/assessor"), tmp_path)
    # postinst ran update-mime-database and update-desktop-database
    registered = Path("/usr/share/mime/application/x-g4sa.xml")
    assert registered.is_file()
    assert "*.g4sa" in Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    cache = Path("/usr/share/applications/mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-g4sa=assessor.desktop;" in cache.splitlines()

    purged = subprocess.run(["dpkg", "--purge", "assessor"], capture_output=True, text=True)
    assert purged.returncode == 0, purged.stderr
    assert not Path("/opt/assessor").exists()
    assert not Path("/usr/bin/assessor").is_symlink()
    assert not registered.exists()
    cache_file = Path("/usr/share/applications/mimeinfo.cache")
    assert not cache_file.exists() or "application/x-g4sa" not in cache_file.read_text(encoding="utf-8")
