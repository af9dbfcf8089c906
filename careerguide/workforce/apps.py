from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkforceConfig(AppConfig):
    name = "careerguide.workforce"
    verbose_name = _("职业指导队伍")
