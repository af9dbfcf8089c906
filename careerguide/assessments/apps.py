from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "careerguide.assessments"
    verbose_name = _("职业测评")
