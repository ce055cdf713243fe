"""Close the runs of zeros that patchelf leaves inside shared libraries (Linux bundles; called by build.py).

When auditwheel renames a wheel's bundled library, patchelf may append a new loadable segment at the next 2 MB
boundary of the file: Pillow's copy of libXau is 2.1 MB of which 2 MB are zeros between two segments. The dynamic
loader only needs a segment's file offset and its address to agree modulo the page size, so the segment can sit
right after the previous one (its alignment lowered to a page); every file offset past the gap moves down by the
gap's size. Nothing else in the file changes: addresses, symbols and code stay as they were.
"""

from __future__ import annotations

import itertools
import struct
from pathlib import Path

PAGE = 0x1000
PT_LOAD = 1
_EHDR = "<16sHHIQQQIHHHHHH"  # e_ident ... e_shstrndx: 64-bit little-endian ELF header
_PHDR = "<IIQQQQQQ"  # p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align
_SHDR = "<IIQQQQIIQQ"  # sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size, sh_link, sh_info, ...
MIN_GAP = 64 * 1024


def _zero_gap(data: bytes, phdrs: list[list[int]]) -> tuple[int, int] | None:
    """(start, end) of the first run of zeros that ends where a loadable segment starts, start on a page boundary
    (what lies between two segments before the zeros, such as unloaded sections and their table, stays)."""
    loads = sorted((p[2], p[5]) for p in phdrs if p[0] == PT_LOAD)
    for (offset, size), (following, _) in itertools.pairwise(loads):
        used = offset + size + len(data[offset + size : following].rstrip(b"\0"))
        start = -(-used // PAGE) * PAGE
        if following - start >= MIN_GAP and following % PAGE == 0:
            return start, following
    return None


def close_zero_gaps(path: Path) -> int:
    """Rewrite the ELF file ``path`` without its zero gaps between segments; returns the bytes saved (0: none)."""
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4:6] != b"\x02\x01":
        return 0  # not a 64-bit little-endian ELF file
    header = list(struct.unpack_from(_EHDR, data))
    phoff, shoff, phentsize, phnum, shentsize, shnum = header[5], header[6], *header[9:13]
    phdrs = [list(struct.unpack_from(_PHDR, data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(struct.unpack_from(_SHDR, data, shoff + i * shentsize)) for i in range(shnum)]
    gap = _zero_gap(bytes(data), phdrs)
    if gap is None:
        return 0
    start, end = gap
    if any(start <= s[4] < end and s[5] and s[1] != 8 for s in shdrs):  # a section (not NOBITS) inside the gap
        return 0
    delta = end - start
    for p in phdrs:
        if p[2] >= end:
            p[2] -= delta
            if p[0] == PT_LOAD and (p[3] - p[2]) % max(p[7], 1):
                p[7] = PAGE
    for s in shdrs:
        if s[4] >= end:
            s[4] -= delta
    if phoff >= end:
        header[5] = phoff = phoff - delta
    if shoff >= end:
        header[6] = shoff = shoff - delta
    del data[start:end]
    struct.pack_into(_EHDR, data, 0, *header)
    for i, p in enumerate(phdrs):
        struct.pack_into(_PHDR, data, phoff + i * phentsize, *p)
    for i, s in enumerate(shdrs):
        struct.pack_into(_SHDR, data, shoff + i * shentsize, *s)
    path.write_bytes(bytes(data))
    return delta


def close_gaps_in_bundle(bundle: Path) -> int:
    """`close_zero_gaps` on every shared library of the bundle; returns the bytes saved."""
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_file() and not path.is_symlink():
            saved += close_zero_gaps(path)
    return saved
