"""Public pages of the guidance service: policy publicity and employment-situation interpretation (SD-10-1)."""
from django.urls import path

from .views import delivery

app_name = "guidance_public"
urlpatterns = [
    path("", delivery.public_content_view, name="content"),
]
