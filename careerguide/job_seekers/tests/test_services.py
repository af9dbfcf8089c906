"""Registering job seekers: validation, duplicates and jurisdiction; a refusal saves nothing."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services import job_seeker_create, job_seeker_update_contact

pytestmark = pytest.mark.django_db
ID = "11010519491231002X"


def counts():
    return JobSeeker.objects.count(), AuditEvent.objects.count()


def test_create_derives_sex_and_birth_date(city, staff):
    seeker = job_seeker_create(actor=staff.s11_counsellor, full_name="张三", id_number=ID.lower(), phone="138 1234 5678", unit=city.s11)
    assert (seeker.sex, seeker.birth_date, seeker.phone, seeker.id_number) == ("female", dt.date(1949, 12, 31), "13812345678", ID)


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"id_number": "110105194912310021"}, "id_number", "身份证号码校验位不正确，请核对后重新输入。"),
        ({"id_number": "1101051949123100"}, "id_number", "身份证号码应为18位。"),
        ({"full_name": "  "}, "full_name", "姓名不能为空。"),
        ({"phone": "0101234"}, "phone", "手机号码应为以1开头的11位数字。"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(city, staff, fields, field, message):
    before = counts()
    data = {"full_name": "张三", "id_number": ID, "phone": "13812345678", **fields}
    with pytest.raises(DomainError) as exc:
        job_seeker_create(actor=staff.s11_counsellor, unit=city.s11, **data)
    assert exc.value.field_errors[field] == [message]
    assert counts() == before


def test_duplicate_person_is_refused(city, staff):
    """BJ-11-1: one person, one ledger, found by the blind index of the ID number."""
    job_seeker_create(actor=staff.s11_counsellor, full_name="张三", id_number=ID, unit=city.s11)
    before = counts()
    with pytest.raises(DomainError) as exc:
        job_seeker_create(actor=staff.s12_caseworker, full_name="张三", id_number=ID.lower(), unit=city.s12)
    assert exc.value.code == "duplicate"
    assert counts() == before


def test_registration_outside_jurisdiction_is_refused(city, staff):
    """BJ-4-4: a street registers persons in its own jurisdiction only."""
    before = counts()
    with pytest.raises(DomainError):
        job_seeker_create(actor=staff.s11_counsellor, full_name="张三", id_number=ID, unit=city.s12)
    assert counts() == before


def test_contact_update_is_audited_with_masked_values(city, staff):
    """BJ-17-6: a change to a person's record is audited with before/after, personal data masked."""
    seeker = job_seeker_create(actor=staff.s11_counsellor, full_name="张三", id_number=ID, phone="13812345678", unit=city.s11)
    job_seeker_update_contact(actor=staff.s11_counsellor, job_seeker=seeker, full_name="张三丰", phone="13900001111")
    event = AuditEvent.objects.latest("seq")
    assert event.action == "update"
    assert event.changes == {"before": {"full_name": "张三", "phone": "138****5678"}, "after": {"full_name": "张三丰", "phone": "139****1111"}}
    seeker.refresh_from_db()
    assert seeker.phone == "13900001111"
