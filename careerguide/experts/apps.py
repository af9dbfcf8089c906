from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExpertsConfig(AppConfig):
    name = "careerguide.experts"
    verbose_name = _("职业指导专家团")
