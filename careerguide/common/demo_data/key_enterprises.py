"""Key enterprises: the industry catalogue, a daily service agreement with an account officer, the demand
archive and requests whose coordination duties show on the officer's "my work" (BJ-44 to BJ-48)."""
import datetime as dt

from careerguide.employers.models import DailyServiceAgreement, Employer, EnterpriseRequest, IndustryCatalogueVersion
from careerguide.employers.services.catalogue import (
    catalogue_entry_add,
    catalogue_version_create,
    catalogue_version_publish,
)
from careerguide.employers.services.key_enterprises import daily_service_agreement_sign, key_enterprise_designate
from careerguide.employers.services.quarterly import demand_archive_save, enterprise_contact_record
from careerguide.employers.services.requests import key_enterprise_request_receive

from .base import Demo

EDITION = "示范市2026版"
KEY_ENTERPRISE = "示范市青禾食品有限公司"
REQUESTS = [  # (working days ago, receiving staff, category, content)
    (10, "s0101.counsellor", "training", "新招聘的20名包装工需要岗前技能培训，希望协调培训机构。"),
    (0, "d01.counsellor", "recruitment", "中秋旺季前需临时增加30名分拣包装工，请协助发布并组织专场对接。"),
]


def build_catalogue(demo: Demo) -> None:
    if IndustryCatalogueVersion.objects.filter(edition=EDITION).exists():
        return
    admin = demo.staff["city.admin"]
    when = demo.at(demo.workday_back(40))
    version = catalogue_version_create(actor=admin, title="新增产业的禁止和限制目录", edition=EDITION,
                                       effective_from=dt.date(demo.today.year, 1, 1), now=when)
    catalogue_entry_add(actor=admin, version=version, industry_code="C26", measure="restricted", region=None, now=when)
    catalogue_version_publish(actor=admin, version=version, now=when)
    demo.notes.append("the industry catalogue")


def build_agreement(demo: Demo) -> None:
    employer = Employer.objects.get(name=KEY_ENTERPRISE)
    if DailyServiceAgreement.objects.filter(employer=employer).exists():
        return
    officer, unit = demo.staff["d01.officer"], demo.units["D01"]
    signed_on = demo.workday_back(12)
    agreement = key_enterprise_designate(actor=officer, employer=employer, unit=unit, on=signed_on,
                                         now=demo.at(signed_on, 9))
    agreement = daily_service_agreement_sign(actor=officer, agreement=agreement, signed_on=signed_on,
                                             term_start=signed_on, term_end=signed_on.replace(year=signed_on.year + 2) - dt.timedelta(days=1),
                                             officer=officer, document_ref="东就企协〔示例〕3号", now=demo.at(signed_on, 11))
    day = demo.workday_back(11)
    demand_archive_save(actor=officer, agreement=agreement, on=day, now=demo.at(day),
                        unit_nature="企业", industry="食品制造业", economic_type="有限责任公司", enterprise_size="medium",
                        workforce_size=260, joiners_last_quarter=18, leavers_last_quarter=11,
                        turnover_note="一线包装工流动较快。", plan_year=demo.today.year,
                        plan_quarter=(demo.today.month - 1) // 3 + 1, planned_hires=30,
                        hiring_plan="分拣包装工25名、质检员3名、设备维修工2名。", other_info="希望对接职业院校实习生。")
    day = demo.workday_back(7)
    enterprise_contact_record(actor=officer, agreement=agreement, contacted_on=day, channel="phone", two_way=True,
                              summary="电话了解旺季用工计划与培训需求。", now=demo.at(day))
    demo.notes.append(f"key enterprise {KEY_ENTERPRISE} with agreement, account officer and demand archive")


def build_requests(demo: Demo) -> None:
    employer = Employer.objects.get(name=KEY_ENTERPRISE)
    for back, receiver, category, content in REQUESTS:
        if EnterpriseRequest.objects.filter(employer=employer, content=content).exists():
            continue
        key_enterprise_request_receive(actor=demo.staff[receiver], credit_code=employer.credit_code, category=category,
                                       content=content, now=demo.at(demo.workday_back(back)))
        demo.notes.append("a key enterprise request")


def build(demo: Demo) -> None:
    build_catalogue(demo)
    build_agreement(demo)
    build_requests(demo)
