"""Satisfaction surveys after a service, online, by SMS link or by phone; results per agency and staff member; a
dissatisfied answer owes a rectification follow-up (BJ-57-1)."""
import datetime as dt

import pytest
import time_machine

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.job_seekers.models import JobSeeker
from careerguide.job_seekers.tests.factories import register_job_seeker
from careerguide.ledgers.selectors import ledger_entries
from careerguide.matching.tests.factories import at
from careerguide.notifications.models import Notification
from careerguide.supervision.models import SatisfactionSurvey
from careerguide.supervision.selectors import satisfaction_results
from careerguide.supervision.services.surveys import survey_answer, survey_follow_up, survey_phone_record, survey_send

pytestmark = pytest.mark.django_db
NOW = at(2026, 3, 3)


def served(staff, city, name, actor=None, unit=None):
    seeker = register_job_seeker(actor or staff.s11_counsellor, unit or city.s11, full_name=name, now=NOW)
    return seeker, ledger_entries(subject=seeker).first()


def test_three_forms_and_results_per_agency_and_staff_member(city, staff):
    """BJ-57-1: online to the person's account, an SMS link anyone holding it may answer once, and a phone survey the
    caller records; each result is stored against the service, its agency and its staff member."""
    online_seeker, online_entry = served(staff, city, "网上评价人")
    JobSeeker.objects.filter(pk=online_seeker.pk).update(portal_user=staff.seeker_user)
    _s, sms_entry = served(staff, city, "短信评价人")
    _p, phone_entry = served(staff, city, "电话回访人", actor=staff.s12_caseworker, unit=city.s12)

    online = survey_send(actor=staff.s11_counsellor, entry=online_entry, form="online", now=NOW)
    assert online.respondent_user == staff.seeker_user and Notification.objects.filter(recipient=staff.seeker_user).exists()
    with pytest.raises(DomainError):  # only the account it was sent to answers an online survey
        survey_answer(survey=online, score=5, actor=staff.s11_counsellor, now=NOW)
    survey_answer(survey=online, score=5, actor=staff.seeker_user, now=NOW)
    sms = survey_send(actor=staff.s11_counsellor, entry=sms_entry, form="sms", now=NOW)
    survey_answer(survey=sms, score=3, comment="等候时间略长", now=NOW)
    with pytest.raises(DomainError) as exc:
        survey_answer(survey=sms, score=1, now=NOW)
    assert exc.value.code == "already_answered"
    phone = survey_phone_record(actor=staff.s12_caseworker, entry=phone_entry, score=4, now=NOW)
    assert (phone.form, phone.recorded_by, phone.staff, phone.unit) == ("phone", staff.s12_caseworker,
                                                                        staff.s12_caseworker, city.s12)

    results = satisfaction_results(actor=staff.d1_head, start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))
    by_unit = {r["label"]: (r["sent"], r["answered"], r["satisfied"], r["average"]) for r in results["by_unit"]}
    assert by_unit == {"甲区一街道": (2, 2, 2, 4.0), "甲区二街道": (1, 1, 1, 4.0)}
    by_staff = {r["label"]: (r["answered"], r["rate"]) for r in results["by_staff"]}
    assert by_staff == {"一街道指导员": (2, 1.0), "二街道援助专员": (1, 1.0)}
    assert satisfaction_results(actor=staff.d2_counsellor, start=dt.date(2026, 3, 1),
                                end=dt.date(2026, 3, 31))["by_unit"] == []


def test_refusals_save_nothing(city, staff):
    """BJ-57-1: no online survey without a platform account, one survey per service, a score is required."""
    _seeker, entry = served(staff, city, "无账户人")
    with pytest.raises(DomainError) as exc:
        survey_send(actor=staff.s11_counsellor, entry=entry, form="online", now=NOW)
    assert exc.value.code == "no_portal_account" and list(exc.value.field_errors) == ["form"]
    with pytest.raises(DomainError) as exc:
        survey_phone_record(actor=staff.s11_counsellor, entry=entry, score=7, now=NOW)
    assert list(exc.value.field_errors) == ["score"]
    assert not SatisfactionSurvey.objects.exists()
    survey_send(actor=staff.s11_counsellor, entry=entry, form="sms", now=NOW)
    with pytest.raises(DomainError) as exc:
        survey_phone_record(actor=staff.s11_counsellor, entry=entry, score=4, now=NOW)
    assert exc.value.code == "duplicate"


def test_a_dissatisfied_answer_owes_a_rectification_follow_up(city, staff):
    """BJ-57-1 (proposed): "不满意" opens a duty of the agency, due in 5 working days; recording the follow-up meets it."""
    _seeker, entry = served(staff, city, "不满意的人")
    survey = survey_phone_record(actor=staff.s11_counsellor, entry=entry, score=2, comment="态度生硬", now=NOW)
    duty = Duty.objects.get(kind="supervision.dissatisfaction_follow_up")
    assert (duty.unit, duty.due_date, duty.clause) == (city.s11, dt.date(2026, 3, 10), "BJ-57-1")
    with pytest.raises(DomainError):
        survey_follow_up(actor=staff.s11_counsellor, survey=survey, note=" ", now=NOW)
    survey_follow_up(actor=staff.s11_counsellor, survey=survey, note="已约谈当事人并回访致歉", now=at(2026, 3, 5))
    duty.refresh_from_db()
    assert duty.status == "done"
    _other, happy = served(staff, city, "满意的人")
    fine = survey_phone_record(actor=staff.s11_counsellor, entry=happy, score=3, now=NOW)
    with pytest.raises(DomainError) as exc:
        survey_follow_up(actor=staff.s11_counsellor, survey=fine, note="无需", now=NOW)
    assert exc.value.code == "not_dissatisfied"
    assert Duty.objects.filter(kind="supervision.dissatisfaction_follow_up").count() == 1


def test_survey_pages(client, city, staff):
    """BJ-57-1 through the pages: a bad service number is refused in Chinese; the SMS link opens without login and
    shows no personal data; the person's own page lists the online invitation."""
    seeker, entry = served(staff, city, "页面评价人")
    JobSeeker.objects.filter(pk=seeker.pk).update(portal_user=staff.seeker_user)
    client.force_login(staff.s11_counsellor)
    with time_machine.travel(NOW, tick=False):
        bad = client.post("/supervision/satisfaction/", {"action": "send", "send-entry_id": 999999, "send-form": "sms"})
        assert bad.status_code == 400 and "未找到该服务记录" in bad.content.decode()
        assert client.post("/supervision/satisfaction/", {"action": "send", "send-entry_id": entry.pk,
                                                          "send-form": "online"}).status_code == 302
        survey = SatisfactionSurvey.objects.get()
        client.force_login(staff.seeker_user)
        assert survey.token in client.get("/me/").content.decode()
        page = client.get(f"/supervision/surveys/{survey.token}/").content.decode()
        assert "页面评价人" not in page and "甲区一街道" in page
        assert client.post(f"/supervision/surveys/{survey.token}/", {"score": "4"}).status_code == 302
        survey.refresh_from_db()
        assert survey.score == 4
        client.logout()
        assert client.get("/supervision/surveys/no-such-token/").status_code == 404
        client.force_login(staff.d1_head)
        assert "一街道指导员" in client.get("/supervision/satisfaction/?from=2026-03-01&to=2026-03-31").content.decode()
        api = client.get("/api/supervision/satisfaction", {"start": "2026-03-01", "end": "2026-03-31"}).json()
        assert api["by_unit"][0]["answered"] == 1


def test_survey_results_feed_the_early_warning_of_a_districts_own_indicator(client, city, staff):
    """BJ-58-1: the early warning draws on the satisfaction survey results: 甲区's own "满意率不低于80%" flags
    甲区一街道 (one of two answers satisfied: 50%), not 甲区二街道 (100%), on the page and the API; an answer
    older than the 30-day window does not count; BJ-58-2 the indicator is the district's own and takes no kind."""
    from careerguide.duties.selectors import early_warning_summary
    from careerguide.duties.services import warning_indicator_add

    for name, score in (("满意甲", 5), ("不满意乙", 1)):
        _seeker, entry = served(staff, city, name)
        survey_phone_record(actor=staff.s11_counsellor, entry=entry, score=score, now=NOW)
    _seeker, entry = served(staff, city, "满意丙", actor=staff.s12_caseworker, unit=city.s12)
    survey_phone_record(actor=staff.s12_caseworker, entry=entry, score=4, now=NOW)
    _seeker, entry = served(staff, city, "早先不满意丁", actor=staff.s12_caseworker, unit=city.s12)
    survey_phone_record(actor=staff.s12_caseworker, entry=entry, score=1, now=at(2026, 1, 20))
    with pytest.raises(DomainError) as exc:
        warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="满意率", metric="min_satisfied_percent",
                              threshold=80, kind="supervision.dissatisfaction_follow_up", now=NOW)
    assert list(exc.value.field_errors) == ["kind"]
    indicator = warning_indicator_add(actor=staff.d1_head, unit=city.d1, name="满意率", metric="min_satisfied_percent",
                                      threshold=80, now=NOW)
    summary = early_warning_summary(actor=staff.d1_head, unit_id=None, today=dt.date(2026, 3, 5))
    assert [(a.indicator, a.row_label, a.value) for a in summary.alerts] == [(indicator, "甲区一街道", 50.0)]
    assert early_warning_summary(actor=staff.d2_counsellor, unit_id=None, today=dt.date(2026, 3, 5)).alerts == []
    with time_machine.travel(at(2026, 3, 5), tick=False):
        client.force_login(staff.d1_head)
        page = client.get("/duties/early-warning/").content.decode()
        api = client.get("/api/duties/early-warning").json()
    assert "甲区一街道：满意率预警（当前50.0，阈值80）" in page
    assert api["alerts"] == [{"indicator_id": indicator.pk, "row": "甲区一街道", "value": 50.0}]
