"""The audit trail: every change writes a hash-chained event; tampering is detected (BJ-17-6, BJ-50-1)."""
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from careerguide.audit.models import AppendOnlyError, AuditEvent
from careerguide.audit.services import audit_record
from careerguide.audit.verification import audit_chain_verify
from careerguide.job_seekers.tests.factories import make_job_seeker

pytestmark = pytest.mark.django_db


@pytest.fixture
def trail(city, staff):
    for _ in range(3):
        make_job_seeker(staff.s11_counsellor, city.s11)
    return list(AuditEvent.objects.order_by("seq"))


def test_events_are_chained_in_order(trail):
    """BJ-17-6: every service leaves a trace; events form one unbroken chain."""
    assert [e.seq for e in trail] == list(range(1, len(trail) + 1))
    for previous, event in zip(trail, trail[1:]):
        assert event.prev_hash == previous.hash
    assert audit_chain_verify() == (len(trail), None)


def test_event_records_actor_unit_object_and_clause(city, staff):
    """BJ-17-6: who, which unit, when, what and which clause."""
    seeker = make_job_seeker(staff.s11_counsellor, city.s11, full_name="留痕测试")
    event = AuditEvent.objects.get(object_type="job_seekers.jobseeker", object_id=str(seeker.pk))
    assert (event.actor, event.actor_unit, event.object_unit, event.action, event.clause) == (
        staff.s11_counsellor, city.s11, city.s11, "create", "BJ-11-1")
    assert event.changes["after"]["full_name"] == "留痕测试"
    assert event.changes["after"]["id_number"].count("*") == 8  # never the plain number


def test_edited_event_is_detected(trail):
    """BJ-17-6: editing a stored event breaks the chain at that event."""
    target = trail[4]
    with connection.cursor() as cur:
        cur.execute("UPDATE audit_auditevent SET reason = %s WHERE seq = %s", ["改动", target.seq])
    assert audit_chain_verify()[1].seq == target.seq
    assert audit_chain_verify()[1].reason == "altered"
    with pytest.raises(CommandError, match=f"seq={target.seq}"):
        call_command("audit_verify")


def test_deleted_event_is_detected(trail):
    """BJ-17-6: deleting an event in the middle of the chain is detected at the gap."""
    target = trail[3]
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditevent WHERE seq = %s", [target.seq])
    count, problem = audit_chain_verify()
    assert (count, problem.seq, problem.reason) == (target.seq - 1, target.seq, "missing")


def test_deleted_last_event_is_detected(trail):
    """BJ-17-6: deleting the newest event is detected against the chain head."""
    with connection.cursor() as cur:
        cur.execute("DELETE FROM audit_auditevent WHERE seq = %s", [trail[-1].seq])
    assert audit_chain_verify()[1].seq == trail[-1].seq


def test_intact_chain_command_succeeds(trail, capsys):
    call_command("audit_verify")
    assert f"{len(trail)} events verified" in capsys.readouterr().out


def test_events_cannot_be_changed_through_the_orm(trail):
    event = trail[0]
    event.reason = "x"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


@pytest.mark.django_db(transaction=True)
def test_audit_outside_a_transaction_is_refused():
    """The event must commit with the change it records, so it is refused outside a transaction."""
    from careerguide.organisations.models import Unit

    unit = Unit.objects.create(name="无事务", code="NT", level="city", path="/x/")
    with pytest.raises(RuntimeError):
        audit_record(actor=None, obj=unit, action="create")
    assert not AuditEvent.objects.filter(object_type="organisations.unit", object_id=str(unit.pk)).exists()
