"""Checksums for the two national identifiers the system accepts (pure, no Django).

* Resident identity card number, GB 11643-1999: 6-digit region code, 8-digit
  birth date, 3-digit sequence, 1 check character (ISO 7064 MOD 11-2).
* Unified social credit code, GB 32100-2015: 18 characters over a 31-symbol
  alphabet, the last one a MOD 31 check character.

Each check returns a list of problem codes (empty when valid) so callers can
show every defect at once; the Django layer turns codes into Chinese messages.
"""
from __future__ import annotations

import datetime as dt
import re
from enum import Enum


class IdProblem(str, Enum):
    EMPTY = "empty"
    LENGTH = "length"
    CHARACTERS = "characters"
    REGION = "region"
    BIRTH_DATE = "birth_date"
    CHECKSUM = "checksum"


# Province-level codes of GB/T 2260 (first two digits of the region code).
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    }
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")


def normalise_resident_id(value: str) -> str:
    """Strip blanks and upper-case a trailing x, the way people type it."""
    return (value or "").strip().replace(" ", "").upper()


def resident_id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def resident_id_birth_date(value: str) -> dt.date | None:
    try:
        return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return None


def resident_id_problems(value: str, *, today: dt.date | None = None) -> list[IdProblem]:
    """Every defect of an 18-digit resident ID number (GB 11643)."""
    value = normalise_resident_id(value)
    if not value:
        return [IdProblem.EMPTY]
    if len(value) != 18:
        return [IdProblem.LENGTH]
    if not _ID_SHAPE.match(value):
        return [IdProblem.CHARACTERS]
    problems: list[IdProblem] = []
    if value[:2] not in PROVINCE_CODES or value[2:6] == "0000":
        problems.append(IdProblem.REGION)
    birth = resident_id_birth_date(value)
    today = today or dt.date.today()
    if birth is None or birth > today or birth.year < 1900:
        problems.append(IdProblem.BIRTH_DATE)
    if resident_id_check_char(value[:17]) != value[17]:
        problems.append(IdProblem.CHECKSUM)
    return problems


def resident_id_sex(value: str) -> str:
    """'male' or 'female' from the sequence digit (odd is male)."""
    return "male" if int(value[16]) % 2 else "female"


# GB 32100-2015 alphabet: digits and upper-case letters without I, O, S, V, Z.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_SHAPE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def normalise_uscc(value: str) -> str:
    return (value or "").strip().replace(" ", "").upper()


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


# Organisations registered by a central (national-level) authority carry the division code 100000.
NATIONAL_REGISTRATION_REGION = "100000"


def uscc_region_valid(region: str) -> bool:
    """Positions 3 to 8: the registering authority's administrative division (GB/T 2260), or 100000
    for a national-level registration."""
    return region == NATIONAL_REGISTRATION_REGION or region[:2] in PROVINCE_CODES


def uscc_problems(value: str) -> list[IdProblem]:
    """Every defect of a unified social credit code (GB 32100)."""
    value = normalise_uscc(value)
    if not value:
        return [IdProblem.EMPTY]
    if len(value) != 18:
        return [IdProblem.LENGTH]
    if not _USCC_SHAPE.match(value):
        return [IdProblem.CHARACTERS]
    problems: list[IdProblem] = []
    if not uscc_region_valid(value[2:8]):
        problems.append(IdProblem.REGION)
    if uscc_check_char(value[:17]) != value[17]:
        problems.append(IdProblem.CHECKSUM)
    return problems
