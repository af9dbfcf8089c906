"""Service tests: the recognition journey, refusals that save nothing, anonymity, funds, operation and exit."""
import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.duties.selectors import duty_worklist
from careerguide.studios.duty_kinds import CONTINUATION_DECISION_KIND
from careerguide.studios.models import Ballot, BallotParticipation, OneTimeSubsidy, Studio
from careerguide.studios.selectors import master_absence, public_notice_list, public_studio_list, studio_list
from careerguide.studios.services import applications as apps
from careerguide.studios.services import exits, funds, notice, operation, review, rounds, studios

from .factories import bring_to_review, build_world, make_application, new_id, vote

pytestmark = pytest.mark.django_db
T = dt.datetime(2024, 5, 1, 9, tzinfo=dt.timezone.utc)
D = dt.date


@pytest.fixture
def world(city, staff):
    return build_world(city, staff)


def _proposed(world, staff, approvals=7):
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, app, approvals)
    review.voting_close(actor=staff.city_admin, round=world.round)
    app.refresh_from_db()
    return app


def _confirmed(world, staff):
    app = _proposed(world, staff)
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=D(2024, 7, 1))
    [studio] = notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="淮人社秘〔2024〕10号",
                                          document_date=D(2024, 7, 10), now=dt.datetime(2024, 7, 10, tzinfo=dt.timezone.utc))
    return studio


def test_second_round_in_a_year_refused(world, staff):
    """HN-3-2: a second round in 2024 is blocked; HN-3-3 only city_hrss creates rounds."""
    with pytest.raises(DomainError) as exc:
        rounds.round_create(actor=staff.city_admin, year=2024, title="再次", quota=1,
                            recommendation_deadline=D(2024, 9, 1), materials_deadline=D(2024, 9, 30))
    assert exc.value.clause == "HN-3-2"
    with pytest.raises(DomainError):
        rounds.round_create(actor=staff.d1_head, year=2025, title="区里", quota=1,
                            recommendation_deadline=D(2025, 9, 1), materials_deadline=D(2025, 9, 30))
    assert rounds.round_missing_years(first_year=2023, last_year=2025) == [2023, 2025]


def test_no_application_before_notice_published(world, staff):
    """HN-6-1: nothing can be submitted before the notice is published."""
    draft = rounds.round_create(actor=staff.city_admin, year=2025, title="2025年", quota=1,
                                recommendation_deadline=D(2025, 5, 31), materials_deadline=D(2025, 6, 30))
    with pytest.raises(DomainError) as exc:
        apps.application_create(actor=world.host_user, round=draft, host_unit=world.host, recommender=world.county)
    assert exc.value.clause == "HN-6-1"


def test_recommender_reach_enforced(world, staff, city):
    """HN-6-3, HN-6-4: the university may not recommend a district's unit; the host cannot address the city."""
    with pytest.raises(DomainError) as exc:
        apps.application_create(actor=world.host_user, round=world.round, host_unit=world.host,
                                recommender=world.university)
    assert exc.value.clause == "HN-6-4"
    from careerguide.studios.models import Application
    assert Application.objects.count() == 0


def test_other_host_type_needs_reason(world, staff, city):
    """HN-3-1: an "other" host is accepted only with a reason recorded by the centre."""
    kw = dict(actor=staff.city_admin, name="某行业协会", host_type="other", credit_code=world.host.credit_code,
              address="某路", legal_representative="林", contact_person="王", district=city.d1)
    with pytest.raises(DomainError):
        rounds.host_unit_create(**kw)
    assert rounds.host_unit_create(**kw, host_type_reason="长期承担就业服务").host_type_reason


def test_named_master_and_generated_name(world, staff):
    """HN-6-20, HN-6-21, HN-5-12: the name follows the named master; only one named master; IDs encrypted."""
    app = make_application(world)
    app.refresh_from_db()
    assert app.studio_name == "陈立衡职业指导大师工作室"
    with pytest.raises(DomainError) as exc:
        apps.application_member_add(actor=world.host_user, application=app, name="另一位", id_number=new_id(), role="lead",
                                    is_named=True)
    assert exc.value.clause == "HN-6-21"
    member = app.members.get(is_named=True)
    assert member.id_index and member.id_number.startswith("340402")


def test_slots_limit_recommendations(world, staff, city):
    """HN-6-2: a recommender cannot recommend more candidates than its slots."""
    rounds.round_slot_set(actor=staff.city_admin, round=world.round, recommender=world.county, slots=1)
    first = make_application(world)
    apps.application_submit(actor=world.host_user, application=first, now=T)
    apps.application_recommend(actor=staff.d1_head, application=first, recommend=True, opinion="同意", now=T)
    second = make_application(world, master="孙若溪")
    apps.application_submit(actor=world.host_user, application=second, now=T)
    with pytest.raises(DomainError) as exc:
        apps.application_recommend(actor=staff.d1_head, application=second, recommend=True, opinion="同意", now=T)
    assert exc.value.clause == "HN-6-2"
    second.refresh_from_db()
    assert second.status == "submitted_to_recommender"


def test_check_blocks_ineligible_and_incomplete(world, staff):
    """HN-6-24, HN-5-8: ineligible only on a blocking failure, recorded; HN-7-1 incomplete materials wait."""
    short = make_application(world, years_from=D(2015, 7, 2))
    apps.application_submit(actor=world.host_user, application=short, now=T)
    apps.application_recommend(actor=staff.d1_head, application=short, recommend=True, opinion="同意", now=T)
    apps.application_check(actor=staff.city_admin, application=short)
    short.refresh_from_db()
    assert short.status == "ineligible" and short.blocking == ["master"]
    incomplete = make_application(world, master="郑望舒")
    apps.application_submit(actor=world.host_user, application=incomplete, now=T)
    apps.application_recommend(actor=staff.d1_head, application=incomplete, recommend=True, opinion="同意", now=T)
    apps.application_check(actor=staff.city_admin, application=incomplete)
    incomplete.refresh_from_db()
    assert incomplete.status == "materials_incomplete"


def test_route3_goes_to_review(world, staff):
    """HN-5-4, HN-5-8: no certificate or award but route 3 with evidence reaches the panel; HN-5-6 any
    employment-service employer counts."""
    app = make_application(world, certificate=False)
    member = app.members.get(is_named=True)
    member.route3_claimed, member.route3_evidence = True, "主持高校就业指导课程改革"
    member.save()
    member.work_history.update(employer="淮南某学院就业指导中心")
    from django.core.files.base import ContentFile
    apps.item3_document_add(actor=world.host_user, application=app, kind="honour_certificate",
                            file=ContentFile(b"h", name="honour.pdf"))
    app = bring_to_review(world, staff, app)
    assert app.status == "under_review"


def test_voting_is_anonymous_and_once(world, staff):
    """HN-6-9: ballots carry no voter; participation is stored apart; no double voting; the audit holds no choice."""
    app = bring_to_review(world, staff, make_application(world))
    review.voting_open(actor=staff.city_admin, round=world.round)
    review.ballot_cast(actor=world.panel[0].user, application_id=app.pk, choice="approve")
    with pytest.raises(DomainError):
        review.ballot_cast(actor=world.panel[0].user, application_id=app.pk, choice="disapprove")
    assert Ballot.objects.count() == 1 and BallotParticipation.objects.count() == 1
    assert {f.name for f in Ballot._meta.get_fields()} == {"id", "application", "vote_round", "choice"}
    event = AuditEvent.objects.filter(action="ballot_cast").get()
    assert "approve" not in str(event.changes)


def test_panel_minimum_and_recusal(world, staff):
    """HN-6-6: voting needs 7 present; HN-6-7: after a recusal the candidate lacks 7 ballots until a reserve votes;
    HN-6-8: panel members see candidates under review only."""
    app = bring_to_review(world, staff, make_application(world))
    review.panel_presence_set(actor=staff.city_admin, member=world.panel[6], present=False)
    with pytest.raises(DomainError) as exc:
        review.voting_open(actor=staff.city_admin, round=world.round)
    assert exc.value.clause == "HN-6-6"
    review.panel_presence_set(actor=staff.city_admin, member=world.panel[6], present=True)
    review.recusal_record(actor=world.panel[0].user, member=world.panel[0], application=app, reason="同一单位")
    review.voting_open(actor=staff.city_admin, round=world.round)
    for member in world.panel[1:]:
        review.ballot_cast(actor=member.user, application_id=app.pk, choice="approve")
    with pytest.raises(DomainError):
        review.ballot_cast(actor=world.panel[0].user, application_id=app.pk, choice="approve")
    with pytest.raises(DomainError) as exc:
        review.voting_close(actor=staff.city_admin, round=world.round)
    assert exc.value.clause == "HN-6-6"
    from careerguide.accounts.tests.factories import make_user
    reserve = review.panel_member_add(actor=staff.city_admin, round=world.round, user=make_user("reserve-x", kind="expert"), reserve_for=app)
    review.ballot_cast(actor=reserve.user, application_id=app.pk, choice="abstain")
    assert review.voting_close(actor=staff.city_admin, round=world.round) == {app.pk: "proposed"}


def test_vote_threshold_and_quota(world, staff):
    """HN-6-11: 4 of 7 fails, HN-6-12: more passers than quota → passed_not_within_quota."""
    world.round.quota = 1
    world.round.save()
    a = bring_to_review(world, staff, make_application(world))
    b = bring_to_review(world, staff, make_application(world, master="秦朗月"))
    c = bring_to_review(world, staff, make_application(world, master="韩知远"))
    review.voting_open(actor=staff.city_admin, round=world.round)
    vote(world, staff, a, 7)
    vote(world, staff, b, 5)
    vote(world, staff, c, 4)
    result = review.voting_close(actor=staff.city_admin, round=world.round)
    assert result == {a.pk: "proposed", b.pk: "passed_not_within_quota", c.pk: "vote_failed"}


def test_notice_objection_and_confirmation(world, staff):
    """HN-6-13, HN-6-14, HN-6-16, HN-6-17, HN-6-18, HN-8-1, HN-8-2, HN-11-5, HN-13-1."""
    app = _proposed(world, staff)
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=D(2024, 7, 1))
    assert app.notice_ends_on == D(2024, 7, 8)
    assert list(public_notice_list()) == [app]
    notice.objection_record(actor=staff.city_admin, application=app, received_on=D(2024, 7, 3), channel="电话",
                            content="反映工作年限存疑")
    app.refresh_from_db()
    assert app.status == "objection_review"
    with pytest.raises(DomainError):
        notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="X", document_date=D(2024, 7, 9))
    notice.objection_decide(actor=staff.city_admin, objection=app.objections.get(), substantiated=False, reason="经核实年限属实")
    app.refresh_from_db()
    assert app.status == "in_public_notice"
    with pytest.raises(DomainError) as exc:  # the day the period ends (24:00) is still in the period
        notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="X", document_date=D(2024, 7, 8),
                                   now=dt.datetime(2024, 7, 8, 8, tzinfo=dt.timezone.utc))
    assert exc.value.clause == "HN-6-14"
    with pytest.raises(DomainError):
        notice.confirmation_record(actor=staff.d1_head, applications=[app], document_number="X", document_date=D(2024, 7, 9),
                                   now=dt.datetime(2024, 7, 9, 8, tzinfo=dt.timezone.utc))
    [studio] = notice.confirmation_record(actor=staff.city_admin, applications=[app], document_number="淮人社秘〔2024〕10号",
                                          document_date=D(2024, 7, 9), now=dt.datetime(2024, 7, 9, 8, tzinfo=dt.timezone.utc))
    assert studio.registration == "active" and studio.recognised_on == D(2024, 7, 9)
    assert studio.one_time_subsidy.amount == Decimal("50000") and studio.ruleset == "淮人社发〔2019〕49号"
    duty = Duty.objects.get(kind="studios.work_plan")
    assert duty.due_date == D(2024, 8, 8)
    assert duty.link == f"/studios/{studio.pk}/"  # staff work the duty: it opens the studio's staff page
    late = notice.objection_record(actor=staff.city_admin, application=app, received_on=D(2024, 7, 9), channel="信件",
                                   content="迟到的异议")
    assert late.finding == "late"


def test_substantiated_objection_rejects(world, staff):
    """HN-6-16: a substantiated objection rejects the candidate with a reason."""
    app = _proposed(world, staff)
    notice.notice_publish(actor=staff.city_admin, application=app, published_on=D(2024, 7, 1))
    obj = notice.objection_record(actor=staff.city_admin, application=app, received_on=D(2024, 7, 2), channel="来信",
                                  content="材料造假")
    notice.objection_decide(actor=staff.city_admin, objection=obj, substantiated=True, reason="证书系伪造")
    app.refresh_from_db()
    assert app.status == "rejected_after_notice" and app.decision_reason == "证书系伪造"


def test_plaque_registration_numbers_and_one_subsidy(world, staff):
    """HN-6-19, HN-6-22, HN-8-1: plaque recorded; one-time subsidy unique per studio."""
    studio = _confirmed(world, staff)
    plaque = studios.plaque_award(actor=staff.city_admin, studio=studio, number="HN-P-001", spec_version="2019版",
                                  presented_on=D(2024, 7, 20), recipient="周明远")
    assert plaque.name_on_plaque == studio.name
    assert studio.registration_number == "HNDS2024001"
    from django.db import IntegrityError, transaction
    with pytest.raises(IntegrityError), transaction.atomic():
        OneTimeSubsidy.objects.create(studio=studio, amount=1, granted_on=D(2024, 8, 1), ruleset="x")


def test_funds_ledger_special_subsidy_and_sample_audit(world, staff):
    """HN-8-3, HN-8-4, HN-9-1, HN-8-5, HN-8-6, HN-9-2, HN-9-3, HN-11-2."""
    studio = _confirmed(world, staff)
    funds.expenditure_record(actor=world.host_user, studio=studio, spent_on=D(2024, 8, 1), amount=Decimal("30000"),
                             category="equipment_purchase", voucher="V1")
    with pytest.raises(DomainError) as exc:
        funds.expenditure_record(actor=world.host_user, studio=studio, spent_on=D(2024, 8, 2), amount=Decimal("20000.01"),
                                 category="talent_training", voucher="V2")
    assert exc.value.clause == "HN-8-4"
    with pytest.raises(DomainError):
        funds.expenditure_record(actor=world.host_user, studio=studio, spent_on=D(2024, 8, 2), amount=Decimal("10"),
                                 category="other", voucher="V3")
    with pytest.raises(DomainError):  # the centre views but does not edit the ledger
        funds.expenditure_record(actor=staff.city_admin, studio=studio, spent_on=D(2024, 8, 2), amount=Decimal("10"),
                                 category="skill_exchange", voucher="V4")
    funds.special_subsidy_record(actor=staff.d1_head, studio=studio, amount=Decimal("8000"), purpose="进校园活动",
                                 granted_on=D(2024, 9, 1))
    report = funds.subsidy_report(year=2024)
    assert report["rows"][0]["one_time"] == Decimal("50000") and report["rows"][0]["county"] == Decimal("8000")
    assert report["without_city"] == [studio] and report["without_county"] == []
    draw = funds.sample_draw(actor=staff.city_admin, size=1, seed=2024, drawn_on=D(2024, 12, 1))
    assert draw.selected == [studio.pk] and draw.pool == [studio.pk]
    with pytest.raises(DomainError):
        funds.fund_audit_record(actor=staff.city_admin, studio=studio, period_start=D(2024, 7, 1), period_end=D(2024, 12, 1),
                                funds_covered="一次性补助", auditors="审计组", findings="票据不全", conclusion="deficient")
    audit_row = funds.fund_audit_record(actor=staff.city_admin, studio=studio, period_start=D(2024, 7, 1),
                                        period_end=D(2024, 12, 1), funds_covered="一次性补助", auditors="审计组",
                                        findings="无", conclusion="compliant", draw=draw)
    assert audit_row.conclusion == "compliant"


def test_activities_plan_assessment_rectification_and_revocation(world, staff):
    """HN-10-6, HN-10-7, HN-11-5, HN-11-3, HN-11-14, HN-11-21, HN-11-6, HN-11-20, HN-11-7, HN-11-17, HN-3-3."""
    studio = _confirmed(world, staff)
    operation.activity_record(actor=world.host_user, studio=studio, held_on=D(2024, 10, 9), title="区域就业政策交流",
                              target="t1_regional_exchange", function="precise_guidance", location="甲区", organisers="陈立衡",
                              regional=True)
    with pytest.raises(DomainError):
        operation.activity_record(actor=world.host_user, studio=studio, held_on=D(2024, 10, 9), title="进园区",
                                  target="t2_four_into", function="precise_guidance", location="园区", organisers="陈立衡")
    tid = new_id()
    operation.trainee_record(actor=world.host_user, studio=studio, name="骨干甲", id_number=tid, unit_name="甲区中心",
                             post="指导员", content="个案督导", started_on=D(2024, 1, 1), completed_on=D(2024, 12, 1))
    again = operation.trainee_record(actor=world.host_user, studio=studio, name="骨干甲", id_number=tid, unit_name="甲区中心",
                                     post="指导员", content="团体指导", started_on=D(2025, 1, 1), completed_on=D(2025, 6, 1))
    assert again.counted_before
    with pytest.raises(DomainError):
        operation.work_plan_submit(actor=world.host_user, studio=studio, term_index=1, submitted_on=D(2024, 8, 1),
                                   direction="方向", priorities="重点", level="", scale="规模", measures="措施")
    operation.work_plan_submit(actor=world.host_user, studio=studio, term_index=1, submitted_on=D(2024, 8, 1),
                               direction="方向", priorities="重点", level="层次", scale="规模", measures="措施")
    plans = Duty.objects.filter(kind="studios.work_plan").order_by("pk")
    assert [d.status for d in plans] == ["done", "open"]  # the next plan is owed before the first term ends
    operation.outcome_evaluation_record(actor=staff.city_admin, studio=studio, round_title="2025年评鉴",
                                        evaluated_on=D(2025, 3, 1), outcomes="成果", grade="不合格")
    studio.refresh_from_db()
    assert studio.standing == "good"  # an outcome-evaluation grade never triggers rectification
    operation.assessment_record(actor=staff.city_admin, studio=studio, kind="annual", period=2025, result="unqualified",
                                assessed_on=D(2025, 12, 20))
    studio.refresh_from_db()
    order = studio.rectifications.get()
    assert studio.standing == "rectification" and order.deadline == D(2026, 3, 20)
    with pytest.raises(DomainError):
        exits.studio_exit(actor=staff.city_admin, studio=studio, ground="f1_rectification_failed", document_number="撤1",
                          document_date=D(2026, 3, 1), reason="整改未达标")
    with pytest.raises(DomainError):
        operation.rectification_recheck(actor=staff.city_admin, order=order, passed=False, rechecked_on=D(2026, 3, 19))
    operation.rectification_recheck(actor=staff.city_admin, order=order, passed=False, rechecked_on=D(2026, 3, 20))
    with pytest.raises(DomainError):
        exits.studio_exit(actor=staff.d1_head, studio=studio, ground="f1_rectification_failed", document_number="撤1",
                          document_date=D(2026, 4, 1), reason="整改未达标")
    exits.studio_exit(actor=staff.city_admin, studio=studio, ground="f1_rectification_failed", document_number="淮人社〔2026〕3号",
                      document_date=D(2026, 4, 1), reason="整改未达标")
    studio.refresh_from_db()
    assert studio.registration == "revoked" and studio not in public_studio_list()
    with pytest.raises(DomainError):
        funds.special_subsidy_record(actor=staff.city_admin, studio=studio, amount=1, purpose="x", granted_on=D(2026, 5, 1))
    assert exits.plaque_remove(actor=staff.city_admin, studio=studio, removed_on=D(2026, 4, 2)) == 0


def test_master_absence_flag_install_and_natural_exit(world, staff, city):
    """HN-11-9, HN-11-10, HN-11-11, HN-11-12, HN-11-22, HN-11-13, HN-11-8, HN-11-19."""
    studio = _confirmed(world, staff)
    lead = studio.members.get(role="lead")
    studios.member_leave(actor=world.host_user, member=lead, last_working_day=D(2024, 9, 14), reason="retirement")
    studio.refresh_from_db()
    assert studio.staffing == "master_absent" and studio.registration == "active"
    assert studio.master_absent_since == D(2024, 9, 15)
    duty = Duty.objects.get(kind=CONTINUATION_DECISION_KIND)
    assert (duty.earliest, duty.unit, duty.assignee) == (D(2025, 9, 15), city.city, None)
    assert not master_absence(studio=studio, on=D(2025, 9, 14))["flagged"]
    assert master_absence(studio=studio, on=D(2025, 9, 15))["flagged"]
    with pytest.raises(DomainError) as refused:  # once flagged, only city HRSS keeps the studio (HN-11-22)
        studios.lead_master_install(actor=staff.city_admin, studio=studio, name="新大师", id_number=new_id(),
                                    on=D(2025, 10, 1), work_history=[(D(2020, 1, 1), None)])
    assert refused.value.code == "not_qualified"
    with pytest.raises(DomainError):  # unqualified replacement refused
        studios.lead_master_install(actor=staff.city_admin, studio=studio, name="新大师", id_number=new_id(),
                                    on=D(2025, 10, 1), work_history=[(D(2020, 1, 1), None)])
    studios.lead_master_install(actor=staff.city_admin, studio=studio, name="林知秋", id_number=new_id(), on=D(2025, 10, 1),
                                work_history=[(D(2010, 1, 1), None)], award_levels=["provincial"])
    studio.refresh_from_db()
    assert studio.staffing == "staffed" and studio.name == "林知秋职业指导大师工作室"
    # decided within the advisory window after the flag day (HN-11-10, 30 days by default)
    assert Duty.objects.get(kind=CONTINUATION_DECISION_KIND).status == "done"
    assert list(studio.names.values_list("name", flat=True)) == ["陈立衡职业指导大师工作室", "林知秋职业指导大师工作室"]
    with pytest.raises(DomainError):
        exits.studio_exit(actor=staff.city_admin, studio=studio, ground="n1_legal_person_ended", document_number="注1",
                          document_date=D(2025, 11, 1), reason="机构调整", lost_legal_person=True)
    exits.studio_exit(actor=staff.city_admin, studio=studio, ground="n3_voluntary", document_number="淮人社〔2025〕9号",
                      document_date=D(2025, 11, 1), reason="所在单位申请注销", host_applied=True)
    studio.refresh_from_db()
    assert studio.registration == "deregistered"


def test_nomination_preconditions(world, staff):
    """HN-3-4, HN-3-5: only an active, good-standing, staffed city studio; provincial level keeps the city record."""
    studio = _confirmed(world, staff)
    nom = studios.nomination_record(actor=staff.city_admin, studio=studio, nominated_on=D(2025, 3, 1), rationale="成效突出")
    studios.nomination_outcome(actor=staff.city_admin, nomination=nom, recognised=True, document="皖人社秘〔2025〕1号",
                               date=D(2025, 6, 1))
    assert list(studio.levels.values_list("level", flat=True)) == ["city", "provincial"]
    lead = studio.members.get(role="lead")
    studios.member_leave(actor=world.host_user, member=lead, last_working_day=D(2025, 7, 1), reason="transfer")
    studio.refresh_from_db()
    with pytest.raises(DomainError):
        studios.nomination_record(actor=staff.city_admin, studio=studio, nominated_on=D(2025, 8, 1), rationale="再推")


def test_district_sees_only_its_studios(world, staff, city):
    """HN-6-4 scoping: the other district does not see the studio."""
    studio = _confirmed(world, staff)
    assert studio in studio_list(actor=staff.d1_head)
    assert studio not in studio_list(actor=staff.d2_counsellor)
    assert Studio.objects.count() == 1


def test_master_absence_worked_example_on_the_studio_page_and_the_worklist(world, staff, city, client):
    """HN-11-10 worked example: the master's last working day is 2024-03-14, the absence starts on 2024-03-15 and
    the flag is raised on 2025-03-15 (not on 14 March); city HRSS sees the decision on the studio page and in the
    worklist of its unit head, and deregistering on ground N2 is its decision."""
    studio = _confirmed(world, staff)
    studios.member_leave(actor=world.host_user, member=studio.members.get(role="lead"),
                         last_working_day=D(2024, 3, 14), reason="retirement")
    studio.refresh_from_db()
    assert studio.master_absent_since == D(2024, 3, 15)
    assert not master_absence(studio=studio, on=D(2025, 3, 14))["flagged"]
    assert master_absence(studio=studio, on=D(2025, 3, 15))["flagged"]
    head = make_user("city-head", city.city, [Role.UNIT_HEAD])
    duty = Duty.objects.get(kind=CONTINUATION_DECISION_KIND)
    assert (duty.earliest, duty.due_date) == (D(2025, 3, 15), D(2025, 4, 14))  # advisory 30-day window
    assert [d.kind for d in duty_worklist(actor=head, today=D(2025, 4, 14)).today] == [CONTINUATION_DECISION_KIND]
    with time_machine.travel(dt.datetime(2025, 3, 14, 10, tzinfo=dt.timezone.utc), tick=False):
        client.force_login(staff.city_admin)
        page = client.get(f"/studios/{studio.pk}/").content.decode()
        assert 'data-testid="master-absence"' in page and "master-absence-flag" not in page
        with pytest.raises(DomainError):
            exits.studio_exit(actor=staff.city_admin, studio=studio, ground="n2_master_absent", document_number="注2",
                              document_date=D(2025, 3, 14), reason="不适合存续", unfit_to_continue=True)
    with time_machine.travel(dt.datetime(2025, 3, 15, 10, tzinfo=dt.timezone.utc), tick=False):
        client.force_login(staff.city_admin)
        assert "master-absence-flag" in client.get(f"/studios/{studio.pk}/").content.decode()
        exits.studio_exit(actor=staff.city_admin, studio=studio, ground="n2_master_absent", document_number="注2",
                          document_date=D(2025, 3, 15), reason="不适合存续", unfit_to_continue=True)
    assert Duty.objects.get(kind=CONTINUATION_DECISION_KIND).status == "done"
