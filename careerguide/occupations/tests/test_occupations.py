"""The occupational classification: code shape, hierarchy, seed and the CSV import command."""
import pytest
from django.core.management import CommandError, call_command

from careerguide.occupations.codes import CodeError, check_rows, code_level, parent_code
from careerguide.occupations.models import Occupation
from careerguide.occupations.selectors import occupation_search


@pytest.mark.parametrize("code, level, parent", [("2", 1, None), ("2-02", 2, "2"), ("2-02-10", 3, "2-02"),
                                                 ("2-02-10-01", 4, "2-02-10")])
def test_code_shape_and_parent(code, level, parent):
    assert (code_level(code), parent_code(code)) == (level, parent)


@pytest.mark.parametrize("code", ["9", "0-01", "2-2", "2-02-10-01-01", "2_02", ""])
def test_bad_codes_are_refused(code):
    with pytest.raises(CodeError):
        code_level(code)


def test_rows_need_a_parent_a_name_and_no_duplicates():
    problems = check_rows([(2, "2-99-01", "x"), (3, "3-01", ""), (4, "3-01", "y")], known_codes={"2", "3"})
    assert [p.line for p in problems] == [2, 3, 4]


@pytest.mark.django_db
def test_seed_has_the_eight_major_groups_and_common_occupations():
    assert Occupation.objects.filter(level=1).count() == 8
    assert occupation_search(query="养老").filter(level=4).exists()


@pytest.mark.django_db
def test_import_command_loads_a_valid_file_and_refuses_a_bad_one_whole(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("职业代码,职业名称\n4-07-03,社区服务人员\n4-07-03-01,社区网格员\n4-07-01-02,养老护理员（更新）\n", encoding="utf-8")
    call_command("occupations", "import", str(good))
    assert Occupation.objects.get(code="4-07-03-01").parent.code == "4-07-03"
    assert Occupation.objects.get(code="4-07-01-02").name == "养老护理员（更新）"
    bad = tmp_path / "bad.csv"
    bad.write_text("职业代码,职业名称\n4-07-04,新增中类下小类\n9-01-01-01,无效\n", encoding="utf-8")
    count = Occupation.objects.count()
    with pytest.raises(CommandError):
        call_command("occupations", "import", str(bad))
    assert Occupation.objects.count() == count
