"""Exploration and exchange (SD-15-1, SD-15-4, SD-16-1) and the research output report (SD-6-3), on the pages."""
import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from careerguide.common.errors import DomainError
from careerguide.workforce.models import ExchangeActivity, MethodPilot, SpecialSurvey
from careerguide.workforce.selectors.research import research_output_report
from careerguide.workforce.services import register, research

pytestmark = pytest.mark.django_db
SURVEY = {"topic": "高校毕业生求职意向调查", "organiser": "甲区人社局", "starts_on": "2026-03-01", "ends_on": "2026-04-30",
          "method": "questionnaire", "sample": "区内3所高校应届毕业生", "sample_size": "600", "findings": "就业预期偏高。"}


def test_special_survey_page_with_report_file(client, city, staff):
    """SD-15-1: a survey holds topic, organiser, period, method, sample and its report file; a period ending before
    it starts and a missing sample are refused together and nothing is saved."""
    client.force_login(staff.d1_head)
    page = client.post("/workforce/research/do/survey/", {**SURVEY, "ends_on": "2026-02-01"}).content.decode()
    assert "结束日期不能早于开始日期" in page and not SpecialSurvey.objects.exists()
    with pytest.raises(DomainError) as refused:
        research.special_survey_record(actor=staff.d1_head, unit=city.d1, topic="调查", organiser="甲区", method="poll",
                                       sample=" ", starts_on=dt.date(2026, 3, 1), ends_on=dt.date(2026, 2, 1))
    assert refused.value.field_errors.keys() == {"sample", "method", "ends_on"}
    report = SimpleUploadedFile("report.pdf", b"%PDF-1.4 report", content_type="application/pdf")
    client.post("/workforce/research/do/survey/", {**SURVEY, "report_file": report})
    survey = SpecialSurvey.objects.get()
    assert (survey.method, survey.sample_size, survey.unit) == ("questionnaire", 600, city.d1)
    assert survey.report_file.name.endswith(".pdf")
    download = client.get(f"/workforce/research/surveys/{survey.pk}/report/")
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    client.force_login(staff.d2_counsellor)
    assert client.get(f"/workforce/research/surveys/{survey.pk}/report/").status_code == 404


def test_pilot_and_its_evaluation(client, city, staff):
    """SD-15-4: a pilot holds description, organisation and period, then its evaluation result; an evaluation
    without reasons is refused."""
    client.force_login(staff.d1_head)
    client.post("/workforce/research/do/pilot/", {"title": "AI职业测评辅助", "description": "用智能测评辅助生涯咨询",
                                                  "organisation": "甲区就业服务中心", "starts_on": "2026-01-10"})
    pilot = MethodPilot.objects.get()
    assert pilot.result == "pending"
    with pytest.raises(DomainError) as refused:
        research.method_pilot_evaluate(actor=staff.d1_head, pilot=pilot, result="effective", evaluation=" ")
    assert refused.value.field_errors.keys() == {"evaluation"}
    client.post("/workforce/research/do/pilot_evaluate/", {"pilot": pilot.pk, "result": "effective",
                                                           "evaluation": "咨询效率提高", "evaluated_on": "2026-06-30"})
    pilot.refresh_from_db()
    assert (pilot.result, pilot.evaluated_on) == ("effective", dt.date(2026, 6, 30))


def test_exchange_activity_types_roles_and_scope(client, city, staff):
    """SD-16-1: an exchange has type (academic exchange, symposium, special survey), role (hosted, attended), scope
    (domestic, international), date, participants and outputs; an unknown type is refused."""
    client.force_login(staff.d1_head)
    data = {"title": "职业指导国际研讨会", "kind": "academic_exchange", "role": "attended", "scope": "international",
            "held_on": "2026-05-20", "participants": "林晓、邵明川", "participant_count": "2", "outputs": "交流报告一篇"}
    page = client.post("/workforce/research/do/exchange/", {**data, "kind": "banquet"}).content.decode()
    assert "未保存任何信息" in page and not ExchangeActivity.objects.exists()
    client.post("/workforce/research/do/exchange/", data)
    activity = ExchangeActivity.objects.get()
    assert (activity.kind, activity.role, activity.scope) == ("academic_exchange", "attended", "international")
    with pytest.raises(DomainError):
        research.exchange_record(actor=staff.d1_head, unit=city.d1, title="座谈", kind="symposium", role="organised",
                                 scope="domestic", held_on=dt.date(2026, 6, 1), participants="某某")
    assert "职业指导国际研讨会" in client.get("/workforce/research/").content.decode()


def test_research_report_counts_records_per_organisation(city, staff):
    """SD-6-3: beside the projects, per organisation the surveys, pilots and exchanges it recorded; another
    district's records are not counted for a district head."""
    research.special_survey_record(actor=staff.d1_head, unit=city.d1, topic="调查", organiser="甲区", method="interview",
                                   sample="20名求职者", starts_on=dt.date(2026, 1, 1))
    research.method_pilot_record(actor=staff.d1_head, unit=city.d1, title="试点", description="说明", organisation="甲区",
                                 starts_on=dt.date(2026, 1, 1))
    research.exchange_record(actor=staff.city_admin, unit=city.d2, title="座谈", kind="symposium", role="hosted",
                             scope="domestic", held_on=dt.date(2026, 6, 1), participants="某某")
    report = research_output_report(actor=staff.d1_head)
    assert report["per_unit"] == {city.d1.name: {"surveys": 1, "pilots": 1}}
    assert research_output_report(actor=staff.city_admin)["per_unit"][city.d2.name] == {"exchanges": 1}


def test_certificate_lapse_and_appraisal_comment_pages(client, city, staff):
    """SD-5-3 (a certificate lapses from a date between its issue and today; a second lapse is refused in Chinese),
    SD-19-2 (the appraised counsellor comments on the result on the page; no one else's appraisal is offered)."""
    from careerguide.workforce.models import AppraisalCycle, Qualification
    from careerguide.workforce.services import recognition

    from .factories import make_counsellor

    c = make_counsellor(staff.d1_head, city.d1, user=staff.d1_counsellor, level=1)
    q = Qualification.objects.get(counsellor=c)
    client.force_login(staff.d1_head)
    page = client.post(f"/workforce/counsellors/{c.pk}/do/revoke/", {"qualification": q.pk,
                                                                      "revoked_on": "1990-01-01"}).content.decode()
    assert "失效日期须在发证日期和今天之间" in page
    client.post(f"/workforce/counsellors/{c.pk}/do/revoke/", {"qualification": q.pk, "revoked_on": str(q.issued_on)})
    q.refresh_from_db()
    assert q.revoked_on == q.issued_on
    with pytest.raises(DomainError):
        register.qualification_revoke(actor=staff.d1_head, qualification=q, revoked_on=q.issued_on)
    scheme = recognition.appraisal_scheme_create(actor=staff.d1_head, unit=city.d1, name="年度考核", period="year",
                                                 evaluators="考核小组", indicators=[{"name": "服务量", "weight": 100}])
    cycle = recognition.appraisal_open(actor=staff.d1_head, scheme=scheme, counsellor=c, period_label="2025")
    for to, extra in (("self_report", {}), ("assessment", {"self_report": "全年服务300人次"}),
                      ("result_notified", {"scores": {"服务量": 90}})):
        recognition.appraisal_advance(actor=staff.d1_head, cycle=cycle, to=to, **extra)
    page = client.get("/workforce/people/do/appraisal_comment/").content.decode()
    assert f'value="{cycle.pk}"' not in page
    client.force_login(staff.d1_counsellor)
    client.post("/workforce/people/do/appraisal_comment/", {"cycle": cycle.pk, "comment": "认可考核结果"})
    assert AppraisalCycle.objects.get().counsellor_comment == "认可考核结果"
