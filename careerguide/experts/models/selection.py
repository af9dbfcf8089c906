"""Application rounds, applications with their Annex 1 data, review, public notices and objections
(CZ art. 4–7, Annex 1)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import (
    AttachmentKind,
    CertificateKind,
    Channel,
    EnterpriseSize,
    Ethnicity,
    Gender,
    HonourLevel,
    HonourTitle,
    IdType,
    Occupation,
    PoliticalAffiliation,
    PositionRank,
    RecommenderKind,
    UnitType,
    VerificationMethod,
    WorkField,
)
from ..states import ApplicationStatus

USER = settings.AUTH_USER_MODEL


class Recommender(BaseModel):
    """A university career office or an association that nominates its own people (CZ-6-12, CZ-6-13)."""

    name = models.CharField(_("名称"), max_length=100)
    kind = models.CharField(_("类别"), max_length=20, choices=RecommenderKind.choices)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, blank=True)
    association_type = models.CharField(_("社团类型"), max_length=40, blank=True)
    contact_name = models.CharField(_("联系人"), max_length=40, blank=True)
    contact_phone = models.CharField(_("联系电话"), max_length=20, blank=True)
    users = models.ManyToManyField(USER, verbose_name=_("经办账号"), related_name="expert_recommenders", blank=True)

    class Meta:
        verbose_name = _("推荐单位")
        verbose_name_plural = _("推荐单位")

    def __str__(self):
        return self.name


class ApplicationRound(BaseModel):
    """集中申请 (CZ-6-3, CZ-6-4): every channel submits while a round is open."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("组织机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("名称"), max_length=100)
    open_date = models.DateField(_("开始日期"))
    closing_date = models.DateField(_("申报截止日"))
    batch_deadline = models.DateField(_("推荐单位报送截止日"))
    early_reason = models.CharField(_("提前开展理由"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("集中申请批次")
        verbose_name_plural = _("集中申请批次")
        ordering = ["-open_date"]

    def __str__(self):
        return self.title


class Application(BaseModel):
    """One candidacy in one round, whatever the channel (CZ-6-2); the Annex 1 fields (CZ-A1-2..10)."""

    jurisdiction_field = "receiving_unit"
    protected_fields = ("id_number", "phone")

    round = models.ForeignKey(ApplicationRound, verbose_name=_("批次"), on_delete=models.PROTECT, related_name="applications")
    channel = models.CharField(_("申报渠道"), max_length=32, choices=Channel.choices)
    status = models.CharField(_("状态"), max_length=32, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT)
    applicant_user = models.ForeignKey(USER, verbose_name=_("申请人账号"), null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="expert_applications")
    receiving_unit = models.ForeignKey("organisations.Unit", verbose_name=_("受理机构"), on_delete=models.PROTECT,
                                       related_name="+")
    recommender = models.ForeignKey(Recommender, verbose_name=_("推荐单位"), null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="applications")
    created_by = models.ForeignKey(USER, verbose_name=_("填报人"), null=True, on_delete=models.PROTECT, related_name="+")
    # personal (CZ-A1-2, CZ-A1-3)
    name = models.CharField(_("姓名"), max_length=40)
    gender = models.CharField(_("性别"), max_length=8, choices=Gender.choices)
    id_type = models.CharField(_("证件类型"), max_length=16, choices=IdType.choices, default=IdType.RESIDENT_ID)
    id_number = EncryptedTextField(_("证件号码"))
    id_index = models.CharField(_("证件号码索引"), max_length=64, db_index=True, editable=False)
    birth_date = models.DateField(_("出生日期"))
    phone = EncryptedTextField(_("手机号码"), blank=True)
    email = models.EmailField(_("电子邮箱"), blank=True)
    education = models.CharField(_("最高学历学位"), max_length=40, blank=True)
    professional_title = models.CharField(_("职称"), max_length=40, blank=True)
    ethnicity = models.CharField(_("民族"), max_length=16, choices=Ethnicity.choices, blank=True)
    political_affiliation = models.CharField(_("政治面貌"), max_length=20, choices=PoliticalAffiliation.choices, blank=True)
    institution = models.CharField(_("毕业院校"), max_length=100, blank=True)
    major = models.CharField(_("所学专业"), max_length=60, blank=True)
    photo = models.FileField(_("照片"), upload_to="experts/photos/%Y/", blank=True)
    postal_address = models.CharField(_("通讯地址"), max_length=200, blank=True)
    home_district = models.ForeignKey("organisations.Unit", verbose_name=_("所在辖市、区"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")
    # current employment (CZ-A1-4)
    work_unit = models.CharField(_("工作单位"), max_length=100, blank=True)
    unit_type = models.CharField(_("单位性质"), max_length=32, choices=UnitType.choices, default=UnitType.OTHER)
    position = models.CharField(_("职务"), max_length=60, blank=True)
    position_rank = models.CharField(_("企业职务层级"), max_length=32, choices=PositionRank.choices, blank=True, default="")
    position_started = models.DateField(_("任职起始日期"), null=True, blank=True)
    is_key_staff = models.BooleanField(_("负责人或业务骨干"), default=False)
    is_founder = models.BooleanField(_("企业创办人"), default=False)
    enterprise_size = models.CharField(_("企业规模"), max_length=16, choices=EnterpriseSize.choices, blank=True, default="")
    enterprise_size_basis = models.CharField(_("企业规模依据"), max_length=200, blank=True)
    enterprise_industry = models.CharField(_("企业所属行业（划分标准）"), max_length=60, blank=True)
    enterprise_employees = models.PositiveIntegerField(_("从业人员（人）"), null=True, blank=True)
    enterprise_revenue = models.DecimalField(_("营业收入（万元）"), max_digits=14, decimal_places=2, null=True, blank=True)
    enterprise_assets = models.DecimalField(_("资产总额（万元）"), max_digits=14, decimal_places=2, null=True, blank=True)
    enterprise_size_proposed = models.CharField(_("按标准测算的企业规模"), max_length=16, choices=EnterpriseSize.choices,
                                                blank=True, default="")
    enterprise_size_confirmed = models.BooleanField(_("企业规模经审查确认"), default=False)
    sector_1028 = models.CharField(_("“1028”产业"), max_length=60, blank=True)
    # categories and expertise (CZ-A1-7)
    categories = models.JSONField(_("人员组成类别"), default=list)
    expertise = models.CharField(_("擅长领域"), max_length=300, blank=True)
    duties_offered = models.JSONField(_("可提供的服务"), default=list, blank=True)
    target_groups = models.JSONField(_("服务对象"), default=list, blank=True)
    modes = models.JSONField(_("服务方式"), default=list, blank=True)
    expertise_detail = models.TextField(_("擅长领域补充说明"), blank=True)
    service_districts = models.JSONField(_("服务区域"), default=list, blank=True)
    availability = models.CharField(_("可服务时间"), max_length=200, blank=True)
    # association nomination (CZ-6-14)
    association_member_number = models.CharField(_("会员编号"), max_length=40, blank=True)
    association_joined_on = models.DateField(_("入会日期"), null=True, blank=True)
    # declarations (CZ-A1-9), each a timestamp
    conditions_declared_at = models.DateTimeField(_("基本条件承诺时间"), null=True, blank=True)
    volunteer_declared_at = models.DateTimeField(_("志愿服务承诺时间"), null=True, blank=True)
    health_declared_at = models.DateTimeField(_("身心健康声明时间"), null=True, blank=True)
    truthful_declared_at = models.DateTimeField(_("材料真实承诺时间"), null=True, blank=True)
    confidentiality_declared_at = models.DateTimeField(_("保密承诺时间"), null=True, blank=True)
    processing_consent_at = models.DateTimeField(_("个人信息处理同意时间"), null=True, blank=True)
    publication_consent_at = models.DateTimeField(_("公示和公开基本信息单独同意时间"), null=True, blank=True)
    photo_consent = models.BooleanField(_("同意公开照片"), default=False)
    nominee_confirmed_at = models.DateTimeField(_("被推荐人确认时间"), null=True, blank=True)
    no_work_unit = models.BooleanField(_("无工作单位"), default=False)
    # opinions (CZ-A1-10)
    preliminary_recommend = models.BooleanField(_("初审推荐"), null=True)
    preliminary_reason = models.CharField(_("初审意见"), max_length=500, blank=True)
    preliminary_by = models.ForeignKey(USER, verbose_name=_("初审人"), null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="+")
    preliminary_on = models.DateField(_("初审日期"), null=True, blank=True)
    preliminary_seal = models.FileField(_("推荐单位盖章意见"), upload_to="experts/opinions/%Y/", blank=True)
    unit_opinion_signer = models.CharField(_("所在单位意见签署人"), max_length=40, blank=True)
    unit_opinion_on = models.DateField(_("所在单位意见日期"), null=True, blank=True)
    city_review_opinion = models.TextField(_("市人社局审核意见"), blank=True)
    city_review_by = models.ForeignKey(USER, verbose_name=_("市人社局审核人"), null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="+")
    city_review_on = models.DateField(_("市人社局审核日期"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("提交时间"), null=True, blank=True)
    sent_to_city_at = models.DateTimeField(_("报送市人社局时间"), null=True, blank=True)
    # review (CZ-4-7, CZ-5-18, CZ-7-2, CZ-7-4)
    age_on_reference = models.PositiveSmallIntegerField(_("截止日年龄"), null=True, blank=True)
    age_over_limit = models.BooleanField(_("年龄超过65周岁"), default=False)
    age_justification = models.TextField(_("年龄例外说明"), blank=True)
    category_results = models.JSONField(_("类别判定"), default=list, blank=True)
    category_overall = models.CharField(_("类别总体结论"), max_length=20, blank=True)
    no_category_reason = models.TextField(_("不属于所列类别的通过理由"), blank=True)
    good_operating_condition = models.BooleanField(_("企业经营状况良好（审查确认）"), null=True)
    high_research_level = models.BooleanField(_("较高研究水平（评审认定）"), null=True)
    reviewer_judgement = models.TextField(_("评审意见"), blank=True)
    review_reason = models.TextField(_("审查或评审理由"), blank=True)
    proposed = models.BooleanField(_("拟聘"), null=True)
    score = models.DecimalField(_("评审得分"), max_digits=6, decimal_places=2, null=True, blank=True)
    rank = models.PositiveIntegerField(_("排名"), null=True, blank=True)
    notice = models.ForeignKey("PublicNotice", verbose_name=_("公示"), null=True, blank=True, on_delete=models.PROTECT,
                               related_name="applications")
    review_started_at = models.DateTimeField(_("进入审查时间"), null=True, blank=True)
    decided_at = models.DateTimeField(_("结论时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("专家申报")
        verbose_name_plural = _("专家申报")
        indexes = [models.Index(fields=["round", "id_index"], name="expert_app_round_person_idx")]

    def __str__(self):
        return f"{self.name}（{self.round}）"


class WorkPeriodEntry(BaseModel):
    """Work-history row (CZ-A1-5), feeding the years count (CZ-5-15)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="work_history")
    unit_name = models.CharField(_("单位"), max_length=100)
    unit_type = models.CharField(_("单位性质"), max_length=32, choices=UnitType.choices)
    position = models.CharField(_("职务"), max_length=60, blank=True)
    work_field = models.CharField(_("从事领域"), max_length=40, choices=WorkField.choices)
    start = models.DateField(_("开始日期"))
    end = models.DateField(_("结束日期"), null=True, blank=True)
    in_1028_sector = models.BooleanField(_("属“1028”产业体系"), default=False)

    class Meta:
        verbose_name = _("工作经历")
        verbose_name_plural = _("工作经历")


class CertificateRecord(BaseModel):
    """CZ-5-19: a certificate with its level (1 highest … 5 lowest) and verification status."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="certificates")
    occupation = models.CharField(_("职业"), max_length=32, choices=Occupation.choices)
    occupation_name = models.CharField(_("职业名称"), max_length=60, blank=True)
    kind = models.CharField(_("证书类型"), max_length=16, choices=CertificateKind.choices)
    level = models.PositiveSmallIntegerField(_("等级"))
    number = models.CharField(_("证书编号"), max_length=60, blank=True)
    issuing_body = models.CharField(_("发证机构"), max_length=100, blank=True)
    issued_on = models.DateField(_("发证日期"), null=True, blank=True)
    verified = models.BooleanField(_("已核验"), default=False)
    relevance_confirmed = models.BooleanField(_("相关性确认"), null=True)

    class Meta:
        verbose_name = _("证书")
        verbose_name_plural = _("证书")
        constraints = [models.CheckConstraint(condition=models.Q(level__gte=1, level__lte=5), name="expert_cert_level_1_5")]


class HonourRecord(BaseModel):
    """CZ-5-13, CZ-A1-6: an honour with its level, awarding body, year and scan."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="honours")
    title = models.CharField(_("荣誉"), max_length=20, choices=HonourTitle.choices)
    name = models.CharField(_("荣誉名称"), max_length=100, blank=True)
    level = models.CharField(_("级别"), max_length=12, choices=HonourLevel.choices, blank=True)
    awarding_body = models.CharField(_("授予单位"), max_length=100, blank=True)
    competition = models.CharField(_("竞赛名称"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("年份"), null=True, blank=True)
    scan = models.FileField(_("证书扫描件"), upload_to="experts/honours/%Y/", blank=True)

    class Meta:
        verbose_name = _("荣誉")
        verbose_name_plural = _("荣誉")


class PracticeCase(BaseModel):
    """CZ-A1-8: a career-guidance practice case with its background, method and outcome."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="practice_cases")
    title = models.CharField(_("案例名称"), max_length=200)
    background = models.TextField(_("背景"))
    method = models.TextField(_("指导方法"))
    outcome = models.TextField(_("成效"))

    class Meta:
        verbose_name = _("实践案例")
        verbose_name_plural = _("实践案例")


class Attachment(BaseModel):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("材料类别"), max_length=40, choices=AttachmentKind.choices)
    title = models.CharField(_("材料名称"), max_length=200)
    file = models.FileField(_("文件"), upload_to="experts/applications/%Y/", blank=True)
    added_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("申报材料")
        verbose_name_plural = _("申报材料")


class VerificationAction(BaseModel):
    """CZ-7-3: 函询、面试、电话咨询、实地走访 in either review stage, any number."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="verifications")
    stage = models.CharField(_("审查阶段"), max_length=32, choices=ApplicationStatus.choices)
    method = models.CharField(_("方式"), max_length=20, choices=VerificationMethod.choices)
    on = models.DateField(_("日期"))
    staff = models.ForeignKey(USER, verbose_name=_("经办人"), on_delete=models.PROTECT, related_name="+")
    summary = models.TextField(_("情况摘要"))
    finding = models.TextField(_("结论"), blank=True)

    class Meta:
        verbose_name = _("考察记录")
        verbose_name_plural = _("考察记录")


class PanelMember(BaseModel):
    """CZ-7-1: the round's review panel; members recuse from candidates of their own or nominating unit."""

    round = models.ForeignKey(ApplicationRound, on_delete=models.CASCADE, related_name="panel")
    user = models.ForeignKey(USER, verbose_name=_("评审专家"), on_delete=models.PROTECT, related_name="expert_panels")
    unit_name = models.CharField(_("所在单位"), max_length=100)

    class Meta:
        verbose_name = _("评审专家")
        verbose_name_plural = _("评审专家")
        constraints = [models.UniqueConstraint(fields=["round", "user"], name="expert_panel_member_unique")]


class PanelOpinion(BaseModel):
    member = models.ForeignKey(PanelMember, on_delete=models.CASCADE, related_name="opinions")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="panel_opinions")
    opinion = models.TextField(_("评审意见"), blank=True)
    score = models.DecimalField(_("评分"), max_digits=6, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("评审意见")
        verbose_name_plural = _("评审意见")
        constraints = [models.UniqueConstraint(fields=["member", "application"], name="expert_panel_opinion_unique")]


class PublicNotice(BaseModel):
    """公示 on the city_hrss website: the appointment list (CZ-7-5) or a dismissal (CZ-9-4)."""

    KIND_APPOINTMENT, KIND_DISMISSAL, KIND_RENEWAL = "appointment", "dismissal", "renewal"
    KINDS = [(KIND_APPOINTMENT, _("拟聘任人选公示")), (KIND_DISMISSAL, _("解聘公示")), (KIND_RENEWAL, _("续聘名单"))]

    kind = models.CharField(_("类别"), max_length=16, choices=KINDS)
    title = models.CharField(_("标题"), max_length=200)
    published_at = models.DateTimeField(_("发布时间"))
    url = models.URLField(_("网址"), blank=True)
    first_day = models.DateField(_("公示期首日"), null=True, blank=True)
    last_day = models.DateField(_("公示期末日"), null=True, blank=True)
    round = models.ForeignKey(ApplicationRound, null=True, blank=True, on_delete=models.PROTECT, related_name="notices")

    class Meta:
        verbose_name = _("公示")
        verbose_name_plural = _("公示")
        ordering = ["-published_at"]

    def __str__(self):
        return self.title


class Objection(BaseModel):
    """CZ-7-10, CZ-7-11: objector optional; late ones recorded and flagged."""

    jurisdiction_field = "application__receiving_unit"

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="objections")
    received_at = models.DateTimeField(_("收到时间"))
    channel = models.CharField(_("渠道"), max_length=40)
    objector_name = models.CharField(_("异议人"), max_length=40, blank=True)
    objector_contact = EncryptedTextField(_("异议人联系方式"), blank=True)
    content = models.TextField(_("异议内容"))
    late = models.BooleanField(_("逾期提出"), default=False)
    substantiated = models.BooleanField(_("异议成立"), null=True)
    finding = models.TextField(_("核查结论"), blank=True)
    decided_at = models.DateTimeField(_("核查时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("异议")
        verbose_name_plural = _("异议")
