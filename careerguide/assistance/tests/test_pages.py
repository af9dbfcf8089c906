"""Chapter-3 pages: they open for the roles that use them, refuse bad input saving nothing, mask personal data and
answer 404 outside the jurisdiction."""
import datetime as dt

import pytest
import time_machine

from careerguide.assistance.models import PlanVersion, Survey
from careerguide.audit.models import AuditEvent

from .helpers import at, certified_target, head_of, in_service

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 3, 2)


@pytest.fixture
def case(city, staff):
    return in_service(staff, city, 1100, DAY)


def _pages(case):
    return [f"/assistance/cases/{case.pk}/{p}" for p in (
        "", "agreement/", "case-worker/", "team/", "evaluation/", "plan/", "guidance/", "follow-up/", "job-start/",
        "job-left/", "programmes/new/", "consultation/", "transfer/", "termination/", "welfare/")]


def test_the_case_worker_opens_every_page_of_the_case_and_the_lists(client, city, staff, case):
    """BJ-23-7, BJ-25-1: caseload, case page, the forms of every step, the exports."""
    client.force_login(staff.s12_caseworker)
    with time_machine.travel(at(DAY, 18), tick=False):
        for url in ["/assistance/", "/assistance/outreach/", "/assistance/outreach/statistics/",
                    "/assistance/responsibility/", "/assistance/key-groups/", *_pages(case)]:
            assert client.get(url).status_code == 200, url
        pdf = client.get(f"/assistance/cases/{case.pk}/ledger.pdf")
        refused = client.get(f"/assistance/cases/{case.pk}/ledger.xlsx", follow=True)
        xlsx = client.get(f"/assistance/cases/{case.pk}/ledger.xlsx", {"purpose": "季度台账核对"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content[:4] == b"%PDF"
    assert "请填写导出用途" in refused.content.decode() and refused.redirect_chain[-1][0] == f"/assistance/cases/{case.pk}/"
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_ledger_export_records_its_purpose(client, city, staff, case):
    """BJ-51-3: the assistance ledger is exported only with a stated purpose, kept with the case's trail and the
    person's read log (BJ-51-2), as the job-seeker export does."""
    from careerguide.audit.models import AuditEvent
    from careerguide.privacy.models import PersonalDataRead

    client.force_login(staff.s12_caseworker)
    with time_machine.travel(at(DAY, 18), tick=False):
        client.get(f"/assistance/cases/{case.pk}/ledger.xlsx", {"purpose": " "})
        assert not AuditEvent.objects.filter(action="ledger_export").exists()
        client.get(f"/assistance/cases/{case.pk}/ledger.xlsx", {"purpose": "季度台账核对"})
    event = AuditEvent.objects.get(action="ledger_export")
    assert (event.object_id, event.reason, event.clause) == (str(case.pk), "季度台账核对", "BJ-51-3")
    read = PersonalDataRead.objects.get(subject_id=str(case.job_seeker.pk), reader=staff.s12_caseworker)
    assert (read.purpose, read.reason) == ("bulk_export", "季度台账核对")


def test_personal_data_is_masked_and_a_reveal_is_audited(client, city, staff, case):
    """BJ-51-2 (masking), through the existing reveal helper."""
    client.force_login(staff.s12_caseworker)
    page = client.get(f"/assistance/cases/{case.pk}/").content.decode()
    assert case.job_seeker.id_number not in page and case.job_seeker.id_number[-4:] in page
    revealed = client.post(f"/job-seekers/{case.job_seeker_id}/reveal/id_number/")
    assert case.job_seeker.id_number in revealed.content.decode()
    assert AuditEvent.objects.filter(action="reveal").exists()


def test_another_street_gets_404_for_the_case_and_its_pages(client, city, staff, case):
    """BJ-4-4: out of scope is a 404, never a hint."""
    client.force_login(staff.s11_counsellor)
    for url in _pages(case):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/assistance/cases/{case.pk}/ledger.pdf").status_code == 404


def test_a_bad_plan_is_refused_with_a_chinese_message_and_nothing_is_saved(client, city, staff, case):
    """BJ-26-6: a revision without its reason and without the person's agreement."""
    client.force_login(staff.s12_caseworker)
    with time_machine.travel(at(DAY, 18), tick=False):
        r = client.post(f"/assistance/cases/{case.pk}/plan/", {
            "barriers": "缺技能", "causes": ["skills"], "measures": "培训", "stage_1_goal": "取证",
            "stage_1_date": "2026-05-01", "agreement_note": "本人同意"})
    assert r.status_code == 200
    body = r.content.decode()
    assert "未保存任何信息" in body and "援助方案须会同本人共同制定并经其同意" in body
    assert PlanVersion.objects.filter(case=case).count() == 1


def test_a_revised_plan_through_the_page_is_a_new_version(client, city, staff, case):
    """BJ-26-8."""
    client.force_login(staff.s12_caseworker)
    with time_machine.travel(at(DAY, 18), tick=False):
        r = client.post(f"/assistance/cases/{case.pk}/plan/", {
            "barriers": "缺技能", "causes": ["skills", "attitude"], "measures": "培训和心理调适", "stage_1_goal": "取证",
            "stage_1_date": "2026-05-01", "person_agreed": "on", "agreement_note": "本人同意", "reason": "出现畏难情绪"})
    assert r.status_code == 302
    assert list(case.plans.values_list("number", flat=True)) == [2, 1]


def test_a_survey_form_refuses_a_missing_reason_and_saves_nothing(client, city, staff):
    """BJ-19-2 through the page."""
    target = certified_target(staff, city, 1101, DAY)
    client.force_login(staff.s12_caseworker)
    with time_machine.travel(at(DAY, 15), tick=False):
        r = client.post(f"/assistance/outreach/{target.pk}/survey/", {
            "occurred_on": "2026-03-02", "method": "phone", "reached": "yes", "willing": "no"})
        assert r.status_code == 200 and "须选择具体原因" in r.content.decode() and not Survey.objects.exists()
        r = client.post(f"/assistance/outreach/{target.pk}/survey/", {
            "occurred_on": "2026-03-02", "method": "phone", "reached": "yes", "willing": "no", "reasons": ["health"]})
    assert r.status_code == 302 and Survey.objects.get().reasons == ["health"]


def test_the_worklist_assigns_a_row_with_htmx(client, city, staff):
    """BJ-18-2: the street assigns a target to a community assistant without reloading the page."""
    target = certified_target(staff, city, 1102, DAY, unit=city.s11)
    client.force_login(staff.s11_counsellor)
    r = client.post(f"/assistance/outreach/{target.pk}/assign/", {"assignee": staff.k111_assistant.pk},
                    HTTP_HX_REQUEST="true")
    target.refresh_from_db()
    assert r.status_code == 200 and target.assigned_to == staff.k111_assistant and "<html" not in r.content.decode()


def test_the_approval_inbox_is_for_unit_heads(client, city, staff, case):
    """BJ-24-3, BJ-29-1: heads see their inbox; a case worker may not."""
    client.force_login(staff.s12_caseworker)
    assert client.get("/assistance/approvals/").status_code == 403
    client.force_login(head_of(city.s12, "s12-head"))
    assert client.get("/assistance/approvals/").status_code == 200
    client.force_login(staff.d1_head)
    assert client.get("/assistance/approvals/").status_code == 200
