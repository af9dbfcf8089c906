"""Applications, their people and materials, the panel and its anonymous ballots, objections
(HN-5-12, HN-6-6 .. HN-6-17, HN-7-*)."""
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.privacy.fields import EncryptedTextField

from ..choices import (
    AwardLevel,
    BallotChoice,
    CertificateKind,
    CertificateOccupation,
    Item3DocumentKind,
    MaterialItemKind,
    MemberRole,
    ObjectionFinding,
)
from ..states import ApplicationStatus
from .rounds import HostUnit, RecognitionRound, Recommender


class Application(BaseModel):
    """申报 (HN-7-7): one host unit's candidate studio in one round."""

    jurisdiction_field = "host_unit__district"

    round = models.ForeignKey(RecognitionRound, verbose_name=_("批次"), on_delete=models.PROTECT, related_name="applications")
    host_unit = models.ForeignKey(HostUnit, verbose_name=_("申报单位"), on_delete=models.PROTECT, related_name="applications")
    recommender = models.ForeignKey(Recommender, verbose_name=_("推荐单位"), on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("状态"), max_length=30, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT)
    studio_name = models.CharField(_("工作室名称"), max_length=80, editable=False, blank=True)
    specialisation = models.CharField(_("专业方向"), max_length=200, blank=True)
    premises_address = models.CharField(_("场所地址"), max_length=200, blank=True)
    premises_area = models.DecimalField(_("场所面积（平方米）"), max_digits=8, decimal_places=2, null=True, blank=True)
    equipment = models.TextField(_("设备清单"), blank=True)
    funding_source = models.CharField(_("资金来源"), max_length=200, blank=True)
    funding_annual_amount = models.DecimalField(_("年度资金（元）"), max_digits=12, decimal_places=2, null=True, blank=True)
    planned_functions = models.JSONField(_("拟开展的功能"), default=list, blank=True)
    two_year_targets = models.TextField(_("两年目标"), blank=True)
    report_sections = models.JSONField(_("申请报告已具备的内容"), default=list, blank=True)
    recommender_opinion = models.TextField(_("推荐单位意见"), blank=True)
    recommender_seal = models.FileField(_("推荐单位盖章意见（扫描件）"), upload_to="studios/seals/", blank=True)
    centre_opinion = models.TextField(_("中心审核意见"), blank=True)
    decision_reason = models.TextField(_("决定理由"), blank=True)
    eligibility = models.JSONField(_("资格审查结果"), default=list, blank=True)
    blocking = models.JSONField(_("不符合的条件"), default=list, blank=True)
    vote_summary = models.JSONField(_("票决结果"), default=dict, blank=True)
    notice_published_on = models.DateField(_("公示发布日期"), null=True, blank=True)
    notice_ends_on = models.DateField(_("公示截止日期"), null=True, blank=True)
    ruleset = models.CharField(_("适用规则"), max_length=40, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    recommended_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("工作室申报")
        verbose_name_plural = _("工作室申报")
        ordering = ["-id"]

    def __str__(self):
        return self.studio_name or f"{self.host_unit}"


class ApplicationMember(BaseModel):
    """HN-5-12: each person on the proposed studio."""

    protected_fields = ("id_number",)
    jurisdiction_field = "application__host_unit__district"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("姓名"), max_length=50)
    id_number = EncryptedTextField(_("身份证号码"))
    id_index = models.CharField(max_length=64, db_index=True, editable=False)
    gender = models.CharField(_("性别"), max_length=4, blank=True)
    birth_date = models.DateField(_("出生日期"), null=True, blank=True)
    education = models.CharField(_("学历"), max_length=40, blank=True)
    title = models.CharField(_("职称"), max_length=60, blank=True)
    post = models.CharField(_("岗位"), max_length=60, blank=True)
    role = models.CharField(_("工作室角色"), max_length=10, choices=MemberRole.choices)
    is_named = models.BooleanField(_("申报个人"), default=False)
    qualifications = models.TextField(_("资格"), blank=True)
    started_on = models.DateField(_("加入日期"), null=True, blank=True)
    route3_claimed = models.BooleanField(_("申报条件3"), default=False)
    route3_evidence = models.TextField(_("条件3佐证"), blank=True)

    class Meta:
        verbose_name = _("工作室人员")
        verbose_name_plural = _("工作室人员")

    def __str__(self):
        return self.name


class WorkHistory(BaseModel):
    """HN-5-5: dated employment-service work (HN-5-6: any employer, e.g. a university career centre)."""

    member = models.ForeignKey(ApplicationMember, on_delete=models.CASCADE, related_name="work_history")
    employer = models.CharField(_("工作单位"), max_length=100)
    started_on = models.DateField(_("开始日期"))
    ended_on = models.DateField(_("结束日期"), null=True, blank=True)


class MasterCertificate(BaseModel):
    """HN-5-2: guidance_occupation_cert_any_level."""

    member = models.ForeignKey(ApplicationMember, on_delete=models.CASCADE, related_name="certificates")
    occupation = models.CharField(_("职业"), max_length=20, choices=CertificateOccupation.choices)
    kind = models.CharField(_("证书类别"), max_length=20, choices=CertificateKind.choices)
    title = models.CharField(_("证书名称及等级"), max_length=100)
    reviewer_confirmed = models.BooleanField(_("审核确认为相关证书"), default=False)


class MasterAward(BaseModel):
    """HN-5-3: employment-work awards."""

    member = models.ForeignKey(ApplicationMember, on_delete=models.CASCADE, related_name="awards")
    level = models.CharField(_("级别"), max_length=20, choices=AwardLevel.choices)
    title = models.CharField(_("表彰名称"), max_length=200)
    awarded_on = models.DateField(_("表彰日期"), null=True, blank=True)


class TalentRuleDocument(BaseModel):
    """HN-5-10: a host-unit rules document and the aspects of master-talent management it covers."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="talent_documents")
    title = models.CharField(_("制度名称"), max_length=200)
    aspects = models.JSONField(_("涵盖方面"), default=list)


class MaterialItem(BaseModel):
    """HN-7-1: paper copies received and the electronic copy of each of the four items."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="materials")
    item = models.CharField(_("材料"), max_length=30, choices=MaterialItemKind.choices)
    paper_copies = models.PositiveSmallIntegerField(_("纸质份数"), default=0)
    electronic_copy = models.FileField(_("电子版"), upload_to="studios/materials/", blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "item"], name="studio_material_item_unique")]


class Item3Document(BaseModel):
    """HN-7-4, HN-7-5: item-3 copies; ID cards hidden from the panel and deleted after a rejection."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="item3_documents")
    kind = models.CharField(_("类别"), max_length=30, choices=Item3DocumentKind.choices)
    file = models.FileField(_("文件"), upload_to="studios/item3/", blank=True)
    deleted_on = models.DateField(_("删除日期"), null=True, blank=True)


class PanelMember(BaseModel):
    """HN-6-6: an expert on the round's panel; a reserve expert may be added for one candidate."""

    round = models.ForeignKey(RecognitionRound, on_delete=models.CASCADE, related_name="panel")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    affiliation = models.CharField(_("所在单位"), max_length=100, blank=True)
    present = models.BooleanField(_("到会"), default=True)
    reserve_for = models.ForeignKey(Application, verbose_name=_("增补评审对象"), null=True, blank=True,
                                    on_delete=models.CASCADE, related_name="reserve_experts")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "user", "reserve_for"], name="studio_panel_unique")]

    def __str__(self):
        return str(self.user)


class Recusal(BaseModel):
    """HN-6-7."""

    panel_member = models.ForeignKey(PanelMember, on_delete=models.CASCADE, related_name="recusals")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="recusals")
    reason = models.CharField(_("回避理由"), max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["panel_member", "application"], name="studio_recusal_unique")]


class BallotParticipation(models.Model):
    """HN-6-9: who has voted on which candidate, only to stop double voting; never the choice."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="participations")
    panel_member = models.ForeignKey(PanelMember, on_delete=models.CASCADE, related_name="participations")
    vote_round = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "panel_member", "vote_round"],
                                               name="studio_one_ballot_each")]


class Ballot(models.Model):
    """HN-6-9: an anonymous ballot: a random key, no voter, no time, nothing to join on."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="ballots")
    vote_round = models.PositiveSmallIntegerField()
    choice = models.CharField(max_length=12, choices=BallotChoice.choices)

    class Meta:
        ordering = ["id"]


class PaperTally(BaseModel):
    """HN-6-9: with paper ballots only the tallies per candidate are entered."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="paper_tallies")
    vote_round = models.PositiveSmallIntegerField()
    approve = models.PositiveSmallIntegerField(default=0)
    disapprove = models.PositiveSmallIntegerField(default=0)
    abstain = models.PositiveSmallIntegerField(_("弃权（含空白、废票）"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["application", "vote_round"], name="studio_tally_unique")]


class Objection(BaseModel):
    """HN-6-16."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="objections")
    received_on = models.DateField(_("收到日期"))
    channel = models.CharField(_("渠道"), max_length=50)
    objector = models.CharField(_("异议人"), max_length=100, blank=True)
    content = models.TextField(_("异议内容"))
    finding = models.CharField(_("核查结论"), max_length=20, choices=ObjectionFinding.choices, default=ObjectionFinding.OPEN)
    finding_reason = models.TextField(_("核查说明"), blank=True)
