"""The HEI guidance model: two-level guidance units (SD-13-1), the career-course plan (SD-13-2 .. SD-13-6) and the
provincial student career-planning competition (SD-14-1, SD-14-2)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import audit, refuse, require_in_jurisdiction, require_text, today
from careerguide.duties.services import transition

from ..choices import CourseStatus, DeliveryMode, GuidanceLevel, StudyLevel
from ..error_codes import WorkforceErrorCode
from ..models import (
    CompetitionRegistration,
    Counsellor,
    CoursePlan,
    CourseSegment,
    HeiGuidanceUnit,
    OrganisationProfile,
    StudentCompetition,
)
from ..rules.guidance_model import registration_problem
from ..states import COMPETITION_TRANSITIONS, CompetitionStatus


def _require_hei(unit) -> OrganisationProfile:
    profile = OrganisationProfile.objects.filter(unit=unit, org_type="hei").first()
    if profile is None:
        refuse(_("该机构未登记为普通高等学校。"), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-G-1", field="hei")
    return profile


@transaction.atomic
def hei_unit_create(*, actor, hei, level: str, name: str, parent: HeiGuidanceUnit | None = None,
                    now=None) -> HeiGuidanceUnit:
    """SD-13-1: one school-level guidance unit per HEI; each department-level unit reports to it."""
    require_in_jurisdiction(actor=actor, unit=hei)
    _require_hei(hei)
    name = require_text(name, field="name", label=_("名称"), clause="SD-13-1")
    if level == GuidanceLevel.SCHOOL and HeiGuidanceUnit.objects.filter(hei=hei, level=GuidanceLevel.SCHOOL).exists():
        refuse(_("每所高校只设一个学校层级的职业指导机构。"), code=CommonErrorCode.DUPLICATE, clause="SD-13-1", field="level")
    if level == GuidanceLevel.DEPARTMENT and (parent is None or parent.hei_id != hei.pk or parent.level != "school"):
        refuse(_("院系层级的机构须隶属本校学校层级的机构。"), code=CommonErrorCode.INVALID, clause="SD-13-1", field="parent")
    if level not in GuidanceLevel.values:
        refuse(_("请选择层级。"), code=CommonErrorCode.INVALID, clause="SD-13-1", field="level")
    row = HeiGuidanceUnit.objects.create(hei=hei, level=level, name=name,
                                         parent=parent if level == GuidanceLevel.DEPARTMENT else None)
    audit(actor=actor, obj=row, unit=hei, action="create", clause="SD-13-1", now=now, after={"level": level, "name": name})
    return row


@transaction.atomic
def counsellor_hei_unit_assign(*, actor, counsellor: Counsellor, guidance_unit: HeiGuidanceUnit, now=None) -> Counsellor:
    """SD-13-1 (proposal): each HEI counsellor works at one level, the school's or a department's."""
    require_in_jurisdiction(actor=actor, unit=counsellor.unit)
    if not guidance_unit.hei.contains(counsellor.unit):
        refuse(_("该人员不属于这所高校。"), code=WorkforceErrorCode.OUTSIDE_LOCALITY, clause="SD-13-1",
               field="guidance_unit")
    before = {"hei_guidance_unit": counsellor.hei_guidance_unit_id}
    counsellor.hei_guidance_unit = guidance_unit
    counsellor.save(update_fields=["hei_guidance_unit", "updated_at"])
    audit(actor=actor, obj=counsellor, unit=counsellor.unit, action="update", clause="SD-13-1", now=now, before=before,
          after={"hei_guidance_unit": guidance_unit.pk, "level": guidance_unit.level})
    return counsellor


@transaction.atomic
def course_plan_create(*, actor, hei, academic_year: int, course_status: str, programme_years: int, delivery_mode: str,
                       title: str = "职业发展与就业指导", platform: str = "", ideological_content: bool = False,
                       practice_training: bool = False, quality_education: bool = False, now=None) -> CoursePlan:
    """SD-13-2, SD-13-5: the course in the teaching plan with its status, delivery mode, platform and integration
    tags; compliance is reported, never blocked (the opinion's instructions warn)."""
    require_in_jurisdiction(actor=actor, unit=hei)
    _require_hei(hei)
    errors = {}
    if course_status not in CourseStatus.values:
        errors["course_status"] = [_("请选择必修课或选修课。")]
    if delivery_mode not in DeliveryMode.values:
        errors["delivery_mode"] = [_("请选择授课方式。")]
    if programme_years not in (2, 3, 4, 5, 6):
        errors["programme_years"] = [_("学制为2至6年。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="SD-13-5")
    if CoursePlan.objects.filter(hei=hei, academic_year=academic_year, programme_years=programme_years).exists():
        refuse(_("该学制本年度已有课程计划。"), code=CommonErrorCode.DUPLICATE, clause="SD-13-2")
    plan = CoursePlan.objects.create(hei=hei, academic_year=academic_year, course_status=course_status,
                                     programme_years=programme_years, delivery_mode=delivery_mode, title=title,
                                     platform=platform, ideological_content=ideological_content,
                                     practice_training=practice_training, quality_education=quality_education)
    audit(actor=actor, obj=plan, unit=hei, action="create", clause="SD-13-2", now=now,
          after={"course_status": course_status, "delivery_mode": delivery_mode, "programme_years": programme_years})
    return plan


@transaction.atomic
def course_segment_add(*, actor, plan: CoursePlan, year_of_study: int, title: str, credits,
                       safety_risk_awareness: bool = False, safety_employment_rights: bool = False,
                       now=None) -> CourseSegment:
    """SD-13-4: each segment belongs to a year of study within the programme and carries credits > 0; SD-13-6 its
    employment safety topics."""
    require_in_jurisdiction(actor=actor, unit=plan.hei)
    if not 1 <= year_of_study <= plan.programme_years:
        refuse(_("年级须在1至%(n)s年级之间。") % {"n": plan.programme_years}, code=CommonErrorCode.INVALID,
               clause="SD-13-4", field="year_of_study")
    if credits is None or Decimal(credits) <= 0:
        refuse(_("分年级设立的学分须大于0。"), code=CommonErrorCode.INVALID, clause="SD-13-4", field="credits")
    segment = CourseSegment.objects.create(plan=plan, year_of_study=year_of_study, credits=credits,
                                           title=require_text(title, field="title", label=_("教学内容"), clause="SD-13-4"),
                                           safety_risk_awareness=safety_risk_awareness,
                                           safety_employment_rights=safety_employment_rights)
    audit(actor=actor, obj=plan, unit=plan.hei, action="segment_add", clause="SD-13-4", now=now,
          after={"year_of_study": year_of_study, "credits": credits})
    return segment


@transaction.atomic
def competition_create(*, actor, unit, year: int, title: str = "山东省大学生职业规划比赛",
                       postgraduates_allowed: bool = False, now=None) -> StudentCompetition:
    """SD-14-1: one edition a year; SD-14-2 whether postgraduates may enter is the edition's rule."""
    require_in_jurisdiction(actor=actor, unit=unit)
    if StudentCompetition.objects.filter(unit=unit, year=year).exists():
        refuse(_("本年度已有一届比赛。"), code=CommonErrorCode.DUPLICATE, clause="SD-14-1", field="year")
    row = StudentCompetition.objects.create(unit=unit, year=year, title=title, postgraduates_allowed=postgraduates_allowed)
    audit(actor=actor, obj=row, unit=unit, action="create", clause="SD-14-1", now=now,
          after={"year": year, "postgraduates_allowed": postgraduates_allowed})
    return row


@transaction.atomic
def competition_advance(*, actor, competition: StudentCompetition, to: str, now=None) -> StudentCompetition:
    """SD-14-1: planned → registration_open → school_round → provincial_round → results_published."""
    require_in_jurisdiction(actor=actor, unit=competition.unit)
    transition(obj=competition, to=to, actor=actor, table=COMPETITION_TRANSITIONS, unit=competition.unit,
               clause="SD-14-1", milestone_field="status_changed_at", now=now)
    return competition


@transaction.atomic
def competition_register(*, actor, competition: StudentCompetition, hei, student_name: str, student_number: str,
                         study_level: str, year_of_study: int, programme_years: int, enrolled: bool,
                         registered_on: dt.date | None = None, now=None) -> CompetitionRegistration:
    """SD-14-2: while registration is open, any enrolled student of a regular HEI, year 1 to the final year."""
    require_in_jurisdiction(actor=actor, unit=hei)
    if competition.status != CompetitionStatus.REGISTRATION_OPEN:
        refuse(_("比赛不在报名阶段。"), code=WorkforceErrorCode.WRONG_STAGE, clause="SD-14-1")
    regular = OrganisationProfile.objects.filter(unit=hei, org_type="hei").exists() and competition.unit.contains(hei)
    problem = registration_problem(enrolled=enrolled, regular_hei=regular, study_level=study_level,
                                   year_of_study=year_of_study, programme_years=programme_years,
                                   postgraduates_allowed=competition.postgraduates_allowed)
    if problem:
        refuse(_(problem), code=WorkforceErrorCode.NOT_ELIGIBLE, clause="SD-14-2")
    if study_level not in StudyLevel.values:
        refuse(_("请选择层次。"), code=CommonErrorCode.INVALID, clause="SD-14-2", field="study_level")
    if CompetitionRegistration.objects.filter(competition=competition, hei=hei, student_number=student_number).exists():
        refuse(_("该学生已报名。"), code=CommonErrorCode.DUPLICATE, clause="SD-14-2", field="student_number")
    row = CompetitionRegistration.objects.create(
        competition=competition, hei=hei, study_level=study_level, year_of_study=year_of_study,
        student_name=require_text(student_name, field="student_name", label=_("姓名"), clause="SD-14-2"),
        student_number=require_text(student_number, field="student_number", label=_("学号"), clause="SD-14-2"),
        registered_on=registered_on or today(now))
    audit(actor=actor, obj=row, unit=hei, action="create", clause="SD-14-2", now=now,
          after={"competition": competition.pk, "study_level": study_level, "year_of_study": year_of_study})
    return row
