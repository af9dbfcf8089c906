"""Pure rules of the Shandong expert library."""
import pytest

from careerguide.experts.library_rules import (
    Candidate,
    ancestor_paths,
    draw_panel,
    level_allowed_for_unit,
    library_usable_by,
    organisation_key,
    recused,
)
from careerguide.experts.programmes import CZ_TEAM, SD_LIBRARY, programme_spec


@pytest.mark.parametrize("level, keeper, user, usable", [
    ("province", "/1/", "/9/9/", True),          # the province library is usable by all
    ("city", "/1/", "/1/", True),                # at its own level
    ("city", "/1/", "/1/4/17/", True),           # and below
    ("county", "/1/4/", "/1/4/17/", True),
    ("county", "/1/4/", "/1/", False),           # not upwards
    ("county", "/1/4/", "/1/5/", False),         # nor sideways
    ("hei", "/1/4/", "/1/4/", True),
    ("hei", "/1/4/", "/1/4/17/", False),
])
def test_library_usable_at_its_level_and_below(level, keeper, user, usable):
    """SD-9-3: a library serves its level and below; the province library serves all."""
    assert library_usable_by(level=level, keeper_path=keeper, user_path=user) is usable


def test_levels_a_unit_may_keep_and_ancestor_paths():
    """SD-9-1: province, city and HEI libraries at the city; county and HEI libraries at a district."""
    assert level_allowed_for_unit("province", "city") and level_allowed_for_unit("county", "district")
    assert not level_allowed_for_unit("city", "district") and not level_allowed_for_unit("county", "street")
    assert ancestor_paths("/1/4/17/") == ["/1/", "/1/4/", "/1/4/17/"]


def test_recusal_only_for_review_and_evaluation_of_the_own_organisation():
    """SD-9-4: same organisation (ignoring blanks and brackets) is recused for review and evaluation only."""
    c = Candidate(1, "泉城职业技术学院（就业处）")
    assert organisation_key(" 泉城职业技术学院 就业处") == organisation_key("泉城职业技术学院（就业处）")
    assert recused(c, purpose="review", subject_organisation="泉城职业技术学院就业处")
    assert recused(c, purpose="evaluation", subject_organisation="泉城职业技术学院就业处")
    assert not recused(c, purpose="consulting", subject_organisation="泉城职业技术学院就业处")
    assert not recused(c, purpose="review", subject_organisation="岱岳人力资源公司")
    assert not recused(c, purpose="review", subject_organisation="")


def test_draw_panel_excludes_conflicts_and_reports_shortfall():
    """SD-3-2, SD-9-4: judges are drawn from the library after recusal; a short pool is reported."""
    pool = [Candidate(i, "甲单位" if i < 3 else f"单位{i}") for i in range(1, 7)]
    d = draw_panel(pool, size=3, purpose="review", subject_organisation="甲单位", seed=4)
    assert len(d.drawn) == 3 and not {1, 2} & set(d.drawn) and d.shortfall == 0
    assert [x["key"] for x in d.excluded] == [1, 2]
    assert draw_panel(pool, size=3, purpose="review", subject_organisation="甲单位", seed=4).drawn == d.drawn
    short = draw_panel(pool, size=5, purpose="review", subject_organisation="甲单位", seed=1)
    assert short.shortfall == 1


def test_programmes_differ_where_the_rules_differ():
    """SD-9-1: the library has no CZ renewal window or exit grounds and is multi-level."""
    assert programme_spec(CZ_TEAM).renewal_window and programme_spec(CZ_TEAM).exit_grounds
    sd = programme_spec(SD_LIBRARY)
    assert not sd.renewal_window and not sd.exit_grounds and sd.multi_level and not sd.via_application
