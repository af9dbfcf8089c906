"""The part of the demo city's year that goes through the owning apps' services, dated in the past:
recommendations with their follow-up duties (done on time, late, overdue, due), job fairs from intake to
close, postings awaiting review, counsellors' training hours, complaints and monthly spot checks.
(No market report: no app may depend on the labour-market layer; an analyst generates them from the page.)

Each step takes the demo context, the volume's random generator, its size and the generated people."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from careerguide.common.errors import DomainError
from careerguide.employers.models import Employer
from careerguide.matching.services.outcomes import recommendation_outcome_record
from careerguide.matching.services.recommendations import recommendation_create
from careerguide.supervision.services.complaints import complaint_assign, complaint_close, complaint_record
from careerguide.supervision.services.issues import issue_record, notice_issue
from careerguide.supervision.services.spot_checks import spot_check_create
from careerguide.vacancies.models import Vacancy
from careerguide.vacancies.services import fair as fairs
from careerguide.workdays.selectors import work_calendar
from careerguide.workforce.models import Counsellor
from careerguide.workforce.services.training import training_record_add

from .base import Demo

# who registers and serves the people of each street (开发区创新街道 has no counsellor: the district's serves it)
STREET_STAFF = {"S0101": "s0101.counsellor", "S0102": "s0102.caseworker", "S0201": "s0201.counsellor",
                "S0301": "d03.officer"}


def _workday(day: dt.date) -> dt.date:
    cal = work_calendar()
    return day if cal.is_workday(day) else cal.previous_workday(day)


def _attempt(call) -> object | None:
    """One desk action; a refusal by the rules of that day is skipped (the person was not ready, say)."""
    try:
        with transaction.atomic():
            return call()
    except DomainError:
        return None


def recommendations(demo: Demo, rng, size, seekers) -> None:
    """Counsellors recommend ready people to postings of their occupation over the last months; most outcomes
    are fed back (on time or late), some are still open, so early warning has on-time rates to compare."""
    by_code: dict[str, list[Vacancy]] = {}
    for vacancy in Vacancy.objects.filter(status="published").select_related("published_version", "employer"):
        by_code.setdefault(vacancy.published_version.occupation_code, []).append(vacancy)
    ready = [s for s in seekers if s.status in ("registered", "in_service") and s.sought_occupation_id]
    rng.shuffle(ready)
    staff = {demo.units[code].pk: demo.staff[username] for code, username in STREET_STAFF.items()}
    made = 0
    for seeker in ready[: size.recommendations * 3]:
        offers = by_code.get(seeker.sought_occupation.code)
        actor = staff.get(seeker.unit_id)
        if not offers or actor is None:
            continue
        back = rng.randint(0, 8) if rng.random() < 0.4 else rng.randint(0, 120)  # this week's work, and older
        day = _workday(demo.today - dt.timedelta(days=back))
        rec = _attempt(lambda: recommendation_create(
            actor=actor, job_seeker=seeker, vacancy=rng.choice(offers), direction="to_job_seeker",
            consent_channel=rng.choice(("in_person", "phone")), consent_note="本人同意推荐", note="按求职者意愿推荐",
            recommended_on=day, now=demo.at(day, 11)))
        if rec is None:
            continue
        made += 1
        _outcome(demo, rng, actor, rec, day)
        if made >= size.recommendations:
            break
    if made:
        demo.notes.append(f"{made} recommendations with their follow-ups")


def _outcome(demo: Demo, rng, actor, rec, day: dt.date) -> None:
    """Most feedback comes in, on time or a little late; the recent ones are more often still awaited."""
    recent = (demo.today - day).days < 20
    if rng.random() < (0.5 if recent else 0.1):
        return  # still waiting for the feedback: due, or overdue
    done = work_calendar().add_workdays(day, rng.choice((1, 2, 3, 4, 5, 5, 7, 9)))
    if done > demo.today:
        return
    outcome = rng.choice(("not_hired", "not_hired", "hired"))
    reasons = ("employer_rejected", "employer_rejected", "vacancy_filled", "declined_offer")
    extra = {"reason_code": rng.choice(reasons)} if outcome == "not_hired" else {}
    _attempt(lambda: recommendation_outcome_record(actor=actor, recommendation=rec, outcome=outcome, on=done,
                                                   job_start=done if outcome == "hired" else None, note="已电话了解结果",
                                                   now=demo.at(done, 16), **extra))


FAIRS = ("春风行动专场招聘会", "高校毕业生专场招聘会", "就业援助月专场招聘会", "民营企业招聘周", "金秋招聘月现场招聘会",
         "退役军人专场招聘会", "服务业岗位专场招聘会", "先进制造业专场招聘会")


def job_fairs(demo: Demo, rng, size, seekers) -> None:
    """Fairs of the districts over the year, each from intake to close with its exhibitors and intentions."""
    organisers = (("D01", "d01.counsellor"), ("D02", "d02.counsellor"), ("D03", "d03.officer"))
    exhibitors = list(Employer.objects.filter(vacancies__status="published", demand_registrations__isnull=False).distinct()[:6])
    held = 0
    for n in range(size.fairs):
        code, username = organisers[n % len(organisers)]
        fair_date = _workday(demo.today - dt.timedelta(days=30 + n * (300 // max(size.fairs, 1))))
        title = f"{demo.units[code].name[:3]}{FAIRS[n % len(FAIRS)]}（{fair_date:%Y年%m月}）"
        if _attempt(lambda: _fair(demo, rng, code, demo.staff[username], title, fair_date, exhibitors)):
            held += 1
    if held:
        demo.notes.append(f"{held} job fairs held and followed up")


def _fair(demo: Demo, rng, code: str, actor, title: str, fair_date: dt.date, exhibitors) -> bool:
    cal = work_calendar()
    opened = cal.add_workdays(fair_date, -15)
    fair = fairs.fair_create(actor=actor, unit=demo.units[code], title=title, fair_format=rng.choice(("onsite", "online")),
                             fair_type="special", fair_date=fair_date, focus="服务业、制造业、物流岗位",
                             venue=f"{demo.units[code].name[:3]}人力资源市场", url="https://jobs.example.org/fair",
                             now=demo.at(opened, 9))
    fairs.fair_open_intake(actor=actor, fair=fair, now=demo.at(opened, 10))
    fairs.fair_prepublish(actor=actor, fair=fair, now=demo.at(cal.add_workdays(opened, 1), 10))
    joined = []
    for employer in exhibitors:
        postings = list(employer.vacancies.filter(status="published")[:2])
        if _attempt(lambda: fairs.fair_signup(actor=actor, fair=fair, employer=employer, vacancies=postings,
                                              now=demo.at(cal.add_workdays(opened, 3), 11))):
            joined.append(employer)
    fairs.fair_hold(actor=actor, fair=fair, now=demo.at(fair_date, 9))
    fairs.fair_start_follow_up(actor=actor, fair=fair, now=demo.at(fair_date, 17))
    after = cal.add_workdays(fair_date, 3)
    for employer in joined:
        fairs.fair_outcome_record(actor=actor, fair=fair, kind="intention_reached", employer=employer, occurred_on=after,
                                  count=rng.randint(1, 12), note="现场达成初步意向", now=demo.at(after, 15))
    fairs.fair_close(actor=actor, fair=fair, now=demo.at(cal.add_workdays(fair_date, 5), 16))
    return True


TRAININGS = (("thematic", "市职业指导人员专题培训", Decimal("16.0")), ("online", "职业指导在线课程", Decimal("8.0")),
             ("lecture", "专家授课：生涯发展理论与实务", Decimal("4.0")), ("visit", "兄弟城市公共就业服务参观交流", Decimal("12.0")))


def training(demo: Demo, rng, size, seekers) -> None:
    """Completed trainings of the registered counsellors across the year (BJ-69-2)."""
    counsellors = list(Counsellor.objects.order_by("pk"))
    added = 0
    for n in range(size.training_records if counsellors else 0):
        counsellor = counsellors[n % len(counsellors)]
        form, provider, hours = TRAININGS[n % len(TRAININGS)]
        ended = _workday(demo.today - dt.timedelta(days=rng.randint(5, 340)))
        started = ended - dt.timedelta(days=rng.choice((0, 1, 2)))
        if _attempt(lambda: training_record_add(
                actor=demo.staff["d01.head"], counsellor=counsellor, form=form, provider=provider, started_on=started,
                completed_on=ended, hours=hours, assessment_method=rng.choice(("exam", "paper")), result="passed",
                theory_score=Decimal(rng.randint(70, 98)), now=demo.at(ended, 17))):
            added += 1
    if added:
        demo.notes.append(f"{added} training records")


COMPLAINTS = (("agency", "窗口办理时间过长", "反映在窗口排队等候超过一小时。"),
              ("staff", "工作人员未一次告知所需材料", "第二次来办理时才被告知还需提供学历证明。"),
              ("employer", "招聘单位面试时收取费用", "参加面试时被要求缴纳服装费。"),
              ("posting", "招聘信息与实际岗位不符", "信息写明月薪六千元，面试时称底薪三千元。"))


def complaints(demo: Demo, rng, size, seekers) -> None:
    """Complaints of the year at each district: the older ones closed with a reply, recent ones in hand."""
    heads = (("D01", "d01.head"), ("D02", "d02.head"))
    for n in range(size.complaints):
        code, username = heads[n % len(heads)]
        head, received = demo.staff[username], _workday(demo.today - dt.timedelta(days=rng.randint(0, 330)))
        kind, label, content = COMPLAINTS[n % len(COMPLAINTS)]
        complaint = complaint_record(actor=head, unit=demo.units[code], complainant=f"{rng.choice('张王李赵刘陈')}先生",
                                     channel=rng.choice(("phone", "letter", "visit", "online")), subject_kind=kind,
                                     subject_label=label, content=content, received_on=received,
                                     now=demo.at(received, 10))
        if (demo.today - received).days > 3:
            complaint = complaint_assign(actor=head, complaint=complaint, handler=head, now=demo.at(received, 14))
        if (demo.today - received).days > 20:
            replied = work_calendar().add_workdays(received, rng.randint(3, 12))
            complaint_close(actor=head, complaint=complaint, result="经核实，已责成相关科室整改。",
                            reply="已电话答复投诉人，对方表示认可。", replied_on=replied, now=demo.at(replied, 16))
    if size.complaints:
        demo.notes.append(f"{size.complaints} complaints")


ISSUES = {"personal_ledger": "个人服务台账联系记录未按时录入", "posting": "招聘信息薪酬待遇填写不完整",
          "employer_ledger": "用人单位服务台账缺少回访结果"}


def spot_checks(demo: Demo, rng, size, seekers) -> None:
    """The city's monthly random checks of each district's ledgers and postings for the last months; the
    months before the last have their notice issued, with the problem found (BJ-56-4, BJ-56-5)."""
    city_admin, cal = demo.staff["city.admin"], work_calendar()
    months = size.spot_check_months
    for back in range(1, months + 1):
        month = (demo.today.replace(day=1) - dt.timedelta(days=28 * back - 1)).replace(day=1)
        drawn = min(_workday(month + dt.timedelta(days=32)), demo.today)
        for code, record_type in (("D01", "personal_ledger"), ("D02", "posting"), ("D03", "employer_ledger")):
            check = spot_check_create(actor=city_admin, unit=demo.units[code], record_type=record_type, month=month,
                                      seed=rng.randint(1, 10**9), now=demo.at(drawn, 10))
            notified = cal.add_workdays(drawn, 3)
            if back > 1 and notified <= demo.today:
                issue = issue_record(actor=city_admin, unit=demo.units[code], title=ISSUES[record_type],
                                     spot_check=check, now=demo.at(drawn, 15))
                notice_issue(actor=city_admin, unit=demo.units[code], issues=[issue], kind="monthly", month=month,
                             body="请于十个工作日内完成整改并报送整改情况。", now=demo.at(notified, 10))
    demo.notes.append(f"spot checks for {months} month(s)")


# (agent, employer, district, title, occupation code, occupation, pay, headcount, requirements, content)
AWAITING_REVIEW = [
    ("agent.lanhai", "东湖区蓝海仓储物流有限公司", "D01", "配送司机", "4-02-01-01", "汽车驾驶员", (6500, 8000), 2,
     "持C1以上驾驶证，熟悉本市道路。", "负责门店配送与回单交接。"),
    ("agent.demo", "滨江云杉餐饮管理有限公司", "D01", "厨房帮厨", "4-03-01-01", "中式烹调师", (4800, 6000), 1,
     "有后厨工作经验者优先。", "负责备料、切配和厨房卫生。"),
    ("agent.jinshi", "开发区锦石电子科技有限公司", "D03", "设备焊工", "6-18-01-02", "焊工", (6500, 8500), 3,
     "持焊工职业技能等级证书。", "负责生产设备零部件焊接与修补。"),
]


def review_queue(demo: Demo, rng, size, seekers) -> None:
    """Postings the demo agents submitted in the last days, waiting for the district's review (BJ-38)."""
    from careerguide.accounts.models import User
    from careerguide.vacancies.services.vacancy import vacancy_submit

    from .vacancies import _content

    for back, (agent, employer_name, district, *rest) in enumerate(AWAITING_REVIEW[: max(1, size.fairs)]):
        employer = Employer.objects.filter(name=employer_name).first()
        if employer is None:
            continue
        row = (agent, employer_name, "", district, *rest)
        day = _workday(demo.today - dt.timedelta(days=back))
        vacancy_submit(actor=User.objects.get(username=agent), employer=employer, content=_content(demo, row),
                       now=demo.at(day, 9))
    demo.notes.append("postings awaiting review")


STEPS = (review_queue, recommendations, job_fairs, training, complaints, spot_checks)
