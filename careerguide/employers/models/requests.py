"""A key enterprise's request taken at any front desk (BJ-47-3, BJ-5-6, BJ-5-9)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.ledgers.choices import Channel

from ..choices import RequestCategory
from ..states import RequestStatus


class EnterpriseRequest(BaseModel):
    """One request, one intake: the first receiver stays responsible (BJ-5-6) and the enterprise's
    account officer is told and given a duty to coordinate (BJ-47-3)."""

    jurisdiction_field = "received_unit"

    employer = models.ForeignKey("employers.Employer", verbose_name=_("重点企业"), on_delete=models.PROTECT,
                                 related_name="requests")
    agreement = models.ForeignKey("employers.DailyServiceAgreement", verbose_name=_("日常服务协议"),
                                  on_delete=models.PROTECT, related_name="requests")
    category = models.CharField(_("诉求类别"), max_length=16, choices=RequestCategory.choices)
    content = models.TextField(_("诉求内容"))
    channel = models.CharField(_("受理渠道"), max_length=20, choices=Channel.choices, default=Channel.FRONT_DESK)
    received_on = models.DateField(_("受理日期"))
    received_unit = models.ForeignKey("organisations.Unit", verbose_name=_("受理机构"), on_delete=models.PROTECT,
                                      related_name="+")
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("首问负责人"), on_delete=models.PROTECT,
                                    related_name="+")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("企业服务专员（协调人）"), null=True,
                                on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=8, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    closed_on = models.DateField(_("办结日期"), null=True, blank=True)
    result = models.CharField(_("办理结果"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("重点企业诉求")
        verbose_name_plural = _("重点企业诉求")
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return f"{self.employer} · {self.get_category_display()}"
