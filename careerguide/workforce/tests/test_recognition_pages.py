"""Pages of contests (SD-3-1, SD-3-3), provincial awards with their quota (SD-20-2, SD-20-4) and multi-source
evaluation (SD-21-1, SD-21-2, SD-21-3, SD-21-4): each step is done on its page, and a refused form names the problem
in Chinese and saves nothing."""
import datetime as dt

import pytest

from careerguide.workforce.models import Award, AwardRound, Contest, ContestEntry, Evaluation, ExemplarMarker

from .factories import make_counsellor

pytestmark = pytest.mark.django_db


def test_contest_run_on_its_pages(client, city, staff):
    """SD-3-1: created, opened, entered, closed and judged in order on the pages (a stage skipped is refused);
    SD-3-3: the result makes each member an exemplar citing the contest."""
    a, b = make_counsellor(staff.city_admin, city.d1, "甲"), make_counsellor(staff.city_admin, city.d1, "乙")
    client.force_login(staff.city_admin)
    data = {"title": "职业指导技能竞赛", "contest_type": "skills_contest", "organiser_level": "city", "year": "1990"}
    page = client.post("/workforce/recognition/do/contest/", data).content.decode()
    assert "未保存任何信息" in page and not Contest.objects.exists()
    client.post("/workforce/recognition/do/contest/", {**data, "year": "2026"})
    contest = Contest.objects.get()
    initial = contest.status
    page = client.post(f"/workforce/contests/{contest.pk}/do/advance/", {"to": "judging"}).content.decode()
    contest.refresh_from_db()
    assert "未保存任何信息" in page and contest.status == initial
    client.post(f"/workforce/contests/{contest.pk}/do/advance/", {"to": "registration_open"})
    client.post(f"/workforce/contests/{contest.pk}/do/entry/", {"entry_title": "团体咨询方案", "team_name": "甲区代表队",
                                                                "members": [a.pk, b.pk]})
    entry = ContestEntry.objects.get()
    for to in ("submissions_closed", "judging"):
        client.post(f"/workforce/contests/{contest.pk}/do/advance/", {"to": to})
    client.post(f"/workforce/contests/{contest.pk}/do/result/", {"entry": entry.pk, "rank": "1", "award": "一等奖"})
    assert ExemplarMarker.objects.filter(entry=entry).count() == 2
    assert "一等奖" in client.get(f"/workforce/contests/{contest.pk}/").content.decode()


def test_award_round_and_quota_on_its_pages(client, city, staff):
    """SD-20-4 (results only once the round reaches publicity), SD-20-2 (beyond the provincial quota only with the
    document that allows it)."""
    from careerguide.policy.services import policy_override_create

    policy_override_create(actor=staff.city_admin, key="sd.career_guidance_star_quota", unit=city.city, value=1,
                           effective_from=dt.date(2021, 1, 1), reason="测试名额",
                           now=dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc))
    a, b = make_counsellor(staff.city_admin, city.d1, "甲"), make_counsellor(staff.city_admin, city.d1, "乙")
    client.force_login(staff.city_admin)
    client.post("/workforce/recognition/do/award_round/", {"title": "guidance_star", "year": "2025"})
    rnd = AwardRound.objects.get()
    confer = {"unit": city.d1.pk, "candidate_kind": "individual", "candidate_label": "甲", "counsellor": a.pk,
              "awarded_on": "2025-06-01"}
    url = f"/workforce/awards/{rnd.pk}/do/confer/"
    page = client.post(url, confer).content.decode()
    assert "未保存任何信息" in page and not Award.objects.exists()
    for to in ("nominations", "expert_review", "publicity"):
        client.post(f"/workforce/awards/{rnd.pk}/do/advance/", {"to": to})
    client.post(url, confer)
    page = client.post(url, {**confer, "candidate_label": "乙", "counsellor": b.pk}).content.decode()
    assert "未保存任何信息" in page and Award.objects.count() == 1
    client.post(url, {**confer, "candidate_label": "乙", "counsellor": b.pk, "override_reference": "鲁人社函〔2025〕8号"})
    assert Award.objects.count() == 2


def test_multi_source_evaluation_on_its_page(client, city, staff):
    """SD-21-1 (the four dimensions), SD-21-2 (source, evaluator, period, scores from 0 to 100), SD-21-3 (the
    composite of the per-source means), SD-21-4 (no one evaluates themselves; the evaluator is not shown)."""
    c = make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor)
    scores = {"counsellor": c.pk, "source": "peer", "year": "2026", "integrity": "90", "ability": "90",
              "performance": "90", "contribution": "90"}
    client.force_login(staff.d1_counsellor)
    page = client.post("/workforce/recognition/do/evaluation/", scores).content.decode()
    assert "不能评价自己" in page and not Evaluation.objects.exists()
    client.force_login(staff.d1_head)
    page = client.post("/workforce/recognition/do/evaluation/", {**scores, "integrity": "120"}).content.decode()
    assert "评分须在0至100之间" in page and not Evaluation.objects.exists()
    client.post("/workforce/recognition/do/evaluation/", {**scores, "integrity": "80", "ability": "80",
                                                          "performance": "80", "contribution": "80",
                                                          "evaluator_label": "同行评议组王某"})
    client.force_login(staff.city_admin)
    client.post("/workforce/recognition/do/evaluation/", {**scores, "source": "social"})
    page = client.get("/workforce/evaluations/?year=2026").content.decode()
    assert "85.00" in page and "同行评议组王某" not in page


def test_the_evaluation_report_is_given_per_counsellor_and_per_organisation(client, city, staff):
    """SD-21-5: the year's talent-evaluation report has a row per counsellor and a row per organisation, whose score
    is the mean of its counsellors' composites; another year's evaluations and other districts stay out."""
    a = make_counsellor(staff.d1_head, city.d1, "甲")
    b = make_counsellor(staff.d1_head, city.d1, "乙")
    other = make_counsellor(staff.city_admin, city.d2, "丙")

    def evaluate(counsellor, score, *, source="peer", year="2026", actor=staff.city_admin):
        client.force_login(actor)
        client.post("/workforce/recognition/do/evaluation/", {
            "counsellor": counsellor.pk, "source": source, "year": year, "integrity": score, "ability": score,
            "performance": score, "contribution": score})

    evaluate(a, "80")
    evaluate(a, "90", source="social")   # composite 85.00
    evaluate(b, "91")                    # composite 91.00
    evaluate(b, "10", year="2025")       # another year
    evaluate(other, "60")
    assert Evaluation.objects.count() == 5
    client.force_login(staff.d1_head)
    page = client.get("/workforce/evaluations/?year=2026").content.decode()
    by_unit = page[page.index('data-testid="evaluations-by-unit"'):]
    assert city.d1.name in by_unit and "88.00" in by_unit  # (85.00 + 91.00) / 2, the 2025 score left out
    assert city.d2.name not in by_unit and "丙" not in page
    client.force_login(staff.city_admin)
    by_unit = client.get("/workforce/evaluations/?year=2026").content.decode().split('data-testid="evaluations-by-unit"')[1]
    assert city.d1.name in by_unit and city.d2.name in by_unit and "60.00" in by_unit
