"""The pages of market information that notifications and feeds point to (the only place that knows the URLconf)."""
from django.urls import reverse


def training_needs_page() -> str:
    return reverse("labour_market:training_needs")
