"""`manage.py refresh_vacancy_lists [--on DATE]`: the nightly refresh of every matchable person's top 20
published vacancies (`services.nightly`), with a progress bar."""
import datetime as dt
import sys
import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from ...services.nightly import vacancy_lists_refresh


class Command(BaseCommand):
    help = "每日更新：为每位参与匹配的求职者重新计算并保存得分最高的20个已发布岗位。"

    def add_arguments(self, parser):
        parser.add_argument("--on", type=dt.date.fromisoformat, default=None, help="匹配日期（默认今天）")
        parser.add_argument("--batch", type=int, default=5000)

    def handle(self, *args, on, batch, **options):
        started, on = time.perf_counter(), on or timezone.localdate()
        tty = getattr(self.stdout, "isatty", lambda: False)() or sys.stdout.isatty()

        def progress(done, total):
            elapsed = time.perf_counter() - started
            left = elapsed / done * max(0, total - done) if done else 0
            bar = "#" * min(30, int(30 * done / max(total, 1)))
            line = f"[{bar:<30}] {done:,}/{total:,}，已用{elapsed:.0f}秒，预计还需{left:.0f}秒"
            self.stdout.write(f"\r{line}" if tty else line, ending="" if tty else "\n")

        report = vacancy_lists_refresh(on=on, progress=progress, batch=batch)
        if tty:
            self.stdout.write("")
        self.stdout.write(f"已更新{report.persons:,}名求职者的岗位推荐清单（其中{report.listed:,}人有达到推荐分数线的岗位），"
                          f"已发布岗位{report.vacancies:,}条，用时{time.perf_counter() - started:.0f}秒。")
