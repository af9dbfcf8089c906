"""Warming the in-memory matching copies before any page (`manage.py warm_matching`, the production server's
start): both copies are loaded with the arguments the pages use, so the first candidate list checks the
kept copy instead of loading one."""
import io

import pytest
from django.core.management import call_command

from careerguide.matching import candidate_store, offer_store
from careerguide.matching.selectors import candidate_suggestions
from careerguide.matching.services.instruments import instrument_for
from careerguide.occupations.services import occupations_seed_defaults

from .factories import at, published_vacancy, ready_job_seeker

pytestmark = pytest.mark.django_db(transaction=True)
NOW = at(2026, 3, 3)
ON = NOW.date()


def test_warming_loads_both_copies_and_the_first_list_keeps_them(city, staff, monkeypatch):
    occupations_seed_defaults()
    vacancy = published_vacancy(staff, city, now=NOW)
    ready_job_seeker(staff, city, now=NOW)
    out = io.StringIO()
    call_command("warm_matching", "--on", ON.isoformat(), stdout=out)
    assert offer_store.store_kept()[2] == 1 and candidate_store.store_kept()[2] == 1
    assert "1个已发布岗位" in out.getvalue() and "1名可匹配求职者" in out.getvalue()
    kept = candidate_store.store_kept()

    def no_load(*args, **kwargs):
        raise AssertionError("the warmed copy was loaded again")

    monkeypatch.setattr(candidate_store, "_load", no_load)
    candidate_suggestions(actor=staff.s11_officer, vacancy=vacancy, on=ON, instrument=instrument_for(on=ON))
    assert candidate_store.store_kept() == kept
