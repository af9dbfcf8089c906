"""The publication feeds (BJ-53-1): published vacancies, job fairs, market and analysis reports, the agencies'
centrally published information (BJ-7-4), training classes (BJ-54-2) and, with consent and de-identified,
individual job-seeking information (BJ-53-3); as JSON Feed, Atom or RSS 2.0, cached for a few minutes."""
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_page

from careerguide.accounts.access import public

from ..feeds import ATOM_TYPE, CHANNELS, JSON_TYPE, RSS_TYPE, Feed, FeedItem, atom_feed, json_feed, rss_feed
from ..selectors import (
    feed_fairs,
    feed_job_seekers,
    feed_reports,
    feed_vacancies,
    public_information_list,
    public_training_classes,
)

FEED_CACHE_SECONDS = 300
DEFAULT_LIMIT, MAX_LIMIT = 50, 200


def _vacancies(request, limit):
    items = []
    for v in feed_vacancies(limit=limit):
        version = v.published_version
        pay = f"{version.pay_min or '—'}–{version.pay_max or '—'}元/月"
        district = version.work_district.name if version.work_district_id else ""
        items.append(FeedItem(
            id=request.build_absolute_uri(reverse("vacancies:public_detail", args=[v.pk])),
            title=f"{version.title}（{v.employer.name}）", url=request.build_absolute_uri(
                reverse("vacancies:public_detail", args=[v.pk])),
            summary=_("%(o)s，招用%(n)s人，%(p)s，%(d)s") % {"o": version.occupation_name, "n": version.headcount or "—",
                                                         "p": pay, "d": district},
            published=v.published_at, updated=v.published_at, tags=(version.occupation_name,),
            data={"employer": v.employer.name, "occupation_code": version.occupation_code, "headcount": version.headcount,
                  "pay_min": version.pay_min, "pay_max": version.pay_max, "work_district": district}))
    return items


def _fairs(request, limit):
    items = []
    for f in feed_fairs(limit=limit):
        url = request.build_absolute_uri(reverse("labour_market:public_fair", args=[f.pk]))
        when = f.prepublished_at or timezone.now()
        items.append(FeedItem(id=url, title=f.title, url=url, published=when, updated=f.updated_at,
                              summary=_("%(d)s %(v)s · %(k)s · %(t)s") % {"d": f"{f.fair_date:%Y-%m-%d}", "v": f.venue,
                                                                        "k": f.get_fair_format_display(),
                                                                        "t": f.get_fair_type_display()},
                              tags=(f.get_fair_type_display(),),
                              data={"fair_date": f.fair_date, "venue": f.venue, "unit": f.unit.name, "focus": f.focus}))
    return items


def _reports(request, limit):
    items = []
    for r in feed_reports(limit=limit):
        analysis = hasattr(r, "published_version")
        name = "labour_market:public_analysis" if analysis else "labour_market:public_detail"
        url = request.build_absolute_uri(reverse(name, args=[r.pk]))
        summary = (r.published_version.body or r.published_version.work_content) if analysis else r.analysis
        items.append(FeedItem(id=url, title=r.title, url=url, summary=(summary or r.title)[:500],
                              published=r.published_at, updated=r.updated_at, tags=(r.get_kind_display(),),
                              data={"unit": r.unit.name, "kind": r.kind,
                                    **({"wage_guide": r.data.get("wage_guide", [])} if r.kind == "wage_guide" else {})}))
    return items


def _information(request, limit):
    items = []
    for i in public_information_list()[:limit]:
        url = request.build_absolute_uri(reverse("labour_market:public_information_item", args=[i.pk]))
        items.append(FeedItem(id=url, title=i.title, url=url, summary=i.body[:500], published=i.published_at,
                              updated=i.updated_at, tags=(i.get_category_display(),),
                              data={"unit": i.unit.name, "category": i.category, "link": i.link}))
    return items


def _training(request, limit):
    items = []
    for c in public_training_classes(today=timezone.localdate())[:limit]:
        url = request.build_absolute_uri(reverse("labour_market:public_training_class", args=[c.pk]))
        items.append(FeedItem(
            id=url, title=c.title, url=url, published=c.published_at, updated=c.updated_at, tags=(c.skill,),
            summary=_("%(s)s · %(l)s · %(p)s · %(d)s开班") % {"s": c.skill, "l": c.get_level_display(), "p": c.provider,
                                                            "d": f"{c.starts_on:%Y-%m-%d}"},
            data={"skill": c.skill, "level": c.level, "provider": c.provider, "starts_on": c.starts_on,
                  "district": c.district.name if c.district_id else "", "capacity": c.capacity,
                  "enrol_contact": c.enrol_contact}))
    return items


def _job_seekers(request, limit):
    page = request.build_absolute_uri(reverse("labour_market:public_job_seekers"))
    items = []
    for p in feed_job_seekers(limit=limit):
        title = _("求职：%(o)s（%(r)s）") % {"o": p["sought_occupation"] or _("职业不限"), "r": p["reference"]}
        details = "，".join(v for v in (p["skill_level"], p["education"], p["district"], p["working_pattern"]) if v)
        items.append(FeedItem(id=f"{page}#{p['reference']}", title=title, url=f"{page}#{p['reference']}",
                              summary=details or title, published=p["updated_at"], updated=p["updated_at"],
                              data={k: v for k, v in p.items() if k != "updated_at"}))
    return items


FEEDS = {
    "vacancies": (gettext_lazy("招聘信息"), _vacancies),
    "fairs": (gettext_lazy("招聘会"), _fairs),
    "reports": (gettext_lazy("人力资源市场分析"), _reports),
    "information": (gettext_lazy("就业创业信息"), _information),
    "training": (gettext_lazy("培训开班信息"), _training),
    "job-seekers": (gettext_lazy("个人求职信息"), _job_seekers),
}


def _limit(request) -> int:
    value = request.GET.get("limit", "")
    return min(max(int(value), 1), MAX_LIMIT) if value.isdigit() else DEFAULT_LIMIT


@public
@cache_page(FEED_CACHE_SECONDS)
def feed_view(request, kind, fmt):
    if kind not in FEEDS or fmt not in ("json", "atom", "rss"):
        raise Http404
    title, build = FEEDS[kind]
    feed = Feed(title=str(title), home_url=request.build_absolute_uri(reverse("labour_market:feed_index")),
                feed_url=request.build_absolute_uri(request.path), description=_("公共就业服务信息发布"),
                items=build(request, _limit(request)))
    if fmt == "atom":
        return HttpResponse(atom_feed(feed), content_type=ATOM_TYPE)
    if fmt == "rss":
        return HttpResponse(rss_feed(feed), content_type=RSS_TYPE)
    channel = request.GET.get("channel", "")
    return HttpResponse(json_feed(feed, channel=channel if channel in CHANNELS else ""), content_type=JSON_TYPE)


@public
def feed_index_view(request):
    """Where each channel reads (BJ-53-1)."""
    return render(request, "labour_market/feeds.html", {"feeds": [(kind, str(title)) for kind, (title, _b) in FEEDS.items()]})
