"""Public pages (notices, the list of recognised studios) and the host unit's self-service."""
from django.urls import path

from .views import public

app_name = "studios_portal"
urlpatterns = [
    path("", public.studio_directory_view, name="directory"),
    path("notices/", public.notice_list_view, name="notices"),
    path("mine/", public.my_studios_view, name="mine"),
    path("mine/<int:pk>/", public.my_studio_view, name="my_studio"),
]
