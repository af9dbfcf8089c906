"""The pages of supervision records, for notifications, duties and redirects (the only place that knows the URLconf)."""
from django.urls import reverse


def issue_link(issue) -> str:
    return reverse("supervision:issue", args=[issue.pk])


def notice_link(notice) -> str:
    return reverse("supervision:notice", args=[notice.pk])


def spot_check_link(check) -> str:
    return reverse("supervision:spot_check", args=[check.pk])


def complaint_link(complaint) -> str:
    return reverse("supervision:complaint", args=[complaint.pk])


def checks_page(_subject=None) -> str:
    return reverse("supervision:checks")


def posting_notice_link(notice) -> str:
    return reverse("supervision:posting_notice", args=[notice.pk])


def survey_link(survey) -> str:
    return reverse("supervision:survey", args=[survey.pk])


def survey_answer_link(survey) -> str:
    """The page where the person answers (online, or opened from the SMS)."""
    return reverse("supervision:survey_answer", args=[survey.token])
