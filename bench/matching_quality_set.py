"""Writes the matching quality set `careerguide/matching/tests/data/quality_set.json` (run once; the JSON is
what is kept and evaluated).

60 synthetic job seekers and 40 vacancies over all eight major groups of the classification (and 16 medium
groups), with Chinese profiles (no real person).  Every person × vacancy pair carries a graded relevance
0–3 judged by the counsellor's rubric below, which is written independently of the instrument's weights:
3 the same occupation with no hard conflict (pay at least 90 % of the wish, a working pattern and area
the person accepts, can start in time); 2 the same occupation with one conflict, or the same minor group
with none; 1 the same medium group, or the same occupation or minor group with two conflicts; 0 otherwise.
"""
import json
import random
from itertools import takewhile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "careerguide/matching/tests/data/quality_set.json"
OCCUPATIONS = [  # (code, name, typical pay)
    ("1-06-01-01", "企业部门经理", 16000), ("1-06-01-02", "门店店长", 9000),
    ("2-02-10-01", "软件开发工程技术人员", 15000), ("2-02-10-02", "网络运维工程技术人员", 11000),
    ("2-06-01-01", "会计人员", 8000), ("2-06-01-02", "审计人员", 9500), ("2-08-01-01", "职业培训讲师", 8500),
    ("2-05-07-01", "护士", 9000), ("3-01-01-01", "行政文员", 6000), ("3-01-02-01", "客服专员", 5500),
    ("4-01-01-01", "营业员", 5000), ("4-01-01-02", "收银员", 4800), ("4-02-02-01", "仓库管理员", 6000),
    ("4-02-02-02", "快递员", 7500), ("4-03-01-01", "中式烹调师", 7000), ("4-03-01-02", "餐厅服务员", 4800),
    ("4-07-01-02", "养老护理员", 6000), ("4-07-02-01", "保洁员", 4200), ("5-01-01-01", "园艺工", 4800),
    ("5-05-01-01", "农机操作工", 6000), ("6-18-01-01", "车工", 7500), ("6-18-01-02", "焊工", 8500),
    ("6-29-01-01", "砌筑工", 8000), ("6-29-01-02", "电工", 8500), ("7-00-00-01", "退役军人安置岗位", 7000),
    ("8-00-00-00", "不便分类的其他从业人员", 4500),
]
DISTRICTS = {1: "东城区", 2: "西城区", 3: "朝阳区", 4: "海淀区", 5: "丰台区", 6: "通州区"}
SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文"


def _groups(a: str, b: str) -> int:
    """Leading code segments two occupations share."""
    return len(list(takewhile(lambda pair: pair[0] == pair[1], zip(a.split("-"), b.split("-")))))


def relevance(person: dict, vacancy: dict) -> int:
    """The counsellor's rubric (see the module docstring)."""
    offered = vacancy["pay_max"] or vacancy["pay_min"] or 0
    conflicts = 0
    conflicts += bool(person["salary_min"] and offered and offered * 10 < person["salary_min"] * 9)
    conflicts += bool(person["working_pattern"] not in ("", "any") and vacancy["working_pattern"] not in
                      ("", "any", person["working_pattern"]))
    area_ok = ("不限" in person["sought_area"] or DISTRICTS[vacancy["work_district_id"]] in person["sought_area"]
               or person["habitual_district_id"] == vacancy["work_district_id"])
    conflicts += not area_ok
    conflicts += person["job_ready"] is not True
    codes = [person["sought_occupation_code"]] + [c for c, _s, _e in person["experience"]]
    level = max(_groups(code, vacancy["occupation_code"]) for code in codes)
    if level == 4:
        return 3 if conflicts == 0 else 2 if conflicts == 1 else 1
    if level == 3:
        return 2 if conflicts == 0 else 1 if conflicts == 1 else 0
    return 1 if level == 2 and conflicts == 0 else 0


def _person(rng: random.Random, n: int) -> dict:
    code, name, pay = OCCUPATIONS[n % len(OCCUPATIONS)] if n < 52 else rng.choice(OCCUPATIONS)
    home = rng.choice(list(DISTRICTS))
    other = rng.choice([c for c, _n, _p in OCCUPATIONS if c[:4] == code[:4]])
    experience = [[code if rng.random() < 0.6 else other, "2019-03-01", "2023-09-01"]] if rng.random() < 0.7 else []
    return {
        "id": f"P{n + 1:02d}", "full_name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
        "note": f"求职{name}，{DISTRICTS[home]}常住",
        "sought_occupation_code": code, "skill_level": rng.choice((None, 3, 4, 5)),
        "certificates": [[code, rng.choice((3, 4))]] if rng.random() < 0.3 else [], "experience": experience,
        "salary_min": int(pay * rng.uniform(0.8, 1.15) / 100) * 100, "working_pattern": rng.choice(
            ("full_time", "full_time", "any", "part_time", "")), "habitual_district_id": home,
        "sought_area": rng.choice((DISTRICTS[home], f"{DISTRICTS[home]}、{DISTRICTS[rng.choice(list(DISTRICTS))]}",
                                   "全市不限", "")),
        "job_ready": rng.random() < 0.85, "earliest_start": "2026-03-10",
    }


def _vacancy(rng: random.Random, n: int) -> dict:
    code, name, pay = OCCUPATIONS[(n * 7) % len(OCCUPATIONS)] if n < 26 else rng.choice(OCCUPATIONS)
    pay_min = int(pay * rng.uniform(0.75, 1.05) / 100) * 100
    return {"id": f"V{n + 1:02d}", "title": name, "occupation_code": code, "pay_min": pay_min,
            "pay_max": int(pay_min * rng.uniform(1.1, 1.4) / 100) * 100, "work_district_id": rng.choice(list(DISTRICTS)),
            "required_skill_level": rng.choice((None, None, 4, 5)), "min_experience_months": rng.choice((None, 12, 24)),
            "working_pattern": rng.choice(("full_time", "full_time", "part_time", "any", "")), "start_within_days": 14}


def main():
    rng = random.Random(2026)
    people = [_person(rng, n) for n in range(60)]
    vacancies = [_vacancy(rng, n) for n in range(40)]
    labels = {p["id"]: {v["id"]: relevance(p, v) for v in vacancies} for p in people}
    data = {"on": "2026-03-02", "districts": DISTRICTS, "rubric": __doc__.split("\n\n", 1)[1].strip(),
            "job_seekers": people, "vacancies": vacancies, "relevance": labels}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    majors = {v["occupation_code"][0] for v in vacancies} | {p["sought_occupation_code"][0] for p in people}
    print(f"wrote {OUT.name}: {len(people)} job seekers, {len(vacancies)} vacancies, major groups {sorted(majors)}")


if __name__ == "__main__":
    main()
