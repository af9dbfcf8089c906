"""Writes: periodic reports from a statistics snapshot, versioned analysis reports, publication (BJ-52-1 to BJ-53-2)."""
from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from careerguide.accounts.roles import Role
from careerguide.accounts.selectors import staff_of_unit_tree
from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError
from careerguide.common.services import (
    audit,
    now_or,
    policy_number,
    refuse,
    refuse_forbidden,
    require_in_jurisdiction,
    require_text,
    today,
)
from careerguide.common.training_needs import TrainingLevel
from careerguide.duties.services import transition
from careerguide.notifications.services import notify
from careerguide.occupations.selectors import occupation_by_code
from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.selectors import city_unit

from .choices import AnalysisKind, InformationCategory, ReportKind
from .error_codes import LabourMarketErrorCode
from .links import training_needs_page
from .models import (
    AnalysisReport,
    AnalysisReportVersion,
    InformationItem,
    MarketReport,
    TrainingClass,
    TrainingNeedSummary,
)
from .rules import period_bounds, wage_guide_rows
from .selectors import (
    hr_market_statistics,
    market_statistics,
    occupation_statistics,
    training_class_by_ref,
    training_need_aggregate,
    training_need_summary_exists,
    wage_guide_samples,
)
from .states import (
    INFORMATION_TRANSITIONS,
    REPORT_TRANSITIONS,
    TRAINING_CLASS_TRANSITIONS,
    InformationStatus,
    ReportStatus,
    TrainingClassStatus,
)

REPORT_CLAUSES = {ReportKind.MONTHLY: "BJ-52-2", ReportKind.QUARTERLY: "BJ-52-3", ReportKind.WAGE_GUIDE: "BJ-53-2"}


def _wage_guide_data(*, unit, start: dt.date, end: dt.date, on: dt.date) -> dict:
    """The year's low, median and high posted pay per occupation, with the sample rule that produced them."""
    minimum = policy_number("bj.wage_guide_min_postings", unit=unit, on=on)
    low = policy_number("bj.wage_guide_low_percentile", unit=unit, on=on)
    high = policy_number("bj.wage_guide_high_percentile", unit=unit, on=on)
    rows, omitted = wage_guide_rows(wage_guide_samples(unit=unit, start=start, end=end), minimum=minimum, low=low,
                                    high=high)
    return {"unit": unit.name, "period_start": start.isoformat(), "period_end": end.isoformat(), "wage_guide": rows,
            "omitted_occupations": omitted, "min_postings": minimum, "percentiles": [low, 50, high]}


@transaction.atomic
def market_report_generate(*, actor, unit, kind: str, year: int, number: int | None = None, title: str = "",
                           analysis: str = "", now=None) -> MarketReport:
    """Freeze the period's aggregates into a report (BJ-52-2 monthly, BJ-52-3 quarterly dataset), or a calendar
    year's market wage guide prices by occupation (BJ-53-2, `number` unused)."""
    now = now_or(now)
    require_in_jurisdiction(actor=actor, unit=unit)
    clause = REPORT_CLAUSES.get(kind, "BJ-52-3")
    try:
        if kind != ReportKind.WAGE_GUIDE and number is None:
            raise ValueError("a month or quarter is required")
        start, end = period_bounds(kind, year, number)
    except ValueError:
        refuse(_("统计期不正确。"), code=LabourMarketErrorCode.BAD_PERIOD, clause=clause)
    if start > today(now):
        refuse(_("统计期尚未开始，不能生成报告。"), code=CommonErrorCode.TOO_EARLY, clause=clause)
    if kind == ReportKind.WAGE_GUIDE:
        title = title or _("%(unit)s%(year)s年市场工资指导价位") % {"unit": unit.name, "year": year}
        data = _wage_guide_data(unit=unit, start=start, end=end, on=today(now))
    else:
        label = _("%(year)s年%(n)s月") if kind == ReportKind.MONTHLY else _("%(year)s年第%(n)s季度")
        title = title or _("%(unit)s%(period)s人力资源市场供求分析") % {"unit": unit.name,
                                                                   "period": label % {"year": year, "n": number}}
        data = market_statistics(unit=unit, start=start, end=end)
    data["generated_at"] = now.isoformat()
    report = MarketReport.objects.create(kind=kind, unit=unit, period_start=start, period_end=end, title=title,
                                         analysis=analysis, data=data, author=actor)
    audit(actor=actor, obj=report, action="create", unit=unit, clause=clause,
          after={"kind": kind, "period_start": start, "period_end": end}, now=now)
    return report


def _withdraw(*, actor, model, obj, reason: str, table: dict, to: str, clause: str, now):
    """The one withdrawal of a published record: locked, inside the actor's jurisdiction, with a reason."""
    obj = model.objects.select_for_update().select_related("unit").get(pk=obj.pk)
    require_in_jurisdiction(actor=actor, unit=obj.unit)
    reason = require_text(reason, field="reason", label=_("撤回原因"), clause=clause)
    transition(obj=obj, to=to, actor=actor, table=table, unit=obj.unit, clause=clause, reason=reason, now=now)
    return obj


def _lock(report) -> MarketReport:
    return MarketReport.objects.select_for_update().select_related("unit").get(pk=report.pk)


@transaction.atomic
def market_report_publish(*, actor, report: MarketReport, now=None) -> MarketReport:
    """Publish to the public portal (BJ-53-2); the stored data are aggregates only (BJ-51-3)."""
    report = _lock(report)
    require_in_jurisdiction(actor=actor, unit=report.unit)
    transition(obj=report, to=ReportStatus.PUBLISHED, actor=actor, table=REPORT_TRANSITIONS, unit=report.unit,
               clause="BJ-53-2", milestone_field="published_at", now=now)
    return report


@transaction.atomic
def market_report_withdraw(*, actor, report: MarketReport, reason: str, now=None) -> MarketReport:
    return _withdraw(actor=actor, model=MarketReport, obj=report, reason=reason, table=REPORT_TRANSITIONS,
                     to=ReportStatus.WITHDRAWN, clause="BJ-53-2", now=now)


# ---- analysis reports (BJ-52-1, BJ-52-4) -------------------------------------------------------------------------

PROFILE_SECTIONS = ("work_content", "skill_requirements", "knowledge_requirements", "vocational_interests")
SECTION_LABELS = {"work_content": _lazy("工作内容"), "skill_requirements": _lazy("技能要求"),
                  "knowledge_requirements": _lazy("知识要求"), "vocational_interests": _lazy("职业兴趣")}


def _analysis_checks(*, kind: str, start: dt.date, end: dt.date, sections: dict, on: dt.date) -> dict:
    """Every problem of a version at once: the period, and the text its kind needs (BJ-52-1: the four dimensions of
    an occupation; BJ-52-4: the analysis of the issue)."""
    errors = {}
    if start > end:
        errors["period_end"] = [_("统计期止不能早于统计期起。")]
    if start > on:
        errors["period_start"] = [_("统计期尚未开始。")]
    if kind == AnalysisKind.OCCUPATION:
        for name in PROFILE_SECTIONS:
            if not (sections.get(name) or "").strip():
                errors[name] = [_("请填写%(s)s。") % {"s": SECTION_LABELS[name]}]
    elif not (sections.get("body") or "").strip():
        errors["body"] = [_("请填写分析正文。")]
    return errors


def _version_write(*, actor, report: AnalysisReport, start: dt.date, end: dt.date, sections: dict, note: str,
                   now) -> AnalysisReportVersion:
    if report.kind == AnalysisKind.OCCUPATION:
        data = occupation_statistics(unit=report.unit, code=report.occupation_code, start=start, end=end)
    else:
        data = hr_market_statistics(unit=report.unit, start=start, end=end)
    data["generated_at"] = now.isoformat()
    number = (report.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    texts = {name: (sections.get(name) or "").strip() for name in (*PROFILE_SECTIONS, "body")}
    version = AnalysisReportVersion.objects.create(report=report, number=number, period_start=start, period_end=end,
                                                   change_note=(note or "").strip()[:200], data=data, author=actor,
                                                   **texts)
    audit(actor=actor, obj=report, action="version", unit=report.unit, now=now,
          clause="BJ-52-1" if report.kind == AnalysisKind.OCCUPATION else "BJ-52-4",
          after={"version": number, "period_start": start, "period_end": end})
    return version


@transaction.atomic
def analysis_report_create(*, actor, kind: str, period_start: dt.date, period_end: dt.date, title: str = "",
                           occupation_code: str = "", topic: str = "", sections: dict | None = None,
                           now=None) -> AnalysisReport:
    """Write an occupation analysis report or an HR-market analysis report, version 1, from the statistics the
    system holds for the actor's jurisdiction and period (BJ-52-1, BJ-52-4)."""
    now = now_or(now)
    sections = sections or {}
    if kind not in AnalysisKind.values:
        refuse(_("请选择报告类型。"), code=CommonErrorCode.INVALID, clause="BJ-52-1", field="kind")
    errors = _analysis_checks(kind=kind, start=period_start, end=period_end, sections=sections, on=today(now))
    occupation = occupation_by_code(code=(occupation_code or "").strip()) if kind == AnalysisKind.OCCUPATION else None
    if kind == AnalysisKind.OCCUPATION and occupation is None:
        errors["occupation_code"] = [_("请填写职业分类中的职业代码。")]
    if kind == AnalysisKind.HR_MARKET and not (topic or "").strip():
        errors["topic"] = [_("请填写分析的热点或难点问题。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="BJ-52-1")
    subject = occupation.name if occupation else topic.strip()
    report = AnalysisReport.objects.create(
        kind=kind, unit=actor.unit, created_by=actor, occupation_code=occupation.code if occupation else "",
        occupation_name=occupation.name if occupation else "", topic=(topic or "").strip()[:200],
        title=((title or "").strip() or _("%(s)s%(k)s") % {"s": subject, "k": AnalysisKind(kind).label})[:200])
    _version_write(actor=actor, report=report, start=period_start, end=period_end, sections=sections, note="", now=now)
    return report


@transaction.atomic
def analysis_report_revise(*, actor, report: AnalysisReport, period_start: dt.date, period_end: dt.date,
                           sections: dict, change_note: str = "", now=None) -> AnalysisReportVersion:
    """A new version with revised text and freshly computed statistics; earlier versions stay as they were."""
    now = now_or(now)
    report = AnalysisReport.objects.select_for_update().select_related("unit").get(pk=report.pk)
    require_in_jurisdiction(actor=actor, unit=report.unit)
    errors = _analysis_checks(kind=report.kind, start=period_start, end=period_end, sections=sections, on=today(now))
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="BJ-52-1")
    return _version_write(actor=actor, report=report, start=period_start, end=period_end, sections=sections,
                          note=change_note, now=now)


@transaction.atomic
def analysis_report_publish(*, actor, report: AnalysisReport, now=None) -> AnalysisReport:
    """Publish the latest version on the platform and in the feeds (BJ-52-4, BJ-53-2); a republication after a
    revision shows the new version."""
    report = AnalysisReport.objects.select_for_update().select_related("unit").get(pk=report.pk)
    require_in_jurisdiction(actor=actor, unit=report.unit)
    latest = report.versions.order_by("-number").first()
    if report.status == ReportStatus.PUBLISHED and report.published_version_id == latest.pk:
        refuse(_("最新版本已发布。"), code=CommonErrorCode.INVALID_TRANSITION, clause="BJ-53-2")
    report.published_version = latest
    report.save(update_fields=["published_version", "updated_at"])
    if report.status == ReportStatus.PUBLISHED:
        audit(actor=actor, obj=report, action="republish", unit=report.unit, clause="BJ-53-2", now=now,
              after={"version": latest.number})
        return report
    transition(obj=report, to=ReportStatus.PUBLISHED, actor=actor, table=REPORT_TRANSITIONS, unit=report.unit,
               clause="BJ-53-2", milestone_field="published_at", reason=f"v{latest.number}", now=now)
    return report


@transaction.atomic
def analysis_report_withdraw(*, actor, report: AnalysisReport, reason: str, now=None) -> AnalysisReport:
    return _withdraw(actor=actor, model=AnalysisReport, obj=report, reason=reason, table=REPORT_TRANSITIONS,
                     to=ReportStatus.WITHDRAWN, clause="BJ-53-2", now=now)


# ---- central publication of the agencies' information (BJ-7-4) ---------------------------------------------------


@transaction.atomic
def information_submit(*, actor, category: str, title: str, body: str, link: str = "", now=None) -> InformationItem:
    """Any agency sends in employment or entrepreneurship information for central publication (BJ-7-4)."""
    errors = {}
    if category not in InformationCategory.values:
        errors["category"] = [_("请选择信息类别。")]
    if not (title or "").strip():
        errors["title"] = [_("请填写标题。")]
    if not (body or "").strip():
        errors["body"] = [_("请填写内容。")]
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED, clause="BJ-7-4")
    item = InformationItem.objects.create(unit=actor.unit, category=category, title=title.strip()[:200],
                                          body=body.strip(), link=(link or "").strip(), submitted_by=actor)
    audit(actor=actor, obj=item, action="create", unit=actor.unit, clause="BJ-7-4", now=now,
          after={"category": category, "title": item.title})
    return item


@transaction.atomic
def information_review(*, actor, item: InformationItem, publish: bool, note: str = "", now=None) -> InformationItem:
    """The city publishes the item centrally on the platform and in the feeds, or returns it with a reason."""
    item = InformationItem.objects.select_for_update().select_related("unit").get(pk=item.pk)
    if actor.unit is None or actor.unit.level != UnitLevel.CITY:
        refuse_forbidden(message=_("由市级机构统一汇总发布。"), clause="BJ-7-4")
    note = (note or "").strip()
    if not publish and not note:
        refuse(_("不予发布的，请填写理由。"), code=CommonErrorCode.REQUIRED, clause="BJ-7-4", field="note")
    item.reviewed_by, item.review_note = actor, note[:300]
    item.save(update_fields=["reviewed_by", "review_note", "updated_at"])
    to = InformationStatus.PUBLISHED if publish else InformationStatus.REJECTED
    transition(obj=item, to=to, actor=actor, table=INFORMATION_TRANSITIONS, unit=item.unit, clause="BJ-7-4",
               milestone_field="published_at" if publish else None, reason=note, now=now)
    return item


@transaction.atomic
def information_withdraw(*, actor, item: InformationItem, reason: str, now=None) -> InformationItem:
    return _withdraw(actor=actor, model=InformationItem, obj=item, reason=reason, table=INFORMATION_TRANSITIONS,
                     to=InformationStatus.WITHDRAWN, clause="BJ-7-4", now=now)


# ---- training classes and training needs (BJ-54) -----------------------------------------------------------------

CLASS_FIELDS = ("title", "skill", "level", "provider", "district", "location", "starts_on", "ends_on", "capacity",
                "enrol_contact")


def _class_errors(values: dict) -> dict:
    errors = {}
    for name, label in (("source_ref", _("培训部门编号")), ("title", _("培训班名称")), ("skill", _("职业（工种）或技能")),
                        ("provider", _("培训机构"))):
        if not (values.get(name) or "").strip():
            errors[name] = [_("请填写%(f)s。") % {"f": label}]
    if values.get("level") not in TrainingLevel.values:
        errors["level"] = [_("请选择培训等级。")]
    if values.get("starts_on") is None:
        errors["starts_on"] = [_("请填写开班日期。")]
    elif values.get("ends_on") is not None and values["ends_on"] < values["starts_on"]:
        errors["ends_on"] = [_("结业日期不能早于开班日期。")]
    district = values.get("district")
    if district is not None and district.level != UnitLevel.DISTRICT:
        errors["district"] = [_("开班地区应为区。")]
    return errors


@transaction.atomic
def training_class_receive(*, actor, source_ref: str, now=None, **values) -> TrainingClass:
    """A class opening received from the vocational-skills-training department is published at once (BJ-54-2);
    the same class sent again (same number) updates the published one."""
    now = now_or(now)
    unknown = set(values) - set(CLASS_FIELDS)
    if unknown:
        refuse(_("无法识别的字段：%(f)s") % {"f": "、".join(sorted(unknown))}, code=CommonErrorCode.INVALID)
    errors = _class_errors({"source_ref": source_ref, **values})
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.INVALID, clause="BJ-54-2")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    existing = training_class_by_ref(source_ref=source_ref.strip())
    if existing is None:
        item = TrainingClass.objects.create(source_ref=source_ref.strip(), received_by=actor, published_at=now, **values)
    else:
        item = existing
        for name, value in values.items():
            setattr(item, name, value)
        item.save()
    audit(actor=actor, obj=item, action="create" if existing is None else "update", unit=actor.unit, clause="BJ-54-2",
          now=now, after={"source_ref": item.source_ref, "title": item.title, "starts_on": item.starts_on})
    return item


@transaction.atomic
def training_class_withdraw(*, actor, item: TrainingClass, reason: str, now=None) -> TrainingClass:
    reason = require_text(reason, field="reason", label=_("撤回原因"), clause="BJ-54-2")
    transition(obj=item, to=TrainingClassStatus.WITHDRAWN, actor=actor, table=TRAINING_CLASS_TRANSITIONS,
               unit=actor.unit, clause="BJ-54-2", reason=reason, now=now)
    return item


TRAINING_DEPARTMENT = "市人力资源和社会保障局职业能力建设部门"


@transaction.atomic
def training_needs_summarise(*, now=None) -> TrainingNeedSummary | None:
    """Monthly (定期, proposed monthly): from the first day of a month, the needs recorded for job seekers and
    employers are aggregated once for the month just ended and sent to the training department (BJ-54-1); the
    city's analysts are told.  Running again in the same month does nothing."""
    now = now_or(now)
    month = (today(now).replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    if training_need_summary_exists(month=month):
        return None
    data = training_need_aggregate()
    data["generated_at"] = now.isoformat()
    summary = TrainingNeedSummary.objects.create(month=month, data=data, recipient=TRAINING_DEPARTMENT, sent_at=now)
    city = city_unit()
    audit(actor=None, obj=summary, action="create", unit=city, clause="BJ-54-1", now=now,
          after={"month": month, "job_seekers": data["totals"]["job_seekers"], "employers": data["totals"]["employers"]})
    for person in staff_of_unit_tree(unit=city, roles=[Role.ANALYST]).filter(unit=city):
        notify(recipient=person, subject=_("%(m)s培训需求汇总已报送培训部门") % {"m": f"{month:%Y-%m}"},
               body=_("求职者%(a)s人、用人单位%(b)s家") % {"a": data["totals"]["job_seekers"],
                                                  "b": data["totals"]["employers"]},
               link=training_needs_page(), dedup_key=f"training-needs-{month:%Y-%m}-{person.pk}", now=now)
    return summary
