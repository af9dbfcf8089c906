"""Blind-index keys for finding a job seeker without decrypting anything."""
from careerguide.privacy.crypto import blind_index

ID_PURPOSE, PHONE_PURPOSE = "resident_id", "phone"


def id_number_lookup_key(id_number: str) -> str:
    return blind_index(id_number, purpose=ID_PURPOSE)


def phone_lookup_key(phone: str) -> str:
    return blind_index(phone, purpose=PHONE_PURPOSE)
