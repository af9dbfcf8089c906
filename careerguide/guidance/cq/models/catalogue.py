"""The open service catalogue (CQ-5.1-6, CQ-5.2-3), public service items attached to cases (CQ-7.1.10-1),
employment-practice guidance (CQ-7.1.9-1) and the training-institution register (CQ-7.1.5-*)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import InstitutionAttribute, PublicServiceItem, RecipientType
from .process import GuidanceCase

USER = settings.AUTH_USER_MODEL


class CatalogueEntry(BaseModel):
    """A service type an administrator added to the catalogue; the types the standard lists are fixed in code."""

    code = models.CharField(_("代码"), max_length=40, unique=True)
    label = models.CharField(_("服务名称"), max_length=100)
    recipient_type = models.CharField(_("服务对象"), max_length=10, choices=RecipientType.choices)
    parent_code = models.CharField(_("上级服务"), max_length=40, blank=True)
    description = models.TextField(_("服务内容"))
    effective_from = models.DateField(_("生效日期"))
    disabled_on = models.DateField(_("停用日期"), null=True, blank=True)
    added_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["recipient_type", "code"]

    def __str__(self):
        return self.label


class CaseServiceItem(BaseModel):
    """A public employment service item of GB/T 33527-2017 attached to a case as needed (CQ-7.1.10-1)."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="service_items")
    item = models.CharField(_("服务事项"), max_length=32, choices=PublicServiceItem.choices)
    label = models.CharField(_("其他事项名称"), max_length=100, blank=True)
    reference = models.CharField(_("服务记录编号"), max_length=100, blank=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)
    basis = models.CharField(_("依据标准"), max_length=40)
    attached_on = models.DateField(_("日期"))
    attached_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["attached_on", "pk"]


class EmploymentPracticeGuidance(BaseModel):
    """Employment-practice guidance for an employer (用工行为指导, CQ-7.1.9-1).  `data_used` is a list of
    {topic, figures, source, date} for the local economy, wage levels and labour-force structure."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="practice_guidance")
    held_on = models.DateField(_("日期"))
    data_used = models.JSONField(_("依据的数据"), default=list)
    development_goals = models.TextField(_("用人单位发展目标"))
    pay_recommendations = models.TextField(_("薪酬待遇建议"))
    reserve_recommendations = models.TextField(_("人力资源储备建议"))
    counsellor = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")


class TrainingInstitution(BaseModel):
    """An HR training institution (CQ-7.1.5-1) and its lawful qualification."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("登记机构"), on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("机构名称"), max_length=200)
    qualification_type = models.CharField(_("资质类型"), max_length=100)
    qualification_number = models.CharField(_("资质编号"), max_length=100)
    valid_from = models.DateField(_("资质有效期自"))
    valid_until = models.DateField(_("资质有效期至"))
    courses = models.TextField(_("培训项目"), blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class InstitutionVerification(BaseModel):
    """One verified attribute of a training institution, with verifier, date and evidence (CQ-7.1.5-1)."""

    institution = models.ForeignKey(TrainingInstitution, on_delete=models.PROTECT, related_name="verifications")
    attribute = models.CharField(_("核验事项"), max_length=24, choices=InstitutionAttribute.choices)
    verified_on = models.DateField(_("核验日期"))
    verified_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    evidence = models.CharField(_("核验依据"), max_length=300)

    class Meta:
        ordering = ["attribute", "-verified_on"]


class TrainingRecommendation(BaseModel):
    """A training institution recommended in a case (CQ-7.1.5-2), with the information given and the need."""

    case = models.ForeignKey(GuidanceCase, on_delete=models.PROTECT, related_name="training_recommendations")
    institution = models.ForeignKey(TrainingInstitution, on_delete=models.PROTECT, related_name="recommendations")
    recommended_on = models.DateField(_("推荐日期"))
    training_info = models.TextField(_("提供的培训信息"))
    need = models.CharField(_("对应的劳动者需求"), max_length=300)
    counsellor = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
