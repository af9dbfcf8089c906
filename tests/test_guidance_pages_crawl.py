"""On the demo city, every page of the expert team, the studios, the workforce and the resource library that a
link reaches from their lists opens without a server error, and their lists are not empty."""
import io
import re
from collections import deque

import pytest
from django.core.management import call_command

from careerguide.accounts.models import User

PREFIXES = ("/experts/", "/studios/", "/workforce/", "/resources/", "/employers/catalogue/")
STARTS = ["/experts/applications/", "/experts/members/", "/experts/rounds/", "/experts/library/", "/studios/",
          "/studios/sd/", "/studios/rounds/",
          "/workforce/", "/workforce/hei/", "/workforce/research/", "/workforce/services/", "/workforce/people/",
          "/workforce/recognition/", "/workforce/safeguards/", "/resources/", "/resources/cases/",
          "/employers/catalogue/"]
LINK = re.compile(r'href="(/[^"#?]*)')
NOT_FOLLOWED = re.compile(r"/(export|download|pdf|print|photo|file)/|/reveal/|\.(pdf|csv|xlsx)$")


def _crawl(client, limit=600):
    seen, queue, failures = set(STARTS), deque(STARTS), []
    while queue and len(seen) < limit:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code >= 500:
            failures.append((url, response.status_code))
            continue
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            continue
        for link in LINK.findall(response.content.decode()):
            if link.startswith(PREFIXES) and link not in seen and not NOT_FOLLOWED.search(link):
                seen.add(link)
                queue.append(link)
    return seen, failures


@pytest.mark.django_db
def test_demo_pages_of_the_guidance_apps_open(client):
    call_command("seed_demo", job_seekers=5, stdout=io.StringIO())
    client.force_login(User.objects.get(username="city.admin"))
    for url, text in (("/experts/members/", "林知远"), ("/studios/", "陈立衡"), ("/studios/sd/", "滨江街道职业指导站"),
                      ("/workforce/hei/", "示范市职业技术学院"), ("/resources/cases/", "帮助应届毕业生明确求职方向"),
                      ("/workforce/research/", "智能测评辅助生涯咨询")):
        assert text in client.get(url).content.decode(), url
    seen, failures = _crawl(client)
    assert len(seen) > 60 and failures == []
