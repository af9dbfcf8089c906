from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "careerguide.resources"
    verbose_name = _("职业指导资源库")
