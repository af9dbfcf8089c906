"""Recognition rounds, recommenders and host units (HN-3-1, HN-3-2, HN-6-1 .. HN-6-4, HN-6-25)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel
from careerguide.common.validators import validate_uscc

from ..choices import HostType, RecommenderKind
from ..states import RoundStatus


class Recommender(BaseModel):
    """HN-6-3: a county/district bureau (its district unit's heads act) or a local university (its accounts act)."""

    kind = models.CharField(_("类别"), max_length=20, choices=RecommenderKind.choices)
    name = models.CharField(_("名称"), max_length=100)
    unit = models.ForeignKey("organisations.Unit", verbose_name=_("对应区县机构"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="+")
    accounts = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("经办账号"), blank=True, related_name="+")

    class Meta:
        verbose_name = _("推荐单位")
        verbose_name_plural = _("推荐单位")

    def __str__(self):
        return self.name


class HostUnit(BaseModel):
    """申报单位 / 所在单位 (HN-3-1, HN-7-7).  `district` places it in a jurisdiction (HN-6-4)."""

    name = models.CharField(_("单位名称"), max_length=100)
    host_type = models.CharField(_("单位类型"), max_length=20, choices=HostType.choices)
    host_type_reason = models.TextField(_("其他类型单位的受理理由"), blank=True)
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18, validators=[validate_uscc])
    address = models.CharField(_("地址"), max_length=200)
    legal_representative = models.CharField(_("法定代表人"), max_length=50)
    contact_person = models.CharField(_("联系人"), max_length=50)
    district = models.ForeignKey("organisations.Unit", verbose_name=_("所在区县"), on_delete=models.PROTECT,
                                 related_name="+")
    university = models.ForeignKey(Recommender, verbose_name=_("所属高校"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="own_units")
    is_city_level = models.BooleanField(_("市级单位"), default=False)
    accounts = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name=_("经办账号"), blank=True, related_name="+")

    class Meta:
        verbose_name = _("申报单位")
        verbose_name_plural = _("申报单位")

    def __str__(self):
        return self.name


class RecognitionRound(BaseModel):
    """One year's recognition round with its notice (HN-6-1) and quota (HN-6-2)."""

    year = models.PositiveIntegerField(_("年度"), db_index=True)
    title = models.CharField(_("通知标题"), max_length=200)
    status = models.CharField(_("状态"), max_length=20, choices=RoundStatus.choices, default=RoundStatus.DRAFT)
    notice_text = models.TextField(_("通知内容"), blank=True)
    conditions = models.TextField(_("申报条件（含本轮增加条件）"), blank=True)
    requirements = models.TextField(_("有关要求"), blank=True)
    quota = models.PositiveIntegerField(_("名额"))
    recommendation_deadline = models.DateField(_("推荐截止日期"))
    materials_deadline = models.DateField(_("材料报送截止日期"))
    published_on = models.DateField(_("通知发布日期"), null=True, blank=True)
    published_at = models.DateTimeField(_("发布时间"), null=True, blank=True)
    closed_on = models.DateField(_("结束日期"), null=True, blank=True)
    vote_round = models.PositiveSmallIntegerField(_("表决轮次"), default=1)
    voting_open = models.BooleanField(_("表决已开始"), default=False)
    ruleset = models.CharField(_("适用规则"), max_length=40)

    class Meta:
        verbose_name = _("评审认定批次")
        verbose_name_plural = _("评审认定批次")
        ordering = ["-year", "-id"]

    def __str__(self):
        return self.title


class RoundSlot(BaseModel):
    """Recommendation slots the notice gives a recommender (HN-6-2)."""

    round = models.ForeignKey(RecognitionRound, on_delete=models.CASCADE, related_name="slots")
    recommender = models.ForeignKey(Recommender, on_delete=models.PROTECT, related_name="+")
    slots = models.PositiveIntegerField(_("推荐名额"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "recommender"], name="studio_slot_unique")]


class RoundNamedRecommender(BaseModel):
    """HN-6-25: the recommender the notice names for a city-level host unit."""

    round = models.ForeignKey(RecognitionRound, on_delete=models.CASCADE, related_name="named_recommenders")
    host_unit = models.ForeignKey(HostUnit, on_delete=models.PROTECT, related_name="+")
    recommender = models.ForeignKey(Recommender, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "host_unit"], name="studio_named_recommender_unique")]
