from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DutiesConfig(AppConfig):
    name = "careerguide.duties"
    verbose_name = _("待办与时限")
