"""Publication feeds for the online platform, information screens, newspapers and periodicals, radio and TV, Weibo and
WeChat and mobile apps (BJ-53-1): one list of items, written as JSON Feed 1.1, as Atom 1.0 or as RSS 2.0.

Every channel reads the same feeds; a screen asks for fewer items (`limit`), a press office or a Weibo/WeChat
aggregator for the Atom or the RSS form.  An
item carries only what is public: no personal data, and job seekers only de-identified and with consent (BJ-53-3).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JSON_TYPE = "application/feed+json; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
CHANNELS = ("platform", "screen", "press", "broadcast", "weibo", "wechat", "app")


@dataclass(frozen=True)
class FeedItem:
    id: str
    title: str
    url: str
    summary: str
    published: dt.datetime
    updated: dt.datetime
    tags: tuple[str, ...] = ()
    data: dict = field(default_factory=dict)  # the structured fields a screen or an app lays out itself


@dataclass(frozen=True)
class Feed:
    title: str
    home_url: str
    feed_url: str
    description: str
    items: list[FeedItem]


def _iso(value: dt.datetime) -> str:
    return value.isoformat()


def json_feed(feed: Feed, *, channel: str = "") -> str:
    """The feed as JSON Feed 1.1, with each item's structured fields under the `_careerguide` extension."""
    body = {
        "version": JSON_FEED_VERSION, "title": feed.title, "home_page_url": feed.home_url, "feed_url": feed.feed_url,
        "description": feed.description, "language": "zh-CN",
        "items": [{"id": item.id, "url": item.url, "title": item.title, "content_text": item.summary,
                   "date_published": _iso(item.published), "date_modified": _iso(item.updated), "tags": list(item.tags),
                   "_careerguide": item.data} for item in feed.items],
    }
    if channel:
        body["_careerguide"] = {"channel": channel}
    return json.dumps(body, ensure_ascii=False, default=str)


def atom_feed(feed: Feed) -> str:
    """The feed as Atom 1.0 (RFC 4287): feed id, title and updated; each entry's id, title, updated, link, summary."""
    atom = Atom1Feed(title=feed.title, link=feed.home_url, description=feed.description, feed_url=feed.feed_url,
                     language="zh-hans", feed_guid=feed.feed_url, author_name=feed.title)
    for item in feed.items:
        atom.add_item(title=item.title, link=item.url, description=item.summary, unique_id=item.id,
                      unique_id_is_permalink=False, pubdate=item.published, updateddate=item.updated,
                      categories=list(item.tags))
    return atom.writeString("utf-8")


def rss_feed(feed: Feed) -> str:
    """The feed as RSS 2.0: the channel's title, link and description; each item's title, link, description, a
    guid that is not a permalink (the same id as in the other forms), pubDate and categories."""
    rss = Rss201rev2Feed(title=feed.title, link=feed.home_url, description=feed.description, feed_url=feed.feed_url,
                         language="zh-hans")
    for item in feed.items:
        rss.add_item(title=item.title, link=item.url, description=item.summary, unique_id=item.id,
                     unique_id_is_permalink=False, pubdate=item.published, updateddate=item.updated,
                     categories=list(item.tags))
    return rss.writeString("utf-8")
