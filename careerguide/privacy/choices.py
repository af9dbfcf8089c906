"""Why personal data was read, for the read log (BJ-51-2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReadPurpose(models.TextChoices):
    CANDIDATE_LIST = "candidate_list", _("用人单位查看推荐人选列表")
    CANDIDATE_DETAIL = "candidate_detail", _("用人单位查看推荐人选详情")
    BULK_EXPORT = "bulk_export", _("工作人员批量导出个人信息")
    SERVICE = "service", _("工作人员办理业务查阅")
    SERVICE_API = "service_api", _("工作人员通过接口查阅")
    LEDGER_PDF = "ledger_pdf", _("工作人员导出台账PDF")
    ARCHIVE = "archive", _("工作人员查阅电子档案")
    SUBJECT_ACCESS = "subject_access", _("本人查阅个人信息副本")
    REPORT_PDF = "report_pdf", _("工作人员导出个人报告PDF")


# What an employer's candidate card shows of a person (matching.selectors.candidate_card): job-relevant data only.
CANDIDATE_FIELDS = ("display_name", "sought_occupation", "education", "skill_level", "certificates", "experience",
                    "job_ready", "available_from", "working_pattern")

# What a staff page, API detail or PDF of a person shows (BJ-51-2): the fields named in the read log.
PERSON_PAGE_FIELDS = ("full_name", "id_number_masked", "phone_masked", "sex", "birth_date", "address", "education",
                      "status", "ledger")
LEDGER_PDF_FIELDS = ("full_name", "id_number_masked", "status", "ledger")
CQ_CASE_FIELDS = ("subject_label", "contact", "career_info", "needs", "goals", "employment")
ARCHIVE_FIELDS = ("archive_index", "archive_items")
REPORT_FIELDS = ("subject_label", "analysis", "cited_results", "feedback")


class SubjectRequestKind(models.TextChoices):
    ACCESS = "access", _("查阅个人信息（获取副本）")
    CORRECTION = "correction", _("更正个人信息")


class CorrectableField(models.TextChoices):
    """What a person may ask to correct: the items job_seekers' services already let staff edit."""
    FULL_NAME = "full_name", _("姓名")
    PHONE = "phone", _("联系电话")
    HUKOU_LOCATION = "hukou_location", _("户籍所在地（区、街道）")
    EDUCATION = "education", _("学历")
