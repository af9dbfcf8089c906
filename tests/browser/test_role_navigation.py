"""Browser: every demo role logs in and opens every entry of its own menu; each opens with something that role can
act on, and no page shows an internal identifier (status codes, field names, setting keys)."""
import io
import re

import pytest
from django.core.management import call_command

from careerguide.common.demo_data import DEMO_PASSWORD
from careerguide.occupations.services import occupations_seed_defaults
from careerguide.policy.registry import SETTINGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# One demo account per role and level (README, seed_demo), portal kinds included.
ACCOUNTS = ["city.admin", "city.analyst", "d01.head", "d01.counsellor", "d01.officer", "s0101.counsellor",
            "s0101.caseworker", "s0301.officer", "k010101.assistant", "seeker.demo", "agent.demo",
            "expert.lin", "studio.donghu"]  # an appointed expert; the agent of a unit hosting a studio

# Internal names that must never reach a screen: status codes, field names and setting keys.
INTERNAL_NAMES = [
    # status codes
    "under_review", "returned", "published", "withdrawn", "expired", "in_service", "routed_to_assistance",
    "stopped_no_contact", "services_stopped", "not_hired", "interviewed", "pending", "front_desk", "job_ready",
    "agreement_signed", "in_progress", "overdue",
    # field names
    "requirements", "job_content", "employer_profile", "social_insurance", "occupation_code", "occupation",
    "skill_level", "working_pattern", "filled_count", "job_start", "service_type", "ledger_entry", "channel",
    "registration", "id_number", "credit_code", "valid_until", "headcount",
    # setting keys
    *SETTINGS.keys(),
]
# A person's own worklist and inbox may be empty (nothing due); they must still open with their heading.
PERSONAL = {"我的工作", "消息"}
# Worklists that fill only as records age past their re-check period, which the demo city's records have not.
FILLED_BY_TIME = {"信息复核"}
# Pages of the API tool, not of the workbench.
TOOLS = {"接口文档"}
INTERNAL = re.compile(r"(?<![\w.])(" + "|".join(re.escape(name) for name in INTERNAL_NAMES) + r")(?![\w.])")
# A value printed as Python shows it: a dict or list of codes ({'worker': 3}), a tuple list, an object's repr.
PYTHON_REPR = re.compile(r"\{'\w+': |\[\('|\[<\w+|<\w+ object at |\bNone\b")


def _leaks(text: str) -> list[str]:
    return sorted(set(INTERNAL.findall(text)) | set(PYTHON_REPR.findall(text)))

MAIN_CONTENT = """() => {
  const main = document.querySelector('main');
  if (!main) return {h1: '', actionable: 0, text: '', no_main: true};
  const h1 = main.querySelector('h1');
  const actionable = main.querySelectorAll(
    'a[href]:not([href^="#"]), button, input:not([type=hidden]), select, textarea, tbody tr').length;
  const row = main.querySelector('tbody tr a[href^="/"]:not([href*="?"])');
  return {h1: h1 ? h1.innerText.trim() : '', actionable, text: main.innerText, first: row ? row.getAttribute('href') : ''};
}"""


def _log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state()


def _menu(page, live_server, username):
    """The entries of the user's own menu: the staff side menu, or the portal users' own page."""
    if page.locator("nav[aria-label='功能导航']").count():
        links = page.locator("nav[aria-label='功能导航'] a.nav-link")
    else:
        page.goto(f"{live_server.url}/me/")
        links = page.get_by_test_id("portal-nav").locator("a")
    entries = [(links.nth(i).inner_text().strip(), links.nth(i).get_attribute("href")) for i in range(links.count())]
    return [(label, href) for label, href in entries if label != "修改密码"]


def _record_problems(page, live_server, username, label, href):
    response = page.goto(live_server.url + href)
    if response.status != 200 or "html" not in (response.headers.get("content-type") or ""):
        return [] if response.status == 200 else [(username, label, href, response.status)]
    shown = page.evaluate(MAIN_CONTENT)
    leaked = _leaks(shown["text"])
    return [(username, label, href, leaked)] if leaked else []


def test_every_role_opens_every_entry_of_its_menu(page, live_server):
    occupations_seed_defaults()  # a browser test before this one may have emptied the reference tables
    call_command("seed_demo", job_seekers=5, stdout=io.StringIO())
    problems, menus, opened = [], {}, set()
    for username in ACCOUNTS:
        page.context.clear_cookies()
        _log_in(page, live_server, username)
        entries = _menu(page, live_server, username)
        menus[username] = {label for label, _href in entries}
        assert entries, username
        for label, href in entries:
            response = page.goto(live_server.url + href)
            if response.status != 200:
                problems.append((username, label, response.status))
                continue
            if "html" not in (response.headers.get("content-type") or "") or label in TOOLS:
                continue
            shown = page.evaluate(MAIN_CONTENT)
            leaked = _leaks(shown["text"])
            empty = shown["actionable"] == 0 and label not in PERSONAL | FILLED_BY_TIME
            if not shown["h1"] or empty or leaked:
                problems.append((username, label, href, shown["h1"], shown["actionable"], leaked))
            if shown["first"] and shown["first"] not in opened:  # and the first record it lists
                opened.add(shown["first"])
                problems += _record_problems(page, live_server, username, label, shown["first"])
    assert problems == [], "\n".join(map(str, problems))
    # Staff entries stay with staff; the review queue only where postings are reviewed (BJ-39-4).
    assert "本单位工作室" not in menus["seeker.demo"] and "招聘信息审核" not in menus["seeker.demo"]
    assert "招聘信息审核" in menus["d01.officer"]
    # The expert's and the studio host's portal pages are theirs alone.
    assert "我的专家工作台" in menus["expert.lin"] and "本单位工作室" in menus["studio.donghu"]
    assert not {"我的专家工作台", "本单位工作室"} & (menus["seeker.demo"] | menus["agent.demo"])
    assert not {"招聘信息审核"} & (menus["s0101.counsellor"] | menus["s0301.officer"] | menus["k010101.assistant"])
