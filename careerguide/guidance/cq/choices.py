"""Choices of the CQ guidance process that forms and pages use (CQ-3.1-1, CQ-4.5-1, CQ-5.1-*, CQ-8.2-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .rules import ARCHIVE_ITEMS


class RecipientType(models.TextChoices):
    """CQ-3.1-1."""
    WORKER = "worker", _("劳动者")
    EMPLOYER = "employer", _("用人单位")


class Channel(models.TextChoices):
    """CQ-4.5-1."""
    ONLINE = "online", _("线上")
    OFFLINE = "offline", _("线下")


class ServiceType(models.TextChoices):
    """CQ-5.1-1..5, CQ-5.2-1..2: the fixed core of the catalogue."""
    POLICY_INFO_CONSULTING = "policy_info_consulting", _("政策信息咨询指导")
    JOB_SEARCH_GUIDANCE = "job_search_guidance", _("求职指导")
    VOCATIONAL_ASSESSMENT_GUIDANCE = "vocational_assessment_guidance", _("职业测评指导")
    TRAINING_GUIDANCE = "training_guidance", _("职业培训指导")
    SPECIFIC_GROUP_GUIDANCE = "specific_group_guidance", _("特定群体指导")
    RECRUITMENT_GUIDANCE = "recruitment_guidance", _("招聘用人指导")
    PREVENTIVE_GUIDANCE = "preventive_guidance", _("预防性指导")


class ServiceMode(models.TextChoices):
    """CQ-3.1-1."""
    CONSULTING = "consulting", _("咨询")
    GUIDANCE = "guidance", _("指导")
    ASSESSMENT = "assessment", _("测评")


class SafetyConcernKind(models.TextChoices):
    """CQ-8.2.1-1, CQ-8.2.2-1."""
    SELF_HARM = "self_harm", _("危害自身（含自杀可能）")
    HARM_TO_OTHERS = "harm_to_others", _("危害他人或他物")


class AdjustmentTarget(models.TextChoices):
    """CQ-6.1.5-3: what a follow-up may adjust without a new plan version."""
    JOB_SEARCH_ACTIVITY = "job_search_activity", _("求职活动")
    JOB_INTRODUCTION = "job_introduction", _("职业介绍服务内容")


class QualificationKind(models.TextChoices):
    """CQ-3.2-1, CQ-4.1-1: the public employment service qualification an organisation holds."""
    PES_APPROVAL = "pes_approval", _("公共就业服务机构设立批准文件")
    HR_SERVICE_LICENCE = "hr_service_licence", _("人力资源服务许可证")
    OTHER = "other", _("其他公共就业服务资质证明")


class ManagementDocType(models.TextChoices):
    """CQ-4.1-2 (the six required types of 4.1 b), CQ-4.3-3 (procedures, post responsibilities); the list is open."""
    GUIDANCE_SERVICE_RULES = "guidance_service_rules", _("职业指导服务管理制度")
    TRAINEE_RULES = "trainee_rules", _("学员管理制度")
    STAFF_RULES = "staff_rules", _("职业指导人员管理制度")
    ADMIN_LOGISTICS_RULES = "admin_logistics_rules", _("行政后勤服务制度")
    FINANCIAL_RULES = "financial_rules", _("财务管理制度")
    EMERGENCY_PLAN = "emergency_plan", _("应急预案")
    PROCEDURE = "procedure", _("职业指导服务流程")
    POST_RESPONSIBILITY = "post_responsibility", _("岗位职责")
    OTHER = "other", _("其他制度文件")


REQUIRED_MANAGEMENT_DOCS = (ManagementDocType.GUIDANCE_SERVICE_RULES, ManagementDocType.TRAINEE_RULES,
                            ManagementDocType.STAFF_RULES, ManagementDocType.ADMIN_LOGISTICS_RULES,
                            ManagementDocType.FINANCIAL_RULES, ManagementDocType.EMERGENCY_PLAN)


class DeviceStatus(models.TextChoices):
    """CQ-4.2-3: only in-service devices count."""
    IN_SERVICE = "in_service", _("在用")
    OUT_OF_SERVICE = "out_of_service", _("故障停用")
    RETIRED = "retired", _("已报废")


class PolicyCategory(models.TextChoices):
    """CQ-4.3-2."""
    LAW = "law", _("法律")
    REGULATION = "regulation", _("法规规章")
    EMPLOYMENT_POLICY = "employment_policy", _("就业政策")
    INDUSTRY_NORMATIVE = "industry_normative", _("行业规范性文件")


class PolicyItemStatus(models.TextChoices):
    """CQ-4.3-2."""
    IN_FORCE = "in_force", _("现行有效")
    AMENDED = "amended", _("已修订")
    REPEALED = "repealed", _("已废止")


class DisplayChannel(models.TextChoices):
    """CQ-7.1.1-1."""
    E_SCREEN = "e_screen", _("电子屏幕")
    BULLETIN_BOARD = "bulletin_board", _("宣传栏")


class Education(models.TextChoices):
    """CQ-4.6.1-5 (i): bachelor's or above qualifies, associate (大专) does not."""
    DOCTORATE = "doctorate", _("博士研究生")
    MASTER = "master", _("硕士研究生")
    BACHELOR = "bachelor", _("大学本科")
    ASSOCIATE = "associate", _("大学专科")
    OTHER = "other", _("其他")


class ExperienceKind(models.TextChoices):
    """CQ-4.6.1-3, CQ-4.6.1-5, CQ-4.6.1-7: only entries of the relevant kind count."""
    GUIDANCE = "guidance", _("职业指导工作")
    CONSULTING_TRAINING = "consulting_training", _("咨询或培训相关工作")
    INDUSTRY = "industry", _("相关行业从业")
    OTHER = "other", _("其他工作（不计入）")


class PractitionerRoleKind(models.TextChoices):
    """CQ-4.6.1-1: the two roles of guidance practitioners."""
    MANAGEMENT_STAFF = "management_staff", _("专业管理人员")
    GUIDANCE_STAFF = "guidance_staff", _("职业指导人员")


class PublicServiceItem(models.TextChoices):
    """CQ-7.1.10-1: the public employment service items of GB/T 33527-2017 (the list is open)."""
    POLICY_CONSULTING = "policy_consulting", _("政策咨询")
    JOB_INTRODUCTION = "job_introduction", _("职业介绍")
    VOCATIONAL_TRAINING = "vocational_training", _("职业培训")
    ENTREPRENEURSHIP_SERVICE = "entrepreneurship_service", _("创业服务")
    EMPLOYMENT_REGISTRATION = "employment_registration", _("就业登记")
    UNEMPLOYMENT_REGISTRATION = "unemployment_registration", _("失业登记")
    EMPLOYMENT_ASSISTANCE = "employment_assistance", _("就业援助")
    OTHER = "other", _("其他公共就业服务")


class InstitutionAttribute(models.TextChoices):
    """CQ-7.1.5-1: the three attributes verified for a training institution."""
    LAWFUL_QUALIFICATION = "lawful_qualification", _("合法资质")
    INTERNAL_MANAGEMENT = "internal_management", _("内部管理规范")
    SAFETY_MEASURES = "safety_measures", _("安全措施健全")


class FindingSource(models.TextChoices):
    """CQ-9.1.2-1, CQ-9.1.2-2."""
    INTERNAL_AUDIT = "internal_audit", _("内部监督和审核")
    ADMINISTRATIVE_SUPERVISION = "administrative_supervision", _("行政监督")
    SOCIAL_SUPERVISION = "social_supervision", _("社会监督（含投诉）")
    EXPERIENCE_SUMMARY = "experience_summary", _("指导经验总结的改进措施")


class ActionKind(models.TextChoices):
    """CQ-9.1.3-1."""
    CORRECTIVE = "corrective", _("纠正措施")
    PREVENTIVE = "preventive", _("预防措施")


class EvaluationType(models.TextChoices):
    """CQ-9.2.1-3 ("主要分为"; the list is extensible)."""
    SELF_EVALUATION = "self_evaluation", _("自我评价")
    THIRD_PARTY_EVALUATION = "third_party_evaluation", _("第三方评价")
    OTHER = "other", _("其他评价")


class ComplaintChannelKind(models.TextChoices):
    """CQ-9.1.1-1."""
    PHONE = "phone", _("投诉电话")
    EMAIL = "email", _("电子邮箱")
    ONLINE = "online", _("网上投诉")
    IN_PERSON = "in_person", _("现场投诉")
    MAIL = "mail", _("信函")


class RecruitmentSubType(models.TextChoices):
    """CQ-5.2-2: the sub-types of recruitment guidance."""
    RECRUITMENT_METHOD = "recruitment_method", _("选择招聘方式")
    HIRING_CONDITIONS = "hiring_conditions", _("确定用人条件和标准")
    TALENT_ASSESSMENT = "talent_assessment", _("人才测评")
    EMPLOYMENT_PRACTICE_GUIDANCE = "employment_practice_guidance", _("用工行为指导")


class JobSearchTopic(models.TextChoices):
    """CQ-5.1-2: the topics of job-search guidance, kept as its sub-types."""
    EMPLOYMENT_OUTLOOK = "employment_outlook", _("树立就业观念")
    CAREER_DIRECTION = "career_direction", _("明确职业方向")
    JOB_SEARCH_METHOD = "job_search_method", _("掌握求职方法")
    JOB_SEARCH_PROCESS = "job_search_process", _("了解求职过程")


# CQ-5.1-1 … CQ-5.1-5, CQ-5.2-1, CQ-5.2-2: the types the standard lists, which cannot be disabled
# (CQ-5.1-6, CQ-5.2-3): (code, recipient types, parent code, content, clause).
CORE_CATALOGUE = (
    (ServiceType.POLICY_INFO_CONSULTING, ("worker", "employer"), "",
     _("人力资源和社会保障法律法规、政策，人力资源市场供求状况，市场工资指导价位等咨询"), "CQ-5.1-1"),
    (ServiceType.JOB_SEARCH_GUIDANCE, ("worker",), "",
     _("帮助了解职业，树立就业观念，明确职业方向，掌握求职方法和求职过程"), "CQ-5.1-2"),
    *((topic, ("worker",), ServiceType.JOB_SEARCH_GUIDANCE, topic.label, "CQ-5.1-2") for topic in JobSearchTopic),
    (ServiceType.VOCATIONAL_ASSESSMENT_GUIDANCE, ("worker",), "",
     _("运用专业的测评工具或面试，测评职业素质和特点，开展职业能力综合评价"), "CQ-5.1-3"),
    (ServiceType.TRAINING_GUIDANCE, ("worker",), "", _("提供培训建议和培训信息，推荐人力资源培训机构"), "CQ-5.1-4"),
    (ServiceType.SPECIFIC_GROUP_GUIDANCE, ("worker",), "",
     _("为高校毕业生、就业援助对象、农村转移劳动力等特定群体提供指导"), "CQ-5.1-5"),
    (ServiceType.PREVENTIVE_GUIDANCE, ("worker",), ServiceType.SPECIFIC_GROUP_GUIDANCE,
     _("提前帮助特定群体解决求职和就业中可能遇到的各类问题"), "CQ-7.1.8-1"),
    (ServiceType.RECRUITMENT_GUIDANCE, ("employer",), "", _("招聘用人指导"), "CQ-5.2-2"),
    *((sub, ("employer",), ServiceType.RECRUITMENT_GUIDANCE, sub.label, "CQ-5.2-2") for sub in RecruitmentSubType),
)
CORE_CODES = frozenset(str(row[0]) for row in CORE_CATALOGUE)


# CQ-7.2.2-2: the archive items (a) to (g), in the standard's order
ARCHIVE_ITEM_LABELS = dict(zip(ARCHIVE_ITEMS, (
    _("劳动者职业指导预约登记表"), _("劳动者提交的个人资料"), _("职业指导过程记录表"), _("团体指导影音记录"),
    _("职业素质测评、职业能力评估报告"), _("职业指导个案转介表"), _("服务对象满意度反馈表"))))


class Attestation(models.TextChoices):
    """CQ-4.6.1-3/-4: what the agency head confirms of a practitioner."""
    KNOWLEDGE = "knowledge", _("掌握人力资源和社会保障法律政策、市场供求、工资指导价位、职业分类和职业特点等知识")
    COMPETENCE = "competence", _("具备职业指导知识和岗位能力（专业管理人员）")
    LOCAL_ECONOMY = "local_economy", _("了解当地经济发展水平、行业薪酬待遇等基本情况")


class QualificationRoute(models.TextChoices):
    """How a practitioner met the qualification of the role (CQ-4.6.1-3 … -6), as `staff_rules` decides it."""
    CERTIFICATE_AND_EXPERIENCE = "certificate_and_experience", _("持有职业指导证书并具备相应工作经历")
    SPECIAL_TALENT = "special_talent_exception", _("特殊专业人才例外")
    EXPERIENCE = "experience", _("具备相应工作经历")


class CareerInfoGroup(models.TextChoices):
    """CQ-6.1.1-1: the four groups of career information (`rules.CAREER_INFO_GROUPS`)."""
    BASIC_SITUATION = "basic_situation", _("基本情况")
    WORK_EXPERIENCE = "work_experience", _("工作经验")
    JOB_SEARCH_INTENTION = "job_search_intention", _("求职意向")
    JOB_SEARCH_DIFFICULTY = "job_search_difficulty", _("求职困惑")
