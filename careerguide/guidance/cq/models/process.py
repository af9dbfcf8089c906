"""Tables of the CQ guidance process (T/CQTSHRA 002-2024): cases, process records, plans, follow-ups, reviews,
group policy sessions, referrals, safety concerns, the guidance service database, archives and satisfaction."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import AdjustmentTarget, Channel, RecipientType, SafetyConcernKind, ServiceMode, ServiceType
from ..states import CaseStatus, HiringNeedStatus, PlanStatus, ReferralStatus

USER = settings.AUTH_USER_MODEL


class GuidanceCase(BaseModel):
    """A guidance case (职业指导个案) for a worker or an employer (CQ-6.1-1, CQ-6.2-1)."""

    jurisdiction_field = "unit"

    subject_type = models.CharField(_("对象类型"), max_length=64)
    subject_id = models.CharField(_("对象编号"), max_length=64)
    subject_label = models.CharField(_("服务对象"), max_length=200)
    recipient_type = models.CharField(_("服务对象类别"), max_length=10, choices=RecipientType.choices)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    counsellor = models.ForeignKey(USER, verbose_name=_("职业指导人员"), on_delete=models.PROTECT,
                                   related_name="cq_cases")
    status = models.CharField(_("状态"), max_length=32, choices=CaseStatus.choices)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)
    topic = models.CharField(_("咨询主题"), max_length=200)
    contact = models.CharField(_("联系方式"), max_length=100, blank=True)
    preferred_channel = models.CharField(_("希望的服务方式"), max_length=8, choices=Channel.choices)
    preferred_time = models.CharField(_("希望的时间"), max_length=100, blank=True)
    registered_on = models.DateField(_("预约登记日期"))
    career_info = models.JSONField(_("职业信息"), default=dict, blank=True)
    needs = models.JSONField(_("需求分析"), default=list, blank=True)
    goals = models.JSONField(_("指导目标"), default=list, blank=True)
    goals_confirmed_at = models.DateTimeField(_("目标确认时间"), null=True, blank=True)
    goals_confirmation_method = models.CharField(_("目标确认方式"), max_length=20, blank=True)
    specific_groups = models.JSONField(_("特定群体"), default=list, blank=True)
    key_assistance = models.BooleanField(_("重点帮助"), default=False)
    job_search_need = models.BooleanField(_("有求职或招聘需求"), default=False)
    job_introduction_ref = models.CharField(_("职业介绍服务记录"), max_length=100, blank=True)
    employment = models.JSONField(_("就业情况"), default=dict, blank=True)
    contact_attempts = models.PositiveSmallIntegerField(_("联系尝试次数"), default=0)
    last_contact_attempt_on = models.DateField(_("最近联系尝试日期"), null=True, blank=True)
    closure_reason = models.CharField(_("结案原因"), max_length=200, blank=True)
    closed_on = models.DateField(_("结案日期"), null=True, blank=True)
    recording_allowed = models.BooleanField(_("服务协议允许录音录像"), default=False)
    hr_advice = models.TextField(_("人力资源管理问题与建议"), blank=True)
    appointment = models.OneToOneField("guidance.GuidanceAppointment", verbose_name=_("对应的指导预约"), null=True,
                                       blank=True, on_delete=models.PROTECT, related_name="cq_case")

    class Meta:
        verbose_name = _("职业指导个案")
        verbose_name_plural = _("职业指导个案")
        ordering = ["-registered_on", "-pk"]
        indexes = [models.Index(fields=["unit", "status"], name="cq_case_unit_status_idx"),
                   models.Index(fields=["subject_type", "subject_id"], name="cq_case_subject_idx")]

    def __str__(self):
        return f"{self.subject_label} #{self.pk}"


class ProcessRecord(BaseModel):
    """One entry of the guidance process record (职业指导过程记录表, CQ-6.1.3-1, CQ-7.1.10-2); append-only,
    a correction is a new entry citing the original."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="records")
    held_on = models.DateField(_("日期"))
    channel = models.CharField(_("服务方式"), max_length=8, choices=Channel.choices)
    service_type = models.CharField(_("服务类型"), max_length=40)  # a code of the open catalogue (CQ-5.1-6)
    sub_type = models.CharField(_("服务子类"), max_length=40, blank=True)  # e.g. a recruitment-guidance sub-type
    mode = models.CharField(_("服务形式"), max_length=12, choices=ServiceMode.choices, default=ServiceMode.GUIDANCE)
    goal_indexes = models.JSONField(_("对应指导目标"), default=list, blank=True)
    summary = models.TextField(_("摘要"))
    outcome = models.CharField(_("结果"), max_length=200, blank=True)
    re_guidance = models.BooleanField(_("再指导服务"), default=False)
    review = models.ForeignKey("PlanReview", null=True, blank=True, on_delete=models.PROTECT, related_name="services")
    referral_trigger = models.CharField(_("转介触发情形"), max_length=32, blank=True)
    corrects = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections")
    counsellor = models.ForeignKey(USER, verbose_name=_("职业指导人员"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["held_on", "pk"]


class EmploymentPlan(BaseModel):
    """One version of an employment plan (就业计划, CQ-6.1.4-1); read-only once agreed."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="plans")
    version = models.PositiveSmallIntegerField(_("版本"))
    goals = models.JSONField(_("目标"), default=list)
    targets = models.TextField(_("目标职业或岗位"))
    actions = models.JSONField(_("行动"), default=list)
    start_on = models.DateField(_("开始日期"))
    end_on = models.DateField(_("结束日期"))
    status = models.CharField(_("状态"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    agreed_at = models.DateTimeField(_("劳动者同意时间"), null=True, blank=True)
    agreement_method = models.CharField(_("同意方式"), max_length=20, blank=True)

    class Meta:
        ordering = ["case", "version"]
        constraints = [models.UniqueConstraint(fields=["case", "version"], name="cq_plan_version_unique")]


class FollowUp(BaseModel):
    """CQ-6.1.5-2."""

    plan = models.ForeignKey(EmploymentPlan, on_delete=models.PROTECT, related_name="follow_ups")
    held_on = models.DateField(_("日期"))
    channel = models.CharField(_("服务方式"), max_length=8, choices=Channel.choices)
    execution = models.JSONField(_("各项行动执行情况"), default=dict)
    next_on = models.DateField(_("下次约见日期"))


class PlanAdjustment(BaseModel):
    """CQ-6.1.5-3: an adjustment made in a follow-up to the job-search activities or the job-introduction
    services; a change to goals, end date or core actions is a new plan version instead."""

    follow_up = models.ForeignKey(FollowUp, on_delete=models.PROTECT, related_name="adjustments")
    target = models.CharField(_("调整对象"), max_length=24, choices=AdjustmentTarget.choices)
    change = models.TextField(_("调整内容"))

    class Meta:
        ordering = ["pk"]


class PlanReview(BaseModel):
    """CQ-6.1.6-2, CQ-6.1.6-3."""

    class Outcome(models.TextChoices):
        REVISE = "revise", _("修改就业计划")
        REFORMULATE = "reformulate", _("重新制定就业计划")

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="reviews")
    held_on = models.DateField(_("日期"))
    channel = models.CharField(_("服务方式"), max_length=8, choices=Channel.choices)
    participant = models.CharField(_("参与的劳动者"), max_length=100)
    problems = models.TextField(_("问题分析"))
    outcome = models.CharField(_("结论"), max_length=12, choices=Outcome.choices)
    resolved = models.BooleanField(_("新版计划已启动"), default=False)


class GroupSession(BaseModel):
    """Group guidance (团体指导) of policy-information consulting (CQ-7.1.2-1)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    organiser = models.ForeignKey(USER, verbose_name=_("组织人"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("主题"), max_length=200)
    service_type = models.CharField(_("服务类型"), max_length=40, choices=ServiceType.choices,
                                    default=ServiceType.POLICY_INFO_CONSULTING)
    channel = models.CharField(_("服务方式"), max_length=8, choices=Channel.choices, default=Channel.OFFLINE)
    session_on = models.DateField(_("活动日期"))
    material_deadline = models.DateField(_("材料送达截止日"))
    material_version = models.CharField(_("宣讲材料版本"), max_length=40)
    basis = models.CharField(_("服务依据"), max_length=40, default="T/CQTSHRA 002-2024")

    class Meta:
        ordering = ["-session_on", "-pk"]


class GroupParticipant(BaseModel):
    """CQ-7.1.2-3: one participant and the delivery of materials to them."""

    session = models.ForeignKey(GroupSession, on_delete=models.PROTECT, related_name="participants")
    case = models.ForeignKey(GuidanceCase, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("姓名"), max_length=100)
    registered_on = models.DateField(_("报名日期"))
    late_registrant = models.BooleanField(_("截止日后报名"), default=False)
    delivered_at = models.DateTimeField(_("材料送达时间"), null=True, blank=True)
    delivery_channel = models.CharField(_("送达方式"), max_length=40, blank=True)
    delivered_version = models.CharField(_("送达材料版本"), max_length=40, blank=True)
    delivery_status = models.CharField(_("送达情况"), max_length=16, default="pending")

    class Meta:
        ordering = ["pk"]


class Referral(BaseModel):
    """Case referral (个案转介, CQ-8.1-1)."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="referrals")
    status = models.CharField(_("状态"), max_length=24, choices=ReferralStatus.choices, default=ReferralStatus.INITIATED)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    trigger = models.CharField(_("转介情形"), max_length=32)
    description = models.TextField(_("情况说明"))
    referring = models.ForeignKey(USER, verbose_name=_("转介人"), on_delete=models.PROTECT, related_name="+")
    receiver = models.ForeignKey(USER, verbose_name=_("接受转介的咨询员"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    institution = models.CharField(_("接收机构"), max_length=200, blank=True)
    explanation = models.JSONField(_("说明转介原因"), default=dict, blank=True)
    consent = models.JSONField(_("劳动者意愿"), default=dict, blank=True)
    form = models.JSONField(_("个案转介表"), default=dict, blank=True)
    handed_over_on = models.DateField(_("移交日期"), null=True, blank=True)
    reviewed_note = models.TextField(_("了解个案情况"), blank=True)
    appointment_on = models.DateField(_("预约访谈日期"), null=True, blank=True)
    rejections = models.JSONField(_("拒绝接收记录"), default=list, blank=True)


class SafetyConcern(BaseModel):
    """CQ-8.2.1-1, CQ-8.2.2-1."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="safety_concerns")
    kind = models.CharField(_("情形"), max_length=16, choices=SafetyConcernKind.choices)
    description = models.TextField(_("情况"))
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    notified = models.JSONField(_("已通知人员"), default=list)
    measures = models.JSONField(_("采取的措施"), default=list, blank=True)
    closed_at = models.DateTimeField(_("解除时间"), null=True, blank=True)


class Disclosure(BaseModel):
    """CQ-4.4-5: every export or transfer outside the agency, with its basis."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="disclosures")
    recipient = models.CharField(_("接收方"), max_length=200)
    content = models.CharField(_("披露内容"), max_length=300)
    basis = models.CharField(_("依据"), max_length=20)
    basis_detail = models.CharField(_("依据说明"), max_length=300)
    disclosed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    disclosed_at = models.DateTimeField(_("披露时间"))


class DatabaseRecord(BaseModel):
    """An entry of the guidance service database (CQ-4.4-1, CQ-4.4-2) with its verification date (CQ-4.4-3)."""

    class Family(models.TextChoices):
        CLIENT = "client", _("客户")
        GUIDANCE_STAFF = "guidance_staff", _("职业指导人员")
        PROJECT_MATERIAL = "project_material", _("指导项目资料")

    jurisdiction_field = "unit"

    family = models.CharField(_("类别"), max_length=20, choices=Family.choices)
    ref = models.CharField(_("对应记录"), max_length=100)
    label = models.CharField(_("名称"), max_length=200)
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    responsible = models.ForeignKey(USER, verbose_name=_("负责人员"), on_delete=models.PROTECT, related_name="+")
    last_verified_at = models.DateTimeField(_("最近核实时间"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["family", "ref"], name="cq_db_record_unique")]


class BackupRun(BaseModel):
    """CQ-4.4-4: every backup and restore test, logged."""

    class Kind(models.TextChoices):
        BACKUP = "backup", _("备份")
        RESTORE_TEST = "restore_test", _("恢复测试")

    kind = models.CharField(_("类型"), max_length=16, choices=Kind.choices)
    ran_at = models.DateTimeField(_("时间"))
    scope = models.CharField(_("范围"), max_length=200)
    succeeded = models.BooleanField(_("成功"))
    note = models.CharField(_("说明"), max_length=300, blank=True)
    disposed_at = models.DateTimeField(_("副本删除时间"), null=True, blank=True)


class ArchiveItem(BaseModel):
    """CQ-7.2.2-2: an archived item of a case; 'declined' records a refused satisfaction form."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="archive_items")
    code = models.CharField(_("归档资料类型"), max_length=40)
    declined = models.BooleanField(_("服务对象拒绝填写"), default=False)
    note = models.CharField(_("说明"), max_length=300, blank=True)
    filed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    filed_on = models.DateField(_("归档日期"))


class SatisfactionResponse(BaseModel):
    """Satisfaction feedback form (服务对象满意度反馈表, CQ-7.2.2-2 g, CQ-9.2.1-1)."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="satisfaction")
    counsellor = models.ForeignKey(USER, verbose_name=_("被评价的指导人员"), on_delete=models.PROTECT, related_name="+")
    entered_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("填写方式"), max_length=12)
    score = models.PositiveSmallIntegerField(_("满意度（1-5）"))
    comment = models.TextField(_("意见"), blank=True)
    submitted_on = models.DateField(_("填写日期"))


class HiringNeed(BaseModel):
    """A position an employer client of a guidance case needs to fill (CQ-6.2.1-1) — not a job vacancy of the
    vacancies app; a requirement change the employer accepts is a new version pointing at the one it replaces
    (CQ-6.2.3-2)."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="hiring_needs")
    occupation = models.CharField(_("职业（工种）"), max_length=100)
    headcount = models.PositiveSmallIntegerField(_("人数"))
    requirements = models.TextField(_("岗位要求"))
    conditions = models.TextField(_("用人条件"))
    required_by = models.DateField(_("要求到岗日期"))
    status = models.CharField(_("状态"), max_length=20, choices=HiringNeedStatus.choices, default=HiringNeedStatus.OPEN)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    analysis = models.JSONField(_("岗位分析"), default=dict, blank=True)
    recommendation = models.JSONField(_("服务建议"), default=dict, blank=True)
    recruiting_started_on = models.DateField(_("开始招聘日期"), null=True, blank=True)
    adjustments = models.JSONField(_("调整建议记录"), default=list, blank=True)
    version = models.PositiveSmallIntegerField(_("版本"), default=1)
    previous = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT, related_name="next_version")

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.occupation} ×{self.headcount} v{self.version}"
