"""Synthetic identifiers for demo data and tests: valid checksums, no real person."""
import datetime as dt
import random

from .identifiers import USCC_ALPHABET, resident_id_check_char, uscc_check_char


def synthetic_resident_id(rng: random.Random, *, region: str = "110105", birth: dt.date | None = None, male: bool | None = None) -> str:
    birth = birth or dt.date(rng.randint(1966, 2004), rng.randint(1, 12), rng.randint(1, 28))
    male = rng.random() < 0.5 if male is None else male
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + resident_id_check_char(first17)


def synthetic_uscc(rng: random.Random, *, region: str = "110105") -> str:
    body = "".join(rng.choice(USCC_ALPHABET[:10]) for _ in range(8)) + rng.choice(USCC_ALPHABET)
    first17 = f"91{region}{body}"
    return first17 + uscc_check_char(first17)


def synthetic_mobile(rng: random.Random) -> str:
    return rng.choice(("138", "139", "150", "186", "177")) + f"{rng.randint(0, 99999999):08d}"
