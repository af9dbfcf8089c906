"""The two practitioner roles granted only on their qualification rules, what each may do, training hours, the
guidance service database as the one store and its backup copies (CQ-4.6.1-*, CQ-4.6.2-4, CQ-7.1.3-1, CQ-4.4-1,
CQ-4.4-4)."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.errors import DomainError
from careerguide.employers.tests.factories import make_employer
from careerguide.guidance.cq.models import BackupRun, DatabaseRecord
from careerguide.guidance.cq.permissions import is_guidance_staff, is_management_staff
from careerguide.guidance.cq.selectors import backup_status, training_rows
from careerguide.guidance.cq.services.cases import (
    case_career_info_set,
    case_needs_set,
    case_register,
    case_start_collection,
    case_to_needs_analysis,
    process_record_add,
)
from careerguide.guidance.cq.services.database import backup_copy_dispose, backup_log
from careerguide.guidance.cq.services.staff import (
    practitioner_attest,
    practitioner_profile_set,
    practitioner_role_grant,
    practitioner_special_talent_approve,
    project_approve,
    project_create,
    training_record_add,
)
from careerguide.guidance.cq.tests.helpers import CERTIFICATE, qualify_guidance_staff
from careerguide.job_seekers.tests.factories import make_job_seeker
from careerguide.job_seekers.tests.helpers import at
from careerguide.policy.services import policy_override_create

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)
INFO = {"basic_situation": "本科", "work_experience": "无", "job_search_intention": "行政", "job_search_difficulty": "无"}


def newcomer(city, name="d1-new"):
    return make_user(name, city.d1, [Role.COUNSELLOR], full_name="新入职指导员")


def test_two_roles_each_granted_on_its_own_rule_and_one_person_may_hold_both(city, staff):
    """CQ-4.6.1-1: guidance staff and management staff; a person meeting both rules holds both, and a role is
    refused while its rule is not met (here: management without the competence attestation)."""
    user = newcomer(city)
    p = practitioner_profile_set(actor=staff.d1_head, user=user, education="bachelor", certificates=[CERTIFICATE],
                                 experience=[{"kind": "guidance", "start": "2015-01-01"},
                                             {"kind": "consulting_training", "start": "2015-01-01"},
                                             {"kind": "industry", "start": "2010-01-01"}])
    practitioner_attest(actor=staff.d1_head, practitioner=p, attestation="knowledge")
    practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="guidance_staff")
    with pytest.raises(DomainError) as exc:
        practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="management_staff")
    assert exc.value.code == "not_qualified" and "岗位能力" in exc.value.messages[0]
    practitioner_attest(actor=staff.d1_head, practitioner=p, attestation="competence")
    practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="management_staff")
    assert is_guidance_staff(user) and is_management_staff(user)
    with pytest.raises(DomainError) as exc:
        practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="guidance_staff")
    assert exc.value.code == "role_already_held"


def test_the_practitioner_page_names_the_kind_of_each_experience(client, city, staff):
    """CQ-4.6.1-3: the work experience that counts is shown and typed by its kind's name, not its code; a line
    of an unknown kind is refused with the line named and nothing saved."""
    user = newcomer(city)
    p = practitioner_profile_set(actor=staff.d1_head, user=user, education="bachelor", certificates=[CERTIFICATE],
                                 experience=[{"kind": "consulting_training", "start": "2015-01-01"}])
    client.force_login(staff.d1_head)
    html = client.get(reverse("guidance:cq:practitioner", args=[p.pk])).content.decode()
    shown = html.split("工作经历", 1)[1].split("</dd>", 1)[0]
    assert "咨询或培训相关工作 2015-01-01" in shown and "consulting_training" not in shown
    url = reverse("guidance:cq:practitioner", args=[p.pk])
    post = {"section": "profile", "profile-education": "bachelor", "profile-certificate_level": "4",
            "profile-certificate_kind": "skill_level", "profile-certificate_number": "C-1"}
    r = client.post(url, {**post, "profile-experience": "教书,2015-01-01"})
    assert r.status_code == 200 and "工作经历格式有误：教书,2015-01-01" in r.content.decode()
    p.refresh_from_db()
    assert [e["kind"] for e in p.experience] == ["consulting_training"]
    assert client.post(url, {**post, "profile-experience": "相关行业,2012-03-01,2014-12-31,某商场"}).status_code == 302
    p.refresh_from_db()
    assert [e["kind"] for e in p.experience] == ["industry"]
    assert "相关行业,2012-03-01,2014-12-31,某商场" in client.get(url).content.decode()


def test_grants_enforce_the_qualification_rules(city, staff):
    """CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-6: an associate degree or a missing knowledge attestation is refused and
    grants nothing; the special-talent route needs the agency head's approval of a written statement; the
    counsellor's own attestation does not count."""
    user = newcomer(city)
    p = practitioner_profile_set(actor=staff.d1_head, user=user, education="associate", certificates=[CERTIFICATE],
                                 experience=[{"kind": "consulting_training", "start": "2010-01-01"},
                                             {"kind": "industry", "start": "2010-01-01"}])
    practitioner_attest(actor=staff.d1_head, practitioner=p, attestation="knowledge")
    with pytest.raises(DomainError) as exc:
        practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="guidance_staff")
    assert "本科" in exc.value.messages[0]
    assert not is_guidance_staff(user)
    p = practitioner_profile_set(actor=staff.d1_head, user=user, education="master", special_talent_statement="资深心理咨询师")
    with pytest.raises(DomainError):  # no certificate, no experience, exception not yet approved
        practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="guidance_staff")
    with pytest.raises(DomainError):  # a counsellor is not the agency head
        practitioner_special_talent_approve(actor=staff.d1_counsellor, practitioner=p)
    practitioner_special_talent_approve(actor=staff.d1_head, practitioner=p)
    grant = practitioner_role_grant(actor=staff.d1_head, practitioner=p, role="guidance_staff")
    assert grant.route == "special_talent_exception" and grant.special_talent_exception
    with pytest.raises(DomainError):
        practitioner_attest(actor=user, practitioner=p, attestation="local_economy")


def test_only_a_still_qualified_guidance_staff_member_is_assigned(city, staff):
    """CQ-4.6.1-4: a case is assigned only to a guidance-staff member whose qualification holds on the day — not to
    a counsellor without the role, nor to one whose certificate expired the day before."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="司马青")
    user = newcomer(city)
    with pytest.raises(DomainError) as exc:
        case_register(actor=staff.d1_head, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline",
                      counsellor=user, now=at(DAY))
    assert exc.value.code == "not_guidance_staff"
    p = qualify_guidance_staff(user, by=staff.d1_head)
    p.certificates = [{**CERTIFICATE, "valid_until": "2024-06-02"}]
    p.save()
    with pytest.raises(DomainError) as exc:
        case_register(actor=staff.d1_head, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline",
                      counsellor=user, now=at(DAY))
    assert exc.value.code == "not_qualified"
    case = case_register(actor=staff.d1_head, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline",
                         counsellor=user, now=at(dt.date(2024, 6, 2)))
    assert case.counsellor == user


def test_management_staff_own_and_approve_guidance_projects(client, city, staff):
    """CQ-4.6.1-2, CQ-4.4-2: a project is created and approved only by management staff, who own it."""
    kw = dict(unit=city.d1, title="高校毕业生求职训练营", objectives="提升求职能力", target_group="应届毕业生",
              content="简历、面试、职业规划三单元", materials="课件与练习册", now=at(DAY))
    with pytest.raises(DomainError) as exc:
        project_create(actor=staff.d1_counsellor, **kw)
    assert exc.value.code == "forbidden"
    project = project_create(actor=staff.d1_head, **kw)
    assert project.owner == staff.d1_head and project.approved_on is None
    with pytest.raises(DomainError):
        project_approve(actor=staff.d1_counsellor, project=project, now=at(DAY))
    assert project_approve(actor=staff.d1_head, project=project, now=at(DAY)).approved_on == DAY


def test_job_search_and_recruitment_guidance_only_by_counsellors_who_know_the_local_economy(city, staff):
    """CQ-7.1.3-1: without the attestation `knows_local_economy_and_pay` a counsellor cannot be given job-search
    guidance nor an employer's recruitment guidance; with it they can."""
    user = newcomer(city)
    qualify_guidance_staff(user, by=staff.d1_head, local_economy=False)
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="欧阳明")
    case = case_register(actor=user, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    case_start_collection(actor=user, case=case, now=at(DAY))
    case_career_info_set(actor=user, case=case, info=INFO, now=at(DAY))
    case_to_needs_analysis(actor=user, case=case, now=at(DAY))
    need = [{"service_type": "job_search_guidance", "rationale": "缺乏求职方法"}]
    with pytest.raises(DomainError) as exc:
        case_needs_set(actor=user, case=case, needs=need, now=at(DAY))
    assert exc.value.code == "local_economy_not_attested"
    case_needs_set(actor=user, case=case, needs=[{"service_type": "training_guidance", "rationale": "技能"}], now=at(DAY))
    employer = make_employer(staff.d1_counsellor, city.d1, name="渝北机械有限公司")
    with pytest.raises(DomainError):
        case_register(actor=user, subject=employer, unit=city.d1, topic="招聘", preferred_channel="offline",
                      recipient_type="employer", now=at(DAY))
    practitioner_attest(actor=staff.d1_head, practitioner=user.cq_practitioner, attestation="local_economy")
    case_needs_set(actor=user, case=case, needs=need, now=at(DAY))
    assert case.needs == need


def test_a_job_search_topic_or_recruitment_sub_type_is_job_search_or_recruitment_guidance(city, staff):
    """CQ-7.1.3-1: naming a sub-type instead of its parent does not get round the rule: a counsellor not attested
    to know the local economy cannot record a job-search topic (CQ-5.1-2) as the service; training guidance, which
    the rule does not cover, is recorded; once attested the topic is recorded too."""
    user = newcomer(city)
    qualify_guidance_staff(user, by=staff.d1_head, local_economy=False)
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="慕容琪")
    case = case_register(actor=user, subject=seeker, unit=city.d1, topic="求职", preferred_channel="offline", now=at(DAY))
    case_start_collection(actor=user, case=case, now=at(DAY))
    kw = dict(actor=user, case=case, held_on=DAY, channel="offline", summary="求职方法辅导", now=at(DAY))
    for service_type in ("job_search_method", "job_search_guidance"):
        with pytest.raises(DomainError) as exc:
            process_record_add(service_type=service_type, **kw)
        assert exc.value.code == "local_economy_not_attested"
    assert process_record_add(service_type="training_guidance", **kw).pk
    practitioner_attest(actor=staff.d1_head, practitioner=user.cq_practitioner, attestation="local_economy")
    assert process_record_add(service_type="job_search_method", **kw).service_type == "job_search_method"


def test_training_hours_below_the_minimum_are_flagged_from_the_check_day(city, staff):
    """CQ-4.6.2-4: each training is recorded with date, provider, topic, hours and evidence; 59.5 hours are
    flagged on 1 December, not on 30 November; exactly 60 are not; both numbers are the jurisdiction's."""
    p = staff.d1_counsellor.cq_practitioner
    training_record_add(actor=staff.d1_head, practitioner=p, held_on=dt.date(2024, 3, 1), provider="市职业指导协会",
                        topic="生涯咨询技术", class_hours="59.5", evidence="结业证书", now=at(DAY))
    flag = lambda day: next(r for r in training_rows(actor=staff.d1_head, year=2024, today=day)  # noqa: E731
                            if r["practitioner"] == p)["flagged"]
    assert not flag(dt.date(2024, 11, 30)) and flag(dt.date(2024, 12, 1))
    with pytest.raises(DomainError) as exc:
        training_record_add(actor=staff.d1_head, practitioner=p, held_on=dt.date(2024, 3, 2), provider="", topic="x",
                            class_hours="0", evidence="", now=at(DAY))
    assert {"provider", "class_hours", "evidence"} <= set(exc.value.field_errors)
    training_record_add(actor=staff.d1_head, practitioner=p, held_on=dt.date(2024, 5, 1), provider="市职业指导协会",
                        topic="政策更新", class_hours="0.5", evidence="签到表", now=at(DAY))
    assert not flag(dt.date(2024, 12, 1))
    on = dt.datetime(2024, 1, 2, 9, tzinfo=dt.timezone.utc)
    policy_override_create(actor=staff.city_admin, key="cq.annual_training_hours", unit=city.d1, value=72,
                           effective_from=dt.date(2024, 1, 2), reason="本区从严", now=on)
    policy_override_create(actor=staff.city_admin, key="cq.training_shortfall_check_date", unit=city.d1, value="11-15",
                           effective_from=dt.date(2024, 1, 2), reason="提前检查", now=on)
    assert not flag(dt.date(2024, 11, 14)) and flag(dt.date(2024, 11, 15))


def test_the_database_is_the_one_store_of_clients_staff_and_projects(client, city, staff):
    """CQ-4.4-1: opening cases, granting a role and creating a project each put their record into the guidance
    service database of the agency — one record per client however many cases — and its page lists them all."""
    seeker = make_job_seeker(staff.d1_counsellor, city.d1, full_name="上官云")
    for topic in ("求职", "转岗"):
        case_register(actor=staff.d1_counsellor, subject=seeker, unit=city.d1, topic=topic,
                      preferred_channel="offline", now=at(DAY))
    project_create(actor=staff.d1_head, unit=city.d1, title="再就业能力提升项目", objectives="o", target_group="t",
                   content="c", materials="m", now=at(DAY))
    families = sorted(DatabaseRecord.objects.filter(unit=city.d1).values_list("family", flat=True))
    assert families.count("client") == 1 and "project_material" in families and "guidance_staff" in families
    client.force_login(staff.d1_head)
    html = client.get(reverse("guidance:cq:database")).content.decode()
    assert "上官云" in html and "再就业能力提升项目" in html and "甲区指导员" in html


def test_at_least_the_policys_number_of_daily_copies_are_kept(city, staff):
    """CQ-4.4-4: with 30 copies (the default) none may go; with 31 the oldest may; fewer than 30 is flagged."""
    first = backup_log(kind="backup", scope="数据库及归档附件", succeeded=True, now=at(dt.date(2024, 5, 1)))
    for n in range(29):
        backup_log(kind="backup", scope="数据库及归档附件", succeeded=True, now=at(dt.date(2024, 5, 2) + dt.timedelta(days=n)))
    assert backup_status(today=DAY)["retained_copies"] == 30 and not backup_status(today=DAY)["copies_short"]
    with pytest.raises(DomainError) as exc:
        backup_copy_dispose(run=first, now=at(DAY))
    assert exc.value.code == "backup_copies_minimum"
    backup_log(kind="backup", scope="数据库及归档附件", succeeded=True, now=at(DAY))
    backup_copy_dispose(run=first, actor=staff.d1_head, now=at(DAY))
    assert BackupRun.objects.get(pk=first.pk).disposed_at is not None
    with pytest.raises(DomainError):
        backup_copy_dispose(run=BackupRun.objects.filter(disposed_at__isnull=True).first(), now=at(DAY))
    assert backup_status(today=DAY)["retained_copies"] == 30
