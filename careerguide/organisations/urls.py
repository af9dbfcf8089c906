from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("", views.list_view, name="list"),
    path("<int:pk>/disclosure/", views.disclosure_edit_view, name="disclosure"),
]
