"""The employer API resolves posted ids through the scoped selectors."""
import json

import pytest
import time_machine

from careerguide.employers.models import OfficerAssignment
from careerguide.employers.services.key_enterprises import key_enterprise_designate

from .factories import at, make_catalogue, make_verified_employer

pytestmark = pytest.mark.django_db


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def test_signing_refuses_an_officer_outside_the_actors_jurisdiction(client, city, staff):
    """BJ-44-4, BJ-4-3: an officer id from outside the enterprise's district is refused on its field; nothing is
    signed."""
    make_catalogue(staff.city_admin, now=at(2026, 1, 2))
    employer = make_verified_employer(staff.s11_officer, city.s11)
    agreement = key_enterprise_designate(actor=staff.s11_officer, employer=employer, unit=city.s11,
                                         on=at(2026, 3, 2).date(), now=at(2026, 3, 2))
    client.force_login(staff.s11_officer)
    terms = {"signed_on": "2026-03-02", "term_start": "2026-03-02", "term_end": "2028-03-01"}
    with time_machine.travel(at(2026, 3, 2), tick=False):
        refused = post(client, f"/api/employers/agreements/{agreement.pk}/sign",
                       {**terms, "officer_id": staff.d2_counsellor.pk})
        assert refused.status_code == 400
        assert refused.json()["code"] == "invalid" and "officer" in refused.json()["field_errors"]
        assert not OfficerAssignment.objects.exists()
        signed = post(client, f"/api/employers/agreements/{agreement.pk}/sign",
                      {**terms, "officer_id": staff.s11_officer.pk})
    assert signed.status_code == 200, signed.content
    assert signed.json()["status"] == "agreement_signed"
