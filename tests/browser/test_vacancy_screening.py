"""Browser journey: a requirement that excludes rural household registration, in a sentence of the frozen held-out
corpus, is caught by the screening, blocks approval, and comes back to the employer with the phrase highlighted
and the legal basis shown."""
import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from careerguide.vacancies.tests.factories import make_agent, make_registered_employer
from careerguide.workdays.services import calendar_years_seed_from_package
from tests.browser.test_vacancy_review import log_in, open_in_queue, open_own_posting, review_all_pass, submit_posting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.req("BJ-38-3")]

TITLE = "装配线操作工"
PHRASE = "农业户籍人员不予录用"  # a sentence of held-out batch G, which the rules were never tuned on
HELDOUT = Path(__file__).resolve().parents[2] / "careerguide/vacancies/tests/data/screening_heldout_g.tsv"
ARTICLE = "《中华人民共和国就业促进法》第三十一条"


def test_rural_household_exclusion_is_returned_with_phrase_and_legal_basis(page, live_server, city, staff):
    """BJ-38-3: “农业户籍人员不予录用” (from the held-out corpus) is found, shown to the reviewer with its article, and
    returned to the agent with the phrase marked and the legal basis beside it."""
    assert f"{PHRASE}。\t1\trural_hukou" in HELDOUT.read_text(encoding="utf-8")
    calendar_years_seed_from_package()
    employer = make_registered_employer(staff.s11_officer, city.s11)
    make_agent(employer, "agent-screening")
    valid_until = (timezone.localdate() + dt.timedelta(days=30)).isoformat()

    log_in(page, live_server, "agent-screening")
    submit_posting(page, live_server, valid_until=valid_until, **{
        "岗位名称": TITLE, "职业": "电子设备装配工", "工作内容": "负责主板装配与检测。",
        "招录条件": f"初中以上学历，能适应两班倒，{PHRASE}。"})

    # The reviewer sees the finding with its ground and article, and cannot pass it over.
    log_in(page, live_server, "d1-counsellor")
    open_in_queue(page, live_server, TITLE)
    findings = page.get_by_test_id("findings")
    for text in (PHRASE, "农村户籍", ARTICLE):
        expect(findings).to_contain_text(text)
    expect(page.get_by_test_id("finding-basis-requirements")).to_contain_text(ARTICLE)
    review_all_pass(page)
    expect(page.get_by_test_id("status")).to_have_text("退回修改")

    # The agent sees the phrase marked in the requirements and the legal basis beside it and in the notice.
    log_in(page, live_server, "agent-screening")
    open_own_posting(page, live_server, TITLE, "退回修改")
    expect(page.locator("[data-field=requirements] mark")).to_have_text(PHRASE)
    basis = page.get_by_test_id("finding-basis-requirements")
    expect(basis).to_contain_text(ARTICLE)
    expect(basis).to_contain_text("农村劳动者进城就业")
    expect(page.get_by_test_id("defects")).to_contain_text(ARTICLE)
