"""Skills contests and golden-course contests with results and exemplar markers (SD-3-*)."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from careerguide.common.models import BaseModel

from ..choices import ORGANISER_LEVELS
from ..states import ContestStatus
from .register import Counsellor


class Contest(BaseModel):
    """SD-3-1: one edition of a contest."""

    jurisdiction_field = "unit"

    unit = models.ForeignKey("organisations.Unit", verbose_name=_("主办机构"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("名称"), max_length=100)
    contest_type = models.CharField(_("类型"), max_length=24, choices=[
        ("skills_contest", _("技能竞赛")), ("golden_course_contest", _("金课竞赛")), ("other", _("其他"))])
    organiser_level = models.CharField(_("主办层级"), max_length=12, choices=ORGANISER_LEVELS)
    year = models.PositiveSmallIntegerField(_("年度"))
    status = models.CharField(_("状态"), max_length=24, choices=ContestStatus.choices, default=ContestStatus.PLANNED)
    status_changed_at = models.DateTimeField(_("状态变更时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("竞赛")
        verbose_name_plural = _("竞赛")
        ordering = ["-year", "title"]

    def __str__(self):
        return f"{self.year} {self.title}"


class ContestEntry(BaseModel):
    """SD-3-3: an individual or team entry with its rank or award."""

    jurisdiction_field = "contest__unit"

    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="entries")
    entry_title = models.CharField(_("参赛作品"), max_length=200)
    team_name = models.CharField(_("团队名称"), max_length=100, blank=True)
    members = models.ManyToManyField(Counsellor, verbose_name=_("参赛人员"), related_name="contest_entries")
    rank = models.PositiveSmallIntegerField(_("名次"), null=True, blank=True)
    award = models.CharField(_("奖项"), max_length=50, blank=True)
    owner_consent = models.BooleanField(_("作者同意展示"), default=False)

    class Meta:
        verbose_name = _("参赛作品")
        verbose_name_plural = _("参赛作品")

    def __str__(self):
        return self.entry_title

    @property
    def winning(self) -> bool:
        return bool(self.award) or self.rank is not None


class ExemplarMarker(BaseModel):
    """SD-3-3, SD-G-9: a 先进典型 marker citing its source."""

    jurisdiction_field = "counsellor__unit"

    counsellor = models.ForeignKey(Counsellor, on_delete=models.CASCADE, related_name="exemplar_markers")
    entry = models.ForeignKey(ContestEntry, null=True, blank=True, on_delete=models.CASCADE, related_name="markers")
    team_name = models.CharField(_("团队"), max_length=100, blank=True)
    citation = models.CharField(_("来源"), max_length=200)
    conferred_on = models.DateField(_("日期"))

    class Meta:
        verbose_name = _("先进典型")
        verbose_name_plural = _("先进典型")
        constraints = [models.UniqueConstraint(fields=["counsellor", "entry"], name="wf_marker_once_per_entry")]
