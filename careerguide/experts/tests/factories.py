"""Builders for expert-team tests: a round, a complete self-nomination, and an appointed expert."""
import datetime as dt
import random
from zoneinfo import ZoneInfo

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.common.demo import synthetic_resident_id
from careerguide.experts.services import applications, review

TZ = ZoneInfo("Asia/Shanghai")
ALL_DECLARATIONS = ["conditions", "volunteer", "health", "truthful", "confidentiality", "processing", "publication"]
SELF_ATTACHMENTS = [{"kind": k, "title": k} for k in ("resume", "professional_achievements", "practice_cases", "unit_opinion")]


def at(y, m, d, h=10):
    return dt.datetime(y, m, d, h, tzinfo=TZ)


def resident_id(born=dt.date(1975, 4, 3), seed=7):
    return synthetic_resident_id(random.Random(seed), region="320402", birth=born)


def make_round(actor, *, open_date=dt.date(2025, 9, 1), closing_date=dt.date(2025, 9, 15)):
    return applications.round_create(actor=actor, title="2025年专家申报", open_date=open_date, closing_date=closing_date,
                                     now=at(2025, 8, 20))


def make_applicant(username="applicant-1", name="林知远"):
    return make_user(username, None, (), kind=UserKind.EXPERT, full_name=name)


def self_nomination(*, user, round, unit, id_number=None, born=dt.date(1975, 4, 3), declarations=ALL_DECLARATIONS,
                    attachments=SELF_ATTACHMENTS, categories=("C2",), name="林知远", now=None):
    id_number = id_number or resident_id(born)
    return applications.application_create(
        actor=user, round=round, channel="self_nomination", receiving_unit=unit, id_number=id_number, phone="13900001111",
        person={"name": name, "gender": "male", "work_unit": "常州某职业技术学院", "unit_type": "university",
                "position": "副教授", "expertise": "职业生涯规划", "duties_offered": ["D1", "D4"],
                "target_groups": ["college_graduate"], "modes": ["online", "offline"]},
        categories=list(categories), declarations=list(declarations), attachments=list(attachments),
        work_history=[{"unit_name": "常州某职业技术学院", "unit_type": "university", "work_field": "education_training",
                       "start": dt.date(2010, 1, 1)}],
        now=now or at(2025, 9, 2))


def to_city(app, *, user, agency, now=at(2025, 9, 3)):
    """Submit to the agency, recommend, and send the batch."""
    applications.application_submit(actor=user, application=app, now=now)
    applications.preliminary_opinion_record(actor=agency, application=app, recommend=True, reason="材料齐全，推荐", now=now)
    applications.agency_batch_submit(actor=agency, round=app.round, now=at(2025, 9, 20))
    app.refresh_from_db()
    return app


def to_notice(app, *, city_admin, published=at(2025, 9, 26)):
    review.qualification_start(actor=city_admin, application=app, now=at(2025, 9, 22))
    review.qualification_decide(actor=city_admin, application=app, passed=True, now=at(2025, 9, 23))
    review.comprehensive_decide(actor=city_admin, application=app, proposed=True, reason="综合评审拟聘", now=at(2025, 9, 24))
    notice = review.notice_publish(actor=city_admin, round=app.round, url="https://rsj.example.cn/notice/1", now=published)
    app.refresh_from_db()
    return notice


def appointed(staff, city, *, user=None, born=dt.date(1975, 4, 3), seed=7, on=at(2025, 10, 11)):
    """An expert appointed on `on` after the notice of 2025-09-26 (period ends 2025-10-10)."""
    user = user or make_applicant(f"expert-{seed}")
    rnd = make_round(staff.city_admin)
    app = self_nomination(user=user, round=rnd, unit=city.d1, id_number=resident_id(born, seed))
    to_city(app, user=user, agency=staff.d1_head)
    to_notice(app, city_admin=staff.city_admin)
    return review.application_appoint(actor=staff.city_admin, application=app, now=on)
