"""Choices of the workforce register and training records that pages and the API need (BJ ch.7, SD)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmploymentType(models.TextChoices):
    FULL_TIME = "full_time", _("专职")
    PART_TIME = "part_time", _("兼职")


class WorkforceRole(models.TextChoices):
    """BJ-60-1: roles carried by a register entry."""
    GUIDANCE = "guidance", _("职业指导人员")
    ANALYST = "analyst", _("职业信息分析人员")
    LABOUR_ASSISTANT = "labour_assistant", _("劳动保障协理员")
    HR_SERVICE = "hr_service", _("其他人力资源服务人员")


class TrainingCategory(models.TextChoices):
    """SD-1-1 categories (proposal)."""
    PES_COUNSELLOR = "pes_counsellor", _("公共就业服务机构职业指导人员")
    HEI_COUNSELLOR = "hei_counsellor", _("高校职业指导人员")
    PART_TIME_COUNSELLOR = "part_time_counsellor", _("兼职职业指导师")
    CHIEF_COUNSELLOR = "chief_counsellor", _("首席职业指导师")
    STUDIO_LEAD = "studio_lead", _("工作室领衔人")
    OTHER = "other", _("其他")


class TrainingForm(models.TextChoices):
    """BJ-69-2 ("等形式", open list)."""
    THEMATIC = "thematic", _("专题培训")
    LECTURE = "lecture", _("专家授课")
    ONLINE = "online", _("在线学习")
    VISIT = "visit", _("参观交流")
    OTHER = "other", _("其他")


class AssessmentResult(models.TextChoices):
    PASSED = "passed", _("合格")
    FAILED = "failed", _("不合格")


class RecipientType(models.TextChoices):
    """SD-G-11 recipient types; an assistance target (SD-11-3) is a job seeker receiving employment assistance."""
    JOB_SEEKER = "job_seeker", _("求职者")
    COLLEGE_GRADUATE = "college_graduate", _("高校毕业生")
    EMPLOYER = "employer", _("用人单位")
    ASSISTANCE_TARGET = "assistance_target", _("就业援助对象")


class Channel(models.TextChoices):
    """SD-12-1."""
    ONLINE = "online", _("线上")
    OFFLINE = "offline", _("线下")


class CareerStage(models.TextChoices):
    """SD-8-4 (proposal breakdown)."""
    STUDENT = "student", _("在校学生")
    JOB_SEEKER = "job_seeker", _("求职")
    EMPLOYED = "employed", _("在职")
    CAREER_CHANGE = "career_change", _("转换职业")


class HandoffService(models.TextChoices):
    """SD-S-5: what a guidance case hands off to."""
    JOB_INTRODUCTION = "job_introduction", _("职业介绍")
    POLICY_SERVICE = "policy_service", _("政策服务")


class HandoffOutcome(models.TextChoices):
    PENDING = "pending", _("办理中")
    COMPLETED = "completed", _("已落实")
    NOT_COMPLETED = "not_completed", _("未落实")


class ContentKind(models.TextChoices):
    """SD-10-1."""
    POLICY_PUBLICITY = "policy_publicity", _("就业政策宣传")
    SITUATION_INTERPRETATION = "situation_interpretation", _("就业形势解读")


class Audience(models.TextChoices):
    ALL = "all", _("求职者和用人单位")
    JOB_SEEKERS = "job_seekers", _("求职者")
    EMPLOYERS = "employers", _("用人单位")


class GuidanceLevel(models.TextChoices):
    """SD-13-1: the two levels of an HEI's guidance system."""
    SCHOOL = "school", _("学校")
    DEPARTMENT = "department", _("院系")


class CourseStatus(models.TextChoices):
    """SD-13-2."""
    REQUIRED = "required", _("必修课")
    ELECTIVE = "elective", _("选修课")


class DeliveryMode(models.TextChoices):
    """SD-13-5."""
    ONLINE = "online", _("线上")
    OFFLINE = "offline", _("线下")
    BLENDED = "blended", _("线上线下相结合")


class StudyLevel(models.TextChoices):
    """SD-14-2."""
    ZHUANKE = "zhuanke", _("专科")
    BENKE = "benke", _("本科")
    POSTGRADUATE = "postgraduate", _("研究生")


class WorkDocumentKind(models.TextChoices):
    """SD-S-4."""
    WORK_PLAN = "work_plan", _("工作方案")
    SERVICE_STANDARD = "service_standard", _("服务标准")
    SERVICE_PROCEDURE = "service_procedure", _("服务程序")
    SERVICE_RULES = "service_rules", _("服务制度")


class TaskStatus(models.TextChoices):
    """SD-S-1: how far a key task has got (never "overdue": that is the duty's)."""
    NOT_STARTED = "not_started", _("未启动")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已完成")


class CatalogueService(models.TextChoices):
    """SD-10-2, SD-11-1, SD-11-2, SD-11-3: the services of the catalogue."""
    EMPLOYMENT_CONSULTATION = "employment_consultation", _("就业咨询服务")
    LEGAL_POLICY_CONSULTATION = "legal_policy_consultation", _("法律法规政策咨询")
    SUPPLY_DEMAND_INFORMATION = "supply_demand_information", _("职业供求信息服务")
    CAREER_DIAGNOSIS_ASSESSMENT = "career_diagnosis_assessment", _("职业诊断和素质测评")
    CAREER_CONSULTATION = "career_consultation", _("职业咨询")
    CAREER_PLANNING = "career_planning", _("职业生涯规划")
    PSYCHOLOGICAL_ADJUSTMENT = "employment_psychological_adjustment", _("就业心理调适")
    JOB_SEARCH_SKILLS = "job_search_skills", _("求职技巧")
    STRATEGY_GUIDANCE = "strategy_guidance", _("策略指导")
    HIRING_NEEDS_ANALYSIS = "hiring_needs_analysis", _("用人需求分析")
    RECRUITMENT_STRATEGY_GUIDANCE = "recruitment_strategy_guidance", _("招聘策略和技巧指导")
    EMPLOYMENT_ASSISTANCE = "employment_assistance", _("就业援助")


class SupportMeasure(models.TextChoices):
    """SD-11-3 (proposal list): differentiated support measures for an assistance target."""
    JOB_RECOMMENDATION = "job_recommendation", _("岗位推荐")
    SKILLS_TRAINING = "skills_training", _("技能培训")
    INTERNSHIP = "internship", _("就业见习")
    PUBLIC_WELFARE_POST = "public_welfare_post", _("公益性岗位")
    ENTREPRENEURSHIP = "entrepreneurship_support", _("创业扶持")
    PSYCHOLOGICAL_SUPPORT = "psychological_support", _("心理疏导")
    POLICY_SUBSIDY = "policy_subsidy", _("就业补贴政策落实")
    OTHER = "other", _("其他")


class GoalSystem(models.TextChoices):
    """SD-G-12: the four goal systems, the headings of the results summary."""
    MANAGEMENT = "management_system", _("职业指导管理体系")
    TRAINING = "training_system", _("人才培养体系")
    SERVICE_LEVEL = "service_level", _("服务水平")
    INCENTIVES = "incentive_safeguard", _("激励保障")


class PartnerType(models.TextChoices):
    """SD-1-4."""
    INDUSTRY_ASSOCIATION = "industry_association", _("行业协会")
    PROFESSIONAL_INSTITUTION = "professional_institution", _("专业机构")
    HEI = "hei", _("高等院校")
    IN_HOUSE = "in_house", _("本机构自主开发")


class EventFormat(models.TextChoices):
    """SD-1-5."""
    LECTURE = "lecture", _("讲座")
    TRAINING = "training", _("培训")
    WORKSHOP = "workshop", _("工作坊")
    SEMINAR = "seminar", _("研讨会")
    TRAINING_CAMP = "training_camp", _("训练营")
    OTHER = "other", _("其他")


class SpeakerType(models.TextChoices):
    EXPERT = "expert", _("专家")
    SCHOLAR = "scholar", _("学者")
    ENTERPRISE_HR = "enterprise_hr", _("企业HR")
    OTHER = "other", _("其他")


TIER_CHOICES = [(0, _("未取得等级")), (5, _("五级")), (4, _("四级")), (3, _("三级")), (2, _("二级")), (1, _("一级"))]


ORGANISER_LEVELS = [("provincial", _("省级")), ("city", _("市级")), ("county", _("县级"))]


class OrganisationType(models.TextChoices):
    """SD-G-1: organisation types; attached to units of the agency tree by OrganisationProfile."""
    PROVINCIAL_HRSS_DEPT = "provincial_hrss_dept", _("省人力资源和社会保障厅")
    PROVINCIAL_EDUCATION_DEPT = "provincial_education_dept", _("省教育厅")
    CITY_HRSS_BUREAU = "city_hrss_bureau", _("市人力资源社会保障局")
    PES_AGENCY = "pes_agency", _("公共就业服务机构")
    HEI = "hei", _("普通高等学校")
    HEI_DEPARTMENT = "hei_department", _("院系")


class Education(models.TextChoices):
    BELOW_COLLEGE = "below_college", _("大专以下")
    COLLEGE = "college", _("大专")
    BACHELOR = "bachelor", _("本科")
    MASTER = "master", _("硕士研究生")
    DOCTOR = "doctor", _("博士研究生")


class Occupation(models.TextChoices):
    CAREER_GUIDANCE = "career_guidance", _("职业指导")
    INFO_ANALYSIS = "info_analysis", _("职业信息分析")
    LABOUR_ASSISTANT = "labour_assistant", _("劳动保障协理")
    OTHER = "other", _("其他")


class CertificateKind(models.TextChoices):
    QUALIFICATION = "qualification_certificate", _("职业资格证书（原制度）")
    SKILL_LEVEL = "skill_level_certificate", _("职业技能等级证书")


class SeniorEquivalent(models.TextChoices):
    """BJ-63-2 and BJ-67-1: qualifications that count as the senior qualification ("可视同", configurable)."""
    SENIOR_PSYCHOLOGICAL_COUNSELLOR = "senior_psychological_counsellor", _("高级心理咨询师")
    SENIOR_ENTERPRISE_HR_MANAGER = "senior_enterprise_hr_manager", _("高级企业人力资源管理师")
    SENIOR_ECONOMIST = "senior_economist", _("高级经济师")
    SENIOR_STATISTICIAN = "senior_statistician", _("高级统计师")
    SENIOR_ANALYST = "senior_analyst", _("高级职业信息分析师")


class EvaluationSource(models.TextChoices):
    """SD-21-2."""
    PEER = "peer", _("同行评价")
    STUDENT = "student", _("学生评价")
    SOCIAL = "social", _("社会评价")
    OTHER = "other", _("其他")


AWARD_TITLES = [("gold_studio", _("职业指导金牌工作室")), ("golden_course", _("职业指导金课")), ("guidance_star", _("职业指导之星"))]


class SurveyMethod(models.TextChoices):
    """SD-15-1: how a special survey gathers its evidence."""
    QUESTIONNAIRE = "questionnaire", _("问卷调查")
    INTERVIEW = "interview", _("访谈")
    FIELD_VISIT = "field_visit", _("实地走访")
    SYMPOSIUM = "symposium", _("座谈")
    DATA_ANALYSIS = "data_analysis", _("数据分析")
    OTHER = "other", _("其他")


class PilotResult(models.TextChoices):
    """SD-15-4: the evaluation result of a pilot of a new technology or method."""
    PENDING = "pending", _("尚未评估")
    EFFECTIVE = "effective", _("成效明显，可推广")
    PARTLY = "partly", _("有一定成效，需改进")
    INEFFECTIVE = "ineffective", _("成效不明显")


class ExchangeKind(models.TextChoices):
    """SD-16-1."""
    ACADEMIC_EXCHANGE = "academic_exchange", _("学术交流")
    SYMPOSIUM = "symposium", _("座谈会")
    SPECIAL_SURVEY = "special_survey", _("专项调研")


class ExchangeRole(models.TextChoices):
    HOSTED = "hosted", _("举办")
    ATTENDED = "attended", _("参加")


class ExchangeScope(models.TextChoices):
    DOMESTIC = "domestic", _("国内")
    INTERNATIONAL = "international", _("国际")
