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
