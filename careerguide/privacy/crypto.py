"""Encryption at rest and keyed blind indexes for personal data (BJ-51-2, CQ-4.4-5).

Values are encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under the first
key of settings.PERSONAL_DATA_KEYS; every listed key can decrypt, so keys can
be rotated.  A blind index is an HMAC-SHA256 of the normalised value under
settings.BLIND_INDEX_KEY: equal values give equal indexes, so duplicates and
exact look-ups need no decryption, and the index reveals nothing without the key.
"""
from __future__ import annotations

import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@functools.lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("PERSONAL_DATA_KEYS is empty: personal data cannot be encrypted.")
    return MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])


def encrypt(value: str) -> str:
    return _fernet(tuple(settings.PERSONAL_DATA_KEYS)).encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet(tuple(settings.PERSONAL_DATA_KEYS)).decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ImproperlyConfigured("Personal data cannot be decrypted with the configured keys.") from exc


def blind_index(value: str, *, purpose: str) -> str:
    """Keyed digest of a normalised value; `purpose` separates e.g. ID numbers from phones."""
    key = settings.BLIND_INDEX_KEY
    if not key:
        raise ImproperlyConfigured("BLIND_INDEX_KEY is empty.")
    message = f"{purpose}:{value.strip().upper()}".encode("utf-8")
    return hmac.new(key.encode("utf-8"), message, hashlib.sha256).hexdigest()
