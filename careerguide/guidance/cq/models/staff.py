"""The two practitioner roles and what they rest on (CQ-4.6.1-*, CQ-4.6.2-4, CQ-7.1.3-1): each person's
qualification facts, the roles granted on them, training hours; and the guidance projects management staff own
(CQ-4.4-2, CQ-4.6.1-2)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import Education, PractitionerRoleKind

USER = settings.AUTH_USER_MODEL


class Practitioner(BaseModel):
    """A guidance practitioner's qualification facts.  `certificates` is a list of {occupation, level, kind, number,
    valid_until}; `experience` a list of {kind, start, end, employer}."""

    jurisdiction_field = "user__unit"

    user = models.OneToOneField(USER, verbose_name=_("工作人员"), on_delete=models.PROTECT, related_name="cq_practitioner")
    education = models.CharField(_("最高学历"), max_length=12, choices=Education.choices)
    certificates = models.JSONField(_("职业资格或技能等级证书"), default=list, blank=True)
    experience = models.JSONField(_("工作经历"), default=list, blank=True)
    knowledge_attested_on = models.DateField(_("知识掌握确认日期"), null=True, blank=True)
    knowledge_attested_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    competence_attested_on = models.DateField(_("岗位能力确认日期"), null=True, blank=True)
    competence_attested_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    local_economy_attested_on = models.DateField(_("了解当地经济和行业薪酬确认日期"), null=True, blank=True)
    local_economy_attested_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    special_talent_statement = models.TextField(_("特殊专业才能说明"), blank=True)
    special_talent_approved_on = models.DateField(_("负责人批准日期"), null=True, blank=True)
    special_talent_approved_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT,
                                                   related_name="+")

    class Meta:
        verbose_name = _("职业指导从业人员")
        verbose_name_plural = _("职业指导从业人员")
        ordering = ["user__unit__path", "user__full_name"]

    def __str__(self):
        return self.user.full_name


class PractitionerRole(BaseModel):
    """A role granted after its qualification rule passed (CQ-4.6.1-1, CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-6)."""

    practitioner = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="roles")
    role = models.CharField(_("角色"), max_length=20, choices=PractitionerRoleKind.choices)
    route = models.CharField(_("资格途径"), max_length=40)
    granted_on = models.DateField(_("任职日期"))
    granted_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    revoked_on = models.DateField(_("免职日期"), null=True, blank=True)
    revoke_reason = models.CharField(_("免职原因"), max_length=200, blank=True)

    class Meta:
        ordering = ["practitioner", "role", "-granted_on"]

    @property
    def special_talent_exception(self) -> bool:
        return self.route == "special_talent_exception"


class TrainingRecord(BaseModel):
    """One professional training attended (CQ-4.6.2-4): date, provider, topic, class hours, evidence."""

    practitioner = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="trainings")
    held_on = models.DateField(_("培训日期"))
    provider = models.CharField(_("培训机构"), max_length=200)
    topic = models.CharField(_("培训内容"), max_length=200)
    class_hours = models.DecimalField(_("课时"), max_digits=5, decimal_places=1)
    evidence = models.CharField(_("证明材料"), max_length=200)
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]


class GuidanceProject(BaseModel):
    """Guidance project material (指导项目资料, CQ-4.4-2) designed by management staff, who own and approve it
    (CQ-4.6.1-2)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("服务机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("项目名称"), max_length=200)
    objectives = models.TextField(_("项目目标"))
    target_group = models.CharField(_("服务对象"), max_length=200)
    content = models.TextField(_("项目内容"))
    materials = models.TextField(_("项目资料"))
    owner = models.ForeignKey(USER, verbose_name=_("负责人"), on_delete=models.PROTECT, related_name="+")
    approved_on = models.DateField(_("批准日期"), null=True, blank=True)
    approved_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title
