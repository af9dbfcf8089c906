from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "careerguide.supervision"
    verbose_name = _("业务督导")
