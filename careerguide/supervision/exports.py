"""The printed notice (通报, BJ-58-3)."""
from careerguide.documents.pdf import render_pdf

from .selectors import notice_issue_items


def notice_pdf(notice) -> bytes:
    return render_pdf("supervision/notice_print.html", {"notice": notice, "items": notice_issue_items(notice=notice)})
