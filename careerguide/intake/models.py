"""One request from one client at any front desk, routed to the back office that handles it (BJ-5-9), with the
first receiver responsible until an explicit, recorded hand-over (BJ-5-6)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.accounts.roles import Role
from careerguide.common.models import BaseModel

from .choices import ClientKind, IntakeChannel, RequestCategory
from .states import RequestStatus


class ServiceRequest(BaseModel):
    received_unit = models.ForeignKey("organisations.Unit", verbose_name=_("受理窗口机构"), on_delete=models.PROTECT,
                                      related_name="+")
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("首问负责人"), on_delete=models.PROTECT,
                                    related_name="+")
    received_on = models.DateField(_("受理日期"))
    channel = models.CharField(_("受理渠道"), max_length=16, choices=IntakeChannel.choices,
                               default=IntakeChannel.FRONT_DESK)
    client_kind = models.CharField(_("服务对象类型"), max_length=12, choices=ClientKind.choices)
    job_seeker = models.ForeignKey("job_seekers.JobSeeker", verbose_name=_("求职者"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    employer = models.ForeignKey("employers.Employer", verbose_name=_("用人单位"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    client_label = models.CharField(_("服务对象"), max_length=200)  # masked name of a person, or the employer's name
    category = models.CharField(_("事项类别"), max_length=32, choices=RequestCategory.choices)
    content = models.TextField(_("诉求内容"))
    routed_unit = models.ForeignKey("organisations.Unit", verbose_name=_("后台办理机构"), on_delete=models.PROTECT,
                                    related_name="+")
    queue_role = models.CharField(_("后台办理岗位"), max_length=32, choices=Role.choices)
    responsible = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("当前负责人"), on_delete=models.PROTECT,
                                    related_name="+")
    status = models.CharField(_("状态"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.RECEIVED)
    result = models.TextField(_("办理结果"), blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("前台受理服务请求")
        verbose_name_plural = _("前台受理服务请求")
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["routed_unit", "queue_role", "status"], name="intake_queue_idx"),
                   models.Index(fields=["job_seeker", "category", "status"], name="intake_person_idx"),
                   models.Index(fields=["employer", "category", "status"], name="intake_employer_idx")]

    def __str__(self):
        return f"Q{self.pk:06d} {self.get_category_display()} · {self.client_label}"


class RequestHandover(BaseModel):
    """One recorded hand-over (BJ-5-6): from whom, to which back office and role, why; who accepted it and when."""

    request = models.ForeignKey(ServiceRequest, on_delete=models.PROTECT, related_name="handovers")
    from_user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("移交人"), on_delete=models.PROTECT,
                                  related_name="+")
    from_unit = models.ForeignKey("organisations.Unit", verbose_name=_("移交机构"), on_delete=models.PROTECT,
                                  related_name="+")
    to_unit = models.ForeignKey("organisations.Unit", verbose_name=_("接收机构"), on_delete=models.PROTECT,
                                related_name="+")
    to_role = models.CharField(_("接收岗位"), max_length=32, choices=Role.choices)
    note = models.CharField(_("移交说明"), max_length=300, blank=True)
    handed_at = models.DateTimeField(_("移交时间"))
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("接收人"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField(_("接收时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("服务请求移交记录")
        verbose_name_plural = _("服务请求移交记录")
        ordering = ["handed_at", "pk"]
