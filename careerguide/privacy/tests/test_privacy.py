"""Personal data at rest, masking and reveal logging (BJ-51-2, CQ-4.4-6)."""
import pytest
from django.db import connection
from django.test import override_settings

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.job_seekers.lookup import id_number_lookup_key
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.privacy.crypto import blind_index, decrypt, encrypt
from careerguide.privacy.masking import mask_name, mask_phone, mask_resident_id
from careerguide.privacy.services import personal_data_reveal

ID = "11010519491231002X"


@pytest.mark.parametrize(
    "value, masked",
    [(ID, "110105********002X"), ("110105199001011234", "110105********1234"), ("", ""), ("123", "***")],
)
def test_mask_resident_id(value, masked):
    """BJ-51-2: ID numbers are shown masked unless the role needs them."""
    assert mask_resident_id(value) == masked


@pytest.mark.parametrize("value, masked", [("13812345678", "138****5678"), ("", ""), ("12345", "*****")])
def test_mask_phone(value, masked):
    """BJ-51-2: phone numbers are shown masked."""
    assert mask_phone(value) == masked


def test_mask_name():
    assert [mask_name(n) for n in ("李", "李明", "欧阳明月")] == ["李", "李*", "欧**月"]


def test_encryption_round_trip_and_rotation():
    """BJ-51-2: values are encrypted; a value written under an older key still decrypts after rotation."""
    token = encrypt(ID)
    assert ID not in token and decrypt(token) == ID
    from django.conf import settings

    old_key = settings.PERSONAL_DATA_KEYS[1]
    with override_settings(PERSONAL_DATA_KEYS=[old_key]):
        old_token = encrypt(ID)
    assert decrypt(old_token) == ID


def test_blind_index_is_keyed_and_purpose_bound():
    assert blind_index(ID, purpose="resident_id") == blind_index(ID.lower(), purpose="resident_id")
    assert blind_index(ID, purpose="resident_id") != blind_index(ID, purpose="phone")
    with override_settings(BLIND_INDEX_KEY="another-key"):
        other = blind_index(ID, purpose="resident_id")
    assert other != blind_index(ID, purpose="resident_id")


@pytest.mark.django_db
def test_id_and_phone_are_encrypted_at_rest(city, staff):
    """BJ-51-2: the database holds neither the ID number nor the phone in plain text; the blind index finds the row."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, id_number=ID, phone="13812345678")
    with connection.cursor() as cur:
        cur.execute("SELECT id_number, phone, id_number_index FROM job_seekers_jobseeker WHERE id = %s", [seeker.pk])
        raw_id, raw_phone, index = cur.fetchone()
    assert ID not in raw_id and "13812345678" not in raw_phone
    assert index == id_number_lookup_key(ID)
    assert JobSeeker.objects.get(id_number_index=id_number_lookup_key(ID)).id_number == ID


@pytest.mark.django_db
def test_reveal_is_audited(city, staff):
    """BJ-51-2: every reveal of personal data is itself logged (who, which record, which field)."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, id_number=ID)
    before = AuditEvent.objects.count()
    assert personal_data_reveal(actor=staff.s11_counsellor, obj=seeker, field="id_number", unit=seeker.unit) == ID
    event = AuditEvent.objects.latest("seq")
    assert AuditEvent.objects.count() == before + 1
    assert (event.action, event.actor, event.changes["after"], event.clause) == ("reveal", staff.s11_counsellor, {"field": "id_number"}, "BJ-51-2")


@pytest.mark.django_db
def test_reveal_refused_for_roles_that_do_not_need_it(city, staff):
    """CQ-4.4-6: least privilege; an analyst cannot reveal, and a refusal writes nothing."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11)
    before = AuditEvent.objects.count()
    with pytest.raises(DomainError):
        personal_data_reveal(actor=staff.city_analyst, obj=seeker, field="id_number", unit=seeker.unit)
    with pytest.raises(DomainError):
        personal_data_reveal(actor=staff.s11_counsellor, obj=seeker, field="full_name", unit=seeker.unit)
    assert AuditEvent.objects.count() == before
