"""Employers: staff-registered ones verified at the front desk (one returned with defects) and
agent-registered ones whose agents pass real-name verification through the review (BJ-34 to BJ-36)."""
import datetime as dt
import random

from careerguide.accounts.roles import UserKind
from careerguide.common.demo import synthetic_mobile, synthetic_resident_id, synthetic_uscc
from careerguide.employers.models import Employer
from careerguide.employers.services.employers import employer_create, employer_register_by_agent
from careerguide.employers.services.registration import employer_service_record
from careerguide.employers.services.verification import (
    employer_verification_front_desk,
    employer_verification_review,
    employer_verification_submit,
)

from .base import SURNAMES, Demo

# (name, unit code, industry code, verify at the front desk?, staff username) — all invented
EMPLOYERS = [
    ("示范市青禾食品有限公司", "S0101", "C14", True), ("东湖区晨星物业服务有限公司", "S0101", "K70", True),
    ("滨江远帆物流有限公司", "S0102", "G59", True), ("西岭区石泉农业合作社", "S0201", "A01", False),
    ("开发区新致精密制造有限公司", "S0301", "C34", True), ("开发区云帆信息技术有限公司", "S0301", "I65", False),
    ("示范市安康养老服务中心", "D02", "Q84", False), ("柳岸家政服务有限公司", "S0102", "O80", "defects"),
]
STAFF_FOR_UNIT = {"S0101": "s0101.counsellor", "S0102": "s0102.caseworker", "S0201": "s0201.counsellor",
                  "S0301": "s0301.officer", "D02": "d02.counsellor"}
REVIEWER_FOR_UNIT = {"S0101": "d01.officer", "S0102": "d01.officer", "S0301": "s0301.officer"}

# Agent accounts that registered their employer online: (username, agent name, employer, unit code, industry)
AGENTS = [
    ("agent.demo", "何雅琴", "滨江云杉餐饮管理有限公司", "S0101", "H62"),
    ("agent.lanhai", "施振宇", "东湖区蓝海仓储物流有限公司", "S0101", "G59"),
    ("agent.jinshi", "曹慧敏", "开发区锦石电子科技有限公司", "S0301", "C39"),
]


def documents(employer, agent_name: str, today: dt.date, **overrides) -> dict:
    rng = random.Random(f"agent-id-{employer.name}")
    data = {"licence_type": "business_licence", "licence_number": employer.credit_code,
            "licence_valid_until": dt.date(today.year + 10, 12, 31), "agent_name": agent_name,
            "agent_id_number": synthetic_resident_id(rng), "power_of_attorney_ref": f"委托-{rng.randint(100, 999)}",
            "power_of_attorney_valid_until": dt.date(today.year + 1, 12, 31)}
    data.update(overrides)
    return data


def build_staff_registered(demo: Demo) -> None:
    verified_on = demo.workday_back(25)
    added = 0
    for name, unit_code, industry, verify in EMPLOYERS:
        if Employer.objects.filter(name=name).exists():
            continue
        rng = random.Random(name)
        actor = demo.staff[STAFF_FOR_UNIT[unit_code]]
        contact = rng.choice(SURNAMES) + "经理"
        employer = employer_create(actor=actor, name=name, credit_code=synthetic_uscc(rng), unit=demo.units[unit_code],
                                   contact_name=contact, contact_phone=synthetic_mobile(rng), industry_code=industry,
                                   address=f"{demo.units[unit_code].name[:5]}示范路{rng.randint(1, 300)}号",
                                   now=demo.at(verified_on, 9))
        added += 1
        if not verify:
            continue
        reviewer = demo.staff[REVIEWER_FOR_UNIT.get(unit_code, STAFF_FOR_UNIT[unit_code])]
        if verify == "defects":
            employer_verification_front_desk(actor=reviewer, employer=employer, data_source="original_document",
                                             manual_defects=["poa_not_sealed"], now=demo.at(demo.workday_back(2)),
                                             **documents(employer, contact[0] + "女士", demo.today,
                                                         power_of_attorney_ref=""))
            continue
        employer_verification_front_desk(actor=reviewer, employer=employer, data_source="shared_data",
                                         now=demo.at(verified_on), **documents(employer, contact[0] + "先生", demo.today))
        employer_service_record(actor=reviewer, employer=employer, service_type="hiring_guidance",
                                occurred_on=demo.workday_back(15), summary="上门了解用工需求，指导岗位设置与招聘条件表述。",
                                now=demo.at(demo.workday_back(15)))
    if added:
        demo.notes.append(f"{added} employers (verified, returned with defects, pending)")


def build_agents(demo: Demo) -> None:
    registered_on = demo.workday_back(24)
    for username, agent_name, name, unit_code, industry in AGENTS:
        agent = demo.portal_user(username, agent_name, UserKind.EMPLOYER_AGENT, f"用人单位经办人（{name}，已实名认证）")
        if Employer.objects.filter(name=name).exists():
            continue
        rng = random.Random(name)
        employer = employer_register_by_agent(actor=agent, name=name, credit_code=synthetic_uscc(rng),
                                              unit=demo.units[unit_code], contact_name=agent_name,
                                              contact_phone=synthetic_mobile(rng), industry_code=industry,
                                              now=demo.at(registered_on, 19))
        verification = employer_verification_submit(actor=agent, employer=employer, now=demo.at(registered_on, 19),
                                                     **documents(employer, agent_name, demo.today))
        reviewer = demo.staff[REVIEWER_FOR_UNIT[unit_code]]
        employer_verification_review(actor=reviewer, verification=verification, data_source="shared_data",
                                     now=demo.at(demo.workday_back(23)))
        demo.notes.append(f"employer {name} registered online by {username}")


def build(demo: Demo) -> None:
    build_staff_registered(demo)
    build_agents(demo)
