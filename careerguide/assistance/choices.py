"""Choices of chapter 3 that pages, forms, the API and rules need (not statuses: see states.py)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetCategory(models.TextChoices):
    """BJ-18-1: the three categories of survey targets."""

    URBAN_UNEMPLOYED = "1", _("（一）本市城镇登记失业人员中经认定的就业困难人员")
    RURAL_TRANSFER = "2", _("（二）本市办理转移就业登记的农村劳动力中经认定的就业困难人员")
    OTHER_CERTIFIED = "3", _("（三）其他经认定的就业困难人员")


class SurveyKind(models.TextChoices):
    INITIAL = "initial", _("就业意愿摸查")
    FOLLOW_UP = "follow_up", _("跟踪摸查")


class OptionList(models.TextChoices):
    """The configurable lists of chapter 3 (BJ-19-1, BJ-19-2, BJ-21-3, BJ-27-2): built-in entries plus an
    agency's own."""

    SURVEY_METHOD = "survey_method", _("摸查方式")
    UNWILLING_REASON = "unwilling_reason", _("暂无就业意愿的原因")
    SPECIAL_CIRCUMSTANCE = "special_circumstance", _("调整跟踪摸查时间的情况")
    SURVEY_QUESTION = "survey_question", _("按要求应摸查的其他情况")
    PROGRAMME_KIND = "programme_kind", _("培训、见习等项目类型")


O = OptionList
#: The entries every agency has; an agency adds its own (AssistanceOption), which count as "other" nowhere.
BUILTIN_OPTIONS = {
    O.SURVEY_METHOD: (("phone", _("电话访问")), ("front_desk", _("前台接待")), ("home_visit", _("主动上门")),
                      ("other", _("其他方式"))),
    O.UNWILLING_REASON: (("childbirth", _("生育")), ("family_care", _("陪护家人")), ("health", _("身体健康原因")),
                         ("studying", _("在读或参加培训")), ("near_retirement", _("临近退休年龄")),
                         ("other_income", _("有其他收入来源，暂不求职")), ("other", _("其他原因"))),
    O.SPECIAL_CIRCUMSTANCE: (("childbirth", _("生育")), ("family_care", _("陪护家人")), ("hospitalised", _("住院治疗")),
                             ("other", _("其他类似情况"))),
    O.SURVEY_QUESTION: (("household", _("家庭就业情况")), ("training_need", _("培训需求"))),
    O.PROGRAMME_KIND: (("vocational_skills_training", _("职业技能培训")), ("entrepreneurship_training", _("创业培训")),
                       ("employment_internship", _("就业见习")), ("other", _("其他项目"))),
}


class TeamRole(models.TextChoices):
    """BJ-26-1: the case worker is the core of the specialized service team."""

    CASE_WORKER = "case_worker", _("就业援助服务专员（核心）")
    INFO_ANALYST = "info_analyst", _("职业信息分析人员")
    EMPLOYMENT_SERVICE = "employment_service", _("就业服务专业人员")
    ENTREPRENEURSHIP_SERVICE = "entrepreneurship_service", _("创业服务专业人员")


class EvaluationKind(models.TextChoices):
    """BJ-25-2, BJ-26-4."""

    READINESS = "readiness", _("就业准备状况评估")
    CLASSIFICATION = "classification", _("就业困难人员分类测评")
    MEASURE_EFFECT = "measure_effect", _("帮扶措施效果和就业准备情况评估")


class BarrierCause(models.TextChoices):
    """BJ-26-5, BJ-26-7: the causes a plan records; the suggested services follow them."""

    ATTITUDE = "attitude", _("就业择业观念导致就业准备不足")
    SKILLS = "skills", _("知识、技能原因，尚不具备上岗或创业条件")
    JOB_READY = "job_ready", _("已具备上岗条件")
    ENTITLEMENT = "entitlement", _("符合享受促进就业优惠政策")
    OTHER = "other", _("其他原因")


class AssistanceService(models.TextChoices):
    """The services of Articles 14 and 26 a team delivers (BJ-26-3, BJ-26-7)."""

    GENERAL_GUIDANCE = "general_guidance", _("一般性指导")
    SPECIALIZED_GUIDANCE = "specialized_guidance", _("专门指导")
    CATEGORIZED_GUIDANCE = "categorized_guidance", _("分类指导")
    PSYCHOLOGICAL_ADJUSTMENT = "psychological_adjustment", _("心理调适")
    TRAINING_REFERRAL = "training_referral", _("推荐参加职业技能培训、创业培训或就业见习")
    MATCHING = "matching", _("匹配推荐")
    INTERVIEW_GUIDANCE = "interview_guidance", _("面试指导")
    PROCEDURE_HELP = "procedure_help", _("协助办理促进就业优惠政策手续")
    PLAN_REVISION = "plan_revision", _("分析评估并修改完善援助方案")


#: The guidance services a case worker records on the case page (matching and training have their own forms).
GUIDANCE_SERVICES = (AssistanceService.GENERAL_GUIDANCE, AssistanceService.SPECIALIZED_GUIDANCE,
                     AssistanceService.CATEGORIZED_GUIDANCE, AssistanceService.PSYCHOLOGICAL_ADJUSTMENT,
                     AssistanceService.INTERVIEW_GUIDANCE, AssistanceService.PROCEDURE_HELP)


class StageStatus(models.TextChoices):
    """BJ-26-9."""

    ACHIEVED = "achieved", _("已达成")
    PARTLY = "partly", _("部分达成")
    NOT_ACHIEVED = "not_achieved", _("未达成")


class Checkpoint(models.TextChoices):
    """BJ-27-2, open question 12."""

    INITIAL = "initial", _("初期")
    MIDDLE = "middle", _("中期")
    FINAL = "final", _("终期")


class ProgressSource(models.TextChoices):
    """BJ-27-4: who gave the progress information."""

    TEAM = "team", _("专门服务团队联系本人")
    PROVIDER = "provider", _("培训机构或见习单位")
    DEPARTMENT = "department", _("相关部门")


class PlacementOutcome(models.TextChoices):
    """BJ-30-6."""

    MARKET_EMPLOYMENT = "market_employment", _("安置期间实现市场就业")
    EXPIRED = "expired", _("安置期满")


class TransferDecision(models.TextChoices):
    FORWARD = "forward", _("转报市级")
    APPROVE = "approve", _("批准")
    RETURN = "return", _("退回")
    REJECT = "reject", _("不予批准")
