"""The specialized service team, evaluations, assistance plans with their stages, training and internship
programmes with their progress (BJ-25, BJ-26, BJ-27-2 to BJ-27-4)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import EvaluationKind, ProgressSource, StageStatus, TeamRole
from .cases import AssistanceCase, ExpertConsultation, FollowUp


class TeamMember(BaseModel):
    """BJ-26-1, BJ-32-4: a member of the specialized service team from when to when (the case worker is its core,
    from the case-worker assignments)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="team")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("成员"), on_delete=models.PROTECT,
                               related_name="+")
    role = models.CharField(_("团队角色"), max_length=24, choices=TeamRole.choices)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField(_("加入日期"))
    ended_on = models.DateField(_("退出日期"), null=True, blank=True)

    class Meta:
        ordering = ["started_on", "pk"]


class CaseEvaluation(BaseModel):
    """A dated evaluation by the team: readiness assessment, classification assessment (configurable versioned
    instruments, BJ-26-4) or the effect of the measures (BJ-25-2)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="evaluations")
    kind = models.CharField(_("评估类型"), max_length=16, choices=EvaluationKind.choices)
    evaluated_on = models.DateField(_("评估日期"))
    instrument = models.ForeignKey("assessments.AssessmentInstrument", verbose_name=_("测评工具版本"), null=True,
                                   blank=True, on_delete=models.PROTECT, related_name="+")
    instrument_version = models.CharField(_("工具版本"), max_length=100, blank=True)
    job_ready = models.BooleanField(_("具备上岗条件"), null=True, blank=True)
    readiness_ready = models.BooleanField(_("已做好就业准备"), null=True, blank=True)
    causes = models.JSONField(_("就业障碍原因"), default=list, blank=True)
    result = models.TextField(_("评估结果"))
    follow_up = models.ForeignKey(FollowUp, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    programme = models.ForeignKey("assistance.Programme", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-evaluated_on", "-pk"]


class PlanVersion(BaseModel):
    """One version of the individual assistance plan and its action plan (BJ-26-5, BJ-26-6, BJ-26-8); a revision
    is a new version with its reason, earlier versions are kept; one made with the expert panel links to it
    (BJ-28-4)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="plans")
    number = models.PositiveSmallIntegerField(_("版本"))
    barriers = models.TextField(_("主要就业障碍及原因"))
    causes = models.JSONField(_("障碍原因类别"), default=list)
    measures = models.TextField(_("帮扶措施"))
    stages = models.JSONField(_("阶段目标"), default=list)      # [{"goal", "target_date", "owner"}]
    actions = models.JSONField(_("行动计划"), default=list)     # [{"action", "owner", "due", "status"}]
    person_agreed = models.BooleanField(_("本人共同制定并同意"))
    agreement_note = models.CharField(_("本人参与和同意情况"), max_length=300)
    reason = models.CharField(_("修改原因"), max_length=300, blank=True)
    consultation = models.ForeignKey(ExpertConsultation, verbose_name=_("专家会诊"), null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="plans")
    made_on = models.DateField(_("制定（修改）日期"))
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="assistance_plan_version_unique")]

    def __str__(self):
        return f"{self.case.job_seeker.full_name} v{self.number}"


class StageReview(BaseModel):
    """BJ-26-9: whether a stage goal of a plan version was achieved, with date."""

    jurisdiction_field = "unit"

    plan = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="reviews")
    stage = models.PositiveSmallIntegerField(_("阶段"))
    status = models.CharField(_("达成情况"), max_length=16, choices=StageStatus.choices)
    reviewed_on = models.DateField(_("评估日期"))
    note = models.CharField(_("说明"), max_length=300, blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-reviewed_on", "-pk"]


class Programme(BaseModel):
    """A training, internship or similar programme a person under assistance attends (BJ-27-2, BJ-27-3)."""

    jurisdiction_field = "unit"

    case = models.ForeignKey(AssistanceCase, on_delete=models.PROTECT, related_name="programmes")
    kind = models.CharField(_("项目类型"), max_length=32)
    kind_label = models.CharField(_("项目类型名称"), max_length=60)
    name = models.CharField(_("项目名称"), max_length=200)
    provider = models.CharField(_("培训机构或见习单位"), max_length=200)
    partner_department = models.CharField(_("配合的相关部门"), max_length=100, blank=True)
    starts_on = models.DateField(_("开始日期"))
    planned_end_on = models.DateField(_("计划结束日期"))
    ended_on = models.DateField(_("实际结束日期"), null=True, blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("培训见习项目")
        constraints = [models.CheckConstraint(condition=models.Q(planned_end_on__gte=models.F("starts_on")),
                                              name="programme_end_after_start")]

    def __str__(self):
        return f"{self.case.job_seeker.full_name} {self.name}"


class ProgrammeProgress(BaseModel):
    """Progress information on a programme with its source (BJ-27-4); only a reached contact meets a checkpoint
    (BJ-27-8)."""

    jurisdiction_field = "unit"

    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="progress")
    occurred_on = models.DateField(_("了解日期"))
    source = models.CharField(_("信息来源"), max_length=12, choices=ProgressSource.choices)
    source_name = models.CharField(_("来源单位或人员"), max_length=100)
    reached = models.BooleanField(_("已联系到本人或承办方"))
    note = models.TextField(_("进展情况"))
    checkpoints = models.JSONField(_("满足的进展节点"), default=list)
    late_reason = models.CharField(_("未在窗口内了解的原因"), max_length=300, blank=True)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["occurred_on", "pk"]
