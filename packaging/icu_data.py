"""Qt's ICU data, trimmed to what Qt reads (Linux bundles; called by build.py after PyInstaller).

The ICU data library is a fifth of the bundle. Reading and writing ICU's common data package
(the `.dat` format icupkg reads and writes) is done here in Python; the library is relinked with
`as` and `ld` from binutils, with the same exported symbol and soname.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class IcuDataError(Exception):
    pass


def _is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


# Qt's ICU data library (PySide6/Qt/lib/libicudata.so.NN, 32 MB, a fifth of the bundle) holds every ICU service's
# data, but QtCore calls only four services: character set converters (ucnv_*), collation (ucol_*, QCollator: the
# file dialog sorts names with it), calendars and time-zone names (ucal_*) and case mapping (u_strToUpper/Lower).
# These trees of the data serve none of them and are dropped: break iterators and their dictionaries (brkitr),
# transliterators (translit), spelled-out numbers (rbnf) and the display names of languages, regions, currencies and
# units. If a newer Qt calls any other ICU function, the data are left whole rather than guessed about.
ICU_TREES_UNUSED = ("brkitr", "translit", "rbnf", "lang", "region", "curr", "unit")
ICU_FUNCTIONS_SERVED = re.compile(r"(ucnv|UCNV|ucol|ucal)_\w+|u_strTo(Lower|Upper)")
# Top-level items no served function reads: StringPrep profiles (usprep), spoof checks (uspoof), character names
# (u_charName), the emoji and text-layout properties (read by the break iterators, dropped above).
ICU_ITEMS_UNUSED = re.compile(r".*\.(spp|cfu)|unames\.icu|uemoji\.icu|ulayout\.icu")
# Converter tables for encodings no web page, mail or office file in use is written in: the EBCDIC code pages of
# IBM hosts, X11's compound text, CNS 11643 and EUC-TW, JIS X 0212 and ISO-IR-165 (only
# the ISO-2022 variants nobody sends use them). The tables of every encoding browsers decode (the WHATWG list:
# Shift_JIS, EUC-JP, ISO-2022-JP, GBK, GB18030, Big5, EUC-KR, the ISO-8859 and windows code pages, KOI8, ...) stay;
# tests/packaging/test_bundle.py decodes each of them with the full and the trimmed data.
ICU_CONVERTERS_UNUSED = re.compile(
    r"(ibm-(930|933|935|954|964|1363_P11B|1364|1371|1388|1390|5471)_.*|ibm-33722_P12A_P12A-2004_U2"
    r"|icu-internal-compound-.*|cns-11643-1992|euc-tw-2014|jisx-212|iso-ir-165)\.cnv"
)
# A locale's own data (calendars, number symbols), its time-zone names and its collation (the sorting of Qt's own
# file dialog, used where the desktop offers none) are kept only for the languages the app speaks, like Qt's own
# translations (the form packs' languages); other locales fall back to the root locale's (for sorting, the Unicode
# collation order: CJK ideographs then sort by code point, not by reading or stroke count).
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")


def unused_item(name: str, languages: frozenset[str]) -> bool:
    """Whether Qt never reads the package item ``name`` ("icudt73l/coll/root.res") in an app speaking ``languages``."""
    parts = name.split("/")[1:]
    if len(parts) > 1 and parts[0] in ICU_TREES_UNUSED:
        return True
    if len(parts) > 1 and parts[0] not in ("zone", "coll"):
        return False
    leaf = parts[-1]
    if len(parts) == 1 and (ICU_ITEMS_UNUSED.fullmatch(leaf) or ICU_CONVERTERS_UNUSED.fullmatch(leaf)):
        return True
    return bool(_LOCALE.fullmatch(leaf)) and leaf.split("_")[0].split(".")[0] not in languages


@dataclass(frozen=True)
class IcuPackage:
    """ICU's common data package (the `.dat` format icupkg reads and writes): a header, then named items."""

    header: bytes  # magic number and UDataInfo ("CmnD"), padded
    items: dict[str, bytes]  # "icudt73l/coll/root.res" -> the item, with the padding that follows it


def read_icu_package(blob: bytes) -> IcuPackage:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob)
    # UDataInfo follows the magic number: isBigEndian at byte 8, the data format at bytes 12-15
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [data_at for _, data_at in entries[1:]] + [len(toc)]
    items = {}
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        items[toc[name_at : toc.index(b"\0", name_at)].decode("ascii")] = toc[data_at:end]
    return IcuPackage(blob[:header_size], items)


def write_icu_package(package: IcuPackage) -> bytes:
    """The package as ICU maps it: names sorted (ICU looks them up by binary search), items 16-byte aligned."""

    def aligned(offset: int) -> int:  # an offset after the header whose place in the package is a multiple of 16
        return offset + -(len(package.header) + offset) % 16

    names = sorted(package.items)
    name_at = 4 + 8 * len(names)
    strings = b"".join(name.encode("ascii") + b"\0" for name in names)
    data_at = aligned(name_at + len(strings))
    entries, body = [], bytearray()
    for name in names:
        entries.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += package.items[name]
        body += bytes(aligned(data_at + len(body)) - data_at - len(body))
    table = struct.pack("<I", len(names)) + b"".join(entries) + strings
    return package.header + table + bytes(data_at - len(table)) + bytes(body)


def _elf_file_offset(path: Path, address: int) -> int:
    """The file offset of a virtual address in a little-endian 64-bit ELF file (its PT_LOAD program headers)."""
    with path.open("rb") as f:
        data = f.read(4096)
    if data[4:6] != b"\x02\x01":
        raise IcuDataError(f"{path.name}: not a little-endian 64-bit ELF file")
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from("<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1 and p_vaddr <= address < p_vaddr + p_filesz:
            return int(address - p_vaddr + p_offset)
    raise IcuDataError(f"{path.name}: address {address:#x} is in no loaded segment")


def _icu_functions_called(bundle: Path, version: str) -> set[str]:
    """The ICU functions (without their version suffix) that the bundle's other binaries import."""
    called: set[str] = set()
    for path in bundle.rglob("*"):
        if _is_elf(path) and not path.name.startswith("libicu"):
            out = subprocess.run(
                ["nm", "-D", "--undefined-only", str(path)], check=True, text=True, capture_output=True
            )
            called |= set(re.findall(rf"^\s+U (\w+)_{version}$", out.stdout, re.MULTILINE))
    return called


def trim_icu_data(bundle: Path, work: Path, log: Callable[[str], None], languages: frozenset[str]) -> int:
    """Rebuild the bundle's libicudata without what `unused_item` names (as and ld from binutils); returns bytes
    saved. ``languages`` are the app's (ISO 639 codes): their locales keep their own data."""
    found = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    if not found:
        return 0
    library = found[0]
    version = library.name.rsplit(".", 1)[-1]
    others = sorted(f for f in _icu_functions_called(bundle, version) if not ICU_FUNCTIONS_SERVED.fullmatch(f))
    if others:
        log(f"ICU data kept whole: Qt calls ICU functions beyond those it is trimmed for: {' '.join(others)}")
        return 0
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], check=True, text=True, capture_output=True
    )
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [RD] (icudt\w+_dat)$", symbols.stdout, re.MULTILINE)
    if not match:
        raise IcuDataError(f"{library.name} exports no ICU data symbol (icudtNN_dat)")
    start = _elf_file_offset(library, int(match.group(1), 16))
    package = read_icu_package(library.read_bytes()[start : start + int(match.group(2), 16)])
    bases = frozenset(language.replace("-", "_").split("_")[0] for language in languages)  # pt-BR -> pt
    unused = {name for name in package.items if unused_item(name, bases)}
    if not unused:
        return 0  # trimmed already (build.py --skip-pyinstaller)
    kept = IcuPackage(package.header, {k: v for k, v in package.items.items() if k not in unused})
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "icudata.dat").write_bytes(write_icu_package(kept))
    symbol = match.group(3)
    (work / "icudata.s").write_text(
        f"    .section .rodata\n    .balign 16\n    .globl {symbol}\n    .type {symbol}, STT_OBJECT\n{symbol}:\n"
        f'    .incbin "icudata.dat"\n    .size {symbol}, . - {symbol}\n    .section .note.GNU-stack,"",%progbits\n',
        encoding="ascii",
    )
    dynamic = subprocess.run(["readelf", "-d", "-W", str(library)], check=True, text=True, capture_output=True)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic.stdout)
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=work, check=True)
    link = ["ld", "-shared", "-s", "-z", "noexecstack", "-soname", soname.group(1) if soname else library.name]
    subprocess.run([*link, "-o", library.name, "icudata.o"], cwd=work, check=True)
    saved = library.stat().st_size - (work / library.name).stat().st_size
    shutil.copyfile(work / library.name, library)
    dropped = ", ".join(ICU_TREES_UNUSED)
    log(
        f"ICU data: {len(unused)} of {len(package.items)} items dropped ({saved / 1e6:.1f} MB): {dropped}, "
        f"unused converters and properties, locales other than {', '.join(sorted(languages))}"
    )
    return saved
