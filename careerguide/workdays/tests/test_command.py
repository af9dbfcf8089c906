"""``manage.py workdays``: add, check, import, years, seed."""
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careerguide.audit.models import AuditEvent
from careerguide.workdays.models import CalendarYear
from careerguide.workdays.tests.samples import TEST_2027_CSV

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("workdays", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-02-12", "5", "2026-02-26"),
        ("2018-09-28", "10", "2018-10-17"),
        ("2025-09-26", "5", "2025-10-10"),
        ("2026-03-11", "-2", "2026-03-09"),
    ],
)
def test_add_prints_one_iso_date(start, n, expected):
    """BJ-21-9, CZ-7-8: the N-th working day after the trigger date, which is not counted."""
    assert run("add", start, n) == expected + "\n"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-02-14", "workday"),  # Saturday make-up working day
        ("2026-10-10", "workday"),  # Saturday make-up working day
        ("2026-02-16", "holiday"),  # Spring Festival
        ("2026-10-05", "holiday"),  # National Day
        ("2026-03-07", "holiday"),  # an ordinary Saturday
        ("2026-03-09", "workday"),
    ],
)
def test_check_prints_workday_or_holiday(day, expected):
    """BJ-21-8: make-up weekends are working days, statutory holidays and ordinary weekends are not."""
    assert run("check", day) == expected + "\n"


@pytest.mark.parametrize("args", [("add", "2026-12-28", "5"), ("check", "2027-01-04"), ("add", "2004-01-05", "-5")])
def test_unloaded_year_is_an_error(args):
    """CZ-7-9: no Monday-to-Friday fallback for a year that is not loaded."""
    with pytest.raises(CommandError, match="年的工作日历（法定节假日和调休上班日）尚未载入"):
        run(*args)


@pytest.mark.parametrize("bad", ["2026-2-12", "20260212", "tomorrow"])
def test_bad_date_is_an_error(bad):
    with pytest.raises(CommandError, match="应为YYYY-MM-DD格式"):
        run("check", bad)


def test_import_then_count_across_the_year_end(tmp_path):
    """BJ-21-8, CZ-7-9: the system (no actor) loads 2027 from a file; periods then reach into 2027."""
    path = tmp_path / "2027.csv"
    path.write_text(TEST_2027_CSV, encoding="utf-8")
    assert run("import", str(path), "--year", "2027", "--notice", "测试") == "2027: 33 days loaded\n"
    assert run("add", "2026-12-28", "5") == "2027-01-05\n"
    assert run("check", "2027-02-20") == "workday\n"
    event = AuditEvent.objects.latest("seq")
    assert (event.action, event.actor, event.object_type) == ("create", None, "workdays.calendaryear")
    assert CalendarYear.objects.get(year=2027).source == "import"
    assert run("years").splitlines()[-1] == "2027\timport\t29\t4"
    with pytest.raises(CommandError, match="已载入"):
        run("import", str(path))
    assert run("import", str(path), "--replace") == "2027: 33 days loaded\n"


def test_import_errors_save_nothing(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,makeup_workday,春节\n", encoding="utf-8")
    audit = AuditEvent.objects.count()
    with pytest.raises(CommandError, match="2027-01-04（星期一）是工作日，不能登记为调休上班日"):
        run("import", str(path))
    with pytest.raises(CommandError, match="与--year 2028不符"):
        run("import", str(path), "--year", "2028")
    with pytest.raises(CommandError, match="无法读取文件"):
        run("import", str(tmp_path / "missing.csv"))
    assert not CalendarYear.objects.filter(year=2027).exists() and AuditEvent.objects.count() == audit


def test_years_lists_the_loaded_years():
    lines = run("years").splitlines()
    assert lines[0].startswith("2004\tpackage\t") and lines[-1] == "2026\tpackage\t33\t6"


def test_seed():
    assert run("seed") == "nothing to seed\n"
    CalendarYear.objects.filter(year=2026).delete()
    assert run("seed") == "2026\n"
    assert run("check", "2026-02-14") == "workday\n"
