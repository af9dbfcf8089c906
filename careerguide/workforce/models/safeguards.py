"""Safeguards of the opinion (SD-S-*): the responsibility ledger of the key tasks, the register of work plans and
rules, the "four in place" checklist and the periodic results summary by the four goal systems (SD-G-12)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import TaskStatus, WorkDocumentKind


class KeyTaskAssignment(BaseModel):
    """SD-S-1: one of the 21 key tasks with its responsible unit and person, status and due date (a duty)."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    task = models.PositiveSmallIntegerField(_("重点任务"))
    responsible_unit = models.ForeignKey("organisations.Unit", verbose_name=_("责任单位"), on_delete=models.PROTECT,
                                         related_name="+")
    responsible_person = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("责任人"), on_delete=models.PROTECT,
                                           related_name="+")
    due_date = models.DateField(_("完成时限"))
    status = models.CharField(_("进展"), max_length=16, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED)
    done_on = models.DateField(_("完成日期"), null=True, blank=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("重点任务责任分工")
        verbose_name_plural = _("重点任务责任分工")
        ordering = ["unit", "task"]
        constraints = [models.UniqueConstraint(fields=["unit", "task"], name="wf_key_task_once"),
                       models.CheckConstraint(condition=models.Q(task__gte=1, task__lte=21), name="wf_key_task_1_21")]


class WorkDocument(BaseModel):
    """SD-S-4: a version of an organisation's work plan, service standard, procedure or rules."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("类别"), max_length=20, choices=WorkDocumentKind.choices)
    title = models.CharField(_("名称"), max_length=200)
    version = models.PositiveSmallIntegerField(_("版本"))
    effective_from = models.DateField(_("施行日期"))
    content = models.TextField(_("内容"))

    class Meta:
        verbose_name = _("工作方案和服务制度")
        verbose_name_plural = _("工作方案和服务制度")
        ordering = ["unit", "kind", "title", "-version"]
        constraints = [models.UniqueConstraint(fields=["unit", "kind", "title", "version"], name="wf_document_version")]


class FourInPlaceCheck(BaseModel):
    """SD-S-6: institution, personnel, premises and funding, each in place or not with its evidence, for a year."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    institution = models.BooleanField(_("机构到位"))
    institution_evidence = models.CharField(_("机构佐证"), max_length=200, blank=True)
    personnel = models.BooleanField(_("人员到位"))
    personnel_evidence = models.CharField(_("人员佐证"), max_length=200, blank=True)
    premises = models.BooleanField(_("场地到位"))
    premises_evidence = models.CharField(_("场地佐证"), max_length=200, blank=True)
    funding = models.BooleanField(_("经费到位"))
    funding_evidence = models.CharField(_("经费佐证"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("“四到位”情况")
        verbose_name_plural = _("“四到位”情况")
        ordering = ["-year", "unit"]
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="wf_four_in_place_once")]


class ResultsSummary(BaseModel):
    """SD-S-3, SD-G-12: the summary of a period's guidance results, generated from the system's figures and set out
    under the four goal systems."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    period_start = models.DateField(_("期间开始"))
    period_end = models.DateField(_("期间结束"))
    sections = models.JSONField(_("分项成果"))
    generated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("职业指导服务成果总结")
        verbose_name_plural = _("职业指导服务成果总结")
        ordering = ["-period_start"]
        constraints = [models.UniqueConstraint(fields=["unit", "period_start"], name="wf_one_summary_per_period")]
