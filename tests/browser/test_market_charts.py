"""Browser: on the labour-market page the bar chart's title and legend sit apart (title above, legend below)."""
import pytest

from careerguide.accounts.roles import Role
from careerguide.accounts.tests.factories import make_user

from .test_shell import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BOXES = """() => {
  const chart = echarts.getInstanceByDom(document.getElementById('chart-ratio'));
  const texts = chart.getZr().storage.getDisplayList().filter(el => el.style && el.style.text)
    .map(el => { const r = el.getBoundingRect().clone(); r.applyTransform(el.getComputedTransform());
                 return {text: el.style.text, top: r.y, bottom: r.y + r.height}; });
  return texts;
}"""


def test_bar_chart_title_does_not_overlap_its_legend(page, live_server, city):
    make_user("charts-analyst", city.city, [Role.ANALYST])
    log_in(page, live_server, "charts-analyst")
    page.goto(f"{live_server.url}/labour-market/")
    page.wait_for_function("window.echarts && echarts.getInstanceByDom(document.getElementById('chart-ratio'))")
    texts = page.evaluate(BOXES)
    title = next(t for t in texts if t["text"] == "分职业求职与需求人数")
    legend = [t for t in texts if t["text"] in ("求职人数", "需求人数")]
    assert len(legend) == 2
    assert all(item["top"] >= title["bottom"] or item["bottom"] <= title["top"] for item in legend)
