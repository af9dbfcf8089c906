"""The lookups city HRSS keeps (CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12), the Annex 1 tables and blocks (CZ-A1-*), the
Annex 2 fields (CZ-A2-2 .. CZ-A2-6), invitations, pairings and content (CZ-10-7, CZ-11-15, CZ-11-16), the archive
(CZ-11-2), the privacy of recipients (CZ-11-17), the ranking (CZ-12-4) and what is never collected (CZ-4-5)."""
import datetime as dt
import itertools
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.core.files.base import ContentFile
from django.db import models

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.experts.models import Application, ServiceLogAttachment, ServiceLogEntry
from careerguide.experts.selectors import expert_ranking, renewal_dossier, service_log_rows
from careerguide.experts.services import activities, archive, engagement, lookups, review
from careerguide.experts.services.eligibility import category_check
from careerguide.experts.tests.factories import (
    ALL_DECLARATIONS,
    appointed,
    at,
    make_applicant,
    make_round,
    resident_id,
    self_nomination,
    to_city,
)

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture(autouse=True)
def _lookups(db, staff):
    lookups.lookups_seed_defaults(actor=staff.city_admin)


def _nomination(staff, city, *, user=None, **person):
    rnd = make_round(staff.city_admin)
    user = user or make_applicant()
    app = self_nomination(user=user, round=rnd, unit=city.d1)
    for key, value in person.items():
        setattr(app, key, value)
    app.save()
    return app


def test_old_titles_map_to_levels_through_the_editable_lookup(city, staff):
    """CZ-5-4: a certificate entered by its old title takes the lookup's level (职业指导师 → 2); city HRSS may correct
    the lookup and the next application follows it; a title not in it needs a stated level."""
    rnd = make_round(staff.city_admin)
    app = applications_with(staff, city, rnd, certificates=[{"title": "职业指导师", "number": "Z1"}])
    assert (app.certificates.get().occupation, app.certificates.get().level) == ("career_guidance", 2)
    lookups.lookup_save(actor=staff.city_admin, kind="old_title_level", code="职业指导师", occupation="career_guidance",
                        level=3)
    later = applications_with(staff, city, rnd, seed=9, certificates=[{"title": "职业指导师", "number": "Z2"}])
    assert later.certificates.get().level == 3
    with pytest.raises(DomainError) as refused:
        applications_with(staff, city, rnd, seed=10, certificates=[{"title": "金牌指导员", "number": "Z3"}])
    assert refused.value.code == "invalid" and Application.objects.count() == 2
    with pytest.raises(DomainError):
        lookups.lookup_save(actor=staff.d1_head, kind="old_title_level", code="职业指导员", occupation="career_guidance",
                            level=4)


NAMES = itertools.count(1)


def _applicant():
    return make_applicant(f"applicant-x{next(NAMES)}")


def applications_with(staff, city, rnd, *, seed=8, **extra):
    from careerguide.experts.services import applications

    user = _applicant()
    return applications.application_create(
        actor=user, round=rnd, channel="self_nomination", receiving_unit=city.d1,
        id_number=resident_id(D(1975, 4, 3), seed), person={"name": "林知远", "gender": "male"}, categories=["C1B"],
        declarations=ALL_DECLARATIONS, now=at(2025, 9, 2), **extra)


def test_relevant_occupations_for_c1b_come_from_the_lookup(city, staff):
    """CZ-5-6: a level-2 certificate of another occupation needs the reviewer's judgement, until city HRSS adds that
    occupation to the list of relevant ones."""
    app = _nomination(staff, city, unit_type="commercial_hr_agency", is_key_staff=True, categories=["C1B"])
    app.work_history.create(unit_name="某人力资源公司", unit_type="commercial_hr_agency", work_field="hr_management",
                            start=D(2015, 1, 1))
    app.certificates.create(occupation="other", kind="skill_level", level=2, verified=True)
    [result], _overall = category_check(application=app, on=D(2025, 9, 15))
    assert result["outcome"] == "needs_judgement"
    lookups.lookup_save(actor=staff.city_admin, kind="relevant_occupation", code="other", label="其他相关职业")
    [result], _overall = category_check(application=app, on=D(2025, 9, 15))
    assert result["outcome"] == "met"


def test_enterprise_size_proposed_by_the_standard_and_confirmed_by_the_reviewer(city, staff):
    """CZ-5-9: industry 300 employees and 2,000 (10,000 yuan) revenue is medium (both lower limits met), 299 employees
    is small or micro; the C3 check waits for the reviewer's confirmation of the size."""
    rnd = make_round(staff.city_admin)
    medium = applications_with(staff, city, rnd, seed=21)
    from careerguide.experts.services.annex import annex_values

    assert annex_values(values={"enterprise_industry": "industry", "enterprise_employees": 300,
                                "enterprise_revenue": Decimal(2000)})["enterprise_size_proposed"] == "medium"
    assert annex_values(values={"enterprise_industry": "industry", "enterprise_employees": 299,
                                "enterprise_revenue": Decimal(50000)})["enterprise_size_proposed"] == "small_micro"
    medium.enterprise_size_proposed, medium.categories, medium.unit_type = "medium", ["C3"], "enterprise"
    medium.position_rank, medium.work_unit, medium.good_operating_condition = "deputy_general_manager", "某企业", True
    medium.save()
    medium.work_history.create(unit_name="某企业", unit_type="enterprise", work_field="enterprise_management",
                               start=D(2015, 1, 1))
    [result], _overall = category_check(application=medium, on=D(2025, 9, 15))
    assert result["outcome"] == "needs_judgement" and "enterprise_size_pending" in result["reasons"]
    medium.enterprise_size, medium.enterprise_size_confirmed = "medium", True
    medium.save()
    [result], _overall = category_check(application=medium, on=D(2025, 9, 15))
    assert result["outcome"] == "met"


def test_1028_sector_chosen_from_the_lookup(city, staff):
    """CZ-5-12: the "1028" list is data city HRSS loads; a sector not on it is refused and nothing is saved."""
    rnd = make_round(staff.city_admin)
    with pytest.raises(DomainError) as refused:
        _with_sector(staff, city, rnd, "新能源汽车及核心部件")
    assert "sector_1028" in refused.value.field_errors and not Application.objects.exists()
    lookups.lookup_save(actor=staff.city_admin, kind="sector_1028", code="新能源汽车及核心部件")
    assert _with_sector(staff, city, rnd, "新能源汽车及核心部件").sector_1028 == "新能源汽车及核心部件"


def _with_sector(staff, city, rnd, sector):
    from careerguide.experts.services import applications

    return applications.application_create(
        actor=_applicant(), round=rnd, channel="self_nomination",
        receiving_unit=city.d1, id_number=resident_id(D(1976, 5, 6), 33 + Application.objects.count()),
        person={"name": "周启航", "gender": "male", "sector_1028": sector}, categories=["C4"],
        declarations=ALL_DECLARATIONS, now=at(2025, 9, 2))


def test_practice_cases_need_background_method_and_outcome(city, staff):
    """CZ-A1-8: each practice case states its background, method and outcome; a case without the method is refused
    and nothing is saved."""
    rnd = make_round(staff.city_admin)
    case = {"title": "大学生求职焦虑辅导", "background": "应届毕业生", "method": "", "outcome": "签约"}
    with pytest.raises(DomainError) as refused:
        applications_with(staff, city, rnd, seed=41, practice_cases=[case])
    assert "指导方法" in " ".join(str(m) for m in refused.value.field_errors["practice_cases"])
    assert not Application.objects.exists()
    app = applications_with(staff, city, rnd, seed=41, practice_cases=[{**case, "method": "认知行为辅导"}])
    assert app.practice_cases.get().method == "认知行为辅导"


def test_opinion_blocks_have_signer_and_date(city, staff):
    """CZ-A1-10: the work unit's opinion (signer, date), the recommender's preliminary opinion (signer, date, seal)
    and city HRSS's review opinion (signer, date)."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    app.unit_opinion_signer, app.unit_opinion_on = "王主任", D(2025, 9, 1)
    app.save()
    from careerguide.experts.services import applications

    applications.application_submit(actor=user, application=app, now=at(2025, 9, 3))
    applications.preliminary_opinion_record(actor=staff.d1_head, application=app, recommend=True, reason="推荐",
                                            seal=ContentFile(b"seal", name="seal.pdf"), now=at(2025, 9, 4))
    applications.agency_batch_submit(actor=staff.d1_head, round=app.round, now=at(2025, 9, 20))
    review.qualification_start(actor=staff.city_admin, application=app, now=at(2025, 9, 22))
    review.qualification_decide(actor=staff.city_admin, application=app, passed=True, reason="资格符合",
                                now=at(2025, 9, 23))
    app.refresh_from_db()
    assert (app.preliminary_by, app.preliminary_on, bool(app.preliminary_seal)) == (staff.d1_head, D(2025, 9, 4), True)
    assert (app.city_review_opinion, app.city_review_by, app.city_review_on) == ("资格符合", staff.city_admin,
                                                                                 D(2025, 9, 23))


def _experts(staff, city, n):
    """`n` experts appointed from one round (the factory's `appointed` opens a round each time)."""
    rnd = make_round(staff.city_admin)
    apps = []
    for i in range(n):
        user = _applicant()
        app = self_nomination(user=user, round=rnd, unit=city.d1, id_number=resident_id(D(1975, 4, 3), 50 + i))
        apps.append(to_city(app, user=user, agency=staff.d1_head))
    for app in apps:
        review.qualification_start(actor=staff.city_admin, application=app, now=at(2025, 9, 22))
        review.qualification_decide(actor=staff.city_admin, application=app, passed=True, now=at(2025, 9, 23))
        review.comprehensive_decide(actor=staff.city_admin, application=app, proposed=True, reason="拟聘",
                                    now=at(2025, 9, 24))
    review.notice_publish(actor=staff.city_admin, round=rnd, now=at(2025, 9, 26))
    return [review.application_appoint(actor=staff.city_admin, application=a, now=at(2025, 10, 11)) for a in apps]


def _log(**extra):
    data = {"on": D(2026, 3, 2), "hours": Decimal("2.0"), "location": "甲区就业服务中心", "mode": "offline",
            "origin": "voluntary", "form": "expert_consultation", "duty": "D1", "category": "career_planning",
            "recipient_types": ["worker"], "job_seeking_intent": True, "key_groups": ["college_graduate"],
            "persons_served": 1, "topic": "求职规划", "summary": "一对一职业规划指导"}
    return {**data, **extra}


def test_service_log_header_recipients_content_and_evidence(city, staff):
    """CZ-A2-2 (the expert's certificate number, date, start and end time, a duration that fits between them,
    location and mode), CZ-A2-4 (recipient types, key groups, persons served, named recipients only with consent,
    the employer's name), CZ-A2-5 (topic, summary, problems found, advice, follow-up plan and result, satisfaction
    on a 1-5 scale), CZ-A2-6 (photo and sign-in sheet kept with the entry)."""
    m = appointed(staff, city)
    with pytest.raises(DomainError) as refused:
        activities.service_log_create(actor=m.user, membership=m, data=_log(
            start_time=dt.time(9, 0), end_time=dt.time(10, 30), named_recipients="张某", satisfaction=6,
            mode="phone"), now=at(2026, 3, 3))
    assert {"hours", "named_recipients", "satisfaction", "mode"} <= set(refused.value.field_errors)
    assert not ServiceLogEntry.objects.exists()
    entry = activities.service_log_create(
        actor=m.user, membership=m, now=at(2026, 3, 3),
        data=_log(start_time=dt.time(9, 0), end_time=dt.time(11, 0), named_recipients="张某", recipients_consented=True,
                  recipient_types=["worker", "employer"], hiring_needs=True, employer_name="常州某机械有限公司",
                  problems_found="求职目标不清", advice="先做职业测评", follow_up_plan="两周后回访",
                  follow_up_result="已参加技能培训", satisfaction=5),
        attachments=[("photo", ContentFile(b"jpg", name="p.jpg")), ("sign_in_sheet", ContentFile(b"s", name="s.pdf"))])
    certificate = m.certificates.order_by("-term_start").first()
    assert (entry.certificate_number, entry.on, entry.hours, entry.location, entry.mode) == (
        certificate.number, D(2026, 3, 2), Decimal("2.0"), "甲区就业服务中心", "offline")
    assert (entry.start_time, entry.end_time, entry.advice) == (dt.time(9, 0), dt.time(11, 0), "先做职业测评")
    assert (entry.recipient_types, entry.key_groups, entry.persons_served, entry.named_recipients,
            entry.employer_name) == (["worker", "employer"], ["college_graduate"], 1, "张某", "常州某机械有限公司")
    assert (entry.topic, entry.summary, entry.problems_found, entry.follow_up_plan, entry.follow_up_result,
            entry.satisfaction) == ("求职规划", "一对一职业规划指导", "求职目标不清", "两周后回访", "已参加技能培训", 5)
    assert sorted(ServiceLogAttachment.objects.filter(entry=entry).values_list("kind", flat=True)) == \
        ["photo", "sign_in_sheet"]


def test_invitation_flow_from_unit_to_service_log(city, staff):
    """CZ-11-15: a unit asks city HRSS to find an expert, city HRSS names one, the expert accepts (a decline needs a
    reason), and the accepted invitation is logged as a unit invitation and then completed; CZ-A2-3: the log links it."""
    m = appointed(staff, city)
    invitation = engagement.invitation_create(actor=None, inviting_unit="某科技公司", contact_person="赵经理",
                                              contact="0519-1234567", topic="校招面试官培训", form="expert_lecture",
                                              on=D(2026, 4, 10))
    with pytest.raises(DomainError):
        activities.service_log_create(actor=m.user, membership=m, data=_log(origin="unit_invitation",
                                      arranging_unit="某科技公司", invitation=invitation), now=at(2026, 4, 11))
    engagement.invitation_assign(actor=staff.city_admin, invitation=invitation, membership=m)
    with pytest.raises(DomainError):
        engagement.invitation_respond(actor=m.user, invitation=invitation, accept=False)
    engagement.invitation_respond(actor=m.user, invitation=invitation, accept=True)
    with pytest.raises(DomainError) as refused:
        activities.service_log_create(actor=m.user, membership=m, data=_log(invitation=invitation), now=at(2026, 4, 11))
    assert "origin" in refused.value.field_errors
    entry = activities.service_log_create(actor=m.user, membership=m, now=at(2026, 4, 11), data=_log(
        origin="unit_invitation", arranging_unit="某科技公司", invitation=invitation, recipient_types=["employer"],
        job_seeking_intent=None, key_groups=[], hiring_needs=True, category="recruitment_method"))
    invitation.refresh_from_db()
    assert invitation.status == "completed"
    assert (entry.origin, entry.arranging_unit, entry.form, entry.duty, entry.category, entry.invitation) == (
        "unit_invitation", "某科技公司", "expert_consultation", "D1", "recruitment_method", invitation)
    assert entry.inviting_contact == "赵经理"  # CZ-11-13: the invitation's contact person, recorded on the log


@pytest.mark.req("CZ-11-13")
def test_an_invited_activity_records_the_inviting_unit_and_its_contact_person(city, staff):
    """CZ-11-13: an activity logged as a unit invitation with no linked invitation record must name the inviting
    unit's contact person (refused on that field, nothing saved); with the contact it is stored; a voluntary
    activity needs none."""
    from careerguide.experts.models import ServiceLogEntry

    m = appointed(staff, city)
    with pytest.raises(DomainError) as refused:
        activities.service_log_create(actor=m.user, membership=m, now=at(2026, 4, 11), data=_log(
            origin="unit_invitation", arranging_unit="某街道社区", inviting_contact="  "))
    assert set(refused.value.field_errors) == {"inviting_contact"} and not ServiceLogEntry.objects.exists()
    entry = activities.service_log_create(actor=m.user, membership=m, now=at(2026, 4, 11), data=_log(
        origin="unit_invitation", arranging_unit="某街道社区", inviting_contact="孙主任"))
    assert (entry.origin, entry.arranging_unit, entry.inviting_contact) == ("unit_invitation", "某街道社区", "孙主任")
    voluntary = activities.service_log_create(actor=m.user, membership=m, now=at(2026, 4, 11), data=_log(
        origin="voluntary"))
    assert voluntary.inviting_contact == ""


def test_pairing_holds_its_logs_and_content_counts_under_d3(city, staff):
    """CZ-11-16: a pairing (expert, recipient, dates, goal) with service-log entries attached; another expert's
    pairing cannot be linked.  CZ-10-7: a micro-video with its authors goes to the archive and counts under D3."""
    m, other = _experts(staff, city, 2)
    pairing = engagement.pairing_create(actor=m.user, membership=m, recipient_name="某社区失业青年", recipient_type="worker",
                                        start=D(2026, 3, 1), end=D(2026, 8, 31), goal="半年内实现就业")
    activities.service_log_create(actor=m.user, membership=m, data=_log(pairing=pairing), now=at(2026, 3, 3))
    assert pairing.logs.count() == 1
    with pytest.raises(DomainError):
        activities.service_log_create(actor=other.user, membership=other, data=_log(pairing=pairing), now=at(2026, 3, 3))
    engagement.content_item_record(actor=staff.city_admin, title="求职简历三步法", item_type="micro_video", minutes=6,
                                   channel="常州人社微信公众号", published_on=D(2026, 5, 1), authors=[m])
    dossier = renewal_dossier(membership=m)
    assert dossier["content_items"] == 1 and dossier["by_duty"]["D3"] == 1


def test_archive_edited_by_city_hrss_and_the_expert_only_their_contacts(city, staff):
    """CZ-11-2: city HRSS edits the archive; the expert updates contact details and expertise but not the work unit,
    which goes to city HRSS as a change request and changes only when approved."""
    m = appointed(staff, city)
    archive.expert_profile_update(actor=m.user, membership=m, phone="13911112222", email="lin@example.cn",
                                  expertise="生涯规划、面试辅导")
    with pytest.raises(DomainError):
        archive.archive_update(actor=m.user, membership=m, changes={"work_unit": "新单位"})
    request = archive.archive_change_request(actor=m.user, membership=m, changes={"work_unit": "常州某大学"},
                                             reason="工作调动")
    m.refresh_from_db()
    assert m.expertise == "生涯规划、面试辅导" and m.work_unit != "常州某大学"
    archive.archive_change_decide(actor=staff.city_admin, request=request, approve=True)
    m.refresh_from_db()
    assert m.work_unit == "常州某大学"
    archive.archive_update(actor=staff.city_admin, membership=m, changes={"position": "教授"})
    m.refresh_from_db()
    assert m.position == "教授"


def test_recipients_visible_only_to_the_expert_and_city_hrss(city, staff):
    """CZ-11-17: named recipients and a trade-secret employer are hidden from other staff who may open the archive;
    the export is refused to them, and city HRSS's export is written to the audit trail."""
    m = appointed(staff, city)
    activities.service_log_create(actor=m.user, membership=m, now=at(2026, 3, 3), data=_log(
        named_recipients="张某", recipients_consented=True, employer_name="某保密单位", trade_secret=True))
    [own] = service_log_rows(actor=m.user, membership=m)
    [agency] = service_log_rows(actor=staff.d1_head, membership=m)
    assert (own["recipients"], own["employer"]) == ("张某", "某保密单位")
    assert (agency["recipients"], agency["employer"]) == ("", "")
    with pytest.raises(DomainError):
        engagement.service_log_export(actor=staff.d1_head, membership=m)
    assert engagement.service_log_export(actor=staff.city_admin, membership=m)[:2] == b"PK"
    assert AuditEvent.objects.filter(action="export", clause="CZ-11-17").count() == 1


def test_ranking_supports_nominations_by_volume_then_hours(city, staff):
    """CZ-12-4: confirmed sessions first, then hours, with the key-group share and feedback; people decide."""
    first, second = _experts(staff, city, 2)
    for m, count in ((first, 1), (second, 2)):
        for i in range(count):
            e = activities.service_log_create(actor=m.user, membership=m, data=_log(on=D(2026, 3, 2 + i)),
                                              now=at(2026, 3, 4))
            activities.service_log_review(actor=staff.city_admin, entry=e, confirm=True)
    rows = expert_ranking(start=D(2026, 1, 1), end=D(2026, 12, 31))
    assert [r["membership"].pk for r in rows[:2]] == [second.pk, first.pk] and rows[0]["sessions"] == 2


def test_no_medical_records_are_ever_collected():
    """CZ-4-5: the only health datum of the expert team is the timestamp of the yes/no declaration; no field of any
    expert table holds a diagnosis, medical record or health certificate."""
    health_words = ("health", "medical", "diagnos", "病", "医", "健康证明", "体检")
    for model in django_apps.get_app_config("experts").get_models():
        for field in model._meta.get_fields():
            if not isinstance(field, models.Field):
                continue
            text = f"{field.name} {getattr(field, 'verbose_name', '')}"
            if any(w in text for w in health_words):
                assert field.name == "health_declared_at" and isinstance(field, models.DateTimeField), \
                    f"{model.__name__}.{field.name}"


def test_self_nomination_goes_to_the_home_district(city, staff):
    """CZ-6-8: a self-nomination whose home district is given goes to that district's agency."""
    from careerguide.experts.services import applications

    user = make_applicant()
    app = applications.application_create(
        actor=user, round=make_round(staff.city_admin), channel="self_nomination", home_district=city.d2,
        id_number=resident_id(), person={"name": "林知远", "gender": "male"}, categories=["C2"],
        declarations=ALL_DECLARATIONS, now=at(2025, 9, 2))
    assert app.receiving_unit == city.d2 and app.home_district == city.d2
