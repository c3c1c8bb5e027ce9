"""The people's report in the wizard's language: German, or English when the wizard is shown in English.

The service layer has no Qt translator (it never imports Qt), so the report's words are two tables here and
``report_export`` picks one by ``ReportFacts.english``. German stays the default: the CLI and the JSON-less
callers write the German report as before. Issue 30: an English wizard wrote a German report under a German
file name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    stem: str                      # the file name before the date
    midoffice: dict
    status: dict
    outcome: dict
    gdpr_status: dict
    field: dict
    reason: tuple
    see_json: str
    despite_major: str
    relinked: str                  # {0}: the MidOffice number before
    merged: str                    # {0}: the customer merged into, {1}: its MidOffice number
    differing: str
    crm_only: str
    duplicate: str
    summary_rows: tuple
    confidential: str
    erased: str
    customer_header: list
    gdpr_header: list
    backfill_header: list
    backfill_title: str
    backfill_intro: str
    values_gone: str
    facts: dict                    # labels of the first page's facts
    created: str                   # strftime pattern of "created at"
    dry_run: str
    conversion: str
    names_notes: dict              # report_names' notes (German) in this language
    overview: str
    title: str
    heading: str                   # the PDF's first line
    result: str
    count: str
    gdpr_decisions: str
    customers: str
    gdpr: str
    gdpr_section: str
    customers_section: str
    footer: str                    # {0} agency, {1} when, {2} page, {3} pages
    footer_time: str
    birth_date_german: bool        # a birth date written TT.MM.JJJJ (as typed into the MidOffice)
    list_stem: str                 # the "In MidOffice nachtragen" list's file name before the date
    list_intro: str                # the list's explanation (written before converting: present tense)
    list_note_sheet: str
    list_values_sheet: str
    list_created: str              # strftime pattern: "created at …"


GERMAN = Words(
    stem="paxdesk-Bericht",
    midoffice={"myjack": "myJack v2 (Bewotec)", "midoco": "Midoco v2"},
    status={"match": "Übereinstimmend", "minor": "Kleine Abweichung", "major": "Große Abweichung",
            "deleted": "Im MidOffice gelöscht", "no_reference": "Ohne MidOffice-Nummer", "error": "Nicht prüfbar"},
    outcome={"converted": "Konvertiert", "converted_local": "Als paxlounge-Kunde behalten",
             "skipped": "Unverändert (offen)", "failed": "Fehlgeschlagen", None: "Probelauf: nichts geändert"},
    gdpr_status={"open": "offen", "kept": "behalten", "deleted": "gelöscht", "anonymized": "anonymisiert"},
    field={"salutation": "Anrede", "title": "Titel", "first_name": "Vorname", "last_name": "Nachname",
           "email": "E-Mail", "phone": "Telefon", "street": "Straße", "zip": "PLZ", "city": "Ort",
           "country": "Land", "birth_date": "Geburtsdatum"},
    # Reasons an item carries (tags, never personal values), worded for the agent.
    reason=(("changed_since_matching", "im CRM geändert, nachdem verglichen wurde"),
            ("cancelled", "Konvertierung abgebrochen, bevor der Kunde an der Reihe war"),
            ("database_error", "Datenbankfehler beim Speichern"),
            ("decision_", "Entscheidung war für diesen Fall nicht möglich"),
            ("timeout", "MidOffice antwortete nicht rechtzeitig"),
            ("unreachable", "MidOffice nicht erreichbar"), ("transient", "MidOffice vorübergehend gestört"),
            ("protocol", "unerwartete Antwort des MidOffice"), ("auth", "Token nicht akzeptiert"),
            ("scope", "Berechtigung fehlt")),
    see_json="siehe JSON-Bericht",
    despite_major=" trotz großer Abweichung",
    relinked=", neu verknüpft (vorher MidOffice-Nr. {0})",
    merged=", zusammengeführt mit dem Kunden {0}, der schon auf MidOffice-Nr. {1} verweist",
    differing="abweichend: ", crm_only="nur im CRM: ", duplicate="Dublette",
    summary_rows=(("total", "Geprüfte Kunden (alte Kopien)"), ("converted", "Konvertiert: nur noch MidOffice-Nummer"),
                  ("converted_local", "Als paxlounge-Kunde behalten"), ("skipped", "Unverändert (offen)"),
                  ("failed", "Fehlgeschlagen"), ("match", "Prüfung: übereinstimmend"),
                  ("minor", "Prüfung: kleine Abweichung"), ("major", "Prüfung: große Abweichung"),
                  ("deleted", "Prüfung: im MidOffice gelöscht"), ("no_reference", "Prüfung: ohne MidOffice-Nummer"),
                  ("error", "Prüfung: nicht prüfbar"), ("duplicates", "Dubletten"),
                  ("with_crm_only", "Mit Daten nur im CRM"), ("relinked", "Neu verknüpft (anderer MidOffice-Kunde)"),
                  ("merged", "Zusammengeführt (in einen anderen Kunden)")),
    confidential=("Vertraulich: Dieser Bericht nennt Kundinnen und Kunden Ihrer Agentur mit Namen (Ihre eigenen "
                  "Kundendaten). Bitte geschützt aufbewahren und nicht weitergeben. Der JSON-Bericht für die IT "
                  "enthält keine Namen."),
    erased="– (DSGVO: entfernt)",
    customer_header=["Kunde", "CRM-Nr.", "MidOffice-Nr.", "Name im MidOffice", "Prüfung", "Ergebnis", "Hinweis"],
    gdpr_header=["Kunde", "CRM-Nr.", "Beratungen", "Angebote", "Entscheidung", "Grund"],
    backfill_header=["Kunde", "CRM-Nr.", "MidOffice-Nr.", "Feld", "Wert (im CRM entfernt)"],
    backfill_title="In MidOffice nachtragen",
    backfill_intro=("In MidOffice nachtragen: Diese Angaben hatte nur die alte Kopie im CRM; der MidOffice-Kunde hat "
                    "sie nicht. Mit der Konvertierung sind sie aus dem CRM entfernt. Bitte prüfen Sie sie und tragen "
                    "Sie sie bei Bedarf im MidOffice nach."),
    values_gone=("Wo statt eines Werts „–“ steht, wurde der Kunde in einem früheren Durchgang konvertiert oder der "
                 "Bericht später geschrieben: Das CRM hat den Wert nicht mehr. Er steht in der Liste „In MidOffice "
                 "nachtragen“, falls sie vor der Konvertierung gespeichert wurde, und in der Sicherung vor der "
                 "Konvertierung."),
    facts={"agency": "Agentur", "created": "Erstellt am", "user": "Ausgeführt von (Windows-Benutzer)",
           "midoffice": "MidOffice", "kind": "Art", "backup": "Sicherung vor der Konvertierung",
           "backup_folder": "Ordner der Sicherung", "run": "Lauf-Nr.", "names": "Namen im MidOffice"},
    created="%d.%m.%Y um %H:%M Uhr",
    dry_run="Probelauf – nichts wurde geändert", conversion="Konvertierung",
    names_notes={},
    overview="Übersicht", title="paxdesk – Konvertierungsbericht", heading="Konvertierungsbericht", result="Ergebnis", count="Anzahl",
    gdpr_decisions="DSGVO-Entscheidungen", customers="Kunden", gdpr="DSGVO",
    gdpr_section="DSGVO-Entscheidungen (im MidOffice gelöschte Kunden)",
    customers_section="Kunden – offene und fehlgeschlagene zuerst",
    footer="paxdesk – Konvertierungsbericht · {0} · {1} · Seite {2} von {3}", footer_time="%d.%m.%Y %H:%M",
    birth_date_german=True,
    list_stem="In-MidOffice-nachtragen",
    list_intro=("In MidOffice nachtragen: Diese Angaben hat nur die alte Kopie im CRM; der MidOffice-Kunde hat sie "
                "nicht. Mit der Konvertierung werden sie aus dem CRM entfernt. Bitte prüfen Sie sie und tragen Sie "
                "sie bei Bedarf im MidOffice nach."),
    list_note_sheet="Hinweis", list_values_sheet="Werte", list_created="Erstellt am %d.%m.%Y um %H:%M Uhr",
)

ENGLISH = Words(
    stem="paxdesk-report",
    midoffice=GERMAN.midoffice,
    status={"match": "Match", "minor": "Minor difference", "major": "Major difference",
            "deleted": "Deleted in the MidOffice", "no_reference": "No MidOffice number", "error": "Could not be checked"},
    outcome={"converted": "Converted", "converted_local": "Kept as paxlounge customer",
             "skipped": "Unchanged (open)", "failed": "Failed", None: "Trial run: nothing changed"},
    gdpr_status={"open": "open", "kept": "kept", "deleted": "deleted", "anonymized": "anonymized"},
    field={"salutation": "Salutation", "title": "Title", "first_name": "First name", "last_name": "Last name",
           "email": "E-mail", "phone": "Phone", "street": "Street", "zip": "Postcode", "city": "City",
           "country": "Country", "birth_date": "Date of birth"},
    reason=(("changed_since_matching", "changed in the CRM after it was compared"),
            ("cancelled", "conversion stopped before this customer's turn"),
            ("database_error", "database error while saving"),
            ("decision_", "the decision was not possible for this case"),
            ("timeout", "the MidOffice did not answer in time"),
            ("unreachable", "the MidOffice could not be reached"),
            ("transient", "the MidOffice had a temporary fault"),
            ("protocol", "unexpected answer from the MidOffice"), ("auth", "token not accepted"),
            ("scope", "permission missing")),
    see_json="see the JSON report",
    despite_major=" despite a major difference",
    relinked=", re-linked (before: MidOffice no. {0})",
    merged=", merged with customer {0}, who already refers to MidOffice no. {1}",
    differing="differing: ", crm_only="only in the CRM: ", duplicate="duplicate",
    summary_rows=(("total", "Customers checked (old copies)"), ("converted", "Converted: MidOffice number only"),
                  ("converted_local", "Kept as paxlounge customer"), ("skipped", "Unchanged (open)"),
                  ("failed", "Failed"), ("match", "Check: match"), ("minor", "Check: minor difference"),
                  ("major", "Check: major difference"), ("deleted", "Check: deleted in the MidOffice"),
                  ("no_reference", "Check: no MidOffice number"), ("error", "Check: could not be checked"),
                  ("duplicates", "Duplicates"), ("with_crm_only", "With data only in the CRM"),
                  ("relinked", "Re-linked (another MidOffice customer)"),
                  ("merged", "Merged (into another customer)")),
    confidential=("Confidential: this report names your agency's customers (your own customer data). Please keep "
                  "it protected and do not pass it on. The JSON report for IT contains no names."),
    erased="– (GDPR: removed)",
    customer_header=["Customer", "CRM no.", "MidOffice no.", "Name in the MidOffice", "Check", "Result", "Note"],
    gdpr_header=["Customer", "CRM no.", "Consultations", "Offers", "Decision", "Reason"],
    backfill_header=["Customer", "CRM no.", "MidOffice no.", "Field", "Value (removed from the CRM)"],
    backfill_title="Add in the MidOffice",
    backfill_intro=("Add in the MidOffice: only the old copy in the CRM had these details; the MidOffice customer "
                    "does not. Converting removed them from the CRM. Please check them and add them in the "
                    "MidOffice where needed."),
    values_gone=("Where \"–\" stands instead of a value, the customer was converted in an earlier attempt or the "
                 "report was written later: the CRM no longer has the value. It is in the \"Add in the MidOffice\" "
                 "list, if that was saved before converting, and in the backup made before the conversion."),
    facts={"agency": "Agency", "created": "Created", "user": "Run by (Windows user)", "midoffice": "MidOffice",
           "kind": "Kind", "backup": "Backup before the conversion", "backup_folder": "Folder of the backup",
           "run": "Run no.", "names": "Names in the MidOffice"},
    created="%Y-%m-%d at %H:%M",
    dry_run="Trial run – nothing was changed", conversion="Conversion",
    names_notes={
        "Für einige Kunden konnte der Name im MidOffice nicht abgerufen werden (kein gespeicherter Token).":
            "For some customers the name in the MidOffice could not be fetched (no saved token).",
        "Für einige Kunden konnte der Name im MidOffice nicht abgerufen werden (MidOffice nicht erreichbar).":
            "For some customers the name in the MidOffice could not be fetched (the MidOffice could not be "
            "reached).",
        "Für einige Kunden gab es im MidOffice keinen Namen mehr (dort inzwischen gelöscht).":
            "For some customers the MidOffice had no name any more (deleted there since)."},
    overview="Overview", title="paxdesk – conversion report", heading="Conversion report", result="Result", count="Count",
    gdpr_decisions="GDPR decisions", customers="Customers", gdpr="GDPR",
    gdpr_section="GDPR decisions (customers deleted in the MidOffice)",
    customers_section="Customers – open and failed first",
    footer="paxdesk – conversion report · {0} · {1} · page {2} of {3}", footer_time="%Y-%m-%d %H:%M",
    birth_date_german=False,
    list_stem="Add-in-MidOffice",
    list_intro=("Add in the MidOffice: only the old copy in the CRM has these details; the MidOffice customer does "
                "not. Converting removes them from the CRM. Please check them and add them in the MidOffice where "
                "needed."),
    list_note_sheet="Note", list_values_sheet="Values", list_created="Created %Y-%m-%d at %H:%M",
)


def words(english: bool) -> Words:
    return ENGLISH if english else GERMAN
