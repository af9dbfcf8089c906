"""Choice lists of the expert-team records, with their Chinese labels."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):  # CZ-6-2
    SELF_NOMINATION = "self_nomination", _("个人自荐")
    AGENCY = "agency_recommendation", _("公共就业服务机构推荐")
    UNIVERSITY = "university_recommendation", _("高校推荐")
    ASSOCIATION = "association_recommendation", _("社团组织推荐")


class RecommenderKind(models.TextChoices):
    UNIVERSITY = "university", _("高校就业指导部门")
    ASSOCIATION = "association", _("社团组织、行业协会")


class IdType(models.TextChoices):
    RESIDENT_ID = "resident_id", _("居民身份证")
    OTHER = "other", _("其他证件")


class Gender(models.TextChoices):
    MALE = "male", _("男")
    FEMALE = "female", _("女")


class UnitType(models.TextChoices):  # CZ-A1-4
    PES_AGENCY = "pes_agency", _("公共就业服务机构")
    COMMERCIAL_HR_AGENCY = "commercial_hr_agency", _("经营性人力资源服务机构")
    ENTERPRISE = "enterprise", _("企业")
    PUBLIC_INSTITUTION = "public_institution", _("事业单位")
    RESEARCH_INSTITUTE = "research_institute", _("科研机构")
    UNIVERSITY = "university", _("高校")
    SOCIAL_ORGANISATION = "social_organisation", _("社会团体")
    NONE = "none", _("无工作单位（如退休）")
    OTHER = "other", _("其他")


class WorkField(models.TextChoices):  # CZ-A1-5
    EMPLOYMENT_SERVICE = "employment_service", _("就业服务")
    HR_MANAGEMENT = "hr_management", _("人力资源管理")
    GUIDANCE = "employment_entrepreneurship_guidance", _("就业创业指导")
    EDUCATION = "education_training", _("教育培训")
    PSYCHOLOGY = "psychological_counselling", _("心理咨询")
    ENTERPRISE_MANAGEMENT = "enterprise_management", _("企业管理")
    OTHER = "other", _("其他")


class Category(models.TextChoices):  # CZ-5-1
    C1A = "C1A", _("公共就业服务机构工作人员")
    C1B = "C1B", _("经营性人力资源服务机构负责人或业务骨干")
    C2 = "C2", _("相关专业人员")
    C3 = "C3", _("企业管理者")
    C4 = "C4", _("“1028”产业体系或前沿领域研究人员")
    C5 = "C5", _("专项业务竞赛“十佳”星级选手")


class Occupation(models.TextChoices):
    CAREER_GUIDANCE = "career_guidance", _("职业指导")
    HR_MANAGEMENT = "hr_management", _("人力资源管理")
    LABOUR_SECURITY_ASSISTANT = "labour_security_assistant", _("劳动保障协理员")
    OTHER = "other", _("其他职业")


class CertificateKind(models.TextChoices):  # CZ-5-4
    QUALIFICATION = "qualification", _("职业资格证书")
    SKILL_LEVEL = "skill_level", _("职业技能等级证书")


class HonourTitle(models.TextChoices):  # CZ-5-13
    NATIONAL_TOP10 = "national_top10", _("全国十佳")
    PROVINCIAL_TOP10 = "provincial_top10", _("全省十佳")
    OTHER = "other", _("其他荣誉")


class PositionRank(models.TextChoices):  # CZ-5-8
    NONE = "", _("无")
    DEPARTMENT_HEAD = "department_head", _("部门负责人")
    DEPUTY_GM = "deputy_general_manager", _("副总经理")
    GM = "general_manager", _("总经理及以上")


class EnterpriseSize(models.TextChoices):  # CZ-5-9
    NONE = "", _("不适用")
    LARGE = "large", _("大型企业")
    MEDIUM = "medium", _("中型企业")
    SMALL_MICRO = "small_micro", _("小微企业")


class AttachmentKind(models.TextChoices):  # CZ-6-6, CZ-6-11..13, CZ-A1-8
    RESUME = "resume", _("个人简历")
    ACHIEVEMENTS = "professional_achievements", _("专业成就")
    PRACTICE_CASES = "practice_cases", _("职业指导相关实践案例")
    TEACHING_RESEARCH = "teaching_research_output", _("教学科研成果")
    INDUSTRY_CONNECTIONS = "industry_connections", _("行业联系资源")
    PROFILE = "personal_profile", _("个人简介")
    QUALIFICATIONS_HONOURS = "industry_qualifications_honours", _("行业资质与荣誉")
    EXPERTISE = "expertise_areas", _("擅长领域")
    NOMINEE_DETAILS = "nominee_details", _("被推荐人详细资料")
    UNIT_OPINION = "unit_opinion", _("所在单位意见（盖章扫描件）")
    NO_UNIT_DECLARATION = "no_unit_declaration", _("无工作单位声明")
    OPERATING_EVIDENCE = "operating_evidence", _("企业经营状况证明")
    OTHER = "other", _("其他材料")


class VerificationMethod(models.TextChoices):  # CZ-7-3
    LETTER = "letter_inquiry", _("函询")
    INTERVIEW = "interview", _("面试")
    PHONE = "phone_inquiry", _("电话咨询")
    SITE_VISIT = "site_visit", _("实地走访")


class ExitGround(models.IntegerChoices):  # CZ-9-1
    G1 = 1, _("公开发表违背党的路线、方针、政策的言论，或有其他政治性问题")
    G2 = 2, _("以专家名义从事职责范围之外的活动，造成严重负面影响")
    G3 = 3, _("泄露指导对象个人隐私或商业秘密，造成较大经济损失或不良影响")
    G4 = 4, _("不服从工作安排，或因自身原因长期无法取得联系")
    G5 = 5, _("本人要求退出")
    G6 = 6, _("身体健康状况不宜参加志愿服务")
    G7 = 7, _("其他不宜继续担任职业指导专家")


class Initiator(models.TextChoices):  # CZ-9-6
    EXPERT = "expert", _("本人申请")
    CITY = "city_hrss", _("市人社局决定")


class Rating(models.TextChoices):  # CZ-8-3
    GOOD = "good", _("好")
    ADEQUATE = "adequate", _("合格")
    INADEQUATE = "inadequate", _("不合格")


class RecipientType(models.TextChoices):  # CZ-3-1
    WORKER = "worker", _("劳动者")
    EMPLOYER = "employer", _("用人单位")


class KeyGroup(models.TextChoices):  # CZ-3-2
    COLLEGE_GRADUATE = "college_graduate", _("高校毕业生")
    VETERAN = "veteran", _("退役军人")
    RURAL_MIGRANT = "rural_migrant_labour", _("农村转移劳动力")
    DIFFICULTY = "employment_difficulty_person", _("就业困难人员")
    OTHER = "other_key_group", _("其他重点群体")


class Mode(models.TextChoices):  # CZ-10-6
    ONLINE = "online", _("线上")
    OFFLINE = "offline", _("线下")


class Origin(models.TextChoices):  # CZ-11-13
    UNIFIED = "unified_arrangement", _("市人社局统一安排")
    VOLUNTARY = "voluntary", _("个人自愿")
    INVITATION = "unit_invitation", _("单位邀请")


class ActivityForm(models.TextChoices):  # CZ-11-14, CZ-12-1
    CONSULTATION = "expert_consultation", _("专家咨询")
    LECTURE = "expert_lecture", _("专家讲座")
    SEMINAR = "seminar_exchange", _("研讨交流")
    PAIRED = "paired_assistance", _("结对帮扶")
    REVIEW = "review_work", _("评审")
    FEASIBILITY = "feasibility_assessment", _("论证")
    EVALUATION = "evaluation_work", _("评价")
    TEACHING = "teaching", _("授课")
    OTHER = "other_duty_form", _("其他形式")


class Duty(models.TextChoices):  # CZ-10-1..5
    D1 = "D1", _("提供专业指导服务")
    D2 = "D2", _("提供就业服务咨询")
    D3 = "D3", _("参与职业指导体系建设")
    D4 = "D4", _("开展个性化职业指导")
    D5 = "D5", _("推广“常指导”服务品牌")
    D6 = "D6", _("市人社局安排的其他公益性职业指导服务活动")


class FeedbackKind(models.TextChoices):  # CZ-11-9
    PRAISE = "praise", _("表扬")
    COMMENT = "comment", _("意见建议")
    COMPLAINT = "complaint", _("投诉")


class TrainingContent(models.TextChoices):  # CZ-11-11
    POLICY = "policy_updates", _("就业创业政策法规更新")
    METHODS = "guidance_methods", _("职业指导方法技巧")
    INDUSTRY = "industry_trends", _("行业发展动态")
    OTHER = "other", _("其他")


class IncentiveKind(models.TextChoices):  # CZ-12-1, CZ-12-3
    TRAINING = "training", _("培训")
    STUDY_TOUR = "study_tour", _("学习考察")
    REVIEW = "review_work", _("评审")
    FEASIBILITY = "feasibility_assessment", _("论证")
    EVALUATION = "evaluation_work", _("评价")
    TEACHING = "teaching", _("授课")
    DOUYIN = "douyin_interview", _("本市人才招聘抖音号专访")
    MEDIA = "media_report", _("新闻媒体宣传报道")


class Programme(models.TextChoices):
    """The two expert programmes that share the membership machinery."""

    CZ_TEAM = "cz_expert_team", _("职业指导专家团")
    SD_LIBRARY = "sd_expert_library", _("职业指导专家库")


class LibraryLevel(models.TextChoices):  # SD-9-1 (proposal)
    PROVINCE = "province", _("省级")
    CITY = "city", _("市级")
    COUNTY = "county", _("县级")
    HEI = "hei", _("高校")


class LibraryCategory(models.TextChoices):  # SD-9-1
    INDUSTRY_EXPERT = "industry_expert", _("高水平行业专家")
    SENIOR_PRACTITIONER = "senior_practitioner", _("资深的一线专业人士")


class EngagementPurpose(models.TextChoices):  # SD-9-2
    CONSULTING = "consulting", _("咨询")
    ARGUMENTATION = "argumentation", _("论证")
    REVIEW = "review", _("评审")
    EVALUATION = "evaluation", _("评价")
    PUBLIC_SERVICE = "public_service", _("公益服务")
    OTHER = "other", _("其他")


class LookupKind(models.TextChoices):  # CZ-5-4, CZ-5-6, CZ-5-9, CZ-5-12
    OLD_TITLE = "old_title_level", _("原职业资格证书名称与等级对照")
    RELEVANT_OCCUPATION = "relevant_occupation", _("经营性机构人员相关证书职业")
    SECTOR_1028 = "sector_1028", _("“1028”现代化产业体系")
    SME_STANDARD = "sme_standard", _("大中小微型企业划分标准（2017）")


class Ethnicity(models.TextChoices):  # CZ-A1-2 (the common ones; others by "other")
    HAN = "han", _("汉族")
    OTHER = "other", _("其他民族")


class PoliticalAffiliation(models.TextChoices):  # CZ-A1-2
    CPC = "cpc_member", _("中共党员")
    CPC_PROBATIONARY = "cpc_probationary", _("中共预备党员")
    CYL = "cyl_member", _("共青团员")
    DEMOCRATIC_PARTY = "democratic_party", _("民主党派")
    MASSES = "masses", _("群众")


class HonourLevel(models.TextChoices):  # CZ-A1-6
    NATIONAL = "national", _("国家级")
    PROVINCIAL = "provincial", _("省级")
    CITY = "city", _("市级")


class LogAttachmentKind(models.TextChoices):  # CZ-A2-6
    PHOTO = "photo", _("照片")
    SIGN_IN = "sign_in_sheet", _("签到表")
    MATERIAL = "material", _("相关材料")
