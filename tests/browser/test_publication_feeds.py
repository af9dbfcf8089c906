"""Browser: the public feed of published vacancies, fetched as a channel would, validates as JSON Feed and as Atom
(BJ-53-1)."""
import json
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from careerguide.matching.tests.factories import at, published_vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_vacancy_feed_validates_as_json_and_as_atom(page, live_server, city, staff):
    """BJ-53-1: the feed index links both forms; the JSON parses as JSON Feed 1.1 and the Atom as an Atom 1.0 feed
    with its namespace, the feed's id, title and updated and each entry's id, title, updated and link."""
    cache.clear()
    vacancy = published_vacancy(staff, city, now=at(2026, 3, 2), headcount=3)
    page.goto(f"{live_server.url}/labour-market/feeds/")
    expect(page.get_by_test_id("feeds")).to_contain_text("招聘信息")

    response = page.request.get(f"{live_server.url}/labour-market/feeds/vacancies.json")
    assert response.ok and response.headers["content-type"].startswith("application/feed+json")
    body = json.loads(response.text())
    assert body["version"] == "https://jsonfeed.org/version/1.1" and body["title"] == "招聘信息"
    assert [item["url"] for item in body["items"]] == [f"{live_server.url}/vacancies/public/{vacancy.pk}/"]
    assert {"id", "title", "content_text", "date_published"} <= set(body["items"][0])

    response = page.request.get(f"{live_server.url}/labour-market/feeds/vacancies.atom")
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.body())
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    for name in ("id", "title", "updated"):
        assert (entry.findtext(f"{ATOM}{name}") or "").strip(), name
    assert entry.find(f"{ATOM}link").get("href") == f"{live_server.url}/vacancies/public/{vacancy.pk}/"
    assert "仓库分拣员" in entry.findtext(f"{ATOM}title")

    page.goto(f"{live_server.url}/vacancies/public/{vacancy.pk}/")
    expect(page.locator("h1")).to_contain_text("仓库分拣员")
