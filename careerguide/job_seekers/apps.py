from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobSeekersConfig(AppConfig):
    name = "careerguide.job_seekers"
    verbose_name = _("求职者服务")

    def ready(self):
        from . import archive_subject, audit_labels, guidance_subject

        audit_labels.register()
        guidance_subject.register()
        archive_subject.register()
