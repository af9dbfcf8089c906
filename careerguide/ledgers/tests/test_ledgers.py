"""The shared service ledger: immutable entries, corrections, timeliness, PDF with Chinese fonts, .xlsx."""
import datetime as dt
import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from careerguide.audit.models import AuditEvent
from careerguide.common.errors import DomainError
from careerguide.documents.spreadsheets import xlsx_bytes, xlsx_rows
from careerguide.job_seekers.tests.factories import make_job_seeker, register_job_seeker
from careerguide.ledgers.exports import LEDGER_HEADERS, ledger_pdf, ledger_rows
from careerguide.ledgers.models import LedgerEntry
from careerguide.ledgers.rules import entry_is_late
from careerguide.ledgers.selectors import ledger_entries
from careerguide.ledgers.services import ledger_entry_add
from careerguide.workdays.calendar import from_chinese_calendar

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")
CALENDAR = from_chinese_calendar([2026])


@pytest.fixture
def seeker(city, staff):
    return make_job_seeker(staff.s11_counsellor, city.s11, full_name="台账对象")


def add(staff, city, seeker, **kw):
    data = {"actor": staff.s11_counsellor, "ledger": "personal", "subject": seeker, "unit": city.s11, "section": "guidance",
            "service_type": "general_guidance", "occurred_on": dt.date(2026, 3, 2), "summary": "一般性职业指导",
            "now": dt.datetime(2026, 3, 2, 10, tzinfo=TZ)}
    data.update(kw)
    return ledger_entry_add(**data)


@pytest.mark.parametrize(
    "recorded_on, late",
    [(dt.date(2026, 2, 13), False), (dt.date(2026, 2, 14), False), (dt.date(2026, 2, 23), False), (dt.date(2026, 2, 24), True)],
)
def test_entry_timeliness_counts_working_days(recorded_on, late):
    """BJ-17-1: an entry recorded more than 1 working day after the service is flagged.

    Service on Friday 2026-02-13: Saturday 02-14 is a make-up working day (the 1st), 02-15…23 are the
    Spring Festival holiday, so recording on 02-23 is still in time and 02-24 (the 2nd working day) is late."""
    assert entry_is_late(occurred_on=dt.date(2026, 2, 13), recorded_on=recorded_on,
                         workdays_between=CALENDAR.workdays_between, allowed_workdays=1) is late


def test_entries_are_immutable_and_corrections_are_new_entries(city, staff, seeker):
    """BJ-17-3: corrections are new entries, never overwrites; every entry is audited."""
    first = add(staff, city, seeker)
    first.summary = "改写"
    with pytest.raises(ValueError):
        first.save()
    correction = add(staff, city, seeker, summary="更正：专门指导", corrects=first)
    assert [e.summary for e in ledger_entries(subject=seeker)] == ["一般性职业指导", "更正：专门指导"]
    assert correction.corrects == first
    assert AuditEvent.objects.filter(action="ledger_entry", object_id=str(seeker.pk)).count() == 2


def test_late_entry_is_kept_and_flagged(city, staff, seeker):
    """BJ-17-1: a late entry is saved with a quality flag, never refused."""
    entry = add(staff, city, seeker, occurred_on=dt.date(2026, 2, 13), now=dt.datetime(2026, 2, 24, 9, tzinfo=TZ),
                calendar=CALENDAR, late_after_workdays=1)
    assert entry.is_late and LedgerEntry.objects.filter(pk=entry.pk).exists()


def test_bad_entries_save_nothing(city, staff, seeker):
    before = LedgerEntry.objects.count()
    with pytest.raises(DomainError):
        add(staff, city, seeker, occurred_on=dt.date(2026, 3, 3))  # the future
    with pytest.raises(DomainError):
        add(staff, city, seeker, section="nonsense")
    with pytest.raises(DomainError):
        add(staff, city, seeker, summary=" ")
    other = make_job_seeker(staff.s11_counsellor, city.s11)
    with pytest.raises(DomainError):
        add(staff, city, other, corrects=add(staff, city, seeker))
    assert LedgerEntry.objects.count() == before + 1


def test_stored_service_records_carry_their_initiator(city, staff):
    """BJ-2-4: every stored entry says who started the service: a walk-in registration is client-initiated, a
    baseline survey and a proactive call are agency-initiated; an entry without a valid initiator is refused."""
    walk_in = register_job_seeker(staff.s11_counsellor, city.s11, full_name="窗口登记人")
    surveyed = register_job_seeker(staff.s11_counsellor, city.s11, full_name="摸底调查对象", channel="baseline_survey")
    assert {e.initiated_by for e in ledger_entries(subject=walk_in)} == {"client"}
    assert {e.initiated_by for e in ledger_entries(subject=surveyed)} == {"agency"}
    call = add(staff, city, walk_in, section="follow_up", service_type="follow_up_visit", summary="电话回访",
               initiated_by="agency", channel="phone")
    call.refresh_from_db()
    assert (call.initiated_by, call.get_initiated_by_display()) == ("agency", "机构主动")
    before = LedgerEntry.objects.count()
    with pytest.raises(DomainError) as exc:
        add(staff, city, walk_in, initiated_by="staff")
    assert (exc.value.clause, list(exc.value.field_errors)) == ("BJ-2-4", ["initiated_by"])
    assert LedgerEntry.objects.count() == before


def test_staff_only_entries_are_hidden_from_the_person(city, staff, seeker):
    add(staff, city, seeker, summary="内部备注", staff_only=True)
    add(staff, city, seeker, summary="公开记录")
    assert [e.summary for e in ledger_entries(subject=seeker, include_staff_only=False)] == ["公开记录"]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is installed by scripts/setup.sh")
def test_ledger_pdf_embeds_a_chinese_font(city, staff, seeker):
    """BJ-17-2: the ledger prints with its six sections, in Chinese, with the font embedded."""
    add(staff, city, seeker, summary="职业指导记录甲")
    pdf = ledger_pdf(ledger="personal", title="个人服务台账", header_rows=[("姓名", "台账对象")], entries=ledger_entries(subject=seeker))
    assert pdf.startswith(b"%PDF")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.pdf"
        path.write_bytes(pdf)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert any(name in fonts for name in ("WenQuanYi", "Noto", "CJK")) and " yes " in fonts
    for heading in ("求职者基本情况", "求职登记情况", "匹配推荐和求职成功情况", "就业指导情况", "服务跟踪检查情况", "职业指导记录甲"):
        assert heading in text


def test_ledger_xlsx_round_trip(city, staff, seeker):
    add(staff, city, seeker, summary="导出测试")
    data = xlsx_bytes(title="台账", headers=[str(h) for h in LEDGER_HEADERS], rows=ledger_rows(ledger="personal", entries=ledger_entries(subject=seeker)))
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert [c.value for c in sheet[1]][:4] == ["栏目", "服务日期", "服务类型", "摘要"]
    assert sheet["A2"].value == "就业指导情况" and sheet["D2"].value == "导出测试"
    missing, rows = xlsx_rows(data, expected_headers=["摘要", "不存在的列"])
    assert missing == ["不存在的列"] and rows[0][0] == 2 and rows[0][1]["摘要"] == "导出测试"


def test_service_categories_cover_bj_2_2_and_count_every_ledger(city, staff, seeker):
    """BJ-2-2: policy consultation, supply-demand information, wage guide prices, training information, career
    guidance, matching recommendation and follow-up visits are coded service types, counted per category."""
    from careerguide.ledgers.selectors import service_counts_by_category
    from careerguide.ledgers.service_types import ServiceCategory

    assert {c.value for c in ServiceCategory} >= {"policy_consultation", "supply_demand_info", "market_wage_guide_price",
                                                  "training_info", "career_guidance", "matching_recommendation",
                                                  "follow_up_visit"}
    for code in ("policy_advice", "general_guidance", "specialized_guidance", "training_info", "contact",
                 "recommendation", "market_wage_guide_price", "something_new"):
        add(staff, city, seeker, service_type=code)
    first = add(staff, city, seeker, service_type="supply_demand_info")
    add(staff, city, seeker, service_type="supply_demand_info", corrects=first, summary="更正")  # a correction is not a second service
    counts = service_counts_by_category(unit=city.d1, since=dt.date(2026, 3, 1), until=dt.date(2026, 3, 31))
    assert counts == {"policy_consultation": 1, "supply_demand_info": 1, "market_wage_guide_price": 1, "training_info": 1,
                      "career_guidance": 2, "matching_recommendation": 1, "follow_up_visit": 1, "other": 1}
    assert service_counts_by_category(unit=city.d2, since=dt.date(2026, 3, 1), until=dt.date(2026, 3, 31))["other"] == 0


def test_statistics_page_by_child_unit(client, city, staff, seeker):
    """BJ-2-2: the service statistics page shows each category for the units below the actor's, scoped."""
    from django.urls import reverse

    add(staff, city, seeker, service_type="policy_advice")
    client.force_login(staff.d1_head)
    html = client.get(reverse("ledgers:statistics"), {"from": "2026-03-01", "to": "2026-03-31"}).content.decode()
    assert "就业政策法规咨询" in html and "甲区一街道" in html and "<td>1</td>" in html
    client.force_login(staff.d2_counsellor)
    assert client.get(reverse("ledgers:statistics"), {"unit": city.d1.pk}).status_code == 404
