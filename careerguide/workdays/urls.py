from django.urls import path

from . import views

app_name = "workdays"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("import/", views.import_view, name="import"),
]
