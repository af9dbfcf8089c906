"""Loading a year: parsing the import file, refusals that save nothing, replacement, audit."""
from datetime import date

import pytest

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.workdays.models import CalendarDay, CalendarVersion, CalendarYear
from careerguide.workdays.services import (
    calendar_year_load,
    calendar_year_parse,
    calendar_years_seed_from_package,
    entries_year,
)
from careerguide.workdays.tests.samples import TEST_2027_CSV, TEST_2027_HOLIDAYS, TEST_2027_MAKEUP_WORKDAYS

pytestmark = pytest.mark.django_db
D = date


def state():
    return (CalendarYear.objects.count(), CalendarDay.objects.count(), AuditEvent.objects.count(),
            CalendarVersion.objects.get(pk=1).token)


# -- parsing -------------------------------------------------------------------


def test_parse_the_sample_file():
    entries = calendar_year_parse(text=TEST_2027_CSV)
    assert len(entries) == TEST_2027_HOLIDAYS + TEST_2027_MAKEUP_WORKDAYS
    assert entries[0] == (D(2027, 1, 1), "holiday", "元旦")
    assert (D(2027, 2, 20), "makeup_workday", "春节") in entries
    assert entries_year(entries=entries) == 2027


def test_parse_accepts_excel_output():
    """UTF-8 with a byte-order mark, CRLF line ends, YYYY/M/D dates and Chinese kinds, as Excel saves them."""
    data = "\ufeff日期,类型,名称\r\n2027/1/1,法定节假日,元旦\r\n\r\n2027/2/20,调休上班日,春节\r\n".encode()
    assert calendar_year_parse(text=data) == [(D(2027, 1, 1), "holiday", "元旦"), (D(2027, 2, 20), "makeup_workday", "春节")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "文件为空：第一行应为表头“date,kind,name”，其后每行一个节假日或调休上班日。"),
        ("when,what\n2027-01-01,holiday", "第1行：表头应为“date,kind,name”（或“日期,类型,名称”），实际为“when,what”。"),
        ("date,kind,name\n2027-02-30,holiday,春节", "第2行：日期“2027-02-30”无效，应为YYYY-MM-DD格式，如2027-01-01。"),
        ("# test\ndate,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,day-off,元旦",
         "第4行：类型“day-off”无效，应为holiday（法定节假日）或makeup_workday（调休上班日）。"),
        ("date,kind,name\n2027-01-01,holiday", "第2行：应有3列（日期,类型,名称），实际有2列。"),
        ("date,kind,name\n2027-01-01,holiday,", "第2行：缺少名称（如“春节”）。"),
        ("date,kind,name\n2027-01-01,holiday,元旦\n\n2027-01-01,holiday,元旦", "第4行：日期2027-01-01与第2行重复。"),
    ],
)
def test_parse_errors_name_the_line(text, message):
    with pytest.raises(DomainError) as exc:
        calendar_year_parse(text=text)
    assert exc.value.messages == [message]


def test_parse_reports_every_bad_line():
    with pytest.raises(DomainError) as exc:
        calendar_year_parse(text="date,kind,name\n2027-13-01,holiday,元旦\n2027-01-02,holiday,元旦\n2027-01-03,x,元旦")
    assert [m[:3] for m in exc.value.messages] == ["第2行", "第4行"]


def test_parse_refuses_non_utf8():
    with pytest.raises(DomainError) as exc:
        calendar_year_parse(text="date,kind,name\n2027-01-01,holiday,元旦".encode("gbk"))
    assert "UTF-8" in exc.value.messages[0]


def test_entries_of_several_years_are_refused():
    with pytest.raises(DomainError) as exc:
        entries_year(entries=[(D(2026, 12, 31), "holiday", "x"), (D(2027, 1, 1), "holiday", "元旦")])
    assert exc.value.messages == ["文件包含多个年度（2026、2027）的日期，请每次只导入一个年度。"]


# -- loading -------------------------------------------------------------------


def test_load_a_new_year_is_audited(staff):
    """BJ-21-8: a city administrator loads a year; one audit event records the full schedule."""
    before = state()
    loaded = calendar_year_load(actor=staff.city_admin, year=2027, entries=calendar_year_parse(text=TEST_2027_CSV),
                                source="import", notice="测试用通知")
    assert (loaded.year, loaded.source, loaded.loaded_by, loaded.notice) == (2027, "import", staff.city_admin, "测试用通知")
    assert loaded.days.filter(kind="holiday").count() == TEST_2027_HOLIDAYS
    assert loaded.days.filter(kind="makeup_workday").count() == TEST_2027_MAKEUP_WORKDAYS
    event = AuditEvent.objects.latest("seq")
    assert (event.action, event.clause, event.object_type, event.object_id) == ("create", "BJ-21-8", "workdays.calendaryear", str(loaded.pk))
    assert event.actor == staff.city_admin and event.object_unit == staff.city_admin.unit
    assert event.changes["after"]["holidays"] == TEST_2027_HOLIDAYS
    assert event.changes["after"]["days"][0] == "2027-01-01,holiday,元旦"
    assert state()[:3] == (before[0] + 1, before[1] + TEST_2027_HOLIDAYS + TEST_2027_MAKEUP_WORKDAYS, before[2] + 1)
    assert state()[3] != before[3]


def test_system_load_has_no_actor():
    calendar_year_load(actor=None, year=2027, entries=calendar_year_parse(text=TEST_2027_CSV), source="import")
    event = AuditEvent.objects.latest("seq")
    assert event.actor is None and event.object_unit is None
    assert CalendarYear.objects.get(year=2027).loaded_by is None


def test_replacing_a_loaded_year_needs_confirmation_and_keeps_the_old_days_in_the_audit(staff):
    entries = calendar_year_parse(text=TEST_2027_CSV)
    calendar_year_load(actor=staff.city_admin, year=2027, entries=entries, source="import")
    before = state()
    with pytest.raises(DomainError) as exc:
        calendar_year_load(actor=staff.city_admin, year=2027, entries=entries[:5], source="manual")
    assert exc.value.code == "exists" and "year" in exc.value.field_errors
    assert state() == before

    calendar_year_load(actor=staff.city_admin, year=2027, entries=entries[:5], source="manual", replace=True)
    assert CalendarDay.objects.filter(year__year=2027).count() == 5
    assert CalendarYear.objects.get(year=2027).source == "manual"
    event = AuditEvent.objects.latest("seq")
    assert event.action == "update"
    assert len(event.changes["before"]["days"]) == len(entries) and len(event.changes["after"]["days"]) == 5


GOOD = [(D(2027, 1, 1), "holiday", "元旦"), (D(2027, 2, 20), "makeup_workday", "春节")]


@pytest.mark.parametrize(
    ("year", "entries", "message"),
    [
        (2027, GOOD + [(D(2026, 12, 31), "holiday", "元旦")], "2026-12-31（星期四）不属于2027年。"),
        (2027, GOOD + [(D(2027, 1, 1), "holiday", "元旦")], "2027-01-01（星期五）重复出现。"),
        (2027, GOOD + [(D(2027, 2, 19), "makeup_workday", "春节")],
         "2027-02-19（星期五）是工作日，不能登记为调休上班日；调休上班日只能是周六或周日。"),
        (2027, GOOD + [(D(2027, 2, 21), "festival", "春节")], "2027-02-21（星期日）的类型“festival”无效。"),
        (2027, GOOD + [(D(2027, 2, 21), "holiday", " ")], "2027-02-21（星期日）缺少名称。"),
        (2027, [(D(2027, 2, 20), "makeup_workday", "春节")], "2027年的安排中没有任何法定节假日，请核对国务院办公厅的节假日安排通知。"),
        (2027, [], "2027年的安排中没有任何法定节假日，请核对国务院办公厅的节假日安排通知。"),
        (1999, [(D(1999, 1, 1), "holiday", "元旦")], "年度应在2000至2100之间。"),
    ],
)
def test_refusals_save_nothing(staff, year, entries, message):
    """BJ-21-8: a schedule with errors is refused as a whole, with a Chinese message; nothing changes."""
    before = state()
    with pytest.raises(DomainError) as exc:
        calendar_year_load(actor=staff.city_admin, year=year, entries=entries, source="manual")
    assert message in exc.value.messages
    assert state() == before
    assert not CalendarYear.objects.filter(year=year).exclude(source="package").exists()


def test_only_a_city_administrator_may_load(staff):
    before = state()
    with pytest.raises(DomainError) as exc:
        calendar_year_load(actor=staff.s11_counsellor, year=2027, entries=GOOD, source="manual")
    assert exc.value.code == "forbidden"
    assert state() == before


def test_seed_restores_package_years_after_the_table_was_emptied():
    CalendarYear.objects.filter(year__in=[2025, 2026]).delete()
    assert calendar_years_seed_from_package() == [2025, 2026]
    assert CalendarDay.objects.get(date=D(2026, 2, 14)).kind == "makeup_workday"
    assert CalendarYear.objects.get(year=2026).source == "package"
    assert calendar_years_seed_from_package() == []
