"""Choices of supervision records that pages, forms and the API need (statuses are in `states.py`)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class RecordType(models.TextChoices):
    """BJ-56-2: what the checks cover."""
    PERSONAL_LEDGER = "personal_ledger", _("求职者个人服务台账")
    NEEDS_ARCHIVE = "needs_archive", _("就业困难人员就业需求档案")
    POSTING = "posting", _("单位招聘信息")
    EMPLOYER_LEDGER = "employer_ledger", _("用人单位服务台账")
    DEMAND_ARCHIVE = "demand_archive", _("重点企业用人需求档案")


class NoticeKind(models.TextChoices):
    MONTHLY = "monthly", _("月度抽查通报")
    AD_HOC = "ad_hoc", _("督导检查通报")


class ComplaintChannel(models.TextChoices):
    PHONE = "phone", _("电话")
    LETTER = "letter", _("来信")
    VISIT = "visit", _("来访")
    ONLINE = "online", _("网上")


class ComplaintSubject(models.TextChoices):
    AGENCY = "agency", _("服务机构")
    STAFF = "staff", _("工作人员")
    EMPLOYER = "employer", _("用人单位")
    POSTING = "posting", _("招聘信息")


class CheckResult(models.TextChoices):
    """BJ-56-1: the outcome of a verification check of one record."""
    OK = "ok", _("未发现问题")
    PROBLEM = "problem", _("发现问题")


class SurveyForm(models.TextChoices):
    """BJ-57-1: the forms a satisfaction survey takes."""
    ONLINE = "online", _("网上评价（服务后推送）")
    SMS = "sms", _("短信链接")
    PHONE = "phone", _("电话回访")


class SurveyScore(models.IntegerChoices):
    VERY_SATISFIED = 5, _("非常满意")
    SATISFIED = 4, _("满意")
    FAIRLY_SATISFIED = 3, _("基本满意")
    DISSATISFIED = 2, _("不满意")
    VERY_DISSATISFIED = 1, _("非常不满意")


class EvaluationGrade(models.TextChoices):
    """BJ-55-1: the evaluator's grade of one agency (the document fixes no scale; a common four-step one)."""
    EXCELLENT = "excellent", _("优秀")
    GOOD = "good", _("良好")
    PASS = "pass", _("合格")
    FAIL = "fail", _("不合格")


class CommunitySurveyKind(models.TextChoices):
    """BJ-60-2: the surveys a community station's labour-security assistants carry out besides the willingness
    surveys of chapter 3."""
    LABOUR_RESOURCE = "labour_resource", _("劳动力资源调查")
    EMPLOYMENT_MONITORING = "employment_monitoring", _("就业失业监测调查")
