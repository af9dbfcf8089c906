from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class DutiesConfig(AppConfig):
    name = "careerguide.duties"
    verbose_name = _("待办与时限")

    def ready(self):
        from .kinds import kinds_load

        kinds_load(config.name for config in apps.get_app_configs())
