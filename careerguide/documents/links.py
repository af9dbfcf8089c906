"""The pages of the e-archives that duties and redirects point to (the only place that knows the URLconf)."""
from django.urls import reverse


def retention_page(_item=None) -> str:
    return reverse("documents:retention")
