"""Tests of the vacancy discrimination screening engine (BJ-38-3).

The labelled corpora (tuning and held-out) are measured in ``test_screening_corpus.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerguide.vacancies.screening.compiler import term_is_required
from careerguide.vacancies.screening.engine import (
    Finding,
    RuleSetError,
    available_versions,
    load_ruleset,
    screen_fields,
    screen_text,
)
from careerguide.vacancies.screening.evaluation import read_corpus
from careerguide.vacancies.screening.normalise import normaliser_from

pytestmark = pytest.mark.req("BJ-38-3")

EPL = "《中华人民共和国就业促进法》"
WRPL = "《中华人民共和国妇女权益保障法》"
DPL = "《中华人民共和国残疾人保障法》"
ESR = "《就业服务与就业管理规定》"
ORR = "《网络招聘服务管理规定》"
TUNING_CORPUS = Path(__file__).resolve().parent / "data" / "screening_corpus.tsv"


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def _summary(findings: list[Finding]) -> list[tuple[str, str, int, int]]:
    return [(f.phrase, f.ground, f.start, f.end) for f in findings]


def _grounds(text: str, ruleset) -> set[str]:
    return {f.ground for f in screen_text(text, ruleset)}


# ---- grounds by law ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ground", "label", "kind", "articles"),
    [
        ("sex", "性别", "statutory", (EPL + "第二十七条", WRPL + "第四十三条", ESR + "第十六条")),
        ("marital_childbearing", "婚育状况", "statutory", (WRPL + "第四十三条", EPL + "第二十七条")),
        ("ethnicity", "民族", "statutory", (EPL + "第三条", EPL + "第二十八条", ESR + "第四条")),
        ("race", "种族", "statutory", (EPL + "第三条", ESR + "第四条")),
        ("religion", "宗教信仰", "statutory", (EPL + "第三条", ESR + "第四条")),
        ("disability", "残疾", "statutory", (EPL + "第二十九条", DPL + "第三十八条", ESR + "第十八条")),
        ("pathogen_carrier", "传染病病原携带者", "statutory", (EPL + "第三十条", ESR + "第十九条")),
        ("rural_hukou", "农村户籍", "statutory", (EPL + "第三十一条", ESR + "第五条")),
        ("hukou_place", "户籍地", "statutory", (EPL + "第二十六条", ORR + "第十五条")),
        ("age", "年龄", "configurable", (EPL + "第二十六条",)),
        ("appearance", "相貌/身高/体型", "configurable", (EPL + "第二十六条",)),
        ("origin", "籍贯/地域", "configurable", (EPL + "第二十六条", ORR + "第十五条")),
    ],
)
def test_every_ground_carries_its_legal_basis(ruleset, ground, label, kind, articles):
    """BJ-38-3: each ground the law protects, and each of the city's grounds, names the articles a finding cites."""
    found = ruleset.grounds[ground]
    assert (found.label, found.kind, found.articles) == (label, kind, articles)
    assert found.basis and found.kind_label in ("法定禁止事项", "本市审查事项")


def test_the_grounds_are_exactly_those_of_the_law_and_the_city(ruleset):
    assert set(ruleset.grounds) == {"sex", "marital_childbearing", "ethnicity", "race", "religion", "disability",
                                    "pathogen_carrier", "rural_hukou", "hukou_place", "age", "appearance", "origin"}


def test_finding_cites_ground_label_articles_and_basis(ruleset):
    """BJ-38-3: a finding names its ground, the law articles and the rule in words."""
    [finding] = screen_text("农村户口者不予录用。", ruleset)
    assert (finding.phrase, finding.ground, finding.ground_label) == ("农村户口者不予录用", "rural_hukou", "农村户籍")
    assert finding.articles == (EPL + "第三十一条", ESR + "第五条")
    assert finding.legal_basis == EPL + "第三十一条、" + ESR + "第五条"
    assert finding.ground_kind == "statutory" and "农村劳动者" in finding.basis
    assert finding.to_dict() == {
        "field": None, "phrase": "农村户口者不予录用", "start": 0, "end": 9, "ground": "rural_hukou",
        "ground_label": "农村户籍", "ground_kind": "statutory", "articles": list(finding.articles),
        "basis": finding.basis, "rule_id": finding.rule_id, "ruleset_version": "2",
    }
    json.dumps(finding.to_dict(), ensure_ascii=False)


# ---- constructions, not phrases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentences the version-1 rules let pass
        ("农村户口者不予录用", [("农村户口者不予录用", "rural_hukou", 0, 9)]),
        ("不招收有宗教信仰的人员", [("不招收有宗教信仰的人员", "religion", 0, 11)]),
        ("身体残疾者恕不接待", [("身体残疾者恕不接待", "disability", 0, 9)]),
        # restriction
        ("仅限男性报名。", [("仅限男性", "sex", 0, 4)]),
        ("只招汉族。", [("只招汉族", "ethnicity", 0, 4)]),
        ("本岗位需为男性。", [("需为男性", "sex", 3, 7)]),
        ("必须是北京户籍。", [("必须是北京户籍", "hukou_place", 0, 7)]),
        ("只要本地人。", [("只要本地人", "origin", 0, 5)]),
        # preference
        ("汉族者优先。", [("汉族者优先", "ethnicity", 0, 5)]),
        ("优先录用女性。", [("优先录用女性", "sex", 0, 6)]),
        ("单身者优先考虑。", [("单身者优先考虑", "marital_childbearing", 0, 7)]),
        # exclusion
        ("不招女工。", [("不招女工", "sex", 0, 4)]),
        ("河南籍勿扰。", [("河南籍勿扰", "origin", 0, 5)]),
        ("外地户口不予录用。", [("外地户口不予录用", "hukou_place", 0, 8)]),
        ("有孩子的请绕行。", [("有孩子的请绕行", "marital_childbearing", 0, 7)]),
        ("乙肝患者勿扰。", [("乙肝患者勿扰", "pathogen_carrier", 0, 6)]),
        ("黑人免谈。", [("黑人", "race", 0, 2)]),
        ("大龄人员勿扰。", [("大龄人员勿扰", "age", 0, 6)]),
        ("胖子免谈。", [("胖子免谈", "appearance", 0, 4)]),
        # euphemisms
        ("该岗位适合男性。", [("适合男性", "sex", 3, 7)]),
        ("宝妈勿扰。", [("宝妈勿扰", "marital_childbearing", 0, 4)]),
        ("招几个小姐姐做直播。", [("招几个小姐姐", "sex", 0, 6)]),
        ("帅哥优先。", [("帅哥优先", "sex", 0, 4)]),
        # fields and list items
        ("性别要求：限女", [("性别要求：限女", "sex", 0, 7)]),
        ("任职要求：女，有幼教经验。", [("要求：女", "sex", 2, 6)]),
        ("民族：汉族，学历不限。", [("民族：汉族", "ethnicity", 0, 5)]),
        ("籍贯：限本省。", [("籍贯：", "origin", 0, 3)]),
    ],
)
def test_constructions_combine_with_each_grounds_vocabulary(ruleset, text, expected):
    """BJ-38-3: restriction, preference, exclusion and euphemism are recognised for each ground, with the phrase's offsets."""
    assert _summary(screen_text(text, ruleset)) == expected


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        # exclusion wording for every ground: quotas, deferral, reasons, lists with other grounds
        ("白族员工名额已满。", {"ethnicity"}),
        ("湖北籍应聘者暂不接收。", {"origin"}),
        ("藏族人员不提供宿舍，故不予录用。", {"ethnicity"}),
        ("少数民族及外地户籍人员不予录用。", {"ethnicity", "hukou_place"}),
        ("有乙肝的请自觉回避。", {"pathogen_carrier"}),
        ("信佛吃素的不要。", {"religion"}),
        ("以汉族员工为主。", {"ethnicity"}),
        # person words, recruiting verbs and described persons
        ("寻找几位女生做导购。", {"sex"}),
        ("本地阿姨优先。", {"origin", "sex"}),
        ("适合刚毕业的年轻人。", {"age"}),
        ("Hispanic teachers only", {"race"}),
        # vocabularies of each ground
        ("女员工入职须承诺两年内不生育。", {"marital_childbearing", "sex"}),
        ("家里有两个孩子的请勿投递。", {"marital_childbearing"}),
        ("怀孕期间一律不予续签。", {"marital_childbearing"}),
        ("口吃者勿扰。", {"disability"}),
        ("要求手脚健全。", {"disability"}),
        ("乙肝表面抗原须阴性。", {"pathogen_carrier"}),
        ("需提供本区户口簿原件。", {"hukou_place"}),
        ("持城里户口者优先。", {"rural_hukou"}),
        ("北方人勿扰。", {"origin"}),
        ("湖南籍贯者优先。", {"origin"}),
        ("戴头巾者免谈。", {"religion"}),
        ("南亚裔免谈。", {"race"}),
        ("有纹身的不予录用。", {"appearance"}),
        ("前台要好看一点的。", {"appearance"}),
        ("年纪太大的就别来了。", {"age"}),
    ],
)
def test_classes_of_expression_added_after_held_out_a(ruleset, text, grounds):
    """BJ-38-3: the classes behind held-out A's misses are recognised in wordings of their own."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        # constructions: descriptors before a person, 且 and 才行, the applicant after a need, 任何, English exclusion
        ("彝族保安员更佳。", {"ethnicity"}),
        ("信佛的保洁员免谈。", {"religion"}),
        ("外地农民工群众不招。", {"origin", "rural_hukou"}),
        ("年轻帅气小伙优先。", {"age", "appearance", "sex"}),
        ("招聪明活泼小姑娘。", {"sex"}),
        ("女性且未婚才行。", {"sex", "marital_childbearing"}),
        ("需要求职者已婚。", {"marital_childbearing"}),
        ("不招任何残疾人。", {"disability"}),
        ("恕不接收外地户籍人员。", {"hukou_place"}),
        ("Muslims not accepted.", {"religion"}),
        ("维吾尔族男性，有驾照。", {"ethnicity", "sex"}),
        # sex: a sex word on a role, a job title headed by a euphemism
        ("招女司机两名。", {"sex"}),
        ("男保安，退伍军人优先。", {"sex"}),
        ("前台小妹，有经验。", {"sex"}),
        ("男健身教练，周末排班。", {"sex"}),
        # age: cohorts before a decade, a ceiling as an item without 岁
        ("85前的不要。", {"age"}),
        ("仓管，须40以下，能吃苦。", {"age"}),
        # marital and childbearing
        ("家里已有二胎的不考虑。", {"marital_childbearing"}),
        ("近期没有结婚生子打算者优先。", {"marital_childbearing"}),
        ("生育打算近两年没有的优先。", {"marital_childbearing"}),
        # religion
        ("无任何信仰者优先。", {"religion"}),
        ("宗教组织成员不予考虑。", {"religion"}),
        ("经常参加宗教活动的不要。", {"religion"}),
        ("在教堂当志愿者的不予考虑。", {"religion"}),
        ("教会成员一律谢绝。", {"religion"}),
        ("有宗教背景的求职者不考虑。", {"religion"}),
        ("入职须签署不信仰任何宗教的声明。", {"religion"}),
        ("谢绝天主教、东正教信徒。", {"religion"}),
        ("定期去清真寺的员工不予安排。", {"religion"}),
        # disability
        ("色弱者不能应聘。", {"disability"}),
        ("手脚不灵活的不要。", {"disability"}),
        ("无重大疾病及残疾。", {"disability"}),
        ("身体各部位完好。", {"disability"}),
        ("双手须健全。", {"disability"}),
        ("精神有问题的不要。", {"disability"}),
        ("拄拐的不方便录用。", {"disability"}),
        ("身体有残缺者恕不录用。", {"disability"}),
        ("视力不好的就算了。", {"disability"}),
        # pathogen carriers
        ("携带丙肝病毒者不予录用。", {"pathogen_carrier"}),
        ("需提交艾滋病检测报告。", {"pathogen_carrier"}),
        ("肝炎病毒检查须阴性。", {"pathogen_carrier"}),
        ("三阳的不要。", {"pathogen_carrier"}),
        ("乙肝血清学指标须全阴。", {"pathogen_carrier"}),
        ("e抗原呈阳性的不予录用。", {"pathogen_carrier"}),
        # household registration: type fields, located registration, city abbreviations
        ("户籍类型：非农业。", {"rural_hukou"}),
        ("户口在农村的不予录用。", {"rural_hukou"}),
        ("只要户籍在城镇的。", {"rural_hukou"}),
        ("农民户籍一律不收。", {"rural_hukou"}),
        ("山里娃就别来了。", {"rural_hukou"}),
        ("乡镇户籍人员不予录用。", {"rural_hukou"}),
        ("农民家庭子女勿扰。", {"rural_hukou"}),
        ("穗户优先。", {"hukou_place"}),
        # origin
        ("江浙地区籍贯优先。", {"origin"}),
        ("湖南省农村来的不要。", {"origin", "rural_hukou"}),
        ("本地土著优先。", {"origin"}),
        # race and appearance
        ("金发蓝眼的外教。", {"race", "appearance"}),
        ("需红色头发的模特。", {"appearance"}),
        ("身高体重比例要协调。", {"appearance"}),
        ("170cm以上，形象端正。", {"appearance"}),
        ("脸上有疤者不予录用。", {"appearance"}),
        ("漂亮前台，月薪6000。", {"appearance"}),
    ],
)
def test_classes_of_expression_added_after_held_out_b(ruleset, text, grounds):
    """BJ-38-3: the classes behind held-out B's misses are recognised in wordings of their own."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        "公司员工来自汉族、藏族、彝族等多个民族。",
        "我们的员工包括回族、满族同事。",
        "欢迎乙肝病毒携带者投递简历。",
        "户口类型：农业/非农均可。",
        "户口在农村的员工可享受返乡交通补贴。",
        "工作地点在本省的岗位优先安排本地面试。",
        "smokers not accepted",
        "Religious holidays are respected.",
        "工作场所禁止进行宗教活动。",
        "负责携带乙肝病毒样本的冷链运输。",
        "货架高度1.8米以上。",
        "桌面宽160cm以上。",
        "须5年以内工作经验。",
        "打造高颜值产品包装。",
        "女学生宿舍管理员。",
        "为保洁阿姨提供休息室。",
        "保洁阿姨工作时间灵活，可兼职。",
        "男女服务员各两名。",
        "无犯罪记录及不良嗜好。",
        "河南农村电商运营专员。",
        "资深户外领队。",
        "三阳开泰主题活动策划。",
        "泰州人社局推荐人员优先。",
        "体重、身高等体检项目需如实填写。",
        "疤痕修复项目顾问。",
        "女童舞蹈老师，有教学经验。",
        "女性健康顾问，需医学背景。",
        "寺庙景区讲解员。",
        "负责农村孩子课后辅导。",
        "教会学校英语老师。",
        "坐轮椅的老人需要陪护。",
        "清真餐厅服务员，熟悉菜品。",
        "精神病院护工，有护理证。",
        "不接受实习、兼职。",
    ],
)
def test_lawful_look_alikes_of_the_classes_added_after_held_out_b(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the classes added after held-out B are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        # a comma or the employer between the group and the exclusion
        ("信天主教的，我们公司不考虑。", {"religion"}),
        ("残疾人员，本单位一律不予录用。", {"disability"}),
        ("户口在农村的，我们这边不收。", {"rural_hukou"}),
        # applying forbidden, wished not to be one, everyone other than a group
        ("不准穆斯林报名。", {"religion"}),
        ("要求员工不是佛教徒。", {"religion"}),
        ("回族以外的应聘者不考虑。", {"ethnicity"}),
        # religion
        ("信真主的请另寻高就。", {"religion"}),
        ("神职人员恕不予以考虑。", {"religion"}),
        ("员工不得信奉任何宗教。", {"religion"}),
        # marriage and childbearing
        ("结过婚的不要。", {"marital_childbearing"}),
        ("服务期内不生育，签协议。", {"marital_childbearing"}),
        ("子女须年满8周岁。", {"marital_childbearing"}),
        ("已经成家的员工优先。", {"marital_childbearing"}),
        # one sex named in a marital exclusion
        ("哺乳期妇女一律不招。", {"marital_childbearing", "sex"}),
        # race, registration, appearance, carriers
        ("主持人要东亚人脸。", {"race"}),
        ("户口要求为城镇。", {"rural_hukou"}),
        ("户口不在本市的勿扰。", {"hukou_place"}),
        ("面部无斑，肤质白皙。", {"appearance"}),
        ("投递时附HIV检测报告。", {"pathogen_carrier"}),
        ("受过洗的员工不予录用。", {"religion"}),
        ("婚姻状况：已婚。", {"marital_childbearing"}),
        ("等孩子大一点以后再来面试。", {"marital_childbearing"}),
        ("非洲血统的演员优先。", {"race"}),
        ("咖啡色皮肤的模特。", {"race"}),
    ],
)
def test_classes_of_expression_added_after_held_out_c(ruleset, text, grounds):
    """BJ-38-3: the classes behind held-out C's misses are recognised in wordings of their own."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        "对性别、年龄无任何要求。",
        "有无宗教信仰都可以。",
        "艾滋病病毒感染者享有平等的就业机会。",
        "井下采掘岗位按照国家规定只招男职工。",
        "招聘青年骨干教师。",
        "无疤痕美容技术培训师。",
        "妇女儿童权益保障中心法律顾问。",
        "负责宗教界人士联谊活动的会务。",
        "员工子女年满6周岁可报名夏令营。",
        "欧美风格家具销售顾问。",
        "婚姻状况不限。",
        "负责少儿洗手习惯养成课程。",
    ],
)
def test_lawful_look_alikes_of_the_classes_added_after_held_out_c(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the classes added after held-out C are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        # origin by the ID-card prefix, by 来的/过来的, by accent
        ("身份证号码前两位是43的不予考虑。", {"origin"}),
        ("身份证37打头的请勿投递。", {"origin"}),
        ("江西、福建过来的不要。", {"origin"}),
        ("云南那边来的优先。", {"origin"}),
        ("有广东口音的不考虑。", {"origin"}),
        ("须不带地方口音。", {"origin"}),
        # birth years, ceilings in words, English limits
        ("出生日期须在1991年以后。", {"age"}),
        ("1980年之前出生的勿扰。", {"age"}),
        ("年龄卡死在三十。", {"age"}),
        ("顶多三十五岁。", {"age"}),
        ("32岁封顶。", {"age"}),
        ("年过五十者不予考虑。", {"age"}),
        ("Age limit: 32.", {"age"}),
        ("Candidates 30 or younger.", {"age"}),
        # registration type as a quoted field value
        ("户口属性须为“城镇”。", {"rural_hukou"}),
        # a named sex for a role after 要
        ("押运员要男的。", {"sex"}),
        ("收银台这边要女孩。", {"sex"}),
        # religious observance, believers named by what they believe
        ("斋月期间要请假的不予录用。", {"religion"}),
        ("每天要做五次礼拜的不适合。", {"religion"}),
        ("信菩萨的免谈。", {"religion"}),
        ("信天主的不予考虑。", {"religion"}),
        # marriage and childbearing in colloquial stages
        ("刚领结婚证的暂不考虑。", {"marital_childbearing"}),
        ("二胎生完的优先，生完二孩的更好。", {"marital_childbearing"}),
        ("已完成生育的女员工优先。", {"marital_childbearing", "sex"}),
        ("有领证打算的勿扰。", {"marital_childbearing"}),
        # a question answered by a refusal
        ("问：农村户口可以吗？答：不行。", {"rural_hukou"}),
    ],
)
def test_classes_of_expression_added_after_held_out_d_and_e(ruleset, text, grounds):
    """BJ-38-3: the classes behind held-out D and E's misses are recognised in wordings of their own."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        # a question whose answer lifts the condition
        "问：不是本市户口可以报名吗？答：可以。",
        "问：结过婚能应聘吗？答：没有影响。",
        "Q：40岁可以吗？A：可以的。",
        # registration policy services
        "上海户口落户政策咨询专员。",
        "负责农业户口转非农业户口的政策解答。",
        "户籍制度改革课题研究助理。",
        # words of the new classes in lawful sentences
        "请携带身份证原件。",
        "手机号159开头的是本公司客服号码。",
        "接待从贵州来的考察团。",
        "口音不限，能用普通话沟通即可。",
        "方言口音识别数据标注员。",
        "面向2016年以后出生的儿童开设编程课。",
        "每单最多30件。",
        "体重超过70的会员可预约私教。",
        "Age limit: 18+.",
        "户口属性不限。",
        "调度员要熟悉线路。",
        "前台要保持接待区整洁。",
        "一个礼拜休息一天。",
        "公司斋月期间照常营业。",
        "信道编码算法工程师。",
        "员工可享受婚假、产假和陪产假。",
        "休完产假返岗的员工可申请弹性工作。",
        "月子会所客服。",
    ],
)
def test_lawful_look_alikes_of_the_classes_added_after_held_out_d_and_e(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the classes added after held-out D and E are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        ("搬运工作女的干不了。", {"sex"}),
        ("要求婚姻美满。", {"marital_childbearing"}),
        ("拖家带口的不考虑。", {"marital_childbearing"}),
        ("准妈妈请绕道。", {"marital_childbearing"}),
        ("打算生二宝的慎投。", {"marital_childbearing"}),
        ("一旦怀上了就视为自动离职。", {"marital_childbearing"}),
        ("独眼的不要。", {"disability"}),
        ("湖南那块儿的不要。", {"origin"}),
        ("外地佬免谈。", {"origin"}),
        ("五十出头的就算了。", {"age"}),
        ("奔五的不考虑。", {"age"}),
        ("颜值太低的靠边站。", {"appearance"}),
        ("身材发福的不要。", {"appearance"}),
        ("蒙族人不招。", {"ethnicity"}),
        ("乡村来的不收。", {"rural_hukou"}),
    ],
)
def test_colloquial_classes_found_by_probing(ruleset, text, grounds):
    """BJ-38-3: colloquial exclusion words, slang for groups and stages of life are recognised."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        "重活由机器完成，女性也干得了。",
        "客户多为三十多岁的白领。",
        "为准妈妈提供孕期瑜伽课程。",
        "营造家庭和睦的企业文化。",
        "负责华南那一带的市场开拓。",
        "从村里来的学生可申请助学金。",
        "姐妹花美甲店招美甲师。",
    ],
)
def test_lawful_look_alikes_of_the_colloquial_classes(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the colloquial classes are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        # exclusion words: pass, 恕难, 抱歉, 不予回复; a need with a colon; a field with 一栏
        ("宝妈一律pass。", {"marital_childbearing"}),
        ("乙肝携带者恕难录用。", {"pathogen_carrier"}),
        ("维吾尔族同胞，抱歉。", {"ethnicity"}),
        ("形象欠佳者不予回复。", {"appearance"}),
        ("要求：近两年无生育计划。", {"marital_childbearing"}),
        ("民族一栏须为汉族。", {"ethnicity"}),
        # a preference before a described group; descriptions before a person
        ("优先考虑孩子已上学的女士。", {"marital_childbearing", "sex"}),
        ("招白人小姐姐两名。", {"race", "sex"}),
        ("须为单身青年。", {"marital_childbearing", "age"}),
        ("男40岁以下，女35岁以下。", {"age", "sex"}),
        # English words for disability, registration type, places and age
        ("No disabled people.", {"disability"}),
        ("Non-agricultural hukou preferred.", {"rural_hukou"}),
        ("No candidates from Sichuan.", {"origin"}),
        ("Age<40.", {"age"}),
        # race by colour and looks of a people; diet as faith; registration within a city's area
        ("本机构仅招黄色人种。", {"race"}),
        ("皮肤偏白的优先。", {"race"}),
        ("中东那种长相的不要。", {"race"}),
        ("不吃猪肉的不合适。", {"religion"}),
        ("南京市内户籍。", {"hukou_place"}),
        # a region before a people; a region with 地区 before an exclusion
        ("四川彝族人员不予录用。", {"ethnicity", "origin"}),
        ("甘肃地区的一律不要。", {"origin"}),
        # looks by what is lacking, by BMI, as what the post depends on
        ("BMI须低于23。", {"appearance"}),
        ("长相普通的勿扰。", {"appearance"}),
        ("秃头的就算了。", {"appearance"}),
        ("颜值放在首位。", {"appearance"}),
    ],
)
def test_classes_of_expression_added_after_held_out_f(ruleset, text, grounds):
    """BJ-38-3: the classes behind held-out F's misses are recognised in wordings of their own."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        # a single-sex private space and the same sex required; a fit model's size
        "女浴室服务员，限女性。",
        "男更衣室管理员须为男性。",
        "女生宿舍宿管员，限女士。",
        "试衣模特需符合样衣尺码（身高160-165cm）。",
        # registration of either kind with the same benefits
        "外地户籍职工同样享受住房公积金。",
        "本地户口和外地户口的员工都能参加培训。",
        # words of the new classes in lawful sentences
        "We welcome disabled applicants.",
        "Urban planning assistant.",
        "Our office is in Henan.",
        "清真餐厅服务员，熟悉清真饮食。",
        "负责BMI体测数据录入。",
        "很抱歉，本岗位已招满。",
        "民族一栏请按身份证填写。",
        "要求：本科以上学历。",
        "优先考虑有驾照的求职者。",
        "和小伙伴一起成长。",
        "青年突击队队员，负责抢修。",
        "简历未通过者不予回复。",
        "身高要求：男175以上。",
    ],
)
def test_lawful_look_alikes_of_the_classes_added_after_held_out_f(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the classes added after held-out F are not flagged."""
    assert {f.ground for f in screen_text(text, ruleset)} <= ({"appearance"} if "身高" in text else set())


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        ("报名者须系已婚。", {"marital_childbearing"}),
        ("招录对象不包括少数民族。", {"ethnicity"}),
        ("录用人员不得为基督徒。", {"religion"}),
        ("有以下情形之一者不予录用：视力残疾。", {"disability"}),
        ("Must be young and single.", {"marital_childbearing", "age"}),
        ("No one older than 45.", {"age"}),
        ("Should be slim.", {"appearance"}),
        ("Candidates should be able-bodied.", {"disability"}),
        ("HBV-positive applicants not accepted.", {"pathogen_carrier"}),
        ("European faces only.", {"race"}),
        ("Southerners not accepted.", {"origin"}),
        ("姐妹们请绕道。", {"sex"}),
        ("藏族朋友恐怕不太方便。", {"ethnicity"}),
        ("外地妹子不要。", {"origin", "sex"}),
    ],
)
def test_classes_of_formal_and_english_registers(ruleset, text, grounds):
    """BJ-38-3: formal wording (须系, 不包括, 不得为, a heading of exclusions) and English requirements are recognised."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    [
        "用人单位不得为孕期女职工安排加班。",
        "报价不含税。",
        "有下列情形之一的不得报名：受过刑事处罚的。",
        "Must be able to work weekends.",
        "Northerners and southerners are equally welcome.",
        "No one under 18.",
        "We offer an attractive salary.",
        "Handsome bonus for top sellers.",
        "The clinic serves HIV-positive patients.",
        "宝妈们可以带孩子来面试。",
        "外地仔也欢迎。",
    ],
)
def test_lawful_look_alikes_of_the_formal_and_english_classes(ruleset, text):
    """BJ-38-3: lawful statements sharing words with the formal and English classes are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        ("不建议女性报名。", {"sex"}),
        ("信教群众不建议投递。", {"religion"}),
        ("不推荐外地人应聘。", {"origin"}),
        ("不建议40岁以上人员投递。", {"age"}),
        ("年纪大的体力跟不上。", {"age"}),
        ("健康证明须包含乙肝检测。", {"pathogen_carrier"}),
    ],
)
def test_advice_not_to_apply_and_stereotypes_are_exclusions(ruleset, text, grounds):
    """BJ-38-3: advice not to apply (不建议…投递) and a stamina stereotype exclude a group; a certificate naming a pathogen is a test."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    ["不建议穿高跟鞋上班。", "不推荐使用个人邮箱投递。", "健康证明须包括一般体检项目。", "不接受35岁以上的客户预约。"],
)
def test_lawful_look_alikes_of_advice_not_to_apply(ruleset, text):
    """BJ-38-3: advice and certificates without a protected group or a named pathogen are not flagged."""
    assert screen_text(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "grounds"),
    [
        ("女性员工不发放全勤奖。", {"sex"}),
        ("未婚员工不提供住房补贴。", {"marital_childbearing"}),
        ("残疾人员不予晋升。", {"disability"}),
        ("农业户口职工不缴纳公积金。", {"rural_hukou"}),
        ("同工不同酬：男女同工不同酬。", {"sex"}),
        ("女员工的工资按男员工的九成计算。", {"sex"}),
        ("前台只缺女生。", {"sex"}),
    ],
)
def test_unequal_terms_of_employment_for_a_group(ruleset, text, grounds):
    """BJ-38-3: withholding pay, benefits or promotion from a group, and pay set by sex, are findings."""
    assert _grounds(text, ruleset) == grounds


@pytest.mark.parametrize(
    "text",
    ["女职工不安排井下作业。", "实习生不缴纳社保，发放实习补贴。", "男女同工同酬，不因性别区别对待。",
     "外地户口员工可以办理居住证。", "只缺一名会计。"],
)
def test_lawful_look_alikes_of_unequal_terms(ruleset, text):
    """BJ-38-3: women's protection, non-grounds and equal pay are not flagged."""
    assert screen_text(text, ruleset) == []


def test_an_explicit_rule_with_a_key_is_skipped_when_its_key_is_absent():
    """BJ-38-3: an explicit rule may name a key; the rule runs only on a text that contains it."""
    extra = {"name": "t", "version": "1", "rules": [
        {"id": "t.keyed", "ground": "origin", "pattern": "(?:身份证|档案)[0-9]{2}开头", "key": "身份证"},
        {"id": "t.plain", "ground": "origin", "pattern": "(?:身份证|档案)[0-9]{2}开头"}]}
    ruleset = load_ruleset(extra=extra)
    assert ruleset.rule("t.keyed").key_regex.pattern == "身份证"
    assert ruleset.rule("t.plain").key_regex is None
    keyed = {f.rule_id for f in screen_text("身份证35开头", ruleset)}
    assert {"t.keyed", "origin.id_prefix"} & keyed
    assert [f.rule_id for f in screen_text("档案35开头", ruleset)] == ["t.plain"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("限 男，能吃苦。", [("限 男", "sex", 0, 3)]),
        ("限女·性，有耐心。", [("限女·性", "sex", 0, 4)]),
        ("限　男　性", [("限　男　性", "sex", 0, 5)]),
        ("年龄１８－３５岁，身高１６８ｃｍ以上。", [("１８－３５岁", "age", 2, 8), ("身高１６８ｃｍ", "appearance", 9, 16)]),
        ("三十五岁以下。", [("三十五岁以下", "age", 0, 6)]),
        ("年龄不超过三十五岁。", [("年龄不超过三十五岁", "age", 0, 9)]),
        ("身高一米七以上。", [("身高一米七", "appearance", 0, 5)]),
        ("Female only, fluent English required.", [("Female only", "sex", 0, 11)]),
        ("ＦＥＭＡＬＥ ＯＮＬＹ", [("ＦＥＭＡＬＥ ＯＮＬＹ", "sex", 0, 11)]),
        ("限female，英语流利。", [("限female", "sex", 0, 7)]),
        ("HBV携带者不予录用。", [("HBV携带者不予录用", "pathogen_carrier", 0, 10)]),
        ("小三阳勿扰。", [("小三阳勿扰", "pathogen_carrier", 0, 5)]),
        ("僅限女性", [("僅限女性", "sex", 0, 4)]),
        ("小三陽勿擾", [("小三陽勿擾", "pathogen_carrier", 0, 5)]),
    ],
)
def test_variants_are_normalised_and_reported_as_written(ruleset, text, expected):
    """BJ-38-3: full-width forms, Chinese numerals, spaces and dots inside words, English, abbreviations and
    traditional characters are screened; the phrase is reported exactly as written."""
    findings = screen_text(text, ruleset)
    assert _summary(findings) == expected
    assert all(text[f.start:f.end] == f.phrase for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "男女不限，年龄不限。",
        "不限户籍，有经验者优先。",
        "不限民族，欢迎各族同胞。",
        "欢迎残疾人士应聘，办公区设有无障碍设施。",
        "残疾人优先。",
        "同等条件下少数民族优先。",
        "年满16周岁。",
        "年满十八周岁，身体健康。",
        "年龄18-60岁。",
        "需持有效健康证。",
        "入职前需参加入职体检。",
        "身体健康，无传染病。",
        "孕期不安排夜班和加班。",
        "根据国家规定，井下作业依法不安排女职工。",
        "仅限应届毕业生。",
        "会说粤语者优先。",
        "需熟练使用英语进行商务沟通。",
        "工作地点：上海市浦东新区。",
        "需在北京驻场办公。",
        "乙肝携带者可正常投递。",
        "可协助解决北京户口。",
        "女装店店长，负责门店运营。",
        "招聘男装店员，负责陈列。",
        "男科医院导诊员。",
        "门店顾客以女性为主，需熟悉护肤知识。",
        "面向3-12岁儿童的少儿编程讲师。",
        "无宗教信仰限制。",
        "黑人牙膏促销员。",
        "北京人才市场信息员。",
        "熟悉本地人情风俗者优先。",
        "仪表整洁，着装得体。",
        "本地户籍和外地户籍同等对待。",
        "城镇户口、农村户口一视同仁。",
        "入职需提供户口本复印件。",
        "可协助办理苏州户口。",
        "妈妈岗，可接送孩子。",
        "面试不会询问婚育情况。",
        "孕期依法不得解除劳动合同。",
        "纹身师，有作品集者优先。",
        "负责皮肤深层清洁护理。",
        "不歧视乙肝病毒携带者。",
        "中山大学毕业生优先。",
        "操作机床时禁止佩戴围巾、头巾。",
    ],
)
def test_lawful_look_alikes_stay_clean(ruleset, text):
    """BJ-38-3: lawful statements that share words with discriminatory ones are not flagged."""
    assert screen_text(text, ruleset) == []


def test_neutral_tokens_drop_words_inside_product_names(ruleset):
    """BJ-38-3: a sex word inside a whole token listed as neutral (女装) is not a restriction; 限女 still is."""
    assert screen_text("仅限女装区域的陈列工作。", ruleset) == []
    assert _grounds("仅限女性，负责陈列。", ruleset) == {"sex"}
    assert "女装" in ruleset.grounds["sex"].neutral_tokens


def test_allow_list_masks_only_the_overlapping_words(ruleset):
    """BJ-38-3: an allow-listed phrase does not hide a discriminatory requirement elsewhere in the same text."""
    assert _summary(screen_text("男女不限，但需本地户口。", ruleset)) == [("需本地户口", "hukou_place", 6, 11)]
    assert _summary(screen_text("女装店店员，限女性。", ruleset)) == [("限女性", "sex", 6, 9)]


@pytest.mark.parametrize(
    "text",
    ["年满18周岁。", "16周岁以上。", "年龄18-60岁。", "年满18周岁，60周岁以下。", "本岗位不招用未满16周岁的未成年人。",
     "面向3-12岁儿童的少儿编程讲师。", "0-6岁儿童早教老师。", "年薪20-35万。"],
)
def test_age_floors_retirement_ceiling_and_clients_are_not_flagged(ruleset, text):
    """BJ-38-3: minimum working age, a ceiling at retirement age and ages of clients are not age discrimination."""
    assert screen_text(text, ruleset) == []


def test_several_findings_in_one_text_keep_their_offsets(ruleset):
    text = "招聘行政前台1名，限女性，35岁以下，本地户口。"
    findings = screen_text(text, ruleset)
    assert _summary(findings) == [("限女性", "sex", 9, 12), ("35岁以下", "age", 13, 18), ("本地户口", "hukou_place", 19, 23)]
    assert all(text[f.start:f.end] == f.phrase for f in findings)


def test_screen_fields_screens_every_text_field(ruleset):
    """BJ-38-3: every free-text field of a posting is screened and each finding names its field."""
    result = screen_fields({"title": "仓库管理员", "job_content": "负责货物出入库，男女不限。",
                            "requirements": "限男，身高170以上。", "benefits": None}, ruleset)
    assert list(result) == ["title", "job_content", "requirements", "benefits"]
    assert result["title"] == [] and result["job_content"] == [] and result["benefits"] == []
    assert [(f.field, f.phrase, f.ground) for f in result["requirements"]] == [
        ("requirements", "限男", "sex"), ("requirements", "身高170", "appearance")]


@pytest.mark.parametrize(
    ("template", "required"),
    [
        ("(?P<term>{{TERM}})", True),
        ("{{RESTRICT}}{{LINK}}(?P<term>{{TERM}}){{PERSON}}{0,2}", True),
        ("(?P<term>{{TERM}})(?:{{CONJ}}{{TERM}}){0,3}不要", True),
        ("[(](?P<term>{{TERM}})", True),
        ("(?:限(?P<term>{{TERM}}))", False),
        ("(?P<term>{{TERM}})?不要", False),
        ("(?P<term>{{TERM}}){2}", False),
        ("不要|(?P<term>{{TERM}})", False),
        ("{{TERM}}不要", False),
    ],
)
def test_a_rule_is_skipped_on_its_term_only_when_every_match_contains_the_term(template, required):
    """BJ-38-3: the engine skips a rule for a text without its vocabulary's term only when the
    construction's template makes the term compulsory."""
    assert term_is_required(template) is required


def test_skipping_rules_on_an_absent_term_loses_no_match(ruleset):
    """BJ-38-3: on every sentence of the tuning corpus, a rule that matches has its term present."""
    texts = [ruleset.normaliser(row.sentence).text for row in read_corpus(TUNING_CORPUS)]
    keyed = [rule for rule in ruleset.rules if rule.key_regex is not None]
    assert len(keyed) > len(ruleset.rules) / 2
    assert {"origin.id_prefix", "age.birth_year_limit", "origin.no_accent"} <= {rule.rule_id for rule in keyed}
    for rule in keyed:
        for text in texts:
            if rule.key_regex.search(text) is None:
                assert rule.regex.search(text) is None, (rule.rule_id, text)


# ---- normalisation -----------------------------------------------------------------------------------


def test_normaliser_keeps_a_map_to_the_original_offsets():
    normalise = normaliser_from({"nfkc": True, "lowercase": True, "strip_spaces": True, "strip": "·",
                                 "strip_categories": ["So"], "char_map": {"僅": "仅"}})
    result = normalise("僅限 女·性✿，FEMALE  only\n男")
    assert result.text == "仅限女性,female only\n男"
    assert result.original_span(0, 4) == (0, 6)
    start = result.text.index("female")
    assert result.original_span(start, start + 11) == (8, 20)
    assert result.text.endswith("\n男")


def test_version_one_normalisation_only_folds_full_width():
    normalise = normaliser_from(None)
    assert normalise("限 男，１６５").text == "限 男,165"


# ---- versions and city extensions --------------------------------------------------------------------


def test_shipped_versions_and_unknown_version(ruleset):
    """BJ-38-3: the term list is versioned data; the newest is the default; an unknown version is refused."""
    assert available_versions()[-2:] == ["1", "2"]
    assert ruleset.version == "2"
    assert [f.ruleset_version for f in screen_text("限男，35岁以下。", ruleset)] == ["2", "2"]
    with pytest.raises(LookupError):
        load_ruleset("999")


def test_version_one_still_loads_and_screens_as_before():
    """BJ-38-3: findings recorded under version 1 stay reproducible."""
    v1 = load_ruleset("1")
    assert v1.version == "1" and v1.grounds["sex"].articles == (EPL + "第二十七条", WRPL + "第四十三条")
    assert _summary(screen_text("限男，35岁以下。", v1)) == [("限男", "sex", 0, 2), ("35岁以下", "age", 3, 8)]
    assert screen_text("农村户口者不予录用", v1) == []


CITY_EXTRA = {
    "name": "haidian",
    "version": "2",
    "grounds": {"school_tier": {"label": "院校层次", "articles": [EPL + "第三条"]}},
    "rules": [{"id": "city.school_tier", "ground": "school_tier", "pattern": r"(?:985|211)(?:院校|高校)?{{GATE_AFTER}}"}],
    "allow": [{"id": "city.allow.population", "pattern": r"户籍人口统计"}],
}


def test_city_rules_written_for_version_one_work_on_the_newest_version(ruleset):
    """BJ-38-3: a city's extension (using the version-1 names such as {{GATE_AFTER}}) compiles on version 2."""
    text = "985院校优先，有实习经历。"
    assert screen_text(text, ruleset) == []
    extended = load_ruleset(extra=CITY_EXTRA)
    assert extended.version == "2+haidian.2"
    [finding] = screen_text(text, extended)
    assert (finding.phrase, finding.ground, finding.ground_label, finding.rule_id, finding.ground_kind) == (
        "985院校优先", "school_tier", "院校层次", "city.school_tier", "configurable")
    assert [f.ground for f in screen_text("限男。", extended)] == ["sex"]


def test_city_allow_list_entry_suppresses_a_shipped_rule(ruleset):
    text = "负责本地户籍人口统计。"
    assert [f.ground for f in screen_text(text, ruleset)] == ["hukou_place"]
    assert screen_text(text, load_ruleset(extra=CITY_EXTRA)) == []


def test_city_adds_terms_to_a_shipped_ground_with_the_shipped_constructions(ruleset):
    """BJ-38-3: a city adds vocabulary to a statutory ground; the constructions apply to it."""
    extra = {"name": "city", "version": "3", "vocabularies": {
        "origin": [{"id": "city_areas", "terms": ["海淀人"], "constructions": ["restrict", "exclude"]}]},
        "neutral_tokens": {"sex": ["男团"]}}
    extended = load_ruleset(extra=extra)
    assert screen_text("海淀人勿扰。", ruleset) == []
    assert [(f.phrase, f.rule_id) for f in screen_text("海淀人勿扰。", extended)] == [
        ("海淀人勿扰", "origin.city_areas.exclude.1")]
    assert "男团" in extended.grounds["sex"].neutral_tokens


def test_city_parameters_change_the_age_ceiling_threshold(ruleset):
    assert [f.phrase for f in screen_text("年龄18-55岁。", ruleset)] == ["18-55岁"]
    lowered = load_ruleset(extra={"name": "test", "version": "1", "parameters": {"age_ceiling_exempt_from": 55}})
    assert screen_text("年龄18-55岁。", lowered) == []
    assert [f.phrase for f in screen_text("年龄18-54岁。", lowered)] == ["18-54岁"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"version": "1"}, "name"),
        ({"name": "x", "version": "1", "rules": [{"id": "sex.main", "ground": "sex", "pattern": "x"}]}, "duplicate"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "nope", "pattern": "x"}]}, "unknown ground"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "sex", "pattern": "("}]}, "invalid regular expression"),
        ({"name": "x", "version": "1", "rules": [{"id": "x.1", "ground": "sex", "pattern": "{{NOPE}}"}]}, "unknown definition"),
        ({"name": "x", "version": "1", "grounds": {"sex": {"label": "性别", "articles": ["x"]}}}, "already exists"),
        ({"name": "x", "version": "1", "vocabularies": {"nope": [{"id": "a", "terms": ["x"]}]}}, "unknown ground"),
        ({"name": "x", "version": "1", "vocabularies": {"sex": [{"id": "a", "terms": ["x"], "constructions": ["nope"]}]}},
         "unknown construction"),
        ({"name": "x", "version": "1", "vocabularies": {"sex": [{"id": "a", "terms": []}]}}, "at least one term"),
        ({"name": "x", "version": "1", "constructions": {"restrict": {"patterns": ["x"]}}}, "already exists"),
    ],
)
def test_malformed_city_rules_are_refused(extra, message):
    """BJ-38-3: a malformed extension of the configurable list is refused rather than silently screening less."""
    with pytest.raises(RuleSetError, match=message):
        load_ruleset(extra=extra)
