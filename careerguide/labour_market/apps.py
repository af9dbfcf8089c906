from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabourMarketConfig(AppConfig):
    name = "careerguide.labour_market"
    verbose_name = _("劳动力市场信息")
