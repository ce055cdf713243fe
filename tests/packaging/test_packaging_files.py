"""The files the installers are made of: desktop entry, MIME type, icons, Debian metadata, the user installer.

Fast checks that run with every `make test`; the built bundle itself is checked by test_bundle.py.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PIL import Image

from tests.packaging.conftest import PACKAGING, ROOT, load_packaging_module

DESKTOP = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons" / "app"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

build = load_packaging_module("build")
posix_shell = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script (Linux and macOS installers)")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP / "assessor.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_assessment_files_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "assessor"
    assert "%f" in entry["Exec"].split()  # the file the user double-clicked is passed on
    assert entry["MimeType"] == "application/x-g4sa;"
    assert entry["Icon"] == "assessor"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_mime_type_claims_the_g4sa_extension_named_in_the_desktop_entry() -> None:
    root = ET.parse(DESKTOP / "assessor.xml").getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == ["application/x-g4sa"]
    assert [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")] == ["*.g4sa"]
    assert desktop_entry()["MimeType"].rstrip(";") == types[0].get("type")
    assert types[0].find(f"{MIME_NS}comment") is not None


@pytest.mark.parametrize("size", build.ICON_SIZES)
def test_each_png_icon_has_the_size_its_name_says(size: int) -> None:
    with Image.open(ICONS / f"assessor-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        corner = image.getpixel((0, 0))
        assert isinstance(corner, tuple) and corner[3] == 0  # rounded corners: transparent, not a white square


def test_windows_and_macos_icons_hold_every_size() -> None:
    with Image.open(ICONS / "assessor.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "assessor.icns") as icns:
        assert icns.size == (1024, 1024)
    ET.parse(ICONS / "assessor.svg")  # well-formed SVG for the scalable icon


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2.3rc1", "1.2.3~rc1"),
        ("1.2.3.dev4", "1.2.3~dev4"),
        ("2.0b2", "2.0~b2"),
        ("1.0+local_build", "1.0+local.build"),
    ],
)
def test_debian_version_sorts_pre_releases_before_the_release(pep440: str, debian: str) -> None:
    assert build.debian_version(pep440) == debian


def test_debian_version_refuses_what_it_cannot_translate() -> None:
    with pytest.raises(build.BuildError):
        build.debian_version("one point two")


def test_control_file_is_well_formed() -> None:
    deps = {"Depends": ["libc6 (>= 2.34)", "libglib2.0-0t64 | libglib2.0-0"], "Recommends": ["libwayland-client0"]}
    text = build.control_file("1.2.3rc1", "x86_64", 150_000, deps)
    fields = {}
    for line in text.splitlines():
        assert line, "no empty line inside a control paragraph"
        if not line.startswith(" "):
            key, _, value = line.partition(": ")
            fields[key] = value
    assert fields["Package"] == "assessor"
    assert fields["Version"] == "1.2.3~rc1"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "150000"
    assert fields["Depends"] == "libc6 (>= 2.34), libglib2.0-0t64 | libglib2.0-0"
    assert fields["Recommends"] == "libwayland-client0"
    assert len(fields["Description"]) <= 80
    assert text.endswith("\n")


def test_icu_data_package_round_trip_keeps_items_sorted_and_aligned() -> None:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), bytes(4))
    header = struct.pack("<HBB", 40, 0xDA, 0x27) + info + bytes(40 - 4 - len(info))  # 40: not a multiple of 16
    items = {"icudt99l/zone/fr.res": b"z" * 5, "icudt99l/coll/root.res": b"c" * 33, "icudt99l/fr.res": b"f" * 16}
    icu = load_packaging_module("icu_data")
    blob = icu.write_icu_package(icu.IcuPackage(header, items))

    package = icu.read_icu_package(blob)
    assert package.header == header
    assert list(package.items) == sorted(items)  # ICU finds items by binary search
    for name, item in package.items.items():
        assert item.rstrip(b"\0") == items[name]
        assert blob.index(item) % 16 == 0  # ICU maps the items in place
    assert icu.write_icu_package(package) == blob
    without = icu.IcuPackage(header, {k: v for k, v in package.items.items() if "/zone/" not in k})
    assert list(icu.read_icu_package(icu.write_icu_package(without)).items) == sorted(items)[:2]
    with pytest.raises(icu.IcuDataError):
        icu.read_icu_package(b"\0" * 64)


def test_icu_trim_keeps_what_qt_reads_for_the_apps_languages() -> None:
    icu = load_packaging_module("icu_data")
    app = frozenset({"en", "fr"})
    kept = [
        "icudt73l/coll/fr.res",
        "icudt73l/coll/root.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/root.res",
        "icudt73l/pool.res",
        "icudt73l/supplementalData.res",
        "icudt73l/zoneinfo64.res",
        "icudt73l/fr_CA.res",
        "icudt73l/en_001.res",
        "icudt73l/zone/fr.res",
        "icudt73l/zone/pool.res",
        "icudt73l/zone/root.res",
        "icudt73l/cnvalias.icu",
        "icudt73l/ibm-943_P15A-2003.cnv",  # Shift_JIS
        "icudt73l/gb18030.cnv",
        "icudt73l/ibm-5348_P100-1997.cnv",  # windows-1252
        "icudt73l/nfkc.nrm",
    ]
    dropped = [
        "icudt73l/brkitr/root.res",
        "icudt73l/lang/fr.res",
        "icudt73l/ja.res",
        "icudt73l/ff_Adlm.res",
        "icudt73l/zone/ja.res",
        "icudt73l/zone/zh_Hant.res",
        "icudt73l/coll/zh.res",
        "icudt73l/ibm-930_P120-1999.cnv",  # an EBCDIC host code page
        "icudt73l/icu-internal-compound-t.cnv",
        "icudt73l/euc-tw-2014.cnv",
        "icudt73l/rfc3491.spp",
        "icudt73l/unames.icu",
        "icudt73l/confusables.cfu",
    ]
    assert [name for name in kept if icu.unused_item(name, app)] == []
    assert [name for name in dropped if not icu.unused_item(name, app)] == []
    assert not icu.unused_item("icudt73l/ja.res", frozenset({"en", "ja"}))


def test_closing_a_zero_gap_keeps_a_library_loadable(tmp_path: Path) -> None:
    import ctypes

    elf = load_packaging_module("elf_gaps")
    libs = Path(Image.__file__).parents[1] / "pillow.libs"
    found = sorted(libs.glob("libXau-*.so*"))
    if not found:
        pytest.skip("this Pillow wheel carries no libXau")
    library = tmp_path / found[0].name
    shutil.copyfile(found[0], library)
    before = subprocess.run(["nm", "-D", str(library)], capture_output=True, text=True, check=True).stdout
    saved = elf.close_zero_gaps(library)
    assert saved > 1_000_000 and library.stat().st_size == found[0].stat().st_size - saved
    assert elf.close_zero_gaps(library) == 0  # nothing left to close
    assert subprocess.run(["nm", "-D", str(library)], capture_output=True, text=True, check=True).stdout == before
    xau = ctypes.CDLL(str(library))
    xau.XauFileName.restype = ctypes.c_char_p
    assert xau.XauFileName()  # loaded by the dynamic loader and called


def test_a_library_without_gaps_is_left_alone(tmp_path: Path) -> None:
    elf = load_packaging_module("elf_gaps")
    source = next(Path(yaml.__file__).parent.glob("_yaml*.so"))
    library = tmp_path / source.name
    shutil.copyfile(source, library)
    assert elf.close_zero_gaps(library) == 0
    assert library.read_bytes() == source.read_bytes()


def test_every_host_library_maps_to_one_debian_package() -> None:
    for soname in ("libc.so.6", "libstdc++.so.6", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libcups.so.2"):
        matches = [h.package for h in build.HOST_LIBRARY_PACKAGES if re.fullmatch(h.pattern, soname)]
        assert len(matches) == 1, (soname, matches)


@posix_shell
@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_are_valid_sh(script: str, tmp_path: Path) -> None:
    path = tmp_path / script
    path.write_text(getattr(build, script.upper()), encoding="utf-8")
    assert subprocess.run(["sh", "-n", str(path)], capture_output=True).returncode == 0
    assert getattr(build, script.upper()).startswith("#!/bin/sh\n")


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """A stand-in for the unpacked tarball: a fake `assessor` plus the share/ folder build.py puts beside it."""
    folder = tmp_path / "unpacked folder" / "assessor-0.1.0"
    folder.mkdir(parents=True)
    build._copy_desktop_integration(folder / "share")
    exe = folder / "assessor"
    exe.write_text("#!/bin/sh\necho fake\n", encoding="utf-8")
    exe.chmod(0o755)
    (folder / "install-user.sh").write_bytes((PACKAGING / "linux" / "install-user.sh").read_bytes())
    (folder / "install-user.sh").chmod(0o755)
    return folder


@posix_shell
def test_install_user_adds_menu_entry_type_icon_and_command_then_removes_them(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_DATA_HOME": str(home / ".local" / "share")}
    done = subprocess.run([str(unpacked / "install-user.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    data = home / ".local" / "share"
    desktop = (data / "applications" / "assessor.desktop").read_text(encoding="utf-8")
    assert f'Exec="{unpacked}/assessor" %f' in desktop.splitlines()  # quoted: the folder name has a space
    assert (data / "mime" / "packages" / "assessor.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "assessor.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-g4sa.svg").is_file()
    link = home / ".local" / "bin" / "assessor"
    assert link.resolve() == (unpacked / "assessor").resolve()

    gone = subprocess.run([str(unpacked / "install-user.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert gone.returncode == 0, gone.stderr
    assert not (data / "applications" / "assessor.desktop").exists()
    assert not (data / "mime" / "packages" / "assessor.xml").exists()
    assert not list((data / "icons").rglob("assessor.*"))
    assert not link.exists() and not link.is_symlink()
    assert (unpacked / "assessor").is_file()  # the program itself stays


def test_release_workflow_builds_and_self_tests_on_all_three_systems() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["installers"]
    assert sorted(job["strategy"]["matrix"]["os"]) == ["macos-14", "ubuntu-22.04", "windows-latest"]
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    assert "packaging/build.py" in commands
    assert "--self-test" in commands
