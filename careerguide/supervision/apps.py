from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "careerguide.supervision"
    verbose_name = _("业务督导")

    def ready(self):
        from careerguide.duties.measures import SATISFACTION, measure_register

        from .selectors import satisfaction_counts
        from .services import spot_checks  # noqa: F401  registers the duty kind

        measure_register(SATISFACTION, satisfaction_counts)  # survey results feed early warning (BJ-58-1)
