from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OccupationsConfig(AppConfig):
    name = "careerguide.occupations"
    verbose_name = _("职业分类")
