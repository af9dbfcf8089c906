"""Choice lists of the studio records that pages and the API need, with their Chinese labels."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberRole(models.TextChoices):
    LEAD = "lead", _("领衔职业指导大师")
    STAFF = "staff", _("工作人员")


class CertificateOccupation(models.TextChoices):
    CAREER_GUIDANCE = "career_guidance", _("职业指导")
    HR_MANAGEMENT = "hr_management", _("企业人力资源管理")
    PSYCH = "psych_counselling", _("心理咨询")
    OTHER = "other", _("其他相关职业")


class CertificateKind(models.TextChoices):
    QUALIFICATION = "qualification", _("职业资格证书")
    SKILL_LEVEL = "skill_level", _("职业技能等级证书")


class AwardLevel(models.TextChoices):
    NATIONAL = "national", _("国家级")
    PROVINCIAL = "provincial", _("省级")
    CITY = "city", _("市级")
    COUNTY = "county", _("县级")


class MaterialItemKind(models.TextChoices):
    FORM = "form", _("职业指导大师工作室申报表")
    REPORT = "report", _("申报单位申请报告")
    COPIES = "copies", _("身份证、证书等复印件")
    RECOMMENDATION_REPORT = "recommendation_report", _("遴选推荐组织实施情况及评审结果报告")


class Item3DocumentKind(models.TextChoices):
    ID_CARD = "id_card", _("身份证复印件")
    QUALIFICATION = "qualification_certificate", _("职业资格（技能等级）证书复印件")
    AWARD = "award_certificate", _("获奖证书复印件")
    HONOUR = "honour_certificate", _("荣誉证书或成果佐证")


class BallotChoice(models.TextChoices):
    APPROVE = "approve", _("同意")
    DISAPPROVE = "disapprove", _("不同意")
    ABSTAIN = "abstain", _("弃权")


class ObjectionFinding(models.TextChoices):
    OPEN = "open", _("待核查")
    UNFOUNDED = "unfounded", _("异议不成立")
    SUBSTANTIATED = "substantiated", _("异议成立")
    LATE = "late", _("公示期后收到，不影响认定")


class ExpenditureCategory(models.TextChoices):
    EQUIPMENT = "equipment_purchase", _("设备购置")
    TRAINING = "talent_training", _("人才培养")
    EXCHANGE = "skill_exchange", _("技能交流")
    OTHER = "other", _("其他")


class AuditConclusion(models.TextChoices):
    COMPLIANT = "compliant", _("合规")
    DEFICIENT = "deficient", _("存在问题需整改")
    SERIOUS = "serious_violation", _("严重违规")


class RecommenderKind(models.TextChoices):
    COUNTY_HRSS = "county_hrss", _("县（区）人力资源和社会保障局")
    LOCAL_UNIVERSITY = "local_university", _("在淮高校")


class HostType(models.TextChoices):
    PES_AGENCY = "pes_agency", _("公共就业服务机构")
    UNIVERSITY = "university", _("高校")
    OTHER = "other", _("其他单位")


class TalentAspect(models.TextChoices):
    """The aspects of talent work the host unit's documents cover (`rules.eligibility.TALENT_ASPECTS`)."""
    TRAINING = "training", _("培养")
    EVALUATION = "evaluation", _("评价")
    SELECTION = "selection", _("选拔")
    DEPLOYMENT = "deployment", _("使用")
    INCENTIVE = "incentive", _("激励")
