from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class DutiesConfig(AppConfig):
    name = "careerguide.duties"
    verbose_name = _("待办与时限")

    def ready(self):
        from careerguide.workdays.services import YEAR_LOADED_HOOKS

        from .kinds import kinds_load
        from .services import duties_pending_resolve

        kinds_load(config.name for config in apps.get_app_configs())
        if duties_pending_resolve not in YEAR_LOADED_HOOKS:
            YEAR_LOADED_HOOKS.append(duties_pending_resolve)
