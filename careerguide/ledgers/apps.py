from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgersConfig(AppConfig):
    name = "careerguide.ledgers"
    verbose_name = _("服务台账")
