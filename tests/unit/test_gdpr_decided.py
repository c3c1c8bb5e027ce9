"""What a GDPR decision changes in the list's entry is said once, by the service (issue 31)."""

from paxdesk.services.gdpr import GdprChange, GdprEntry, decided


def _entry() -> GdprEntry:
    return GdprEntry({"id": "c1", "first_name": "Anna", "last_name": "Meier", "former_midoffice_id": "100234",
                      "consultations": 2, "offers": 1})


def test_a_delete_or_anonymize_unlinks_and_an_anonymize_shows_what_the_crm_stores():
    entry = _entry()
    gone = decided(entry, GdprChange("c1", "deleted", consultations=2, offers=1))
    assert gone.status == "deleted" and gone.customer["former_midoffice_id"] is None
    anonymous = decided(entry, GdprChange("c1", "anonymized", stored={"first_name": "Anonymisiert",
                                                                    "last_name": "Anonymisiert"}))
    assert (anonymous.customer["first_name"], anonymous.customer["last_name"]) == ("Anonymisiert", "Anonymisiert")
    assert anonymous.customer["former_midoffice_id"] is None and anonymous.customer["consultations"] == 2
    assert entry.status == "open" and entry.customer["former_midoffice_id"] == "100234"  # a new entry, not an edit


def test_a_keep_keeps_the_link_and_records_the_reason():
    kept = decided(_entry(), GdprChange("c1", "kept", "Stammkunde"))
    assert (kept.status, kept.reason, kept.customer["former_midoffice_id"]) == ("kept", "Stammkunde", "100234")
