"""A ledger as a PDF (Chinese, with the office's header) and as spreadsheet rows."""
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careerguide.documents.pdf import render_pdf

from .sections import section_label, sections


def ledger_pdf(*, ledger: str, title: str, header_rows, entries) -> bytes:
    by_section: dict[str, list] = {}
    for entry in entries:
        by_section.setdefault(entry.section, []).append(entry)
    grouped = [{"label": s.label, "entries": by_section.get(s.code, [])} for s in sections(ledger)]
    return render_pdf("ledgers/ledger_print.html", {"title": title, "header_rows": header_rows, "sections": grouped,
                                                     "generated_at": timezone.localtime()})


LEDGER_HEADERS = (_("栏目"), _("服务日期"), _("服务类型"), _("摘要"), _("结果"), _("服务机构"), _("经办人"), _("录入时间"), _("录入不及时"))


def ledger_rows(*, ledger: str, entries):
    for e in entries:
        yield (section_label(ledger, e.section), e.occurred_on, e.service_type, e.summary, e.outcome, e.unit.name,
               e.staff.full_name if e.staff else "", timezone.localtime(e.recorded_at).replace(tzinfo=None),
               str(_("是")) if e.is_late else "")
