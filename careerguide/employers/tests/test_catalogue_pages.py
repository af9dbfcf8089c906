"""The industry catalogue's staff forms: a new edition, entries while unpublished, publication."""
import pytest

from careerguide.employers.models import IndustryCatalogueEntry, IndustryCatalogueVersion

pytestmark = pytest.mark.django_db
BASE = "/employers/catalogue/do/"


def test_catalogue_edition_entries_and_publication_pages(client, city, staff):
    """BJ-44-2: a city administrator creates an edition, adds prohibited and restricted industries (a malformed
    code is refused in Chinese and nothing saved) and publishes it (BJ-45-7), after which it can no longer be
    chosen for new entries; a district head may not open the forms."""
    client.force_login(staff.city_admin)
    assert "新建目录版本" in client.get("/employers/catalogue/").content.decode()
    page = client.post(f"{BASE}version/", {"title": " ", "edition": "2026年版", "effective_from": "2026-07-01"})
    assert "未保存任何信息" in page.content.decode() and not IndustryCatalogueVersion.objects.exists()
    client.post(f"{BASE}version/", {"title": "新增产业禁止和限制目录", "edition": "2026年版", "effective_from": "2026-07-01"})
    version = IndustryCatalogueVersion.objects.get()
    page = client.post(f"{BASE}entry/", {"version": version.pk, "industry_code": "煤炭", "measure": "prohibited"})
    assert "行业代码应为国民经济行业分类代码" in page.content.decode() and not IndustryCatalogueEntry.objects.exists()
    client.post(f"{BASE}entry/", {"version": version.pk, "industry_code": "c26", "industry_name": "化学原料",
                                  "measure": "restricted", "region": city.d1.pk})
    entry = IndustryCatalogueEntry.objects.get()
    assert (entry.industry_code, entry.region) == ("C26", city.d1)
    page = client.post(f"{BASE}publish/", {"version": version.pk}).content.decode()
    assert "未保存任何信息" in page
    client.post(f"{BASE}publish/", {"version": version.pk, "confirm": "on"})
    version.refresh_from_db()
    assert version.published_at is not None
    page = client.post(f"{BASE}entry/", {"version": version.pk, "industry_code": "C27", "measure": "prohibited"})
    assert IndustryCatalogueEntry.objects.count() == 1 and "未保存任何信息" in page.content.decode()
    client.force_login(staff.d1_head)
    assert client.get(f"{BASE}entry/").status_code == 403
    assert "新建目录版本" not in client.get("/employers/catalogue/").content.decode()
