"""Job seekers: bulk registrations plus a few people with a full service history (BJ ch. 2)."""
import datetime as dt
import random

from careerguide.accounts.models import User
from careerguide.common.demo import synthetic_mobile, synthetic_resident_id
from careerguide.guidance.models import GuidanceGroup
from careerguide.guidance.services import (
    appointment_assign,
    appointment_request,
    group_create,
    group_member_add,
    group_plan_set,
    group_session_record,
    specialized_guidance_record,
)
from careerguide.job_seekers.lookup import id_number_lookup_key
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.services.certification import difficulty_certification_record
from careerguide.job_seekers.services.gradings import grading_override, job_seeker_grade
from careerguide.job_seekers.services.ledger import contact_record
from careerguide.job_seekers.services.readiness import readiness_assess
from careerguide.job_seekers.services.registration import job_seeker_create, job_seeker_register
from careerguide.privacy.models import SubjectRequest
from careerguide.privacy.services import subject_request_submit

from .base import GIVEN, SURNAMES, Demo

STAFF_FOR_UNIT = {"S0101": "s0101.counsellor", "S0102": "s0102.caseworker", "S0201": "s0201.counsellor",
                  "S0301": "s0301.officer", "D02": "d02.counsellor", "K010101": "k010101.assistant"}
SEEKER_UNITS = ["S0101", "S0101", "S0102", "S0201", "K010101"]

# Featured people, all invented: (key, name, birth, education, unemployed months, extra profile)
FEATURED = [
    ("grade-a", "林嘉怡", dt.date(1999, 5, 12), "bachelor_or_above", 2, {"skill_level": 3}),
    ("grade-b", "袁志刚", dt.date(1981, 3, 3), "senior_secondary", 8, {}),
    ("grade-c", "孟秀兰", dt.date(1972, 9, 21), "junior_secondary", 14, {"care_responsibilities": True}),
    ("grade-d", "鲁长顺", dt.date(1968, 11, 2), "primary_or_below", 26,
     {"health": "limited", "subsistence_allowance": True, "zero_employment_household": True}),
    ("ready", "葛晓萌", dt.date(1994, 7, 8), "college", 3, {"skill_level": 4}),
]
WISH = {"sought_occupation_code": "4-02-02-01", "sought_industry": "物流仓储", "sought_area": "东湖区",
        "salary_min": 5500, "salary_max": 7500, "working_pattern": "full_time"}


def _months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, 28))


def build_bulk(demo: Demo, count: int) -> int:
    created = 0
    for i in range(count):
        rng = random.Random(f"job-seeker-{i}")
        unit_code = SEEKER_UNITS[i % len(SEEKER_UNITS)]
        id_number = synthetic_resident_id(rng)
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        phone = synthetic_mobile(rng)
        if JobSeeker.objects.filter(id_number_index=id_number_lookup_key(id_number)).exists():
            continue
        job_seeker_create(actor=demo.staff[STAFF_FOR_UNIT[unit_code]], full_name=name, id_number=id_number, phone=phone,
                          unit=demo.units[unit_code])
        created += 1
    if created:
        demo.notes.append(f"{created} registered job seekers")
    return created


def featured_id(key: str, birth: dt.date) -> str:
    return synthetic_resident_id(random.Random(f"featured-{key}"), birth=birth)


def featured(key: str) -> JobSeeker | None:
    for k, _name, birth, *_rest in FEATURED:
        if k == key:
            return JobSeeker.objects.filter(id_number_index=id_number_lookup_key(featured_id(k, birth))).first()
    return None


def build_featured(demo: Demo) -> None:
    """Registered four weeks ago at 滨江街道, graded, one level overridden, one job-ready, one certified."""
    counsellor, unit = demo.staff["s0101.counsellor"], demo.units["S0101"]
    registered_on, graded_on = demo.workday_back(20), demo.workday_back(18)
    added = 0
    for key, name, birth, education, months, extra in FEATURED:
        id_number = featured_id(key, birth)
        if JobSeeker.objects.filter(id_number_index=id_number_lookup_key(id_number)).exists():
            continue
        profile = {"education": education, "registration_type": "urban_unemployment",
                   "unemployed_since": _months_before(registered_on, months), "health": "no_limitation",
                   "habitual_district": demo.units["D01"], "habitual_street": unit, **WISH, **extra}
        seeker = job_seeker_register(actor=counsellor, unit=unit, full_name=name, id_number=id_number,
                                     phone=synthetic_mobile(random.Random(id_number)), collected_on=registered_on,
                                     profile=profile, now=demo.at(registered_on)).job_seeker
        grading = job_seeker_grade(actor=counsellor, job_seeker=seeker, graded_on=graded_on, now=demo.at(graded_on))
        if key == "grade-c":
            grading_override(actor=counsellor, grading=grading, level=max(grading.level - 1, 1),
                             reason="子女已入托，照料负担减轻，并已取得养老护理员证书，经街道复核下调一级。",
                             now=demo.at(graded_on, 15))
        contact_record(actor=counsellor, job_seeker=seeker, unit=unit, occurred_on=demo.workday_back(10),
                       initiated_by="agency", reached=True, channel="phone", summary="电话回访，了解近期求职进展。",
                       now=demo.at(demo.workday_back(10)))
        readiness_assess(actor=counsellor, job_seeker=seeker, start_lead_days=3 if key in ("ready", "grade-a") else 20,
                         basis="面谈了解求职准备情况。",
                         advice="" if key in ("ready", "grade-a") else "建议先参加职业技能培训，再安排岗位推荐。",
                         assessed_on=demo.workday_back(9), now=demo.at(demo.workday_back(9)))
        if key == "grade-d":
            day = demo.workday_back(5)
            difficulty_certification_record(actor=counsellor, job_seeker=seeker, status="certified", decided_on=day,
                                            authority="东湖区人力资源和社会保障局", document_ref="东人社困认〔示例〕15号",
                                            now=demo.at(day))
        added += 1
    if added:
        demo.notes.append(f"{added} job seekers with grading, readiness and ledger history")


def build_guidance(demo: Demo) -> None:
    """An online booking by the portal user, assigned by the district; a counter booking; a categorized group."""
    counsellor = demo.staff["s0101.counsellor"]
    portal = User.objects.get(username="seeker.demo")
    own = JobSeeker.objects.filter(portal_user=portal).first()
    if own is None:
        id_number = synthetic_resident_id(random.Random("seeker.demo"), birth=dt.date(1997, 4, 18))
        day = demo.workday_back(6)
        own = job_seeker_register(
            actor=portal, unit=demo.units["S0101"], full_name=portal.full_name, id_number=id_number,
            phone=synthetic_mobile(random.Random("seeker.demo")), channel="online_registration", collected_on=day,
            portal_user=portal, now=demo.at(day, 20),
            profile={"education": "college", "registration_type": "urban_unemployment", "platform_permission": True,
                     "unemployed_since": _months_before(day, 4), "health": "no_limitation",
                     "habitual_district": demo.units["D01"], "habitual_street": demo.units["S0101"], **WISH}).job_seeker
        appointment = appointment_request(actor=portal, subject=own, need="想转行做电商运营，希望了解需要哪些技能。",
                                          guidance_type="specialized", channel="online", now=demo.at(day, 20, ))
        appointment_assign(actor=demo.staff["d01.counsellor"], appointment=appointment, officer=counsellor,
                           now=demo.at(demo.workday_back(5)))
        seeker = featured("grade-a")
        if seeker is not None:
            day = demo.workday_back(4)
            visit = appointment_request(actor=counsellor, subject=seeker, need="简历修改与面试准备。",
                                        guidance_type="specialized", channel="counter", now=demo.at(day))
            specialized_guidance_record(actor=counsellor, subject=seeker, assessment_instrument="职业兴趣测评（霍兰德）",
                                        assessment_result="社会型、事务型为主", occupational_info="本区物流、行政类岗位需求较多。",
                                        advice="突出实习经历，投递行政助理类岗位。", held_on=day, appointment=visit,
                                        now=demo.at(day, 14))
        demo.notes.append("guidance appointments (online, assigned; counter, held)")
    title = "大龄求职者再就业小组"
    if not GuidanceGroup.objects.filter(title=title).exists():
        day = demo.workday_back(3)
        group = group_create(actor=counsellor, subject_type="job_seekers.jobseeker", title=title,
                             common_problem="年龄偏大、技能单一，求职信心不足。", now=demo.at(day, 9))
        group_plan_set(actor=counsellor, group=group, occupational_info="社区服务、物业、仓储岗位对年龄要求较宽。",
                       plan="三次小组活动：求职心理调适、岗位信息解读、模拟面试。", now=demo.at(day, 9))
        members = [group_member_add(actor=counsellor, group=group, subject=s, now=demo.at(day, 9))
                   for s in (featured("grade-c"), featured("grade-d"), featured("grade-b")) if s is not None]
        if members:
            group_session_record(actor=counsellor, group=group, held_on=day, content="求职心理调适与经验分享。",
                                 attendees=members, subjects={m.pk: JobSeeker.objects.get(pk=m.subject_id) for m in members},
                                 now=demo.at(day, 15))
        demo.notes.append("a categorized guidance group with one session")


def build_subject_requests(demo: Demo) -> None:
    """The portal user's open requests (PIPL art. 44–46, BJ-51-2): one for a copy of their data, one to correct
    their education; both wait for the street's answer."""
    own = JobSeeker.objects.filter(portal_user__username="seeker.demo").first()
    if own is None or SubjectRequest.objects.filter(job_seeker=own).exists():
        return
    day = demo.workday_back(2)
    subject_request_submit(actor=own.portal_user, job_seeker=own, kind="access", note="想了解在服务机构登记的全部信息。",
                           now=demo.at(day, 19))
    subject_request_submit(actor=own.portal_user, job_seeker=own, kind="correction", field="education",
                           requested_value="bachelor_or_above", note="已取得本科学历（自学考试）。", now=demo.at(day, 20))
    demo.notes.append("two open personal-data requests of the portal job seeker (a copy, a correction)")


def build(demo: Demo, *, job_seekers: int) -> None:
    build_bulk(demo, job_seekers)
    build_featured(demo)
    build_guidance(demo)
    build_subject_requests(demo)
