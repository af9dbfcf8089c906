"""`manage.py warm_matching [--on DATE]`: load this process's in-memory matching copies (the published vacancies
and the matchable persons, `selectors.matching_copies_warm`) and print what each took.  The production server
does the same before it forks its workers (scripts/gunicorn.conf.py); the command shows the cost, and checks
that the copies load, on a given database."""
import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from ... import candidate_store, offer_store
from ...selectors import matching_copies_warm


class Command(BaseCommand):
    help = "预先载入匹配用的内存副本（已发布岗位、可匹配求职者），并报告各自用时。"

    def add_arguments(self, parser):
        parser.add_argument("--on", type=dt.date.fromisoformat, default=None, help="匹配日期（默认今天）")

    def handle(self, *args, on, **options):
        took = matching_copies_warm(on=on or timezone.localdate())
        vacancies, persons = offer_store.store_kept(), candidate_store.store_kept()
        self.stdout.write(f"岗位副本：{vacancies[2]:,}个已发布岗位，{took['vacancies']:.1f}秒；"
                          f"求职者副本：{persons[2]:,}名可匹配求职者，{took['candidates']:.1f}秒")
