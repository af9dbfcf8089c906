"""The starting rows of the lookups city HRSS keeps (pure constants, no Django import): old certificate titles and
their levels (CZ-5-4, a proposal to be checked against the certificate), the occupations whose certificates are
relevant for C1B (CZ-5-6), and the size thresholds of 统计上大中小微型企业划分办法（2017） for the common
industries (CZ-5-9; revenue and assets in 10,000 yuan; a class needs every listed lower limit)."""

OLD_TITLES = [("职业指导员", "career_guidance", 4), ("助理职业指导师", "career_guidance", 3),
              ("职业指导师", "career_guidance", 2), ("高级职业指导师", "career_guidance", 1),
              ("企业人力资源管理员", "hr_management", 4), ("助理企业人力资源管理师", "hr_management", 3),
              ("企业人力资源管理师", "hr_management", 2), ("高级企业人力资源管理师", "hr_management", 1)]
RELEVANT = [("career_guidance", "职业指导"), ("hr_management", "人力资源管理"), ("labour_security_assistant", "劳动保障协理员")]
SME = [
    ("industry", "工业", {"large": {"employees": 1000, "revenue": 40000}, "medium": {"employees": 300, "revenue": 2000}}),
    ("construction", "建筑业", {"large": {"revenue": 80000, "assets": 80000}, "medium": {"revenue": 6000, "assets": 5000}}),
    ("wholesale", "批发业", {"large": {"employees": 200, "revenue": 40000}, "medium": {"employees": 20, "revenue": 5000}}),
    ("retail", "零售业", {"large": {"employees": 300, "revenue": 20000}, "medium": {"employees": 50, "revenue": 500}}),
    ("software", "软件和信息技术服务业", {"large": {"employees": 300, "revenue": 10000},
                                       "medium": {"employees": 100, "revenue": 1000}}),
    ("other", "其他未列明行业", {"large": {"employees": 1000}, "medium": {"employees": 100}}),
]
