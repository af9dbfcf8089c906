"""Collection and registration: channels, the ledger opened on the collection day, one person one ledger,
episodes, and bad input that saves nothing (BJ-10-1, BJ-11-1 to BJ-11-4, BJ-17-*)."""
import datetime as dt

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.job_seekers.models import CollectionChannel, JobSeeker, Registration
from careerguide.job_seekers.selectors import personal_ledger
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.registration import job_seeker_register
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.job_seekers.tests.helpers import at, person_id
from careerguide.ledgers.models import LedgerEntry
from careerguide.ledgers.sections import sections

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 5, 13)  # a Monday


def counts():
    return JobSeeker.objects.count(), Registration.objects.count(), LedgerEntry.objects.count(), AuditEvent.objects.count()


def register(staff, city, **kw):
    data = {"actor": staff.s11_counsellor, "unit": city.s11, "full_name": "钱多多", "id_number": person_id(1),
            "phone": "13800000001", "channel": "front_desk", "collected_on": DAY, "now": at(DAY),
            "profile": {"education": "college", "skill_level": 4, "unemployed_since": "2024-01-02",
                        "sought_occupation_code": "4-07-01-02", "habitual_district": city.d1.pk,
                        "habitual_street": city.s11.pk, "hukou_location": "外省某县", "registration_type": "urban_unemployment",
                        "salary_min": 5000, "salary_max": 7000, "working_pattern": "full_time"},
            "work_history": [{"employer_name": "某超市", "occupation_code": "4-01-01-02", "started_on": "2019-03-01",
                              "ended_on": "2023-12-31"}],
            "certificates": [{"name": "养老护理员四级", "occupation_code": "4-07-01-02", "skill_level": 4}]}
    data.update(kw)
    return job_seeker_register(**data)


@pytest.mark.parametrize("channel", ["front_desk", "baseline_survey", "online_registration", "job_fair", "onsite_visit", "other"])
def test_every_named_channel_records_its_channel_and_date(city, staff, channel):
    """BJ-10-1: each collection event records its channel and date; baseline survey collects without registering."""
    reg = register(staff, city, channel=channel)
    assert (reg.channel, reg.collected_on) == (channel, DAY)
    entry = personal_ledger(job_seeker=reg.job_seeker).get(service_type="registration")
    assert entry.occurred_on == DAY
    assert reg.job_seeker.status == ("collected" if channel == "baseline_survey" else "registered")


def test_an_office_configured_channel_is_accepted_and_an_unknown_one_refused(city, staff):
    """BJ-10-1: the channel list is open: an office adds its own."""
    CollectionChannel.objects.create(code="campus_talk", label="校园宣讲会", unit=city.d1)
    assert register(staff, city, channel="campus_talk").channel_label == "校园宣讲会"
    before = counts()
    with pytest.raises(DomainError) as exc:
        register(staff, city, channel="carrier_pigeon", id_number=person_id(2))
    assert "channel" in exc.value.field_errors and counts() == before


def test_registration_form_fields_are_kept_on_the_ledger(city, staff):
    """BJ-11-2, BJ-11-3, BJ-17-4: registration info and refined-service info are stored (minimum content)."""
    reg = register(staff, city)
    seeker = reg.job_seeker
    assert (seeker.education, seeker.skill_level, seeker.unemployed_since) == ("college", 4, dt.date(2024, 1, 2))
    assert seeker.sought_occupation.code == "4-07-01-02" and seeker.habitual_district == city.d1
    assert seeker.work_history.get().occupation.code == "4-01-01-02"
    assert seeker.certificates.get().skill_level == 4
    assert reg.form_data["sought_occupation"] == {"code": "4-07-01-02", "name": "养老护理员"}
    assert "id_number" not in reg.form_data and "phone" not in reg.form_data


def test_ledger_opened_on_the_collection_day_is_not_late(city, staff):
    """BJ-11-1, BJ-11-4: same Beijing calendar day → not late."""
    seeker = register(staff, city, now=at(DAY, 23)).job_seeker
    assert (seeker.ledger_opened_on, seeker.ledger_created_late) == (DAY, False)


def test_ledger_keyed_later_is_kept_and_flagged_late(city, staff):
    """BJ-11-4: paper collected on DAY and keyed two days later keeps its real date and is flagged, never refused;
    BJ-17-1: the entry is also flagged as recorded late."""
    reg = register(staff, city, now=at(DAY + dt.timedelta(days=3)))
    assert reg.created_late and reg.job_seeker.ledger_created_late and reg.collected_on == DAY
    assert personal_ledger(job_seeker=reg.job_seeker).get(service_type="registration").is_late


def test_one_person_one_ledger_second_registration_appends(city, staff):
    """BJ-11-1, BJ-7-3: a second collection (another district) is appended to the same ledger after confirmation."""
    first = register(staff, city)
    before = counts()
    with pytest.raises(DomainError) as exc:
        register(staff, city, actor=staff.d2_counsellor, unit=city.d2, channel="job_fair")
    assert exc.value.code == "duplicate" and counts() == before
    second = register(staff, city, actor=staff.d2_counsellor, unit=city.d2, channel="job_fair", append_to_existing=True)
    assert second.job_seeker == first.job_seeker and JobSeeker.objects.count() == 1
    assert second.episode == first.episode and second.unit == city.d2
    assert personal_ledger(job_seeker=first.job_seeker).filter(service_type="registration").count() == 2


@pytest.mark.parametrize("change, field", [
    ({"id_number": "110105194912310021"}, "id_number"),
    ({"collected_on": DAY + dt.timedelta(days=1)}, "collected_on"),
    ({"profile": {"sought_occupation_code": "9-99-99-99"}}, "sought_occupation_code"),
    ({"profile": {"skill_level": 6}}, "skill_level"),
    ({"profile": {"salary_min": 9000, "salary_max": 5000}}, "salary_max"),
    ({"unit": "s21"}, "unit"),
])
def test_bad_input_gets_a_clear_message_and_saves_nothing(city, staff, change, field):
    """BJ-11-2: invalid ID checksum, future collection date, unknown occupation code and the like are refused whole."""
    if change.get("unit") == "s21":
        change = {"unit": city.s21}
    before = counts()
    with pytest.raises(DomainError) as exc:
        register(staff, city, **change)
    assert field in exc.value.field_errors and exc.value.field_errors[field][0]
    assert counts() == before


def test_ledger_has_the_six_sections(city, staff):
    """BJ-17-2: six sections, in order."""
    assert [s.code for s in sections("personal")] == ["basic_info", "registration", "matching", "guidance", "follow_up", "other"]
    seeker = register(staff, city).job_seeker
    assert set(personal_ledger(job_seeker=seeker).values_list("section", flat=True)) == {"basic_info", "registration"}


@pytest.mark.django_db
def test_a_new_registration_keeps_the_certification(city, staff):
    """BJ-21-1, open question 34: a certified person surveyed before registering keeps the certification when
    they register; only an exit decision withdraws it."""
    day = dt.date(2026, 3, 2)
    seeker = register_job_seeker(staff.s11_counsellor, city.s11, id_number=person_id(77), channel="baseline_survey",
                                 collected_on=day, now=at(day))
    difficulty_certification_record(actor=staff.s11_counsellor, job_seeker=seeker, status="certified", decided_on=day,
                                    authority="甲区人力资源和社会保障局", document_ref="认定-9", now=at(day))
    register_job_seeker(staff.s11_counsellor, city.s11, full_name=seeker.full_name, id_number=seeker.id_number,
                        collected_on=day, now=at(day, 11), append_to_existing=True)
    seeker.refresh_from_db()
    assert (seeker.status, seeker.difficulty_certified, seeker.certified_on) == ("registered", True, day)
