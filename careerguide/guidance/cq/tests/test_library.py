"""The reference library, its on-site display, the handbooks and their timely update (CQ-4.3-2, CQ-7.1.1-*)."""
import datetime as dt
from urllib.parse import quote

import pytest
from django.urls import reverse

from careerguide.common.errors import DomainError
from careerguide.duties.models import Duty
from careerguide.guidance.cq.selectors import displays_in_effect, policy_item_list, update_duties
from careerguide.guidance.cq.services.library import (
    display_publish,
    handbook_compile,
    policy_item_add,
    policy_item_amend,
    policy_item_repeal,
)
from careerguide.job_seekers.tests.helpers import at

pytestmark = pytest.mark.django_db
FRI = dt.date(2024, 6, 7)  # + 5 working days, Dragon Boat Festival (Monday 10 June) skipped → Monday 17 June


def item(staff, city, title="失业保险金申领办法", **kw):
    return policy_item_add(actor=staff.d1_head, unit=city.d1, title=title, issuer=kw.pop("issuer", "市人力社保局"),
                           doc_number=kw.pop("doc_number", "渝人社发〔2023〕12号"),
                           category=kw.pop("category", "employment_policy"), effective_on=dt.date(2023, 5, 1),
                           summary=kw.pop("summary", "失业后60日内到户籍地或常住地申领。"), now=at(FRI), **kw)


def test_the_library_holds_laws_and_policies_and_counsellors_search_it(client, city, staff):
    """CQ-4.3-2: title, issuer, number, category, effective date, status and last-reviewed date; searchable by
    counsellors; a missing title saves nothing."""
    benefit = item(staff, city)
    item(staff, city, title="就业促进法", issuer="全国人大常委会", doc_number="主席令第70号", category="law",
         summary="国家实行促进就业的方针。")
    assert (benefit.status, benefit.last_reviewed_on, benefit.category) == ("in_force", FRI, "employment_policy")
    assert [i.title for i in policy_item_list(actor=staff.d1_counsellor, q="渝人社发")] == ["失业保险金申领办法"]
    assert [i.title for i in policy_item_list(actor=staff.d1_counsellor, q="人大")] == ["就业促进法"]
    with pytest.raises(DomainError) as exc:
        item(staff, city, title="")
    assert "title" in exc.value.field_errors
    client.force_login(staff.d1_counsellor)
    html = client.get(reverse("guidance:cq:library"), {"q": "失业"}).content.decode()
    assert "失业保险金申领办法" in html and "就业促进法" not in html


def test_items_are_published_for_screens_and_boards_with_their_date(client, city, staff):
    """CQ-7.1.1-1: the public display board shows each published item with its publication date."""
    benefit = item(staff, city)
    display_publish(actor=staff.d1_head, unit=city.s11, item=benefit, channel="e_screen", now=at(FRI))
    html = client.get(reverse("guidance:cq:display_board", args=[city.s11.pk])).content.decode()
    assert "失业保险金申领办法" in html and "2024-06-07" in html and "电子屏幕" in html


def test_handbooks_are_compiled_with_version_and_date(client, city, staff):
    """CQ-7.1.1-2: a handbook assembled from policy items carries its version and compilation date; compiling it
    again is the next version; it prints as a PDF."""
    a, b = item(staff, city), item(staff, city, title="创业担保贷款办法")
    v1 = handbook_compile(actor=staff.d1_head, unit=city.d1, title="求职者政策读本", items=[a], now=at(FRI))
    v2 = handbook_compile(actor=staff.d1_head, unit=city.d1, title="求职者政策读本", items=[a, b],
                          now=at(dt.date(2024, 6, 20)))
    assert (v1.version, v1.compiled_on, v2.version, v2.compiled_on, v2.previous) == (
        1, FRI, 2, dt.date(2024, 6, 20), v1)
    assert set(v2.items.all()) == {a, b}
    with pytest.raises(DomainError):
        handbook_compile(actor=staff.d1_head, unit=city.d1, title="空读本", items=[], now=at(FRI))
    client.force_login(staff.d1_counsellor)
    response = client.get(reverse("guidance:cq:handbook", args=[v2.pk]))
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    assert response["Content-Disposition"] == "inline; filename*=utf-8''" + quote("求职者政策读本-第2版.pdf")


def test_an_amendment_owes_updates_within_five_working_days(city, staff):
    """CQ-7.1.1-3: amended on a Friday, the display and the handbook using the item are owed an update by the fifth
    working day (the holiday skipped); republishing that day is on time, a new handbook version the day after is
    late; an open update is flagged once overdue."""
    benefit = item(staff, city)
    display = display_publish(actor=staff.d1_head, unit=city.s11, item=benefit, channel="bulletin_board", now=at(FRI))
    handbook = handbook_compile(actor=staff.d1_head, unit=city.d1, title="求职者政策读本", items=[benefit], now=at(FRI))
    policy_item_amend(actor=staff.d1_head, item=benefit, summary="失业后90日内申领。", now=at(FRI))
    duties = {d.kind: d for d in Duty.objects.filter(kind__in=["cq_policy_display_update", "cq_handbook_update"])}
    assert {d.due_date for d in duties.values()} == {dt.date(2024, 6, 17)}
    assert [d.overdue for d in update_duties(items_of=[display, handbook], today=dt.date(2024, 6, 17))] == [False, False]
    assert [d.overdue for d in update_duties(items_of=[display, handbook], today=dt.date(2024, 6, 18))] == [True, True]
    new = display_publish(actor=staff.d1_head, unit=city.s11, item=benefit, channel="bulletin_board",
                          now=at(dt.date(2024, 6, 17)))
    handbook_compile(actor=staff.d1_head, unit=city.d1, title="求职者政策读本", items=[benefit],
                     now=at(dt.date(2024, 6, 18)))
    for duty in duties.values():
        duty.refresh_from_db()
    assert (duties["cq_policy_display_update"].status, duties["cq_handbook_update"].status) == ("done", "late_done")
    assert list(displays_in_effect(item=benefit)) == [new] and new.item_revision == 1


def test_a_repealed_item_leaves_the_display_at_once(city, staff):
    """CQ-7.1.1-3: repeal withdraws every display of the item the same day, the handbooks using it are owed an
    update, and it can be neither published nor compiled again."""
    benefit = item(staff, city)
    display_publish(actor=staff.d1_head, unit=city.s11, item=benefit, channel="e_screen", now=at(FRI))
    handbook_compile(actor=staff.d1_head, unit=city.d1, title="求职者政策读本", items=[benefit], now=at(FRI))
    policy_item_repeal(actor=staff.d1_head, item=benefit, now=at(dt.date(2024, 6, 12)))
    assert not displays_in_effect(item=benefit).exists()
    assert benefit.displays.get().withdrawn_on == dt.date(2024, 6, 12)
    assert Duty.objects.get(kind="cq_handbook_update").due_date == dt.date(2024, 6, 19)
    assert not Duty.objects.filter(kind="cq_policy_display_update").exists()
    with pytest.raises(DomainError) as exc:
        display_publish(actor=staff.d1_head, unit=city.s11, item=benefit, channel="e_screen", now=at(dt.date(2024, 6, 12)))
    assert exc.value.code == "policy_item_repealed"
