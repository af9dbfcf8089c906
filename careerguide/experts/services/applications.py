"""Rounds and applications: creation, submission in every channel, agency screening and batch,
withdrawal (CZ-4-2, CZ-4-9, CZ-6-2..6-18, CZ-11-6)."""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.identifiers import normalise_resident_id, resident_id_birth_date
from careerguide.common.services import audit, policy_number, refuse_calendar, today
from careerguide.duties.services import transition
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.scoping import unit_in_jurisdiction
from careerguide.organisations.selectors import city_unit
from careerguide.workdays.calendar import CalendarYearNotLoaded
from careerguide.workdays.selectors import work_calendar

from ..choices import AttachmentKind, Category, Channel
from ..deadlines import batch_deadline, round_too_early
from ..error_codes import ExpertsErrorCode
from ..models import Application, ApplicationRound
from ..permissions import is_agency_staff, is_expert_portal_user, is_recommender
from ..rules import birth_date_problem
from ..selectors import (
    id_index_of,
    live_membership_exists,
    other_live_application,
    person_is_barred,
)
from ..states import APPLICATION_TRANSITIONS, WITHDRAWABLE, ApplicationStatus
from .access import require_city_hrss
from .annex import ANNEX_FIELDS, annex_rows_create, annex_values

# CZ-6-6, CZ-6-11, CZ-6-12, CZ-6-13: attachments each channel must carry before submission.
REQUIRED_ATTACHMENTS = {
    Channel.SELF_NOMINATION: (AttachmentKind.RESUME, AttachmentKind.ACHIEVEMENTS, AttachmentKind.PRACTICE_CASES),
    Channel.AGENCY: (AttachmentKind.NOMINEE_DETAILS, AttachmentKind.PRACTICE_CASES),
    Channel.UNIVERSITY: (AttachmentKind.TEACHING_RESEARCH, AttachmentKind.INDUSTRY_CONNECTIONS,
                         AttachmentKind.PRACTICE_CASES),
    Channel.ASSOCIATION: (AttachmentKind.PROFILE, AttachmentKind.QUALIFICATIONS_HONOURS, AttachmentKind.EXPERTISE,
                          AttachmentKind.PRACTICE_CASES),
}
# CZ-A1-9 declarations, CZ-4-2 volunteer commitment, CZ-4-4 health, CZ-11-6 minimum publication consent.
DECLARATIONS = {
    "conditions": "conditions_declared_at", "volunteer": "volunteer_declared_at", "health": "health_declared_at",
    "truthful": "truthful_declared_at", "confidentiality": "confidentiality_declared_at",
    "processing": "processing_consent_at", "publication": "publication_consent_at",
}
DECLARATION_MESSAGES = {
    "conditions": gettext_lazy("请确认符合基本条件（第四条第一至三项）。"),
    "volunteer": gettext_lazy("请勾选志愿从事职业指导服务工作、积极参与专家团工作的承诺。"),
    "health": gettext_lazy("请声明身心健康、能够独立开展职业指导工作。"),
    "truthful": gettext_lazy("请承诺所填信息和材料真实。"),
    "confidentiality": gettext_lazy("请承诺保守劳动者个人隐私和用人单位商业秘密。"),
    "processing": gettext_lazy("请同意对个人信息的处理。"),
    "publication": gettext_lazy("请单独同意在公示和专家名录中公开姓名、工作单位和擅长领域。"),
}
PERSON_FIELDS = ("name", "gender", "id_type", "birth_date", "email", "education", "professional_title", "work_unit",
                 "unit_type", "position", "position_rank", "position_started", "is_key_staff", "is_founder",
                 "enterprise_size", "enterprise_size_basis", "sector_1028", "expertise", "duties_offered",
                 "target_groups", "modes", "photo_consent", "no_work_unit")


@transaction.atomic
def round_create(*, actor, title: str, open_date, closing_date, early_reason: str = "", now=None) -> ApplicationRound:
    """CZ-6-3, CZ-6-4: city_hrss opens a round; earlier than 2 years after the previous one needs a reason."""
    require_city_hrss(actor=actor, clause="CZ-6-3")
    on = today(now)
    if not (title or "").strip() or closing_date < open_date:
        raise DomainError(field_errors={"closing_date": [_("请填写名称，申报截止日不能早于开始日期。")]},
                          code=CommonErrorCode.INVALID, clause="CZ-6-3")
    previous = ApplicationRound.objects.order_by("-open_date").first()
    years = policy_number("cz.application_round_interval_years", unit=city_unit(), on=on)
    if round_too_early(previous.open_date if previous else None, open_date, years) and not early_reason.strip():
        raise DomainError(field_errors={"early_reason": [
            _("距上一批次开始不足%(n)s年（“一般每两年集中申请一次”），请填写提前开展的理由。") % {"n": years}]},
            clause="CZ-6-4", code=ExpertsErrorCode.ROUND_TOO_EARLY)
    try:
        deadline = batch_deadline(closing_date, work_calendar(),
                                  policy_number("cz.batch_deadline_workdays", unit=city_unit(), on=on))
    except CalendarYearNotLoaded as exc:
        refuse_calendar(exc, clause="CZ-6-10")
    rnd = ApplicationRound.objects.create(unit=actor.unit, title=title.strip(), open_date=open_date,
                                          closing_date=closing_date, batch_deadline=deadline,
                                          early_reason=early_reason.strip())
    audit(actor=actor, obj=rnd, unit=rnd.unit, action="create", clause="CZ-6-3", now=now,
          after={"open_date": open_date, "closing_date": closing_date, "batch_deadline": deadline,
                        "early_reason": rnd.early_reason})
    return rnd


def _origin(actor, channel: str, receiving_unit, recommender):
    """Who may create an application in which channel, and where it is received (CZ-6-8, CZ-6-16)."""
    if channel == Channel.SELF_NOMINATION:
        if not is_expert_portal_user(actor):
            raise DomainError(_("个人自荐须由申请人本人在门户填报。"), clause="CZ-6-2", code=CommonErrorCode.FORBIDDEN)
        if receiving_unit is None or receiving_unit.level not in (UnitLevel.CITY, UnitLevel.DISTRICT):
            raise DomainError(field_errors={"receiving_unit": [_("请选择所在市、区的公共就业服务机构。")]},
                              code=CommonErrorCode.INVALID, clause="CZ-6-8")
        return receiving_unit, None
    if channel == Channel.AGENCY:
        if not is_agency_staff(actor):
            raise DomainError(_("只有公共就业服务机构可以推荐。"), clause="CZ-6-11", code=CommonErrorCode.FORBIDDEN)
        return actor.unit, None
    if channel in (Channel.UNIVERSITY, Channel.ASSOCIATION):
        kind = "university" if channel == Channel.UNIVERSITY else "association"
        if recommender is None or not is_recommender(actor) or not recommender.users.filter(pk=actor.pk).exists() \
                or recommender.kind != kind:
            raise DomainError(_("只能以本单位名义推荐。"), clause="CZ-6-12", code=CommonErrorCode.FORBIDDEN)
        return city_unit(), recommender  # these batches go directly to city_hrss
    raise DomainError(field_errors={"channel": [_("请选择申报渠道。")]}, code=CommonErrorCode.INVALID, clause="CZ-6-2")


@transaction.atomic
def application_create(*, actor, round: ApplicationRound, channel: str, person: dict, id_number: str, phone: str = "",
                       work_history=(), certificates=(), honours=(), attachments=(), categories=(), declarations=(),
                       receiving_unit=None, recommender=None, home_district=None, photo=None, practice_cases=(),
                       now=None) -> Application:
    """A draft in one channel (CZ-6-2) with the Annex 1 data (CZ-A1-1 .. CZ-A1-10); a self-nomination goes to the
    agency of the applicant's county-level city or district unless they choose the municipal one (CZ-6-8)."""
    now = now or timezone.now()
    unit, recommender = _origin(actor, channel, receiving_unit or home_district, recommender)
    bad = [c for c in categories if c not in Category.values]
    if bad:
        raise DomainError(field_errors={"categories": [_("人员组成类别无效。")]}, code=CommonErrorCode.INVALID, clause="CZ-5-1")
    number_ = normalise_resident_id(id_number) if person.get("id_type",
                                    "resident_id") == "resident_id" else id_number.strip()
    values = annex_values(values={k: person[k] for k in PERSON_FIELDS + ANNEX_FIELDS if k in person})
    if values.get("id_type", "resident_id") == "resident_id" and not values.get("birth_date"):
        values["birth_date"] = resident_id_birth_date(number_)
    app = Application(round=round, channel=channel, receiving_unit=unit, recommender=recommender, created_by=actor,
                      home_district=home_district, photo=photo or "",
                      applicant_user=actor if channel == Channel.SELF_NOMINATION else None,
                      id_number=number_, id_index=id_index_of(id_number=number_), phone=phone.strip(), categories=list(categories),
                      **values)
    for key in declarations:
        if key in DECLARATIONS:
            setattr(app, DECLARATIONS[key], now)
    if app.birth_date is None:
        raise DomainError(field_errors={"birth_date": [_("请填写出生日期。")]}, code=CommonErrorCode.REQUIRED, clause="CZ-4-9")
    app.save()
    annex_rows_create(actor=actor, application=app, work_history=work_history, certificates=certificates,
                      honours=honours, attachments=attachments, practice_cases=practice_cases)
    audit(actor=actor, obj=app, unit=unit, action="create", clause="CZ-6-2", now=now,
          after={"channel": channel, "round": round.pk, "categories": list(categories)})
    return app


def _submission_problems(app: Application, today) -> tuple[list, dict]:
    messages, fields = [], {}
    if person_is_barred(id_index=app.id_index):
        messages.append(_("该人员已被解聘，不再被列为聘任对象。"))
    if live_membership_exists(id_index=app.id_index):
        messages.append(_("该人员是在聘专家，请通过续聘办理，不能作为新申请人申报。"))
    if other_live_application(application=app):
        messages.append(_("该人员在本批次已有一份在办申报，不能重复申报。"))
    problem = birth_date_problem(id_type=app.id_type, id_number=app.id_number, declared=app.birth_date)
    if problem:
        fields["birth_date"] = [_("出生日期与身份证号码不一致或证件号码无效。")]
    missing = [k for k, f in DECLARATIONS.items() if getattr(app, f) is None]
    if missing:
        fields["declarations"] = [DECLARATION_MESSAGES[k] for k in missing]
    have = set(app.attachments.values_list("kind", flat=True))
    lacking = [AttachmentKind(k).label for k in REQUIRED_ATTACHMENTS[app.channel] if k not in have]
    if lacking:
        fields["attachments"] = [_("缺少材料：%(list)s。") % {"list": "、".join(str(x) for x in lacking)}]
    if app.channel == Channel.SELF_NOMINATION:
        needed = AttachmentKind.NO_UNIT_DECLARATION if app.no_work_unit else AttachmentKind.UNIT_OPINION
        if needed not in have:
            fields.setdefault("attachments", []).append(
                _("个人自荐须经所在单位同意并附盖章的单位意见；无工作单位的请附声明。"))
    elif app.nominee_confirmed_at is None:
        messages.append(_("被推荐人尚未确认推荐并同意处理个人信息。"))
    if app.channel == Channel.ASSOCIATION and not (app.association_member_number.strip() or app.association_joined_on):
        fields["association_member_number"] = [_("社团组织推荐须填写被推荐人的会员编号或入会日期。")]
    if not app.categories:
        fields["categories"] = [_("请至少选择一个人员组成类别。")]
    return messages, fields


@transaction.atomic
def application_submit(*, actor, application: Application, now=None) -> Application:
    """Self-nomination: draft → submitted_to_agency (the applicant).  Recommender channels: draft →
    submitted_to_city with a recommending preliminary opinion, by the batch deadline (CZ-6-18)."""
    now = now or timezone.now()
    on = today(now)
    app = Application.objects.select_for_update().get(pk=application.pk)
    rnd = app.round
    self_nom = app.channel == Channel.SELF_NOMINATION
    if self_nom and app.applicant_user_id != getattr(actor, "pk", None):
        raise DomainError(_("只能提交本人的申报。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-6-16")
    if not self_nom and app.created_by_id != actor.pk and not (app.recommender and app.recommender.users.filter(pk=actor.pk).exists()):
        raise DomainError(_("只能报送本单位推荐的人选。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-6-16")
    last = rnd.closing_date if self_nom else rnd.batch_deadline
    if not (rnd.open_date <= on <= last):
        raise DomainError(_("不在集中申请期内（%(a)s至%(b)s），不能提交。") % {"a": rnd.open_date, "b": last},
                          code=ExpertsErrorCode.OUTSIDE_WINDOW, clause="CZ-6-3")
    messages, fields = _submission_problems(app, on)
    if not self_nom and app.preliminary_recommend is not True:
        fields["preliminary_reason"] = [_("请先填写推荐的初审意见。")]
    if messages or fields:
        err = DomainError(messages[0] if messages else None, field_errors=fields,
                          code=ExpertsErrorCode.SUBMISSION_INCOMPLETE, clause="CZ-9-8" if messages else "CZ-6-6")
        err.messages = list(messages) + [m for v in fields.values() for m in v]
        raise err
    app.submitted_at = now
    if not self_nom:
        app.sent_to_city_at = now
    app.save(update_fields=["submitted_at", "sent_to_city_at", "updated_at"])
    to = ApplicationStatus.SUBMITTED_TO_AGENCY if self_nom else ApplicationStatus.SUBMITTED_TO_CITY
    transition(obj=app, to=to, actor=actor, table=APPLICATION_TRANSITIONS, unit=app.receiving_unit, clause="CZ-6-18",
               now=now)
    return app


@transaction.atomic
def preliminary_opinion_record(*, actor, application: Application, recommend: bool, reason: str, seal=None,
                               now=None) -> Application:
    """CZ-6-9, CZ-6-11..6-13: the receiving agency or nominating body records 初审意见 (with its signer, date and
    the sealed scan, CZ-A1-10); a self-nomination not recommended ends as agency_rejected and the applicant sees
    the reason."""
    now = now or timezone.now()
    app = Application.objects.select_for_update().get(pk=application.pk)
    if not (reason or "").strip():
        raise DomainError(field_errors={"preliminary_reason": [_("请填写初审意见。")]},
                          code=CommonErrorCode.REQUIRED, clause="CZ-6-9")
    own = (app.channel == Channel.AGENCY and is_agency_staff(actor) and unit_in_jurisdiction(actor, app.receiving_unit)) or \
          (app.recommender_id and app.recommender.users.filter(pk=actor.pk).exists())
    screens = app.channel == Channel.SELF_NOMINATION and is_agency_staff(actor) and \
        unit_in_jurisdiction(actor, app.receiving_unit) and app.status == ApplicationStatus.SUBMITTED_TO_AGENCY
    if not (own and app.status == ApplicationStatus.DRAFT) and not screens:
        raise DomainError(_("无权对该申报填写初审意见。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-6-16")
    before = {"preliminary_recommend": app.preliminary_recommend}
    app.preliminary_recommend, app.preliminary_reason, app.preliminary_by = bool(recommend), reason.strip(), actor
    app.preliminary_on = today(now)
    if seal is not None:
        app.preliminary_seal = seal
    app.save(update_fields=["preliminary_recommend", "preliminary_reason", "preliminary_by", "preliminary_on",
                            "preliminary_seal", "updated_at"])
    audit(actor=actor, obj=app, unit=app.receiving_unit, action="preliminary_opinion", clause="CZ-6-9", now=now,
          before=before, after={"preliminary_recommend": app.preliminary_recommend}, reason=app.preliminary_reason)
    if screens and not recommend:
        transition(obj=app, to=ApplicationStatus.AGENCY_REJECTED, actor=actor, table=APPLICATION_TRANSITIONS,
                   unit=app.receiving_unit, clause="CZ-6-9", reason=app.preliminary_reason, now=now)
    return app


@transaction.atomic
def agency_batch_submit(*, actor, round: ApplicationRound, now=None) -> list[Application]:
    """CZ-6-10: the agency sends its recommended self-nominations to city_hrss as one batch by the deadline."""
    now = now or timezone.now()
    if not is_agency_staff(actor):
        raise DomainError(_("只有公共就业服务机构可以统一报送。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-6-10")
    if today(now) > round.batch_deadline:
        raise DomainError(_("已过统一报送截止日（%(d)s）。") % {"d": round.batch_deadline},
                          code=CommonErrorCode.TOO_LATE, clause="CZ-6-10")
    apps = list(Application.objects.select_for_update().filter(
        round=round, receiving_unit=actor.unit, status=ApplicationStatus.SUBMITTED_TO_AGENCY, preliminary_recommend=True))
    pending = Application.objects.filter(round=round, receiving_unit=actor.unit,
                                         status=ApplicationStatus.SUBMITTED_TO_AGENCY,
                                         preliminary_recommend__isnull=True).count()
    if pending:
        raise DomainError(_("还有%(n)s份申报未填写初审意见。") % {"n": pending},
                          code=ExpertsErrorCode.OPINIONS_PENDING, clause="CZ-6-9")
    for app in apps:
        app.sent_to_city_at = now
        app.save(update_fields=["sent_to_city_at", "updated_at"])
        transition(obj=app, to=ApplicationStatus.SUBMITTED_TO_CITY, actor=actor, table=APPLICATION_TRANSITIONS,
                   unit=app.receiving_unit, clause="CZ-6-10", now=now)
    return apps


@transaction.atomic
def nominee_confirm(*, actor, application: Application, id_number: str, now=None) -> Application:
    """CZ-6-15: the nominee, signed in on the portal, confirms the nomination and consents to processing."""
    now = now or timezone.now()
    app = Application.objects.select_for_update().get(pk=application.pk)
    if not is_expert_portal_user(actor) or app.channel == Channel.SELF_NOMINATION or app.status != ApplicationStatus.DRAFT \
            or id_index_of(id_number=normalise_resident_id(id_number)) != app.id_index:
        raise DomainError(_("证件号码与被推荐人不符，或该推荐无需确认。"), code=ExpertsErrorCode.NOMINEE_MISMATCH, clause="CZ-6-15")
    app.nominee_confirmed_at = app.processing_consent_at = now
    app.applicant_user = actor
    app.save(update_fields=["nominee_confirmed_at", "processing_consent_at", "applicant_user", "updated_at"])
    audit(actor=actor, obj=app, unit=app.receiving_unit, action="nominee_confirm", clause="CZ-6-15", now=now)
    return app


@transaction.atomic
def application_withdraw(*, actor, application: Application, reason: str = "", now=None) -> Application:
    """CZ-6-18: the applicant or their recommender withdraws any non-terminal state before the notice."""
    app = Application.objects.select_for_update().get(pk=application.pk)
    mine = app.applicant_user_id == getattr(actor, "pk", None) or app.created_by_id == getattr(actor, "pk", None) or \
        (app.recommender_id and app.recommender.users.filter(pk=actor.pk).exists()) or \
        (app.channel == Channel.AGENCY and is_agency_staff(actor) and unit_in_jurisdiction(actor, app.receiving_unit))
    if not mine:
        raise DomainError(_("只能撤回本人或本单位的申报。"), code=CommonErrorCode.FORBIDDEN, clause="CZ-6-18")
    if app.status not in WITHDRAWABLE:
        raise DomainError(_("进入公示后不能撤回。"), code=ExpertsErrorCode.WRONG_STAGE, clause="CZ-6-18")
    transition(obj=app, to=ApplicationStatus.WITHDRAWN, actor=actor, table=APPLICATION_TRANSITIONS,
               unit=app.receiving_unit,
               clause="CZ-6-18", reason=reason, now=now)
    return app
