from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "careerguide.supervision"
    verbose_name = _("业务督导")

    def ready(self):
        from careerguide.duties.measures import FAILED_EVALUATION, QUALITY_EXCEPTIONS, SATISFACTION, measure_register

        from .selectors import failed_evaluation_counts, quality_exception_counts, satisfaction_counts
        from .services import spot_checks  # noqa: F401  registers the duty kind

        # survey results, performance evaluation and information-quality checks feed early warning (BJ-58-1)
        measure_register(SATISFACTION, satisfaction_counts)
        measure_register(FAILED_EVALUATION, failed_evaluation_counts)
        measure_register(QUALITY_EXCEPTIONS, quality_exception_counts)
