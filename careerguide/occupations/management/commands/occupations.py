"""`manage.py occupations import FILE`: load an office's official classification (CSV: 职业代码,职业名称)."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careerguide.occupations.services import occupations_import


class Command(BaseCommand):
    help = "职业分类：import FILE 导入完整职业分类（CSV，表头“职业代码,职业名称”）。"

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="导入职业分类CSV文件")
        imp.add_argument("file")

    def handle(self, *args, action, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"文件不存在：{file}")
        report = occupations_import(actor=None, data=path.read_bytes(), file_name=path.name)
        if not report.ok:
            for p in report.problems:
                self.stderr.write(f"第{p.line}行：{p.message}")
            raise CommandError(f"发现{len(report.problems)}处问题，未导入任何数据。")
        self.stdout.write(f"导入完成：新增{report.created}条，更新{report.updated}条。")
