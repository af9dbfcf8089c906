"""Pages for the remaining expert-team steps: correcting a returned service log (CZ-A2-7), the panel's opinions
(CZ-7-1), restoring the lookups' starting rows (CZ-5-4) and the bar correction (CZ-9-9)."""
import datetime as dt
from decimal import Decimal

import pytest

from careerguide.accounts.roles import UserKind
from careerguide.accounts.tests.factories import make_user
from careerguide.experts.models import BarRecord, ExpertLookup, PanelOpinion
from careerguide.experts.services import activities, lookups, review
from careerguide.experts.services import membership as ms

from .factories import appointed, at, make_applicant, make_round, self_nomination, to_city

pytestmark = pytest.mark.django_db
D = dt.date
LOG = {"on": D(2026, 3, 2), "hours": Decimal("2.0"), "location": "甲区就业服务中心", "mode": "offline",
       "origin": "voluntary", "form": "expert_consultation", "duty": "D1", "category": "career_planning",
       "recipient_types": ["worker"], "job_seeking_intent": True, "key_groups": ["college_graduate"],
       "persons_served": 1, "topic": "求职规划", "summary": "一对一职业规划指导"}


def test_returned_log_is_corrected_on_the_portal(client, city, staff):
    """CZ-A2-7: only a returned entry is offered; the correction goes back for review; empty fields keep their
    values; a confirmed entry cannot be chosen."""
    m = appointed(staff, city)
    entry = activities.service_log_create(actor=m.user, membership=m, data=LOG, now=at(2026, 3, 3))
    client.force_login(m.user)
    page = client.post("/public/experts/me/do/log_correct/", {"entry": entry.pk, "topic": "改", "summary": "改"})
    assert "未保存任何信息" in page.content.decode()
    activities.service_log_review(actor=staff.city_admin, entry=entry, confirm=False, reason="请补充服务内容")
    client.post("/public/experts/me/do/log_correct/", {"entry": entry.pk, "topic": "求职规划与简历修改",
                                                       "summary": "一对一规划，修改简历两版", "persons_served": ""})
    entry.refresh_from_db()
    assert (entry.status, entry.topic, entry.persons_served) == ("draft", "求职规划与简历修改", 1)


def test_panel_member_enters_opinions_except_where_recused(client, city, staff):
    """CZ-7-1: a panel member sees the round's candidates in comprehensive review, recused ones marked and refused;
    the others take an opinion and score."""
    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    review.qualification_start(actor=staff.city_admin, application=app, now=at(2025, 9, 22))
    review.qualification_decide(actor=staff.city_admin, application=app, passed=True, now=at(2025, 9, 23))
    colleague = make_user("panel-a", None, (), kind=UserKind.EXPERT)
    outsider = make_user("panel-b", None, (), kind=UserKind.EXPERT)
    review.panel_member_add(actor=staff.city_admin, round=app.round, user=colleague, unit_name="常州某职业技术学院")
    review.panel_member_add(actor=staff.city_admin, round=app.round, user=outsider, unit_name="某研究院")
    client.force_login(colleague)
    assert "应当回避" in client.get("/public/experts/panel/").content.decode()
    page = client.post(f"/public/experts/panel/{app.pk}/opinion/", {"opinion": "推荐"}).content.decode()
    assert "应当回避" in page and not PanelOpinion.objects.exists()
    client.force_login(outsider)
    assert "评审任务" in client.get("/public/experts/me/").content.decode()
    client.post(f"/public/experts/panel/{app.pk}/opinion/", {"opinion": "实践经验丰富，推荐", "score": "88"})
    assert PanelOpinion.objects.get().score == Decimal("88")
    client.force_login(make_user("not-panel", None, (), kind=UserKind.EXPERT))
    assert client.get(f"/public/experts/panel/{app.pk}/opinion/").status_code == 404


def test_lookup_defaults_are_restored_where_missing(client, staff):
    """CZ-5-4: the button restores the starting rows that are missing and keeps the rows city HRSS changed."""
    lookups.lookups_seed_defaults(actor=staff.city_admin)
    total = ExpertLookup.objects.count()
    changed = ExpertLookup.objects.filter(kind="old_title_level").first()
    lookups.lookup_save(actor=staff.city_admin, kind=changed.kind, code=changed.code, label="改过的名称",
                        occupation=changed.occupation, level=changed.level, active=False)
    ExpertLookup.objects.filter(kind="relevant_occupation").first().delete()
    client.force_login(staff.city_admin)
    client.post("/experts/lookups/defaults/")
    changed.refresh_from_db()
    assert ExpertLookup.objects.count() == total and (changed.label, changed.active) == ("改过的名称", False)
    client.force_login(staff.d1_head)
    assert client.post("/experts/lookups/defaults/").status_code == 403


def test_bar_correction_page(client, city, staff):
    """CZ-9-9: the system administrator removes a bar entered in error, with a reason; without one nothing is
    changed."""
    m = appointed(staff, city)
    case = ms.dismissal_decide(actor=staff.city_admin, membership=m, ground=2, reason="以专家名义开展商业培训",
                               effective_date=D(2026, 3, 20), decision_number="常人社〔2026〕1号",
                               evidence=[{"description": "投诉记录"}], now=at(2026, 3, 16))
    ms.dismissal_record_notification(actor=staff.city_admin, exit_case=case, notified_on=D(2026, 3, 17), method="EMS",
                                     proof="EMS1234567890", now=at(2026, 3, 17))
    ms.dismissal_publish_notice(actor=staff.city_admin, exit_case=case, now=at(2026, 3, 18))
    client.force_login(staff.city_admin)
    assert "更正不再聘任名单" in client.get(f"/experts/members/{m.pk}/").content.decode()
    page = client.post(f"/experts/members/{m.pk}/do/bar_remove/", {"reason": ""}).content.decode()
    assert "未保存任何信息" in page and BarRecord.objects.get().removed_at is None
    client.post(f"/experts/members/{m.pk}/do/bar_remove/", {"reason": "证件号码录入错误更正"})
    assert BarRecord.objects.get().removed_reason == "证件号码录入错误更正"


def test_confirmed_log_changes_only_through_a_correction_request(client, city, staff):
    """CZ-A2-7: an invited activity is confirmed only with the inviting unit's confirmation; a confirmed entry is
    locked, the expert asks for a correction on the portal, city HRSS approves it on the member's page, the entry
    comes back to the expert and then stops counting until confirmed again; request and decision are audited."""
    from careerguide.audit.models import AuditEvent
    from careerguide.experts.models import ServiceLogEntry

    m = appointed(staff, city)
    entry = activities.service_log_create(actor=m.user, membership=m, now=at(2026, 3, 3), data={
        **LOG, "origin": "unit_invitation", "arranging_unit": "常州某科技公司",
        "inviting_contact": "赵经理"})
    client.force_login(staff.city_admin)
    page = client.post(f"/experts/service-logs/{entry.pk}/review/", {"decision": "confirm"}).content.decode()
    assert "邀请单位确认" in page and ServiceLogEntry.objects.get().status == "draft"
    client.post(f"/experts/service-logs/{entry.pk}/review/", {"decision": "confirm",
                                                             "organiser_confirmation": "人事部赵经理电话确认"})
    entry.refresh_from_db()
    assert (entry.status, entry.organiser_confirmation) == ("confirmed", "人事部赵经理电话确认")
    client.force_login(m.user)
    page = client.post("/public/experts/me/do/log_correction/", {"entry": entry.pk, "reason": ""}).content.decode()
    assert "未保存任何信息" in page
    client.post("/public/experts/me/do/log_correction/", {"entry": entry.pk, "reason": "服务人数应为3人"})
    entry.refresh_from_db()
    assert entry.correction_reason == "服务人数应为3人" and entry.status == "confirmed"
    client.force_login(staff.city_admin)
    client.post(f"/experts/members/{m.pk}/do/log_correction/", {"entry": entry.pk, "decision": "approve"})
    entry.refresh_from_db()
    assert (entry.status, entry.confirmed_at, entry.correction_requested_at) == ("returned", None, None)
    assert "服务人数应为3人" in entry.return_reason
    actions = set(AuditEvent.objects.filter(object_id=str(entry.pk)).values_list("action", flat=True))
    assert {"correction_request", "correction_decide"} <= actions
    client.force_login(m.user)
    client.post("/public/experts/me/do/log_correct/", {"entry": entry.pk, "topic": "求职规划", "summary": "一对一规划",
                                                       "persons_served": "3"})
    entry.refresh_from_db()
    assert (entry.status, entry.persons_served) == ("draft", 3)


def test_voluntary_exit_granted_on_the_member_page(client, city, staff):
    """CZ-9-3: the expert's own request to leave is granted by city HRSS on a page with the date it takes effect;
    without the date nothing changes."""
    m = appointed(staff, city)
    case = ms.exit_request(actor=m.user, membership=m, ground=5, reason="工作调动", now=at(2026, 3, 2))
    client.force_login(staff.city_admin)
    assert f"/experts/exits/{case.pk}/grant/" in client.get(f"/experts/members/{m.pk}/").content.decode()
    page = client.post(f"/experts/exits/{case.pk}/grant/", {"effective_date": ""}).content.decode()
    m.refresh_from_db()
    assert "未保存任何信息" in page and m.status != "dismissed"
    client.post(f"/experts/exits/{case.pk}/grant/", {"effective_date": "2026-03-10", "decision_number": "常人社〔2026〕5号"})
    m.refresh_from_db()
    case.refresh_from_db()
    assert m.status == "dismissed" and (case.effective_date, case.decision_number) == (D(2026, 3, 10), "常人社〔2026〕5号")
    client.force_login(staff.d1_head)
    assert client.get(f"/experts/exits/{case.pk}/grant/").status_code == 403


def test_objection_received_by_letter_is_recorded_on_the_candidate_page(client, city, staff):
    """CZ-7-10: city HRSS records an objection received by letter during the notice (anonymous allowed); it moves
    the candidate to objection review (CZ-7-11); one without content is refused and nothing is saved."""
    import time_machine

    from careerguide.experts.models import Objection

    user = make_applicant()
    app = self_nomination(user=user, round=make_round(staff.city_admin), unit=city.d1)
    to_city(app, user=user, agency=staff.d1_head)
    review.qualification_start(actor=staff.city_admin, application=app, now=at(2025, 9, 22))
    review.qualification_decide(actor=staff.city_admin, application=app, passed=True, now=at(2025, 9, 23))
    review.comprehensive_decide(actor=staff.city_admin, application=app, proposed=True, reason="拟聘",
                                now=at(2025, 9, 24))
    review.notice_publish(actor=staff.city_admin, round=app.round, now=at(2025, 9, 26))
    client.force_login(staff.city_admin)
    with time_machine.travel(at(2025, 9, 29), tick=False):
        assert "登记异议" in client.get(f"/experts/applications/{app.pk}/").content.decode()
        page = client.post(f"/experts/applications/{app.pk}/do/objection_record/",
                           {"channel": "来信", "content": ""}).content.decode()
        assert "未保存任何信息" in page and not Objection.objects.exists()
        client.post(f"/experts/applications/{app.pk}/do/objection_record/",
                    {"channel": "来信", "content": "反映该人选曾以专家名义收费"})
    objection = Objection.objects.get()
    app.refresh_from_db()
    assert (objection.channel, objection.objector_name, objection.late) == ("来信", "", False)
    assert app.status == "objection_under_review"


def test_consultation_and_feedback_forms_on_the_directory(client, city, staff):
    """CZ-11-8: anyone asks a listed expert on the expert's page, without an account; a request without contact is
    refused in Chinese and nothing is saved.  CZ-11-9: feedback on an expert, owed a reply by city HRSS."""
    import time_machine

    from careerguide.experts.models import ConsultationRequest, Feedback

    m = appointed(staff, city)
    with time_machine.travel(at(2026, 3, 2), tick=False):
        assert f"/public/experts/{m.pk}/consult/" in client.get(f"/public/experts/{m.pk}/").content.decode()
        request = {"requester_type": "worker", "requester_name": "求职者甲", "contact": "", "topic": "转行规划",
                   "preferred_mode": "online", "job_seeking_intent": "true", "key_groups": ["college_graduate"]}
        page = client.post(f"/public/experts/{m.pk}/consult/", request).content.decode()
        assert "未保存任何信息" in page and not ConsultationRequest.objects.exists()
        client.post(f"/public/experts/{m.pk}/consult/", {**request, "contact": "13800001234"})
        page = client.post(f"/public/experts/{m.pk}/feedback/", {"kind": "praise", "content": ""}).content.decode()
        assert "未保存任何信息" in page and not Feedback.objects.exists()
        client.post(f"/public/experts/{m.pk}/feedback/", {"kind": "praise", "content": "讲解耐心细致"})
    consultation = ConsultationRequest.objects.get()
    assert (consultation.membership, consultation.job_seeking_intent, consultation.key_groups) == (
        m, True, ["college_graduate"])
    feedback = Feedback.objects.get()
    assert (feedback.membership, feedback.kind, feedback.reply_due is not None) == (m, "praise", True)


def test_directory_is_titled_for_the_configured_city(client, city, staff):
    """The public directory names the city of the deployment (its city-level unit), not the source document's
    city."""
    appointed(staff, city)
    page = client.get("/public/experts/").content.decode()
    assert "职业指导专家名录" in page and city.city.name in page and "常州市职业指导专家名录" not in page


def test_lookups_edited_on_their_page(client, staff):
    """CZ-5-4 (an old certificate title mapped to an occupation and level), CZ-5-6 (a relevant occupation added),
    CZ-5-9 (a size standard without its thresholds, or with broken JSON, is refused in Chinese and nothing is
    saved), all on the lookups page and only by city HRSS."""
    client.force_login(staff.city_admin)
    client.post("/experts/lookups/", {"kind": "old_title_level", "code": "高级职业信息分析师", "label": "高级职业信息分析师",
                                      "occupation": "career_guidance", "level": "2", "active": "on"})
    row = ExpertLookup.objects.get(kind="old_title_level", code="高级职业信息分析师")
    assert (row.occupation, row.level, row.active) == ("career_guidance", 2, True)
    client.post("/experts/lookups/", {"kind": "relevant_occupation", "code": "labour_relations", "label": "劳动关系协调员",
                                      "active": "on"})
    assert ExpertLookup.objects.filter(kind="relevant_occupation", code="labour_relations").exists()
    before = ExpertLookup.objects.count()
    for data in ('{"large": {"employees": 1000}}', "{not json"):
        page = client.post("/experts/lookups/", {"kind": "sme_standard", "code": "新行业", "data": data,
                                                 "active": "on"}).content.decode()
        assert "未保存任何信息" in page
    assert ExpertLookup.objects.count() == before
    client.force_login(staff.d1_head)
    assert client.post("/experts/lookups/", {"kind": "relevant_occupation", "code": "x"}).status_code == 403


def test_service_log_entered_on_the_portal_with_the_annex_2_fields(client, city, staff):
    """CZ-A2-2 .. CZ-A2-6 through the page: header, classification, recipients, content and outcome, and the photo and
    sign-in sheet; recipients named without their consent are refused in Chinese and nothing is saved."""
    import time_machine
    from django.core.files.uploadedfile import SimpleUploadedFile

    from careerguide.experts.models import ServiceLogAttachment, ServiceLogEntry

    m = appointed(staff, city)
    data = {"on": "2026-03-02", "start_time": "09:00", "end_time": "11:00", "hours": "2.0", "location": "甲区就业服务中心",
            "mode": "offline", "origin": "voluntary", "form": "expert_consultation", "duty": "D1",
            "category": "career_planning", "recipient_types": ["worker"], "job_seeking_intent": "1",
            "key_groups": ["college_graduate"], "persons_served": "1", "named_recipients": "张某", "topic": "求职规划",
            "summary": "一对一职业规划指导", "problems_found": "求职目标不清", "advice": "先做职业测评",
            "follow_up_plan": "两周后回访", "follow_up_result": "已参加技能培训", "satisfaction": "5"}
    client.force_login(m.user)
    with time_machine.travel(at(2026, 3, 3), tick=False):
        page = client.post("/public/experts/me/do/service_log/", data).content.decode()
        assert "未保存任何信息" in page and "本人同意" in page and not ServiceLogEntry.objects.exists()
        client.post("/public/experts/me/do/service_log/", {
            **data, "recipients_consented": "on",
            "photo": SimpleUploadedFile("p.jpg", b"jpg", content_type="image/jpeg"),
            "sign_in_sheet": SimpleUploadedFile("s.pdf", b"%PDF", content_type="application/pdf")})
    entry = ServiceLogEntry.objects.get()
    assert (entry.start_time, entry.hours, entry.mode, entry.origin, entry.category) == (
        dt.time(9, 0), Decimal("2.0"), "offline", "voluntary", "career_planning")
    assert (entry.job_seeking_intent, entry.key_groups, entry.named_recipients, entry.satisfaction) == (
        True, ["college_graduate"], "张某", 5)
    assert (entry.problems_found, entry.advice, entry.follow_up_result, entry.status) == (
        "求职目标不清", "先做职业测评", "已参加技能培训", "draft")
    assert sorted(ServiceLogAttachment.objects.values_list("kind", flat=True)) == ["photo", "sign_in_sheet"]


def test_service_report_page_by_recipient_type_key_group_and_expert(client, city, staff):
    """CZ-3-3: for the chosen dates the report page gives sessions and persons per recipient type and key group,
    named in Chinese, for the team and per expert; an unconfirmed entry or one outside the dates is not counted."""
    m = appointed(staff, city)
    logs = [({**LOG, "persons_served": 3}, True),
            ({**LOG, "recipient_types": ["employer"], "job_seeking_intent": None, "key_groups": [], "hiring_needs": True,
              "category": "recruitment_method", "persons_served": 1}, True),
            ({**LOG, "persons_served": 40}, False),                      # not confirmed
            ({**LOG, "on": D(2026, 5, 4), "persons_served": 50}, True)]  # after the chosen end date
    for data, confirm in logs:
        entry = activities.service_log_create(actor=m.user, membership=m, data=data, now=at(2026, 5, 6))
        if confirm:
            activities.service_log_review(actor=staff.city_admin, entry=entry, confirm=True)
    client.force_login(staff.city_admin)
    html = client.get("/experts/reports/", {"start": "2026-03-01", "end": "2026-03-31"}).content.decode()
    table = html[html.index('data-testid="service-report"'):html.index('data-testid="key-groups"')]
    assert "<td>劳动者</td><td>1</td><td>3</td>" in table and "<td>用人单位</td><td>1</td><td>1</td>" in table
    groups = html[html.index('data-testid="key-groups"'):html.index('data-testid="ranking"')]
    assert "高校毕业生 3人" in groups and "100.0%" in groups and "未确认的服务日志：1" in groups
    ranking = html[html.index('data-testid="ranking"'):]
    assert f"{m.name}</a></td><td>2</td><td>3</td><td>1</td>" in ranking
    for code in ("worker", "employer", "college_graduate", "{"):
        assert code not in table + groups


def test_a_service_log_is_for_an_activity_already_held(client, city, staff):
    """CZ-A2-1: the entry is logged after the activity: dated today it is taken, dated tomorrow it is refused on
    the portal page with a Chinese message naming the date and nothing is saved; a correction cannot move it ahead."""
    import time_machine

    from careerguide.common.errors import DomainError
    from careerguide.experts.models import ServiceLogEntry

    m = appointed(staff, city)
    with pytest.raises(DomainError) as refused:
        activities.service_log_create(actor=m.user, membership=m, data={**LOG, "on": D(2026, 3, 4)}, now=at(2026, 3, 3))
    assert "on" in refused.value.field_errors and not ServiceLogEntry.objects.exists()
    page_data = {"on": "2026-03-04", "hours": "2.0", "location": "甲区就业服务中心", "mode": "offline",
                 "origin": "voluntary", "form": "expert_consultation", "duty": "D1", "category": "career_planning",
                 "recipient_types": ["worker"], "job_seeking_intent": "1", "persons_served": "1", "topic": "求职规划",
                 "summary": "一对一职业规划指导"}
    client.force_login(m.user)
    with time_machine.travel(at(2026, 3, 3), tick=False):
        page = client.post("/public/experts/me/do/service_log/", page_data).content.decode()
    assert "服务日期不能晚于今天" in page and "未保存任何信息" in page and not ServiceLogEntry.objects.exists()
    entry = activities.service_log_create(actor=m.user, membership=m, data={**LOG, "on": D(2026, 3, 3)},
                                          now=at(2026, 3, 3))
    activities.service_log_review(actor=staff.city_admin, entry=entry, confirm=False, reason="请补充服务内容")
    with pytest.raises(DomainError) as refused:
        activities.service_log_correct(actor=m.user, entry=entry, data={"on": D(2026, 3, 4)}, now=at(2026, 3, 3))
    assert "on" in refused.value.field_errors
    entry.refresh_from_db()
    assert entry.on == D(2026, 3, 3)
