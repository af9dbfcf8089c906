"""A small agency tree for tests: one city, two districts (one a development area),
streets under each, and a community station."""
from types import SimpleNamespace

from careerguide.organisations.levels import UnitLevel
from careerguide.organisations.services import unit_create


def build_city() -> SimpleNamespace:
    city = unit_create(actor=None, name="测试市就业服务中心", code="T-C", level=UnitLevel.CITY)
    d1 = unit_create(actor=None, name="甲区就业服务中心", code="T-D1", level=UnitLevel.DISTRICT, parent=city)
    d2 = unit_create(actor=None, name="开发区就业服务中心", code="T-D2", level=UnitLevel.DISTRICT, parent=city, is_development_area=True)
    s11 = unit_create(actor=None, name="甲区一街道", code="T-S11", level=UnitLevel.STREET, parent=d1)
    s12 = unit_create(actor=None, name="甲区二街道", code="T-S12", level=UnitLevel.STREET, parent=d1)
    s21 = unit_create(actor=None, name="开发区一街道", code="T-S21", level=UnitLevel.STREET, parent=d2)
    k111 = unit_create(actor=None, name="一街道甲社区", code="T-K111", level=UnitLevel.COMMUNITY, parent=s11)
    return SimpleNamespace(city=city, d1=d1, d2=d2, s11=s11, s12=s12, s21=s21, k111=k111)
