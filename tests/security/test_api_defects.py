"""Bad input to the API, sent directly (the fuzzer finds these by chance; here they repeat every run): negative
offsets, impossible years, a NUL character, a date in a year with no calendar. Never a server error; a refusal
is structured and Chinese."""
import pytest
from django.test import Client

from config.api import api

from .api_checks import CJK, ERROR_KEYS
from .known_defects import DIRECT_API_DEFECTS

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


CASES = [
    ("city_admin", "get", "/api/matching/follow-ups?offset=-1", None),
    ("city_admin", "get", "/api/vacancies/public?offset=-5", None),
    ("city_admin", "get", "/api/workforce/training-hours?year=0", None),
    ("city_admin", "get", "/api/workforce/training-hours?year=99999", None),
    ("city_admin", "post", "/api/studios/rounds", {"year": -1, "title": "第一批", "quota": 1,
                                                   "recommendation_deadline": "2026-05-01",
                                                   "materials_deadline": "2026-06-01"}),
    ("s11_counsellor", "post", "/api/guidance/cq/sessions", {"title": "团体指导", "session_on": "2099-03-02",
                                                             "material_version": "v1"}),
    ("s11_counsellor", "get", "/api/job-seekers?q=%00", None),
    ("s11_counsellor", "get", "/api/employers?q=a%00b", None),
    ("s11_counsellor", "post", "/api/job-seekers", {"full_name": "张\u0000三", "id_number": "11010519491231002X"}),
    ("city_admin", "post", "/api/studios/applications/1/materials", {"item": "申报书", "paper_copies": 1,
                                                                     "file_name": "a.pdf", "file_base64": "无效"}),
    ("s11_counsellor", "get", "/api/job-seekers?page=-1", None),
    ("s11_counsellor", "get", "/api/employers?page_size=99999999999", None),
]


def _case(role, method, url, body):
    key = f"{method.upper()} {url}"
    reason = DIRECT_API_DEFECTS.get(key)
    return pytest.param(role, method, url, body, id=key,
                        marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


@pytest.mark.parametrize("role,method,url,body", [_case(*c) for c in CASES])
def test_bad_input_is_refused_not_a_server_error(staff, role, method, url, body):
    client = signed_in(getattr(staff, role))
    client.raise_request_exception = False
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, data=body, content_type="application/json")
    assert response.status_code < 500, response.status_code
    if response.status_code >= 400:
        data = response.json()
        assert ERROR_KEYS <= set(data) and data["code"] and all(CJK.search(m) for m in data["messages"])


def test_instruments_conform_to_their_schema(staff):
    """Every documented field of the response schema is in the response."""
    schema = api.get_openapi_schema(path_prefix="/api/")
    documented = schema["paths"]["/api/matching/instruments"]["get"]["responses"][200]["content"]["application/json"]
    required = set(schema["components"]["schemas"][documented["schema"]["items"]["$ref"].rsplit("/", 1)[1]]["required"])
    items = signed_in(staff.city_admin).get("/api/matching/instruments").json()
    assert items, "no instrument to check"
    assert [sorted(required - set(item)) for item in items] == [[] for _ in items]


def test_no_two_api_schemas_share_a_name():
    """The OpenAPI document keys its components by class name, so two schemas of one name would document one
    operation with the other's fields (the matching instruments were documented as the assessment ones)."""
    from collections import defaultdict

    from ninja import Schema

    modules = defaultdict(set)

    def walk(cls):
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("careerguide"):
                modules[sub.__name__].add(sub.__module__)
            walk(sub)

    walk(Schema)
    assert len(modules) > 100
    assert {name: sorted(mods) for name, mods in modules.items() if len(mods) > 1} == {}


def test_bad_input_names_the_field(staff):
    """Each refusal above names the field it is about, in Chinese."""
    client = signed_in(staff.city_admin)
    cases = [("/api/matching/follow-ups?offset=-1", "offset"), ("/api/workforce/training-hours?year=0", "year"),
             ("/api/vacancies/public?offset=-5", "offset")]
    for url, field in cases:
        body = client.get(url).json()
        assert body["code"] == "invalid" and field in body["field_errors"], url
    body = client.post("/api/studios/rounds", data={"year": -1, "title": "第一批", "quota": 1,
                                                    "recommendation_deadline": "2026-05-01",
                                                    "materials_deadline": "2026-06-01"},
                       content_type="application/json").json()
    assert body["code"] == "invalid" and "year" in body["field_errors"] and CJK.search(body["field_errors"]["year"][0])
    body = client.post("/api/studios/applications/1/materials", data={"item": "申报书", "paper_copies": 1,
                                                                     "file_name": "a.pdf", "file_base64": "无效"},
                       content_type="application/json").json()
    assert body["field_errors"] == {"file_base64": ["不是有效的 Base64 编码。"]}


def test_a_session_in_a_year_with_no_calendar_is_refused_with_the_calendar_code(staff, city):
    """The materials deadline lies in a year with no calendar: a refusal with the calendar code, never a 500."""
    from careerguide.guidance.cq.tests.helpers import qualify_agency, qualify_guidance_staff

    qualify_agency(city.d1, staff)
    qualify_guidance_staff(staff.s11_counsellor, by=staff.city_admin)
    response = signed_in(staff.s11_counsellor).post(
        "/api/guidance/cq/sessions", data={"title": "团体指导", "session_on": "2099-03-02", "material_version": "v1"},
        content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "calendar_not_loaded", response.json()


def test_a_refused_role_is_refused_before_the_body_is_read(staff):
    """Every API write a portal job seeker may not use answers a structured Chinese 403 to an empty and to a
    malformed body: the role is checked before the input is validated, so no write is decided by its shape."""
    import re

    from tests.security.endpoints import operations

    client = signed_in(staff.seeker_user)
    wrong, checked = [], 0
    for _key, method, path, view in operations():
        rule = getattr(view, "access_rule", None)
        if method not in ("POST", "PUT", "PATCH") or not callable(rule) or rule(staff.seeker_user):
            continue
        url = re.sub(r"\{\w+\}", "987654321", path)
        for body in ("{}", "[not json"):
            checked += 1
            response = client.generic(method, url, body, content_type="application/json")
            data = response.json() if response.status_code == 403 else {}
            if response.status_code != 403 or data.get("code") != "forbidden" or not CJK.search(data["messages"][0]):
                wrong.append((method, url, body, response.status_code))
    assert checked > 200
    assert wrong == []
