"""The agency's basic requirements: adoption of the standard, dated references, the PES qualification, the
management-system register and the compliance dashboard, site computers (CQ-1-1, CQ-2-1, CQ-3.2-1, CQ-4.1-*,
CQ-4.2-3)."""
import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.services import duties_send_reminders
from careerguide.guidance.cq import rules
from careerguide.guidance.cq.selectors import (
    compliance_row,
    missing_document_types,
    public_computers_in_service,
    qualification_on,
)
from careerguide.guidance.cq.services.agency import (
    device_register,
    device_status_set,
    management_document_record,
    management_document_withdraw,
    site_inspection_record,
    standard_edition_note,
)
from careerguide.guidance.cq.services.cases import case_register, case_start_collection
from careerguide.guidance.cq.services.catalogue import case_service_item_attach
from careerguide.guidance.cq.services.sessions import session_plan
from careerguide.guidance.cq.tests.helpers import qualify_agency
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.notifications.models import Notification
from careerguide.policy.services import policy_override_create
from careerguide.workdays.selectors import work_calendar

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
SIX = ("guidance_service_rules", "trainee_rules", "staff_rules", "admin_logistics_rules", "financial_rules",
       "emergency_plan")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


NAMES = iter("贺兰 钟毓 江河 柳青 白露 程远 方舟 林森".split())


def open_case(staff, unit, counsellor, day=DAY):
    seeker = make_job_seeker(counsellor, unit, full_name=next(NAMES))
    return case_register(actor=counsellor, subject=seeker, unit=unit, topic="求职", preferred_channel="offline",
                         now=at(day))


def override(staff, key, unit, value, on=DAY):
    policy_override_create(actor=staff.city_admin, key=key, unit=unit, value=value, effective_from=on, reason="本区规定",
                           now=at(dt.date(2024, 1, 2)))


def test_a_jurisdiction_that_has_not_adopted_the_standard_opens_no_cases(client, city, staff):
    """CQ-1-1: from the day a district turns the CQ rules off, its staff can open no CQ case or session and the
    pages say so; the day before, and elsewhere, they can."""
    off = dt.date(2024, 6, 4)
    override(staff, "cq.rules_enabled", city.d1, False, on=off)
    assert open_case(staff, city.d1, staff.d1_counsellor, day=DAY).status == "appointment_registered"
    with pytest.raises(DomainError) as exc:
        open_case(staff, city.d1, staff.d1_counsellor, day=off)
    assert exc.value.code == "cq_not_adopted"
    with pytest.raises(DomainError):
        session_plan(actor=staff.d1_counsellor, unit=city.d1, title="政策解读", session_on=dt.date(2024, 6, 19),
                     material_version="v1", now=at(off))
    with time_machine.travel(at(off), tick=False):
        client.force_login(staff.d1_counsellor)
        assert "未采用" in client.get(reverse("guidance:cq:cases")).content.decode()
        assert "未采用" in client.get(reverse("guidance:cq:intake")).content.decode()


def test_only_the_dated_edition_of_a_reference_applies(city, staff):
    """CQ-2-1: a reference cited without its year, or with a later one, means the edition of clause 2; a later
    edition noted in the register is not substituted."""
    assert rules.dated_edition("按照GB/T33535") == "GB/T 33535-2017"
    assert rules.dated_edition("GB/T 33535-2025") == "GB/T 33535-2017"
    assert rules.dated_edition("GB/T 12345") is None
    standard_edition_note(actor=staff.city_admin, number="GB/T 33535", year=2025, title="职业介绍服务规范",
                          now=at(DAY))
    with pytest.raises(DomainError):  # not newer than the dated edition
        standard_edition_note(actor=staff.city_admin, number="GB/T 33535", year=2017, title="x", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        standard_edition_note(actor=staff.city_admin, number="GB/T 12345", year=2025, title="x", now=at(DAY))
    assert exc.value.code == "not_a_reference"
    case = open_case(staff, city.d1, staff.d1_counsellor)
    item = case_service_item_attach(actor=staff.d1_counsellor, case=case, item="job_introduction", reference="JI-1",
                                    now=at(DAY))
    assert item.basis == "GB/T 33535-2017"


def test_a_guidance_service_unit_holds_a_pes_qualification(city, staff):
    """CQ-3.2-1: the qualification record (type, number, authority, dates) makes an organisation a guidance service
    unit; a street serves under its district's; the development area, holding none, is flagged."""
    q = qualification_on(unit=city.d1, on=DAY)
    assert (q.kind, q.number, q.authority, q.issued_on) == ("pes_approval", "渝人社发〔2015〕1号", "市人力资源和社会保障局",
                                                           dt.date(2015, 1, 1))
    assert qualification_on(unit=city.s11, on=DAY) == q
    assert qualification_on(unit=city.d2, on=DAY) is None
    row = compliance_row(unit=city.d2, today=DAY)
    assert row["qualification"]["valid"] is None and row["flagged"]


def test_cases_open_only_while_the_qualification_is_valid_and_the_head_is_warned(city, staff):
    """CQ-4.1-1: valid through its expiry date, refused the day after (cases and sessions); the agency head is
    reminded the policy's number of days before expiry (30, overridden to 10 here), not the day before that."""
    head = make_user("d2-head", city.d2, [Role.UNIT_HEAD], full_name="开发区负责人")
    expires = dt.date(2024, 8, 1)
    with pytest.raises(DomainError) as exc:
        open_case(staff, city.d2, staff.d2_counsellor, day=DAY)
    assert exc.value.code == "qualification_missing"
    record = qualify_agency(city.d2, staff, number="开人社〔2020〕3号", issued_on=dt.date(2020, 8, 2), expires_on=expires,
                            now=at(dt.date(2024, 6, 3)))
    duty = Duty.objects.get(kind="cq_qualification_renewal", subject_id=str(record.pk))
    assert (duty.due_date, duty.remind_on, duty.assignee) == (expires, dt.date(2024, 7, 2), None)
    reminders = lambda day: duties_send_reminders(now=at(day, 8), calendar=work_calendar(), lead_workdays=0)  # noqa: E731
    reminders(dt.date(2024, 7, 1))
    duty.refresh_from_db()
    assert duty.last_reminded_on is None
    reminders(dt.date(2024, 7, 2))
    duty.refresh_from_db()
    assert duty.last_reminded_on == dt.date(2024, 7, 2)
    assert Notification.objects.filter(recipient=head, dedup_key=f"duty-digest:{head.pk}:2024-07-02").exists()
    assert open_case(staff, city.d2, staff.d2_counsellor, day=expires).unit == city.d2
    with pytest.raises(DomainError):
        open_case(staff, city.d2, staff.d2_counsellor, day=expires + dt.timedelta(days=1))
    with pytest.raises(DomainError):
        session_plan(actor=staff.d2_counsellor, unit=city.d2, title="政策解读", session_on=dt.date(2024, 8, 14),
                     material_version="v1", now=at(expires + dt.timedelta(days=1)))
    override(staff, "cq.qualification_expiry_warning_days", city.d2, 10, on=dt.date(2024, 6, 3))
    later = qualify_agency(city.d2, staff, number="开人社〔2024〕9号", issued_on=dt.date(2024, 6, 3),
                           expires_on=dt.date(2027, 8, 1), now=at(dt.date(2024, 6, 3)))
    duty.refresh_from_db()
    assert duty.status == "done"  # renewed
    assert Duty.objects.get(subject_id=str(later.pk), kind="cq_qualification_renewal").remind_on == dt.date(2027, 7, 22)


def doc(staff, unit, doc_type, effective_from=dt.date(2024, 1, 1), **kw):
    return management_document_record(
        actor=staff.city_admin, unit=unit, doc_type=doc_type, title=f"{doc_type} 制度", version="2024版",
        effective_from=effective_from, approver="中心主任办公会", file=SimpleUploadedFile("rules.pdf", b"%PDF-1.4"),
        now=at(DAY), **kw)


def test_the_management_register_holds_the_six_types_with_version_date_approver_and_file(city, staff):
    """CQ-4.1-2: each entry has version, effective date, approver and file; procedures, post responsibilities and
    other types can be added (an "other" needs its name); a missing file saves nothing."""
    for t in SIX:
        doc(staff, city.d1, t)
    first = doc(staff, city.d1, "procedure")
    assert (first.version, first.effective_from, first.approver) == ("2024版", dt.date(2024, 1, 1), "中心主任办公会")
    assert first.file.read() == b"%PDF-1.4"
    with pytest.raises(DomainError) as exc:
        doc(staff, city.d1, "other")
    assert "type_label" in exc.value.field_errors
    assert doc(staff, city.d1, "other", type_label="志愿者管理制度").type_label == "志愿者管理制度"
    with pytest.raises(DomainError) as exc:
        management_document_record(actor=staff.city_admin, unit=city.d1, doc_type="financial_rules", title="x",
                                   version="1", effective_from=DAY, approver="主任", file=None, now=at(DAY))
    assert "file" in exc.value.field_errors
    assert missing_document_types(unit=city.d1, on=DAY) == []


def test_the_dashboard_flags_an_agency_lacking_a_type_in_effect_today(city, staff):
    """CQ-4.1-3: a type is in effect from its effective date until the day it is withdrawn; an agency lacking one
    of the six today is flagged for that type alone."""
    for n in range(3):
        device_register(actor=staff.city_admin, unit=city.d1, asset_number=f"PC-{n}", description="查询机",
                        now=at(DAY))
    for t in SIX[:5]:
        doc(staff, city.d1, t)
    plan = doc(staff, city.d1, "emergency_plan", effective_from=dt.date(2024, 6, 4))
    assert compliance_row(unit=city.d1, today=DAY)["missing_documents"] == ["emergency_plan"]
    assert compliance_row(unit=city.d1, today=DAY)["flagged"]
    row = compliance_row(unit=city.d1, today=dt.date(2024, 6, 4))
    assert (row["missing_documents"], row["flagged"]) == ([], False)
    management_document_withdraw(actor=staff.city_admin, document=plan, on=dt.date(2024, 7, 1), now=at(DAY))
    assert compliance_row(unit=city.d1, today=dt.date(2024, 6, 30))["missing_documents"] == []
    assert compliance_row(unit=city.d1, today=dt.date(2024, 7, 1))["missing_documents"] == ["emergency_plan"]


def test_sites_need_three_in_service_public_internet_computers(city, staff):
    """CQ-4.2-3: exactly 3 in service complies, 2 is flagged; a device out of service, retired, off the public area
    or offline is not counted; the inspection records the count and the jurisdiction's minimum."""
    devices = [device_register(actor=staff.city_admin, unit=city.s11, asset_number=f"PC-{n}", description="查询机",
                               now=at(DAY)) for n in range(3)]
    device_register(actor=staff.city_admin, unit=city.s11, asset_number="PC-9", description="办公机", public_area=False,
                    now=at(DAY))
    device_register(actor=staff.city_admin, unit=city.s11, asset_number="PC-8", description="触摸屏", internet=False,
                    now=at(DAY))
    assert public_computers_in_service(unit=city.s11) == 3
    assert not compliance_row(unit=city.s11, today=DAY)["computers_short"]
    device_status_set(actor=staff.city_admin, device=devices[0], status="out_of_service", reason="故障", now=at(DAY))
    assert compliance_row(unit=city.s11, today=DAY)["computers_short"]
    inspection = site_inspection_record(actor=staff.city_admin, unit=city.s11, guidance_area=True, area_suitable=True,
                                        clean_and_fire_safe=True, now=at(DAY))
    assert (inspection.computers_counted, inspection.computers_required) == (2, 3)
    override(staff, "cq.min_public_computers", city.d1, 4)
    device_status_set(actor=staff.city_admin, device=devices[0], status="in_service", now=at(DAY))
    assert compliance_row(unit=city.s11, today=DAY)["computers_short"]  # 3 of the district's 4


def test_the_counsellor_of_a_case_at_a_street_serves_under_the_districts_qualification(city, staff):
    """CQ-3.2-1: a street office opens cases under its district's qualification."""
    case = open_case(staff, city.s11, staff.s11_counsellor)
    case_start_collection(actor=staff.s11_counsellor, case=case, now=at(DAY))
    assert case.status == "info_collection"
