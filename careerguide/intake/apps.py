from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "careerguide.intake"
    verbose_name = _("前台综合受理")
