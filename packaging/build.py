"""Build assessor's installers (`make bundle`): the PyInstaller bundle, then what the OS installs.

    python packaging/build.py [--clean] [--skip-pyinstaller]

Linux:   dist/assessor/ (the bundle), dist/assessor-<version>-linux-<arch>.tar.gz, dist/assessor_<version>_<arch>.deb
Windows: dist/assessor/, dist/assessor-<version>-windows-setup.exe when Inno Setup's iscc is installed
macOS:   dist/assessor.app, dist/assessor-<version>-macos-<arch>.dmg (hdiutil), signed and notarised when the
         signing secrets are in the environment (packaging/macos/sign-and-notarize.sh)

On Linux the bundle's ICU data library is rebuilt without the parts Qt never reads (trim_icu_data), and the runs of
zeros patchelf left inside wheels' libraries are closed (elf_gaps). Before
packaging, the bundle's own `--version` and `--self-test` must pass. Signing on Windows: set
ASSESSOR_WIN_SIGNTOOL to a signtool command line ending in $f (see packaging/windows/assessor.iss).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))  # packaging/ is a folder of scripts, not a package
from elf_gaps import close_gaps_in_bundle
from icu_data import IcuDataError, trim_icu_data

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = ROOT / "packaging" / "assessor.spec"
DESKTOP = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"


class BuildError(Exception):
    pass


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def app_version() -> str:
    text = (ROOT / "src" / "assessor" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildError("no __version__ in src/assessor/__init__.py")
    return match.group(1)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    log("$ " + " ".join(cmd))
    return subprocess.run(cmd, check=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


# #16: the unpacked app takes at most 130 MB with the report's fonts (decimal megabytes; tests/packaging/test_bundle.py
# checks it)
SIZE_TARGET_BYTES = 130_000_000
# #16: the installed app's window is shown within 1.3 times a bare PySide6 window frozen the same way (measure.py)
START_TARGET_RATIO = 1.3


def tree_size(path: Path) -> int:
    """Bytes of every regular file under path (symlinks not followed): what unpacking takes."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# ----------------------------------------------------------------------------------------------- bundle


def bundle_dir() -> Path:
    return DIST / "assessor"


def console_executable() -> Path:
    if IS_MAC:
        return DIST / "assessor.app" / "Contents" / "MacOS" / "assessor"
    return bundle_dir() / ("assessor.exe" if IS_WIN else "assessor")


def bare_window_executable() -> Path:
    """The frozen bare PySide6 window (packaging/bare_window.py): the yardstick, never packaged."""
    return DIST / "bare-window" / ("bare-window.exe" if IS_WIN else "bare-window")


def run_pyinstaller(clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")]
    if clean:
        cmd.append("--clean")
    run([*cmd, str(SPEC)], cwd=ROOT)


def check_bundle(version: str) -> None:
    """The bundle runs on this machine: `--version` names this version, `--self-test` passes."""
    exe = console_executable()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = run([str(exe), "--version"], env=env, capture_output=True).stdout.strip()
    if out != f"assessor {version}":
        raise BuildError(f"{exe} --version printed {out!r}, expected 'assessor {version}'")
    result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True)
    print(result.stdout, result.stderr, sep="", end="")
    if result.returncode != 0:
        raise BuildError(f"the bundle's self-test failed (exit {result.returncode})")


def compile_packs(out: Path) -> list[Path]:
    """The newest version of every shipped form pack (what new assessments and the start screen use), validated and
    compiled in each of its languages into ``out`` (emptied first): the copies the bundle ships read-only
    (core/forms/cache.py), checked against the pack's hash on every load. An older version, opened for a file
    answered against it, is compiled into the user's cache the first time (0.4 MB each: the bundle's size target)."""
    sys.path.insert(0, str(ROOT / "src"))
    from assessor.core.forms.cache import write_shipped
    from assessor.core.forms.loader import load_pack
    from assessor.resources import version_key

    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written = []
    for pack_dir in sorted(p for p in (ROOT / "forms").iterdir() if p.is_dir()):
        versions = [p for p in pack_dir.iterdir() if (p / "pack.yaml").is_file()]
        if not versions:
            continue
        newest = max(versions, key=lambda p: version_key(p.name))
        english = load_pack(newest, "en")
        for language in english.languages:
            pack = english if language == "en" else load_pack(newest, language)
            written.append(write_shipped(pack, language, out))
    return written


def pack_languages() -> frozenset[str]:
    """The languages the shipped form packs speak (pack.yaml `languages`): the app's languages, which Qt's own
    dialogs (qtbase translations) and locale data (trim_icu_data) are kept for."""
    import yaml

    languages = {"en"}
    for pack in (ROOT / "forms").glob("*/*/pack.yaml"):
        languages.update(yaml.safe_load(pack.read_text(encoding="utf-8")).get("languages") or [])
    return frozenset(languages)


# ------------------------------------------------------------------------------------------------ Linux


def machine() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(), platform.machine().lower())


def deb_arch(arch: str) -> str:
    return {"x86_64": "amd64", "aarch64": "arm64", "i686": "i386", "armv7l": "armhf"}.get(arch, arch)


def debian_version(version: str) -> str:
    """PEP 440 -> Debian: pre-releases and dev builds sort before the release (0.2.0rc1 -> 0.2.0~rc1)."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[.-]?(a|b|rc|alpha|beta|dev)\.?(\d*))?(?:\+(.+))?", version)
    if not match:
        raise BuildError(f"cannot turn version {version!r} into a Debian version")
    release, pre, number, local = match.groups()
    out = release + (f"~{pre}{number}" if pre else "")
    return out + (f"+{local.replace('_', '.')}" if local else "")


# The libraries the bundle leaves to the system (see HOST_LIBRARIES in assessor.spec, plus glibc, GL and
# Wayland, which PyInstaller never bundles) and the Debian packages that provide them. The "t64" names are
# Debian 13 / Ubuntu 24.04's; the older name is the alternative. A library missing here stops the build.
@dataclass(frozen=True)
class HostLibrary:
    pattern: str
    package: str
    field: str = "Depends"  # or "Recommends": only an optional plugin needs it


HOST_LIBRARY_PACKAGES = (
    HostLibrary(r"(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil)\.so.*", "libc6"),
    HostLibrary(r"libstdc\+\+\.so\..*", "libstdc++6"),
    HostLibrary(r"libgcc_s\.so\..*", "libgcc-s1"),
    HostLibrary(r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so\..*", "libglib2.0-0t64 | libglib2.0-0"),
    HostLibrary(r"libfontconfig\.so\..*", "libfontconfig1"),
    HostLibrary(r"libfreetype\.so\..*", "libfreetype6"),
    HostLibrary(r"libharfbuzz\.so\..*", "libharfbuzz0b"),
    HostLibrary(r"libdbus-1\.so\..*", "libdbus-1-3"),
    HostLibrary(r"libX11\.so\..*", "libx11-6"),
    HostLibrary(r"libX11-xcb\.so\..*", "libx11-xcb1"),
    HostLibrary(r"libxcb\.so\..*", "libxcb1"),
    HostLibrary(r"libxkbcommon\.so\..*", "libxkbcommon0"),
    HostLibrary(r"libEGL\.so\..*", "libegl1"),
    HostLibrary(r"libGL\.so\..*", "libgl1"),
    HostLibrary(r"libOpenGL\.so\..*", "libopengl0"),
    HostLibrary(r"libzstd\.so\..*", "libzstd1"),
    HostLibrary(r"libbrotli(common|dec|enc)\.so\..*", "libbrotli1"),
    HostLibrary(r"libgssapi_krb5\.so\..*", "libgssapi-krb5-2"),
    HostLibrary(r"libuuid\.so\..*", "libuuid1"),
    HostLibrary(r"libcups\.so\..*", "libcups2t64 | libcups2"),
    HostLibrary(r"libpng16\.so\..*", "libpng16-16t64 | libpng16-16"),
    HostLibrary(r"libwayland-client\.so\..*", "libwayland-client0", "Recommends"),
    HostLibrary(r"libwayland-cursor\.so\..*", "libwayland-cursor0", "Recommends"),
    HostLibrary(r"libwayland-egl\.so\..*", "libwayland-egl1", "Recommends"),
)


def _is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def _needed(path: Path) -> set[str]:
    result = subprocess.run(["readelf", "-d", "-W", str(path)], check=True, text=True, capture_output=True)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout))


def _glibc_versions(path: Path) -> set[tuple[int, ...]]:
    result = subprocess.run(["objdump", "-T", str(path)], check=True, text=True, capture_output=True)
    return {tuple(int(n) for n in v.split(".")) for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", result.stdout)}


def host_dependencies(bundle: Path) -> dict[str, list[str]]:
    """Depends/Recommends for the libraries the bundle's ELF files need and do not carry themselves."""
    elves = [p for p in bundle.rglob("*") if _is_elf(p)]
    inside = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    glibc: set[tuple[int, ...]] = {(2, 17)}
    for path in elves:
        needed |= _needed(path)
        glibc |= _glibc_versions(path)
    fields: dict[str, list[str]] = {"Depends": [], "Recommends": []}
    unknown = []
    for soname in sorted(needed - inside):
        entry = next((h for h in HOST_LIBRARY_PACKAGES if re.fullmatch(h.pattern, soname)), None)
        if entry is None:
            unknown.append(soname)
        elif entry.package not in fields[entry.field]:
            fields[entry.field].append(entry.package)
    if unknown:
        raise BuildError(
            "the bundle needs system libraries that no Debian package is known for: "
            + ", ".join(unknown)
            + " (add them to HOST_LIBRARY_PACKAGES in packaging/build.py, or bundle them)"
        )
    libc_min = ".".join(map(str, max(glibc)))
    fields["Depends"] = [f"libc6 (>= {libc_min})" if p == "libc6" else p for p in fields["Depends"]]
    if not any(p.startswith("libc6") for p in fields["Depends"]):
        fields["Depends"].insert(0, f"libc6 (>= {libc_min})")
    fields["Recommends"] = [p for p in fields["Recommends"] if p not in fields["Depends"]]
    return fields


def _normalise_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for everything else: what a package installs as root."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _copy_desktop_integration(share: Path, exec_line: str | None = None) -> None:
    """The .desktop entry, the MIME type and the icons, laid out as under /usr/share."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    desktop = (DESKTOP / "assessor.desktop").read_text(encoding="utf-8")
    if exec_line:
        desktop = re.sub(r"^Exec=.*$", f"Exec={exec_line}", desktop, flags=re.MULTILINE)
        desktop = re.sub(r"^TryExec=.*$", f"TryExec={exec_line.split()[0]}", desktop, flags=re.MULTILINE)
    (share / "applications" / "assessor.desktop").write_text(desktop, encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP / "assessor.xml", share / "mime" / "packages" / "assessor.xml")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        for kind, name in (("apps", "assessor"), ("mimetypes", "application-x-g4sa")):
            target = hicolor / f"{size}x{size}" / kind
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ICONS / f"assessor-{size}.png", target / f"{name}.png")
    for kind, name in (("apps", "assessor"), ("mimetypes", "application-x-g4sa")):
        (hicolor / "scalable" / kind).mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / "assessor.svg", hicolor / "scalable" / kind / f"{name}.svg")


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isdir() or info.mode & 0o111:
        info.mode = 0o755
    elif not info.issym():
        info.mode = 0o644
    return info


def make_tarball(bundle: Path, version: str) -> Path:
    """A folder to unpack anywhere and run: the bundle, plus install-user.sh for a menu entry without root."""
    arch = machine()
    top = f"assessor-{version}"
    staging = WORK / "tarball" / top
    shutil.rmtree(staging.parent, ignore_errors=True)
    shutil.copytree(bundle, staging, symlinks=True)
    _copy_desktop_integration(staging / "share")
    shutil.copy2(ROOT / "packaging" / "linux" / "install-user.sh", staging / "install-user.sh")
    _normalise_modes(staging)
    out = DIST / f"assessor-{version}-linux-{arch}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=top, filter=_tar_filter)
    shutil.rmtree(staging.parent)
    return out


_REFRESH_DESKTOP_DATABASES = """refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database /usr/share/mime || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
}
"""

POSTINST = f"""#!/bin/sh
# assessor: register the .g4sa MIME type, the menu entry and the icon (dpkg triggers usually do this too).
set -e
{_REFRESH_DESKTOP_DATABASES}
if [ "$1" = "configure" ]; then
    refresh
fi
exit 0
"""

POSTRM = f"""#!/bin/sh
# assessor: forget the .g4sa MIME type and the menu entry once their files are gone.
set -e
{_REFRESH_DESKTOP_DATABASES}
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
    refresh
fi
exit 0
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: assessor
Comment: assessor runs on its own copy of Python and of the libraries below, installed under /opt/assessor.

Files: *
Copyright: assessor contributors
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.

Files: opt/assessor/_internal/*
Comment: Bundled third-party components, each under its own licence: CPython (PSF-2.0), Qt 6 and PySide6
 (LGPL-3.0), ICU (Unicode-3.0), PyYAML (MIT), Jinja2 and MarkupSafe (BSD-3-Clause),
 reportlab (BSD-3-Clause), pyHanko and pyhanko-certvalidator (MIT), cryptography (Apache-2.0 or
 BSD-3-Clause), asn1crypto (MIT), Pillow (MIT-CMU), platformdirs (MIT), aiohttp (Apache-2.0), OpenSSL
 (Apache-2.0).
License: various
"""


def control_file(version: str, arch: str, installed_kib: int, deps: dict[str, list[str]]) -> str:
    maintainer = (
        f"{os.environ.get('DEBFULLNAME', 'assessor contributors')} <{os.environ.get('DEBEMAIL', 'assessor@localhost')}>"
    )
    lines = [
        "Package: assessor",
        f"Version: {debian_version(version)}",
        f"Architecture: {deb_arch(arch)}",
        f"Maintainer: {maintainer}",
        f"Installed-Size: {installed_kib}",
    ]
    for field in ("Depends", "Recommends"):
        if deps.get(field):
            lines.append(f"{field}: {', '.join(deps[field])}")
    lines += [
        "Section: science",
        "Priority: optional",
        "Description: GA4GH Framework self-assessment with signed, printable reports",
        " assessor guides a hospital's or research institute's data officer through a",
        " risk-tiered self-assessment against the GA4GH Framework for Responsible",
        " Sharing of Genomic and Health-Related Data, and produces a signed, printable",
        " report for ethics boards. It works offline and opens .g4sa assessment files.",
        " .",
        " The package carries its own Python and Qt, installed under /opt/assessor.",
    ]
    return "\n".join(lines) + "\n"


def make_deb(bundle: Path, version: str, compression: str = "zstd") -> Path:
    """/opt/assessor, /usr/bin/assessor, menu entry, icons and the .g4sa type, built with dpkg-deb."""
    if not shutil.which("dpkg-deb"):
        raise BuildError("dpkg-deb not found: it builds the .deb (Debian package dpkg)")
    arch = machine()
    root = WORK / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "assessor", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "assessor").symlink_to("/opt/assessor/assessor")
    _copy_desktop_integration(root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / "assessor"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    _normalise_modes(root)
    installed_kib = sum((p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if not p.is_dir())
    debian = root / "DEBIAN"
    debian.mkdir()
    deps = host_dependencies(bundle)
    (debian / "control").write_text(control_file(version, arch, installed_kib, deps), encoding="utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)
    out = DIST / f"assessor_{debian_version(version)}_{deb_arch(arch)}.deb"
    level = {"zstd": "-z9", "xz": "-z6"}[compression]  # zstd: 4 s on 2 cores; xz: a sixth smaller, a minute
    run(["dpkg-deb", "--build", "--root-owner-group", f"-Z{compression}", level, str(root), str(out)])
    shutil.rmtree(root.parent)
    return out


# ---------------------------------------------------------------------------------------------- Windows


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    # os.environ's keys are upper-case on Windows
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            candidate = Path(base or "-") / sub / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def make_windows_setup(bundle: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup's iscc not found: no setup.exe (the bundle is in dist/assessor; get Inno Setup 6)")
        return None
    release = re.match(r"\d+(?:\.\d+)*", version)
    numeric = ".".join(((release.group(0).split(".") if release else []) + ["0"] * 4)[:4])  # 1.2rc1 -> 1.2.0.0
    cmd = [iscc, "/Q", f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}"]
    cmd += [f"/DSourceDir={bundle}", f"/DOutputDir={DIST}", f"/DRepoRoot={ROOT}"]
    signtool = os.environ.get("ASSESSOR_WIN_SIGNTOOL")
    if signtool:
        cmd += [f"/Sassessorsign={signtool}", "/DSign"]
    else:
        log("ASSESSOR_WIN_SIGNTOOL not set: the setup and the executables are not signed")
    run([*cmd, str(ROOT / "packaging" / "windows" / "assessor.iss")])
    return DIST / f"assessor-{version}-windows-setup.exe"


# ------------------------------------------------------------------------------------------------ macOS


def make_dmg(version: str) -> Path | None:
    app = DIST / "assessor.app"
    if not shutil.which("hdiutil"):
        log("hdiutil not found: no .dmg (the app is dist/assessor.app)")
        return None
    scripts = ROOT / "packaging" / "macos"
    run(["bash", str(scripts / "sign-and-notarize.sh"), "app", str(app)])
    dmg = DIST / f"assessor-{version}-macos-{platform.machine()}.dmg"
    run(["bash", str(scripts / "make-dmg.sh"), str(app), str(dmg), f"assessor {version}"])
    run(["bash", str(scripts / "sign-and-notarize.sh"), "dmg", str(dmg)])
    return dmg


# ------------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="package the bundle already in dist/")
    parser.add_argument(
        "--deb-compression", choices=("zstd", "xz"), default="zstd", help="zstd (fast, default) or xz (smallest)"
    )
    args = parser.parse_args(argv)
    version = app_version()
    started = time.monotonic()
    steps: dict[str, float] = {}

    def timed(label: str, step: Callable[[], T]) -> T:
        began = time.monotonic()
        result = step()
        steps[label] = time.monotonic() - began
        return result

    try:
        if not args.skip_pyinstaller:
            timed("PyInstaller", lambda: run_pyinstaller(args.clean))
        if not bundle_dir().is_dir():
            raise BuildError(f"{bundle_dir()} is missing: run without --skip-pyinstaller")
        if not IS_WIN and not IS_MAC:  # Qt uses the system's ICU on Windows and none on macOS
            timed("ICU data", lambda: trim_icu_data(bundle_dir(), WORK / "icu", log, pack_languages()))
            saved = timed("ELF gaps", lambda: close_gaps_in_bundle(bundle_dir()))
            log(f"zero gaps closed in shared libraries: {saved / 1e6:.1f} MB")
        timed("bundle check", lambda: check_bundle(version))
        artefacts: list[Path | None] = []
        if IS_WIN:
            artefacts.append(timed("Inno Setup", lambda: make_windows_setup(bundle_dir(), version)))
        elif IS_MAC:
            artefacts.append(timed("dmg", lambda: make_dmg(version)))
        else:
            artefacts.append(timed("tar.gz", lambda: make_tarball(bundle_dir(), version)))
            artefacts.append(timed("deb", lambda: make_deb(bundle_dir(), version, args.deb_compression)))
    except (BuildError, IcuDataError, subprocess.CalledProcessError) as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    print()
    print(f"assessor {version} for {platform.system()} {machine()}")
    size = tree_size(bundle_dir())
    print(f"  bundle      {bundle_dir()}  ({mb(size)} = {size / 2**20:.1f} MiB unpacked)")
    for path in artefacts:
        if path is not None:
            print(f"  {path.suffix.lstrip('.'):11} {path}  ({mb(path.stat().st_size)})")
    print("  time        " + ", ".join(f"{label} {seconds:.0f} s" for label, seconds in steps.items()), end="")
    print(f"; total {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
