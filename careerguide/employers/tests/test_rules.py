"""Pure employer rules: table-driven, boundaries on both sides."""
import datetime as dt

import pytest

from careerguide.employers.rules import (
    CatalogueRow,
    Quarter,
    Submission,
    catalogue_hits,
    certificate_expired,
    hiring_plan_stale,
    late_defects,
    quarter_contact_state,
    quarter_of,
    serving_unit_allowed,
    signing_level_allowed,
    transfer_approver_level,
    verification_defects,
)

D = dt.date


@pytest.mark.parametrize("on, expired", [(D(2026, 6, 29), False), (D(2026, 6, 30), False), (D(2026, 7, 1), True)])
def test_certificate_expiry_boundary(on, expired):
    """BJ-35-1: a certificate valid until 30 June is still valid on 30 June and expired on 1 July."""
    assert certificate_expired(D(2026, 6, 30), on) is expired
    assert certificate_expired(None, on) is False  # long-term certificate


def _submission(**kw):
    data = dict(credit_code_problems=(), credit_code_matches_employer=True, licence_type="business_licence",
                licence_number="X1", licence_valid_until=D(2026, 6, 30), agent_name="经办人", agent_id_problems=(),
                power_of_attorney_ref="P1", power_of_attorney_valid_until=None)
    data.update(kw)
    return Submission(**data)


def test_every_defect_is_listed_at_once():
    """BJ-5-7, BJ-35-1, BJ-35-2: one review lists all defects of licence, agent and power of attorney together."""
    s = _submission(credit_code_problems=("checksum",), licence_number=" ", licence_valid_until=D(2026, 6, 1),
                    agent_id_problems=("checksum",), power_of_attorney_ref="")
    assert verification_defects(s, on=D(2026, 6, 2), manual=["poa_not_sealed"]) == [
        "uscc_invalid", "licence_number_missing", "licence_expired", "agent_id_invalid", "poa_missing", "poa_not_sealed"]
    assert verification_defects(_submission(), on=D(2026, 6, 30)) == []
    assert verification_defects(_submission(power_of_attorney_valid_until=D(2026, 6, 29)), on=D(2026, 6, 30)) == ["poa_expired"]
    with pytest.raises(ValueError):
        verification_defects(_submission(), on=D(2026, 6, 30), manual=["made_up"])


def test_late_defect_is_a_reviewer_item_on_unchanged_material():
    """BJ-5-7: an item raised only in a later notice although the material it concerns is unchanged since the
    first review is a quality exception; a changed document or an item already notified is not."""
    first = {"power_of_attorney_ref": "a", "agent_name": "n", "agent_id_number": "i"}
    assert late_defects(current=["poa_not_sealed"], current_fingerprints=first, first_notified=["licence_expired"],
                        first_fingerprints=first) == ["poa_not_sealed"]
    assert late_defects(current=["poa_not_sealed"], current_fingerprints={**first, "power_of_attorney_ref": "b"},
                        first_notified=["licence_expired"], first_fingerprints=first) == []
    assert late_defects(current=["poa_not_sealed"], current_fingerprints=first, first_notified=["poa_not_sealed"],
                        first_fingerprints=first) == []
    assert late_defects(current=["licence_expired"], current_fingerprints=first, first_notified=[],
                        first_fingerprints=first) == []


def test_catalogue_matches_code_prefix_and_region():
    """BJ-44-1, BJ-44-2: a catalogue row covers codes under its prefix, city-wide or only inside its region."""
    rows = [CatalogueRow("C26", "restricted", None), CatalogueRow("I65", "prohibited", "/1/2/")]
    assert [r.industry_code for r in catalogue_hits(industry_code="C2611", rows=rows, target_path="/1/3/9/")] == ["C26"]
    assert catalogue_hits(industry_code="I6510", rows=rows, target_path="/1/3/9/") == []
    assert [r.industry_code for r in catalogue_hits(industry_code="i6510", rows=rows, target_path="/1/2/7/")] == ["I65"]
    assert catalogue_hits(industry_code="C25", rows=rows, target_path="/1/2/") == []
    assert catalogue_hits(industry_code="", rows=rows, target_path="/1/2/") == []


def test_signing_agency_and_serving_area():
    """BJ-44-3 and BJ-44-5: streets or districts sign, never the city; the serving agency covers the registered
    or the operating address."""
    assert signing_level_allowed("street") and signing_level_allowed("district")
    assert not signing_level_allowed("city") and not signing_level_allowed("community")
    assert serving_unit_allowed(serving_path="/1/2/5/", registered_path="/1/2/5/", operating_path="/1/3/8/")
    assert serving_unit_allowed(serving_path="/1/3/8/", registered_path="/1/2/5/", operating_path="/1/3/8/")
    assert serving_unit_allowed(serving_path="/1/3/", registered_path="/1/2/5/", operating_path="/1/3/8/")
    assert not serving_unit_allowed(serving_path="/1/2/6/", registered_path="/1/2/5/", operating_path="/1/3/8/")
    assert serving_unit_allowed(serving_path="/1/2/6/", registered_path=None, operating_path=None)


def test_transfer_approver():
    """BJ-44-6: the district approves within the district, the city between districts."""
    assert transfer_approver_level(from_district_id=2, to_district_id=2) == "district"
    assert transfer_approver_level(from_district_id=2, to_district_id=3) == "city"


@pytest.mark.parametrize("today, warning", [(D(2026, 3, 15), False), (D(2026, 3, 16), True), (D(2026, 3, 17), True),
                                            (D(2026, 3, 31), True), (D(2026, 4, 1), False)])
def test_quarter_warning_fifteen_days_before_quarter_end(today, warning):
    """BJ-48-7: with no contact, the warning starts 15 calendar days before 31 March (on 16 March)."""
    state = quarter_contact_state(today=today, contact_dates=[D(2025, 12, 30)], min_contacts=1, warning_days=15)
    assert state.warning is warning and state.contacts == 0


def test_quarter_contact_counts_only_this_quarter():
    """BJ-48-5: at least one contact per calendar quarter; a contact in the previous quarter does not count."""
    state = quarter_contact_state(today=D(2026, 6, 20), contact_dates=[D(2026, 3, 31), D(2026, 4, 1)], min_contacts=1,
                                  warning_days=15)
    assert state.met and state.contacts == 1 and state.days_left == 10 and not state.warning
    assert quarter_of(D(2026, 12, 31)) == Quarter(2026, 4) and Quarter(2026, 4).next() == Quarter(2027, 1)
    assert Quarter(2026, 2).end == D(2026, 6, 30)


@pytest.mark.parametrize("today, stale", [(D(2026, 6, 30), False), (D(2026, 7, 1), True)])
def test_hiring_plan_stale_after_its_quarter(today, stale):
    """BJ-48-6: a hiring plan for Q2 is stale from the first day of Q3."""
    assert hiring_plan_stale(plan=Quarter(2026, 2), today=today) is stale
    assert hiring_plan_stale(plan=None, today=today) is True
