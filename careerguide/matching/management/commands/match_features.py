"""`manage.py match_features`: recompute every person's and every published vacancy's match features and
report the drift (rows whose stored features differed from freshly computed ones)."""
import time

from django.core.management.base import BaseCommand

from ...services.features import features_rebuild


class Command(BaseCommand):
    help = "重建全部人岗匹配特征，并报告与重新计算结果不一致的记录数。"

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000)

    def handle(self, *args, batch, **options):
        started = time.perf_counter()

        def progress(what, done, total):
            self.stdout.write(f"{what}: {done:,}/{total:,}")

        report = features_rebuild(progress=progress, batch=batch)
        self.stdout.write(
            f"求职者{report.job_seekers:,}人，其中特征不一致{report.job_seekers_drifted:,}人；"
            f"已发布岗位{report.vacancies:,}条，其中特征不一致{report.vacancies_drifted:,}条；"
            f"删除非发布岗位特征{report.removed:,}条；用时{time.perf_counter() - started:.1f}秒。")
        self.stdout.write(f"drift job_seekers={report.job_seekers_drifted} vacancies={report.vacancies_drifted} "
                          f"removed={report.removed}")
