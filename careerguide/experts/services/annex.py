"""The Annex 1 data of an application (CZ-A1-2 .. CZ-A1-10) checked against the lookups city HRSS keeps: the "1028"
sector (CZ-5-12), the enterprise size the 2017 standard proposes (CZ-5-9), old certificate titles (CZ-5-4) and the
practice cases (CZ-A1-8)."""
from __future__ import annotations

from django.utils.translation import gettext as _

from careerguide.common.error_codes import CommonErrorCode
from careerguide.common.errors import DomainError

from ..models import Application, Attachment, CertificateRecord, HonourRecord, PracticeCase, WorkPeriodEntry
from ..rules import certificate_from_title, propose_enterprise_size
from ..selectors import old_title_table, sector_1028_codes, sme_thresholds

#: CZ-A1-2 .. CZ-A1-7, CZ-A1-10 and CZ-6-14 fields beyond the core ones the review rules use.
ANNEX_FIELDS = ("ethnicity", "political_affiliation", "institution", "major", "postal_address", "expertise_detail",
                "service_districts", "availability", "enterprise_industry", "enterprise_employees", "enterprise_revenue",
                "enterprise_assets", "association_member_number", "association_joined_on", "unit_opinion_signer",
                "unit_opinion_on")
CASE_PARTS = {"title": _("案例名称"), "background": _("背景"), "method": _("指导方法"), "outcome": _("成效")}


def annex_values(*, values: dict) -> dict:
    """CZ-5-12: a "1028" sector must be one of city HRSS's list; CZ-5-9: the standard's size is proposed from the
    industry and the enterprise's figures (the reviewer confirms it in qualification review)."""
    sector = (values.get("sector_1028") or "").strip()
    if sector and sector not in sector_1028_codes():
        raise DomainError(field_errors={"sector_1028": [_("请从市人社局公布的“1028”现代化产业体系目录中选择。")]},
                          code=CommonErrorCode.INVALID, clause="CZ-5-12")
    industry = values.get("enterprise_industry") or ""
    if industry:
        thresholds = sme_thresholds(industry=industry)
        if thresholds is None:
            raise DomainError(field_errors={"enterprise_industry": [_("请选择划分标准中的行业。")]},
                              code=CommonErrorCode.INVALID, clause="CZ-5-9")
        values["enterprise_size_proposed"] = propose_enterprise_size(
            thresholds, employees=values.get("enterprise_employees"), revenue=values.get("enterprise_revenue"),
            assets=values.get("enterprise_assets"))
    return values


def _certificate(c: dict, table) -> dict:
    """CZ-5-4: a certificate entered by its old title takes the occupation and level the lookup gives it."""
    c = dict(c)
    title = c.pop("title", "")
    if title:
        mapped = certificate_from_title(title, table)
        if mapped is None and not c.get("level"):
            raise DomainError(field_errors={"certificates": [
                _("“%(t)s”不在原证书名称对照表中，请填写证书等级，由审查人员核对证书。") % {"t": title}]},
                code=CommonErrorCode.INVALID, clause="CZ-5-4")
        if mapped is not None:
            c["occupation"], c["level"] = mapped
        c.setdefault("occupation_name", title)
        c.setdefault("kind", "qualification")
    c.setdefault("occupation", "other")
    return c


def _case_errors(cases) -> dict:
    missing = sorted({str(label) for case in cases for key, label in CASE_PARTS.items()
                      if not (case.get(key) or "").strip()})
    return {"practice_cases": [_("每个实践案例须写明：%(p)s。") % {"p": "、".join(missing)}]} if missing else {}


def annex_rows_create(*, actor, application: Application, work_history=(), certificates=(), honours=(),
                      attachments=(), practice_cases=()) -> None:
    """The tables of the form: work history (CZ-A1-5), certificates and honours (CZ-A1-6), attachments and practice
    cases with background, method and outcome (CZ-A1-8)."""
    errors = _case_errors(practice_cases)
    if errors:
        raise DomainError(field_errors=errors, code=CommonErrorCode.REQUIRED, clause="CZ-A1-8")
    table = old_title_table() if any(c.get("title") for c in certificates) else {}
    for w in work_history:
        WorkPeriodEntry.objects.create(application=application, **w)
    for c in certificates:
        CertificateRecord.objects.create(application=application, **_certificate(c, table))
    for h in honours:
        HonourRecord.objects.create(application=application, **h)
    for a in attachments:
        Attachment.objects.create(application=application, added_by=actor, **a)
    for case in practice_cases:
        PracticeCase.objects.create(application=application, **{k: case[k].strip() for k in CASE_PARTS})
