"""The HEI guidance model: two-level guidance units (SD-13-1), the career-course plan (SD-13-2 .. SD-13-6) and the
provincial student career-planning competition (SD-14-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import CourseStatus, DeliveryMode, GuidanceLevel, StudyLevel
from ..states import CompetitionStatus


class HeiGuidanceUnit(BaseModel):
    """SD-13-1: the school-level guidance unit of an HEI, or a department-level (院系) unit reporting to it."""

    jurisdiction_field = "hei"

    hei = models.ForeignKey("organisations.Unit", verbose_name=_("高校"), on_delete=models.PROTECT, related_name="+")
    level = models.CharField(_("层级"), max_length=12, choices=GuidanceLevel.choices)
    name = models.CharField(_("名称"), max_length=100)
    parent = models.ForeignKey("self", verbose_name=_("上级（学校）"), null=True, blank=True, on_delete=models.PROTECT,
                               related_name="departments")

    class Meta:
        verbose_name = _("高校职业指导机构")
        verbose_name_plural = _("高校职业指导机构")
        ordering = ["hei", "level", "name"]
        constraints = [models.UniqueConstraint(fields=["hei"], condition=models.Q(level="school"),
                                               name="wf_one_school_level_unit")]

    def __str__(self):
        return self.name


class CoursePlan(BaseModel):
    """SD-13-2 .. SD-13-6: the career development and employment guidance course in an HEI's teaching plan."""

    jurisdiction_field = "hei"

    hei = models.ForeignKey("organisations.Unit", verbose_name=_("高校"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("课程名称"), max_length=100, default="职业发展与就业指导")
    academic_year = models.PositiveSmallIntegerField(_("教学计划年度"))
    course_status = models.CharField(_("课程性质"), max_length=12, choices=CourseStatus.choices)
    programme_years = models.PositiveSmallIntegerField(_("学制（年）"))
    delivery_mode = models.CharField(_("授课方式"), max_length=12, choices=DeliveryMode.choices)
    platform = models.CharField(_("课程平台"), max_length=100, blank=True)
    ideological_content = models.BooleanField(_("融合课程思政"), default=False)
    practice_training = models.BooleanField(_("融合就业实训"), default=False)
    quality_education = models.BooleanField(_("融合素质教育"), default=False)

    class Meta:
        verbose_name = _("职业发展与就业指导课程计划")
        verbose_name_plural = _("职业发展与就业指导课程计划")
        ordering = ["hei", "-academic_year"]
        constraints = [models.UniqueConstraint(fields=["hei", "academic_year", "programme_years"],
                                               name="wf_one_course_plan_per_year")]

    def __str__(self):
        return f"{self.title}（{self.academic_year}）"


class CourseSegment(BaseModel):
    """SD-13-3, SD-13-4, SD-13-6: a part of the course in one year of study with its credits; the employment
    safety module covers risk awareness and employment rights."""

    jurisdiction_field = "plan__hei"

    plan = models.ForeignKey(CoursePlan, on_delete=models.CASCADE, related_name="segments")
    year_of_study = models.PositiveSmallIntegerField(_("年级"))
    title = models.CharField(_("教学内容"), max_length=100)
    credits = models.DecimalField(_("学分"), max_digits=4, decimal_places=1)
    safety_risk_awareness = models.BooleanField(_("就业安全教育：风险防范意识"), default=False)
    safety_employment_rights = models.BooleanField(_("就业安全教育：维护就业权益"), default=False)

    class Meta:
        verbose_name = _("课程分年级安排")
        verbose_name_plural = _("课程分年级安排")
        ordering = ["plan", "year_of_study"]
        constraints = [models.CheckConstraint(condition=models.Q(credits__gt=0), name="wf_segment_credits_positive")]


class StudentCompetition(BaseModel):
    """SD-14-1: an edition of the provincial college-student career-planning competition."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("主办机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("名称"), max_length=100, default="山东省大学生职业规划比赛")
    year = models.PositiveSmallIntegerField(_("届次年度"))
    postgraduates_allowed = models.BooleanField(_("研究生可参赛"), default=False)
    status = models.CharField(_("状态"), max_length=24, choices=CompetitionStatus.choices,
                              default=CompetitionStatus.PLANNED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("大学生职业规划比赛")
        verbose_name_plural = _("大学生职业规划比赛")
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="wf_one_competition_per_year")]

    def __str__(self):
        return f"{self.year}年{self.title}"


class CompetitionRegistration(BaseModel):
    """SD-14-2: an enrolled student of a regular HEI registered for an edition."""

    jurisdiction_field = "hei"

    competition = models.ForeignKey(StudentCompetition, on_delete=models.CASCADE, related_name="registrations")
    hei = models.ForeignKey("organisations.Unit", verbose_name=_("高校"), on_delete=models.PROTECT, related_name="+")
    student_name = models.CharField(_("姓名"), max_length=50)
    student_number = models.CharField(_("学号"), max_length=40)
    study_level = models.CharField(_("层次"), max_length=16, choices=StudyLevel.choices)
    year_of_study = models.PositiveSmallIntegerField(_("年级"))
    registered_on = models.DateField(_("报名日期"))

    class Meta:
        verbose_name = _("大学生职业规划比赛报名")
        verbose_name_plural = _("大学生职业规划比赛报名")
        constraints = [models.UniqueConstraint(fields=["competition", "hei", "student_number"],
                                               name="wf_registration_once")]
