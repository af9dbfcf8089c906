"""Applications: drafting by the host unit, recommendation, materials and the centre's check
(HN-5-*, HN-6-1 .. HN-6-5, HN-6-20, HN-6-21, HN-6-24, HN-6-25, HN-7-*)."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.services import (
    audit,
    policy_number,
    refuse,
    refuse_forbidden,
    require_resident_id,
    require_text,
    today,
)
from careerguide.duties.services import transition
from careerguide.privacy.crypto import blind_index

from ..error_codes import StudiosErrorCode
from ..models import (
    Application,
    ApplicationMember,
    Item3Document,
    MasterAward,
    MasterCertificate,
    MaterialItem,
    RoundNamedRecommender,
    RoundSlot,
    TalentRuleDocument,
    WorkHistory,
)
from ..permissions import is_studio_centre
from ..rules.base import RULESET
from ..rules.eligibility import Certificate, application_eligibility, master_eligibility, studio_eligibility
from ..rules.procedure import (
    id_copy_deletion_due,
    materials_complete,
    named_master_valid,
    recommender_may_recommend,
    studio_name,
)
from ..rules.review import slots_allow
from ..selectors import host_units_of, recommenders_of
from ..states import APPLICATION_COUNTS_FOR_SLOTS, APPLICATION_TRANSITIONS, RoundStatus
from ..states import ApplicationStatus as S

DRAFT_FIELDS = ("specialisation", "premises_address", "premises_area", "equipment", "funding_source",
                "funding_annual_amount", "planned_functions", "two_year_targets", "report_sections")


def _unit(application):
    return application.host_unit.district


def _require_host(actor, application):
    if not host_units_of(actor=actor).filter(pk=application.host_unit_id).exists():
        refuse_forbidden(clause="HN-11-2")


def _require_draft(application):
    if application.status != S.DRAFT:
        refuse(_("申报已报送，不能再修改。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-24")


def _recommender_ok(round, host_unit, recommender) -> bool:
    named = RoundNamedRecommender.objects.filter(round=round, host_unit=host_unit).values_list("recommender_id",
                                                 flat=True).first()
    return recommender_may_recommend(
        recommender_kind=recommender.kind, recommender_id=recommender.pk, recommender_district_key=recommender.unit_id,
        host_district_key=host_unit.district_id, host_university_key=host_unit.university_id,
        host_is_city_level=host_unit.is_city_level, round_named_id=named)


@transaction.atomic
def application_create(*, actor, round, host_unit, recommender, now=None, **fields) -> Application:
    """HN-6-1, HN-6-3, HN-6-4, HN-6-25: a host unit drafts an application for a published round,
    addressed to a recommender that may recommend it (never directly to the city)."""
    if not host_units_of(actor=actor).filter(pk=host_unit.pk).exists():
        refuse_forbidden(clause="HN-6-3")
    if round.status != RoundStatus.PUBLISHED:
        refuse(_("工作通知尚未发布或批次已结束，不能申报。"), code=StudiosErrorCode.WRONG_STAGE, clause="HN-6-1")
    if not _recommender_ok(round, host_unit, recommender):
        refuse(_("该推荐单位不能推荐本单位：县（区）人社局只推荐辖区内单位，高校只推荐本校单位。"), code=StudiosErrorCode.NOT_RECOMMENDABLE, clause="HN-6-4",
               field="recommender")
    app = Application.objects.create(round=round, host_unit=host_unit, recommender=recommender, ruleset=RULESET,
                                     **{k: v for k, v in fields.items() if k in DRAFT_FIELDS})
    audit(actor=actor, obj=app, action="create", unit=_unit(app), clause="HN-6-3", now=now,
          after={"round": round.pk, "recommender": recommender.pk})
    return app


@transaction.atomic
def application_update(*, actor, application, now=None, **fields) -> Application:
    _require_host(actor, application)
    _require_draft(application)
    before = {k: getattr(application, k) for k in fields if k in DRAFT_FIELDS}
    for key in before:
        setattr(application, key, fields[key])
    application.save()
    audit(actor=actor, obj=application, action="update", unit=_unit(application), clause="HN-7-7", before=before,
          after={k: fields[k] for k in before}, now=now)
    return application


def _refresh_name(application):
    """HN-6-20, HN-6-21: the name is generated from the named master, never typed."""
    named = application.members.filter(is_named=True).first()
    application.studio_name = studio_name(named.name) if named else ""
    application.save(update_fields=["studio_name", "updated_at"])


@transaction.atomic
def application_member_add(*, actor, application, name: str, id_number: str, role: str, is_named=False, post="",
                           title="", education="", gender="", birth_date=None, qualifications="", started_on=None,
                           work_history=(), certificates=(), awards=(), route3_claimed=False, route3_evidence="",
                           now=None) -> ApplicationMember:
    """HN-5-12: name, ID number, post, role, qualifications, start date; a lead master's routes and evidence."""
    _require_host(actor, application)
    _require_draft(application)
    require_text(name, field="name", label=_("姓名"), clause="HN-5-12")
    id_number = require_resident_id(id_number)
    if is_named and role != "lead":
        refuse(_("申报个人须为领衔职业指导大师。"), code=CommonErrorCode.INVALID, clause="HN-6-21", field="is_named")
    if is_named and application.members.filter(is_named=True).exists():
        refuse(_("只能指定一位申报个人。"), code=CommonErrorCode.INVALID, clause="HN-6-21", field="is_named")
    index = blind_index(id_number, purpose="studio_member")
    if application.members.filter(id_index=index).exists():
        refuse(_("该人员已在名单中。"), code=CommonErrorCode.DUPLICATE, clause="HN-5-7", field="id_number")
    member = ApplicationMember.objects.create(
        application=application, name=name.strip(), id_number=id_number, id_index=index, role=role, is_named=is_named,
        post=post, title=title, education=education, gender=gender, birth_date=birth_date, qualifications=qualifications,
        started_on=started_on, route3_claimed=route3_claimed, route3_evidence=route3_evidence)
    for employer, start, end in work_history:
        WorkHistory.objects.create(member=member, employer=employer, started_on=start, ended_on=end)
    for cert in certificates:
        MasterCertificate.objects.create(member=member, **cert)
    for award in awards:
        MasterAward.objects.create(member=member, **award)
    _refresh_name(application)
    audit(actor=actor, obj=member, action="create", unit=_unit(application), clause="HN-5-12", now=now,
          after={"name": name, "id_number": id_number, "role": role, "is_named": is_named})
    return member


@transaction.atomic
def talent_document_add(*, actor, application, title: str, aspects, now=None) -> TalentRuleDocument:
    """HN-5-10: a rules document and the aspects it covers."""
    _require_host(actor, application)
    doc = TalentRuleDocument.objects.create(application=application,
                                            title=require_text(title, field="title", label=_("制度名称"), clause="HN-5-10"),

                                            aspects=list(aspects))
    audit(actor=actor, obj=doc, action="create", unit=_unit(application), clause="HN-5-10",
          after={"aspects": list(aspects)}, now=now)
    return doc


@transaction.atomic
def application_submit(*, actor, application, now=None) -> Application:
    """HN-6-24: draft → submitted_to_recommender (host unit), by the recommendation deadline."""
    _require_host(actor, application)
    if today(now) > application.round.recommendation_deadline:
        refuse(_("已过推荐截止日期。"), code=CommonErrorCode.TOO_LATE, clause="HN-6-5")
    flags = list(application.members.filter(role="lead").values_list("is_named", flat=True))
    if not named_master_valid(flags):
        refuse(_("须在领衔职业指导大师中指定一位申报个人。"), code=CommonErrorCode.REQUIRED, clause="HN-6-21")
    transition(obj=application, to=S.SUBMITTED, actor=actor, table=APPLICATION_TRANSITIONS, unit=_unit(application),
               clause="HN-6-24", milestone_field="submitted_at", now=now)
    return application


@transaction.atomic
def application_recommend(*, actor, application, recommend: bool, opinion: str, seal=None, now=None) -> Application:
    """HN-6-5, HN-6-2, HN-7-7: the recommender records its result, its opinion and (optionally) the scan of the
    sealed opinion; slots are respected."""
    if not recommenders_of(actor=actor).filter(pk=application.recommender_id).exists():
        refuse_forbidden(clause="HN-6-4")
    require_text(opinion, field="opinion", label=_("推荐意见"), clause="HN-6-5")
    if recommend:
        slot = RoundSlot.objects.filter(round=application.round, recommender=application.recommender).first()
        used = Application.objects.filter(round=application.round, recommender=application.recommender,
                                          status__in=APPLICATION_COUNTS_FOR_SLOTS).count()
        if not slots_allow(used, slot.slots if slot else None):
            refuse(_("本单位推荐名额（%(n)s个）已用完。") % {"n": slot.slots}, code=StudiosErrorCode.QUOTA_FULL, clause="HN-6-2")
        if today(now) > application.round.materials_deadline:
            refuse(_("已过材料报送截止日期。"), code=CommonErrorCode.TOO_LATE, clause="HN-6-5")
    application.recommender_opinion = opinion.strip()
    if seal is not None:
        application.recommender_seal = seal
    application.save(update_fields=["recommender_opinion", "recommender_seal", "updated_at"])
    transition(obj=application, to=S.RECOMMENDED if recommend else S.NOT_RECOMMENDED, actor=actor,
               table=APPLICATION_TRANSITIONS, unit=_unit(application), clause="HN-6-5", reason=opinion,
               milestone_field="recommended_at", now=now)
    return application


@transaction.atomic
def application_withdraw(*, actor, application, reason: str, now=None) -> Application:
    """HN-6-24: any state before in_public_notice → withdrawn (host unit or recommender)."""
    is_host = host_units_of(actor=actor).filter(pk=application.host_unit_id).exists()
    if not (is_host or recommenders_of(actor=actor).filter(pk=application.recommender_id).exists()):
        refuse_forbidden(clause="HN-6-24")
    require_text(reason, field="reason", label=_("撤回原因"), clause="HN-6-24")
    transition(obj=application, to=S.WITHDRAWN, actor=actor, table=APPLICATION_TRANSITIONS, unit=_unit(application),
               clause="HN-6-24", reason=reason, now=now)
    return application


@transaction.atomic
def material_receipt_record(*, actor, application, item: str, paper_copies: int, electronic_copy=None,
                            now=None) -> MaterialItem:
    """HN-7-1: the centre records the paper copies received and the electronic copy."""
    if not (is_studio_centre(actor) or recommenders_of(actor=actor).filter(pk=application.recommender_id).exists()):
        refuse_forbidden(clause="HN-11-1")
    row, _created = MaterialItem.objects.get_or_create(application=application, item=item)
    before = {"paper_copies": row.paper_copies}
    row.paper_copies = paper_copies
    if electronic_copy is not None:
        row.electronic_copy = electronic_copy
    row.save()
    audit(actor=actor, obj=row, action="update", unit=_unit(application), clause="HN-7-1", before=before,
          after={"paper_copies": paper_copies, "uploaded": bool(row.electronic_copy)}, now=now)
    return row


@transaction.atomic
def item3_document_add(*, actor, application, kind: str, file, now=None) -> Item3Document:
    """HN-7-4: copies of the ID card and the certificates for the route claimed."""
    if not (is_studio_centre(actor) or host_units_of(actor=actor).filter(pk=application.host_unit_id).exists()):
        refuse_forbidden(clause="HN-7-4")
    doc = Item3Document.objects.create(application=application, kind=kind, file=file)
    audit(actor=actor, obj=doc, action="create", unit=_unit(application), clause="HN-7-4", after={"kind": kind},
          now=now)
    return doc


def _certificates(member):
    return [Certificate(occupation=c.occupation, kind=c.kind, reviewer_confirmed=c.reviewer_confirmed)
            for c in member.certificates.all()]


def master_decision(*, member, reference, min_years):
    intervals = [(w.started_on, w.ended_on) for w in member.work_history.all()]
    return master_eligibility(intervals=intervals, reference=reference, certificates=_certificates(member),
                              award_levels=[a.level for a in member.awards.all()],
                              route3_claimed=member.route3_claimed, route3_evidence=member.route3_evidence,
                              min_years=min_years)


def application_eligibility_evaluate(*, application):
    """HN-5-8: the eligibility sheet, each condition with its reason; reference date = materials deadline (HN-5-5)."""
    on = application.round.materials_deadline
    unit = _unit(application)
    min_years = policy_number("hn.lead_master_min_years", unit=unit, on=on)
    members = list(application.members.all())
    leads = [m for m in members if m.role == "lead"]
    masters = [master_decision(member=m, reference=on, min_years=min_years) for m in leads]
    aspects = set()
    for doc in application.talent_documents.all():
        aspects.update(doc.aspects)
    studio = studio_eligibility(
        lead_person_ids=[m.id_index for m in leads], staff_person_ids=[m.id_index for m in members if m.role == "staff"],
        talent_aspects_covered=aspects, funding_source=application.funding_source,
        funding_annual_amount=application.funding_annual_amount, premises_address=application.premises_address,
        premises_area=application.premises_area, equipment=application.equipment,
        min_lead_masters=policy_number("hn.min_lead_masters", unit=unit, on=on), min_staff=policy_number("hn.min_staff",
                                       unit=unit, on=on))
    return application_eligibility(masters, studio), leads


def application_materials_evaluate(*, application, leads):
    routes = set()
    for member in leads:
        if member.certificates.exists():
            routes.add("route1")
        if member.awards.filter(level__in=["provincial", "national"]).exists():
            routes.add("route2")
        if member.route3_claimed:
            routes.add("route3")
    items = {m.item: m for m in application.materials.all()}
    return materials_complete(
        copies={k: v.paper_copies for k, v in items.items()}, uploaded={k: bool(v.electronic_copy) for k, v in items.items()},
        report_sections=set(application.report_sections),
        item3_documents=set(application.item3_documents.filter(deleted_on__isnull=True).values_list("kind", flat=True)),
        routes_claimed=routes, has_recommendation_report="recommendation_report" in items and bool(items["recommendation_report"].electronic_copy),
        required_copies=policy_number("hn.material_copies", unit=_unit(application),
                                      on=application.round.materials_deadline))


@transaction.atomic
def application_check(*, actor, application, opinion: str = "", now=None) -> Application:
    """HN-6-24: the centre checks the art. 7 materials and the art. 5 conditions: ineligible only on a
    blocking failure (HN-5-8), materials_incomplete when an item is missing (HN-7-1), else under_review."""
    if not is_studio_centre(actor):
        refuse_forbidden(clause="HN-11-1")
    decision, leads = application_eligibility_evaluate(application=application)
    complete, problems = application_materials_evaluate(application=application, leads=leads)
    application.eligibility = decision.as_list()
    application.blocking = list(decision.blocking)
    application.centre_opinion = opinion or "；".join(problems)
    application.save(update_fields=["eligibility", "blocking", "centre_opinion", "updated_at"])
    if not decision.ok:
        to, clause = S.INELIGIBLE, "HN-5-8"
    elif not complete:
        to, clause = S.MATERIALS_INCOMPLETE, "HN-7-1"
    else:
        to, clause = S.UNDER_REVIEW, "HN-6-24"
    if to == application.status:
        return application
    transition(obj=application, to=to, actor=actor, table=APPLICATION_TRANSITIONS, unit=_unit(application),
               clause=clause,
               reason="；".join(problems) or ",".join(decision.blocking), now=now)
    return application


# Applications that ended without recognition: their ID-card copies are purged after the retention period (HN-7-5).
NOT_RECOGNISED = (S.NOT_RECOMMENDED, S.INELIGIBLE, S.VOTE_FAILED, S.NOT_WITHIN_QUOTA, S.REJECTED_AFTER_NOTICE,
                  S.WITHDRAWN)


@transaction.atomic
def id_copies_purge(*, now=None) -> int:
    """HN-7-5 (daily job): ID-card copies of an application that was not recognised are deleted
    `hn.id_copy_retention_years` after its round closes; a recognised studio keeps them in its file."""
    on = today(now)
    purged = 0
    docs = Item3Document.objects.filter(kind="id_card", deleted_on__isnull=True, application__status__in=NOT_RECOGNISED,
                                        application__round__closed_on__isnull=False).select_related("application__round")
    for doc in docs:
        app = doc.application
        years = policy_number("hn.id_copy_retention_years", unit=_unit(app), on=on)
        if on < id_copy_deletion_due(app.round.closed_on, retention_years=years):
            continue
        if doc.file:
            doc.file.delete(save=False)
        doc.file, doc.deleted_on = "", on
        doc.save(update_fields=["file", "deleted_on", "updated_at"])
        audit(actor=None, obj=doc, action="purge", unit=_unit(app), clause="HN-7-5", now=now,
              after={"application": app.pk, "deleted_on": on})
        purged += 1
    return purged
