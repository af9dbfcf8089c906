"""Why personal data was read, for the read log (BJ-51-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReadPurpose(models.TextChoices):
    CANDIDATE_LIST = "candidate_list", _("用人单位查看推荐人选列表")
    CANDIDATE_DETAIL = "candidate_detail", _("用人单位查看推荐人选详情")
    BULK_EXPORT = "bulk_export", _("工作人员批量导出个人信息")


# What an employer's candidate card shows of a person (matching.selectors.candidate_card): job-relevant data only.
CANDIDATE_FIELDS = ("display_name", "sought_occupation", "education", "skill_level", "certificates", "experience",
                    "job_ready", "available_from", "working_pattern")
