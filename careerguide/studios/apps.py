from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StudiosConfig(AppConfig):
    name = "careerguide.studios"
    verbose_name = _("职业指导大师工作室")
