"""Statistics periods on the labour-market and ledger-statistics pages: wrong dates are refused with a message."""
import datetime as dt

import pytest
from django.urls import reverse

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user
from careerguide.common.periods import period_from_query

START, END = dt.date(2026, 3, 1), dt.date(2026, 3, 15)


def test_a_well_formed_period_is_used():
    period = period_from_query({"from": "2026-01-05", "to": "2026-02-01"}, default_start=START, default_end=END)
    assert (period.start, period.end, period.error) == (dt.date(2026, 1, 5), dt.date(2026, 2, 1), "")


@pytest.mark.parametrize("query, says", [
    ({"from": "2026-13-01"}, "不是有效日期"),
    ({"to": "3月5日"}, "不是有效日期"),
    ({"from": "2026-03-10", "to": "2026-03-01"}, "不能晚于"),
])
def test_a_wrong_period_keeps_the_default_and_says_why(query, says):
    period = period_from_query(query, default_start=START, default_end=END)
    assert (period.start, period.end) == (START, END)
    assert says in period.error


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["labour_market:dashboard", "ledgers:statistics"])
def test_pages_refuse_a_start_after_the_end(client, city, url_name):
    client.force_login(make_user("period-head", city.d1, [Role.UNIT_HEAD]))
    response = client.get(reverse(url_name), {"from": "2026-03-10", "to": "2026-03-01"})
    assert response.status_code == 200
    assert "不能晚于" in response.content.decode()
    response = client.get(reverse(url_name), {"from": "2026-02-30"})
    assert "不是有效日期" in response.content.decode()


@pytest.mark.django_db
def test_export_with_a_wrong_period_goes_back_with_the_message(client, city):
    client.force_login(make_user("period-analyst", city.city, [Role.ANALYST]))
    response = client.get(reverse("labour_market:export"), {"from": "x"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("labour_market:dashboard")
    assert "不是有效日期" in response.content.decode()


@pytest.mark.django_db
def test_export_has_a_chinese_file_name(client, city):
    client.force_login(make_user("period-analyst-2", city.city, [Role.ANALYST]))
    response = client.get(reverse("labour_market:export"), {"from": "2026-01-01", "to": "2026-01-31"})
    disposition = response["Content-Disposition"]
    assert "supply-demand" not in disposition
    assert "%E4%BA%BA%E5%8A%9B%E8%B5%84%E6%BA%90" in disposition  # 人力资源, percent-encoded
