"""How strong a new identity's passphrase is: the rule the app enforces and the hint beside the field.

A passphrase protects a signing key stored on disk: anyone holding the file can try passphrases at
leisure. So a new identity needs at least `MIN_LENGTH` characters, and the hint estimates how many
guesses the passphrase would take from its length, the kinds of characters in it and how varied they
are (a passphrase of one repeated character is weak however long).
"""

from __future__ import annotations

import math
from enum import Enum

MIN_LENGTH = 12


class Strength(Enum):
    TOO_SHORT = "too-short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


_WEAK_BELOW = 50  # bits of guessing work
_STRONG_FROM = 72


def _alphabet(text: str) -> int:
    size = 0
    if any(c.islower() for c in text):
        size += 26
    if any(c.isupper() for c in text):
        size += 26
    if any(c.isdigit() for c in text):
        size += 10
    if any(not c.isalnum() for c in text):
        size += 33
    return max(size, 1)


def guess_bits(text: str) -> float:
    """A rough estimate of the guessing work, in bits: repeated characters count little."""
    if not text:
        return 0.0
    varied = min(len(text), 2 * len(set(text)))  # "aaaa…" or "abab…" are far easier than their length says
    return varied * math.log2(_alphabet(text))


def strength(text: str) -> Strength:
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = guess_bits(text)
    if bits < _WEAK_BELOW:
        return Strength.WEAK
    return Strength.STRONG if bits >= _STRONG_FROM else Strength.FAIR


def acceptable(text: str) -> bool:
    """Long enough and not weak: what a new identity's passphrase must be."""
    return strength(text) in (Strength.FAIR, Strength.STRONG)
