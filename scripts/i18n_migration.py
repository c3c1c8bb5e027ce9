"""The German of the migration wizard: refreshes resources/i18n/paxdesk_migration_de.ts and compiles the .qm.

    .venv/bin/python scripts/i18n_migration.py

pyside6-lupdate collects the English source strings of paxdesk/ui/migration/; this
script fills in the German below (kept here, reviewed like code) and runs lrelease.
A source string without German fails the script, so nothing ships half translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "paxdesk_migration_de.ts"
BIN = Path(sys.executable).parent

GERMAN = {
    "Checking": "Prüfung",
    "paxdesk reads every row, looks for duplicates and, with a token, searches myJack.":
        "paxdesk liest jede Zeile, sucht Dubletten und – mit Token – sucht in myJack.",
    "Cancel": "Abbrechen", "Stop checking": "Prüfung abbrechen",
    "sheet »{0}«": "Tabellenblatt »{0}«", "Windows characters": "Windows-Zeichensatz", "tab": "Tabulator",
    "text ({0}), columns separated by {1}": "Text ({0}), Spalten getrennt durch {1}",
    "Cancelled. Go back and forward again to start over.":
        "Abgebrochen. Gehen Sie zurück und wieder vor, um neu zu beginnen.",
    "Customers read: <b>{0}</b> · bookings read: <b>{1}</b> · findings: <b>{2}</b> · duplicate groups: "
    "<b>{3}</b> (comparisons: {4}) · probably already in myJack: <b>{5}</b> · with a marketing lock: <b>{6}</b>":
        "Kunden gelesen: <b>{0}</b> · Vorgänge gelesen: <b>{1}</b> · Auffälligkeiten: <b>{2}</b> · "
        "Dublettengruppen: <b>{3}</b> (Vergleiche: {4}) · wahrscheinlich schon in myJack: <b>{5}</b> · "
        "mit Werbesperre: <b>{6}</b>",
    "Search myJack again": "Erneut in myJack suchen",
    "Linked by": "Verknüpft durch",
    "weak link: please check that these two are one person":
        "schwache Verknüpfung: bitte prüfen, ob die beiden eine Person sind",
    "Customers and bookings exported from the old system (CSV or Excel). Nothing is imported before step 8; with "
    "a token, step 3 asks myJack which customers it has already.":
        "Kunden und Vorgänge aus dem bisherigen System (CSV oder Excel). Vor Schritt 8 wird nichts importiert; mit "
        "Token fragt Schritt 3 myJack, welche Kunden es schon hat.",
    "Searched again at {0}: still the same. ": "Um {0} erneut gesucht: unverändert. ",
    "Bookings of this customer in the file: {0}": "Vorgänge dieses Kunden in der Datei: {0}",
    "<b>Link (L)</b>: no second customer; the bookings go to the myJack customer, and values myJack lacks are "
    "added. <b>Import anyway (I)</b>: a second customer in myJack. <b>Do not import (S)</b>: neither the "
    "customer nor its bookings are imported; both are listed as findings.":
        "<b>Verknüpfen (L)</b>: kein zweiter Kunde; die Vorgänge gehen an den myJack-Kunden, und Angaben, die myJack "
        "nicht hat, werden ergänzt. <b>Trotzdem übernehmen (I)</b>: ein zweiter Kunde in myJack. <b>Nicht "
        "übernehmen (S)</b>: weder der Kunde noch seine Vorgänge werden übernommen; beides steht in den "
        "Auffälligkeiten.",
    "<p>The import into myJack is complete. <b>Before you delete the package</b>: set the marketing locks again "
    "in myJack (marketing-locks.xlsx), check the customers not checked in myJack and enter the bookings of "
    "customers not imported (findings.xlsx) — then delete it.</p>":
        "<p>Der Import in myJack ist abgeschlossen. <b>Bevor Sie das Paket löschen</b>: Setzen Sie die Werbesperren "
        "in myJack neu (marketing-locks.xlsx), prüfen Sie die in myJack nicht geprüften Kunden und erfassen Sie die "
        "Vorgänge nicht übernommener Kunden (findings.xlsx) – dann löschen Sie es.</p>",
    "Duplicate groups: {0} to merge, {1} with a record left out, {2} kept, {3} open (their records become "
    "separate customers). Already in myJack: {4} linked (their bookings go to the myJack customer), {5} not "
    "imported (nor their bookings; listed as findings), {6} imported as a second customer.":
        "Dublettengruppen: {0} zusammenführen, {1} mit einem weggelassenen Datensatz, {2} alle behalten, {3} offen "
        "(ihre Datensätze werden einzelne Kunden). Schon in myJack: {4} verknüpft (ihre Vorgänge gehen an den "
        "myJack-Kunden), {5} nicht übernommen (auch ihre Vorgänge nicht; stehen in den Auffälligkeiten), {6} als "
        "zweiter Kunde übernommen.",
    "Delete the folder {0} with the customers, bookings and lists in it — including marketing-locks.xlsx, the "
    "customers whose marketing locks must be set again in myJack? Keep a copy of that list first if you still "
    "need it. This cannot be undone.":
        "Den Ordner {0} mit den Kunden, Vorgängen und Listen darin löschen – auch marketing-locks.xlsx, die Kunden, "
        "deren Werbesperren in myJack neu gesetzt werden müssen? Sichern Sie diese Liste vorher, wenn Sie sie noch "
        "brauchen. Das lässt sich nicht rückgängig machen.",
    "sending the package": "das Paket wird gesendet", "following the import started earlier":
        "der früher gestartete Import wird verfolgt", "waiting in myJack": "wartet in myJack",
    "running": "läuft",
    "The folder {0} holds a package that was uploaded to myJack on {1}. Writing the package now replaces it. "
    "Continue?": "Im Ordner {0} liegt ein Paket, das am {1} zu myJack hochgeladen wurde. Wenn Sie das Paket jetzt "
                 "schreiben, wird es ersetzt. Fortfahren?",
    "Link to it (L)": "Verknüpfen (L)", "In myJack ({0})": "In myJack ({0})",
    "link to the myJack customer": "mit dem myJack-Kunden verknüpfen",
    "already in myJack: not imported": "schon in myJack: nicht übernommen",
    "booking of a customer not imported": "Vorgang eines nicht übernommenen Kunden",
    "value begins like a formula (written with a leading ')": "Wert beginnt wie eine Formel (mit vorangestelltem ' "
                                                               "übernommen)",
    "<b>Link (L)</b>: no second customer; the {0} booking(s) go to the myJack customer, and values myJack lacks "
    "are added. <b>Import anyway (I)</b>: a second customer in myJack. <b>Do not import (S)</b>: neither the "
    "customer nor the {0} booking(s) are imported; both are listed as findings.":
        "<b>Verknüpfen (L)</b>: kein zweiter Kunde; die {0} Vorgänge gehen an den myJack-Kunden, und Angaben, die "
        "myJack nicht hat, werden ergänzt. <b>Trotzdem übernehmen (I)</b>: ein zweiter Kunde in myJack. <b>Nicht "
        "übernehmen (S)</b>: weder der Kunde noch seine {0} Vorgänge werden übernommen; beides steht in den "
        "Auffälligkeiten.",
    "<b>Customers not checked in myJack: {0}</b> — myJack's answers for them could not be read. They are "
    "listed under “Findings” and will be created as new customers. Search again, or continue and check "
    "them in myJack afterwards.":
        "<b>Kunden, in myJack nicht geprüft: {0}</b> – die Antworten von myJack zu ihnen waren nicht lesbar. Sie "
        "stehen unter „Auffälligkeiten“ und werden als neue Kunden angelegt. Suchen Sie erneut, oder fahren Sie "
        "fort und prüfen Sie sie danach in myJack.",
    "not checked in myJack (its answer could not be read)": "in myJack nicht geprüft (Antwort nicht lesbar)",
    "Duplicates": "Dubletten",
    "myJack does not check for duplicates. Decide per group: merge, keep all, or leave one record out. "
    "Undecided groups are imported unmerged.":
        "myJack prüft nicht auf Dubletten. Entscheiden Sie je Gruppe: zusammenführen, alle behalten oder einen "
        "Datensatz weglassen. Nicht entschiedene Gruppen werden einzeln übernommen.",
    "Group": "Gruppe", "Records": "Datensätze", "Similarity": "Ähnlichkeit", "Why": "Warum", "Decision": "Entscheidung",
    "Customer no.": "Kundennummer", "In myJack": "In myJack", "&Merge (M)": "&Zusammenführen (M)",
    "Keep &all (A)": "&Alle behalten (A)", "Leave out (D):": "Weglassen (D):",
    "Import anyway (I)": "Trotzdem übernehmen (I)", "Do not import (S)": "Nicht übernehmen (S)",
    "Undo (Ctrl+Z)": "Rückgängig (Strg+Z)", "In the file ({0})": "In der Datei ({0})",
    "Already in myJack ({0})": "Schon in myJack ({0})", "{0} of {1} decided": "{0} von {1} entschieden",
    "Importing it would create a second customer in myJack.":
        "Beim Import entstünde ein zweiter Kunde in myJack.",
    "Legacy files": "Altdaten-Dateien",
    "Customers and bookings exported from the old system (CSV or Excel). Nothing is sent anywhere before the "
    "last step.": "Kunden und Vorgänge aus dem bisherigen System (CSV oder Excel). Vor dem letzten Schritt wird "
                  "nichts verschickt.",
    "Customers:": "Kunden:", "Choose…": "Auswählen…", "Bookings (optional):": "Vorgänge (optional):",
    "Package folder:": "Paket-Ordner:",
    "<b>myJack users and the search for customers already in myJack</b>":
        "<b>myJack-Benutzer und die Suche nach Kunden, die schon in myJack sind</b>",
    "Ask myJack (token with the import permission)": "myJack fragen (Token mit Import-Berechtigung)",
    "Users from a file (abbreviation;name;email), no search in myJack":
        "Benutzer aus einer Datei (Kürzel;Name;E-Mail), keine Suche in myJack",
    'Neither: every booking goes to the user "Altdaten"':
        "Keins von beiden: alle Vorgänge gehen an den Benutzer „Altdaten“",
    "myJack address:": "myJack-Adresse:", "Token:": "Token:", "Users file:": "Benutzer-Datei:",
    "Package folder": "Paket-Ordner", "Choose a file": "Datei auswählen",
    "Exports (*.csv *.txt *.xlsx);;All files (*)": "Exporte (*.csv *.txt *.xlsx);;Alle Dateien (*)",
    "Findings": "Auffälligkeiten",
    "Values paxdesk could not read. They are imported exactly as they were — nothing is changed silently. "
    "The same list is in findings.xlsx in the package.":
        "Werte, die paxdesk nicht lesen konnte. Sie werden genau so übernommen, wie sie sind – nichts wird "
        "stillschweigend geändert. Dieselbe Liste steht in findings.xlsx im Paket.",
    "File": "Datei", "Row": "Zeile", "Column": "Spalte", "What": "Was", "Value": "Wert",
    "Findings: {0}": "Auffälligkeiten: {0}", "Marketing locks": "Werbesperren",
    "myJack's import cannot carry marketing locks: after the import they are empty. Set them again in myJack "
    "for these customers — the list is in marketing-locks.xlsx in the package.":
        "Der myJack-Import kann keine Werbesperren übernehmen: Nach dem Import sind sie leer. Setzen Sie sie für "
        "diese Kunden in myJack neu – die Liste steht in marketing-locks.xlsx im Paket.",
    "Name": "Name", "Locked": "Gesperrt", "e-mail": "E-Mail", "post": "Post", "phone": "Telefon",
    "all advertising": "alle Werbung",
    'Customers with a marketing lock: <b>{0}</b> ("?": the value was unclear, please check).':
        "Kunden mit Werbesperre: <b>{0}</b> („?“: der Wert war unklar, bitte prüfen).",
    "Columns": "Spalten",
    "paxdesk recognised the columns by their headers. Check them against the first rows and correct where "
    "needed.": "paxdesk hat die Spalten an ihren Überschriften erkannt. Prüfen Sie sie an den ersten Zeilen und "
               "korrigieren Sie, wo nötig.",
    "Column in the file": "Spalte in der Datei", "becomes": "wird zu", "First rows": "Erste Zeilen",
    "Customers": "Kunden", "Bookings": "Vorgänge", "(ignore)": "(ignorieren)",
    "Please assign a column to: {0}": "Bitte ordnen Sie eine Spalte zu: {0}",
    "Move legacy data to myJack…": "Altdaten nach myJack übernehmen…",
    "Another system's customers and bookings into myJack: check, find duplicates, map users, package and upload":
        "Kunden und Vorgänge eines anderen Systems nach myJack: prüfen, Dubletten finden, Benutzer zuordnen, "
        "Paket schreiben und hochladen",
    "Done": "Abschluss", "Where everything is, and what is left to do.": "Wo alles liegt und was noch zu tun ist.",
    "Delete the package…": "Paket löschen…",
    "<p>The package is in <b>{0}</b>:</p><ul><li>customers.csv, bookings.csv — the data for myJack</li>"
    "<li>marketing-locks.xlsx — set these locks again in myJack after the import</li>"
    "<li>duplicates.xlsx, findings.xlsx, user-mapping.csv — for your team</li></ul>"
    "<p>The package holds personal data of your customers.</p>":
        "<p>Das Paket liegt in <b>{0}</b>:</p><ul><li>customers.csv, bookings.csv – die Daten für myJack</li>"
        "<li>marketing-locks.xlsx – diese Werbesperren nach dem Import in myJack neu setzen</li>"
        "<li>duplicates.xlsx, findings.xlsx, user-mapping.csv – für Ihr Team</li></ul>"
        "<p>Das Paket enthält personenbezogene Daten Ihrer Kunden.</p>",
    "<p>The import into myJack is complete: you can delete the package now.</p>":
        "<p>Der Import in myJack ist abgeschlossen: Sie können das Paket jetzt löschen.</p>",
    "<p>Not uploaded yet: hand the package to myJack's onboarding, then delete it.</p>":
        "<p>Noch nicht hochgeladen: Geben Sie das Paket dem myJack-Team, das Ihre Daten übernimmt, und löschen Sie es danach.</p>",
    "Delete the folder {0} with the customers, bookings and lists in it? This cannot be undone.":
        "Den Ordner {0} mit den Kunden, Vorgängen und Listen darin löschen? Das lässt sich nicht rückgängig machen.",
    "Deleted: {0}": "Gelöscht: {0}",
    "date not readable": "Datum nicht lesbar", "price not readable": "Preis nicht lesbar",
    "marketing lock neither yes nor no": "Werbesperre weder ja noch nein",
    "invalid e-mail address": "E-Mail-Adresse ungültig", "invalid phone number": "Telefonnummer ungültig",
    "postcode without leading zero (added)": "PLZ ohne führende Null (ergänzt)",
    "required value missing (row left out)": "Pflichtwert fehlt (Zeile nicht übernommen)",
    "customer number twice (row left out)": "Kundennummer doppelt (Zeile nicht übernommen)",
    "unknown column (ignored)": "Spalte unbekannt (ignoriert)",
    "cells without a column header": "Zellen ohne Spaltenüberschrift",
    "booking of an unknown customer (left out)": "Vorgang zu unbekanntem Kunden (nicht übernommen)",
    "same name and date of birth": "gleicher Name und Geburtstag",
    "similar name, same date of birth": "ähnlicher Name, gleicher Geburtstag", "same e-mail": "gleiche E-Mail",
    "same last name, similar first name, same address": "gleicher Nachname, ähnlicher Vorname, gleiche Adresse",
    "same last name, similar first name, same phone": "gleicher Nachname, ähnlicher Vorname, gleiche Telefonnummer",
    "date of birth the same but for one typo": "Geburtsdatum bis auf einen Tippfehler gleich",
    "row without last name merged into its duplicate (imported)":
        "Zeile ohne Nachname mit ihrer Dublette zusammengeführt (übernommen)",
    "same date of birth": "gleicher Geburtstag", "same address": "gleiche Adresse",
    "similar address (same house number and postcode)": "ähnliche Adresse (gleiche Hausnummer und PLZ)",
    "same phone": "gleiche Telefonnummer", "another last name (e.g. after marriage)":
        "anderer Nachname (z. B. nach Heirat)", "another or no first name": "anderer oder fehlender Vorname",
    "merge": "zusammenführen", "keep all": "alle behalten", "leave out {0}": "{0} weglassen",
    "import anyway": "trotzdem übernehmen", "do not import": "nicht übernehmen", "open": "offen",
    "Salutation": "Anrede", "Title": "Titel", "First name": "Vorname", "Last name": "Nachname",
    "E-mail": "E-Mail", "Phone": "Telefon", "Street": "Straße", "Postcode": "PLZ", "City": "Ort",
    "Country": "Land", "Date of birth": "Geburtsdatum", "Agent (Kürzel)": "Expedient (Kürzel)",
    "Lock e-mail": "Sperre E-Mail", "Lock post": "Sperre Post", "Lock phone": "Sperre Telefon",
    "Lock all advertising": "Sperre alle Werbung", "Booking no.": "Vorgangsnummer", "Booking date": "Buchungsdatum",
    "Travel date": "Reisedatum", "Destination": "Reiseziel", "Price": "Preis", "Currency": "Währung",
    "Reading the files": "Dateien werden gelesen", "Looking for duplicates": "Dubletten werden gesucht",
    "Searching myJack": "Suche in myJack", "Uploading": "Hochladen", "myJack imports": "myJack importiert",
    "paxdesk — legacy data to myJack": "paxdesk – Altdaten nach myJack",
    "Package and upload": "Paket und Hochladen",
    "The package holds the cleaned customers and bookings and the lists for your team. Upload it to myJack "
    "here, or hand it to myJack's onboarding.":
        "Das Paket enthält die bereinigten Kunden und Vorgänge und die Listen für Ihr Team. Laden Sie es hier "
        "nach myJack hoch oder geben Sie es dem myJack-Team, das Ihre Daten übernimmt.",
    "Write the package": "Paket schreiben", "Upload to myJack": "Nach myJack hochladen",
    "Duplicate groups: {0} to merge, {1} with a record left out, {2} kept, {3} open. Already in myJack: {4} not "
    "imported.": "Dublettengruppen: {0} zusammenführen, {1} mit weggelassenem Datensatz, {2} behalten, {3} offen. "
                 "Schon in myJack: {4} nicht übernommen.",
    "Writing…": "Wird geschrieben…",
    "Package written to <b>{0}</b>. Customers: {1} · bookings: {2} · merged into another: {3} · "
    "findings: {4} · marketing locks: {5}.":
        "Paket geschrieben nach <b>{0}</b>. Kunden: {1} · Vorgänge: {2} · in einen anderen zusammengeführt: {3} · "
        "Auffälligkeiten: {4} · Werbesperren: {5}.",
    "This package was already uploaded ({0}). Uploading it again adds every customer a second time unless myJack "
    "finds them by their customer number. Upload again?":
        "Dieses Paket wurde schon hochgeladen ({0}). Ein zweites Hochladen legt jeden Kunden noch einmal an, sofern "
        "myJack ihn nicht an seiner Kundennummer erkennt. Trotzdem erneut hochladen?",
    'myJack: {0}. New customers: {1}, added to existing: {2}, bookings: {3}, of them to "Altdaten": {4}, errors: '
    '{5}.': "myJack: {0}. Neue Kunden: {1}, bei bestehenden ergänzt: {2}, Vorgänge: {3}, davon an „Altdaten“: "
            "{4}, Fehler: {5}.",
    "done": "fertig", "failed": "fehlgeschlagen", "Users": "Benutzer", "Finished": "Fertig",
    'myJack assigns each booking to the user with the same abbreviation (Kürzel), otherwise to the user '
    '"Altdaten". Change the assignment where an abbreviation has changed.':
        "myJack ordnet jeden Vorgang dem Benutzer mit demselben Kürzel zu, sonst dem Benutzer „Altdaten“. Ändern "
        "Sie die Zuordnung, wo sich ein Kürzel geändert hat.",
    "Kürzel in the export": "Kürzel im Export", "myJack user": "myJack-Benutzer", "(none)": "(ohne)",
    "Altdaten (no own user)": "Altdaten (kein eigener Benutzer)", "(inactive)": "(inaktiv)",
    'Bookings that go to "Altdaten": {0}.': "Vorgänge, die an „Altdaten“ gehen: {0}.",
    "stays": "bleibt", "left out": "wird weggelassen", "not chosen": "nicht gewählt",
    "When merged": "Beim Zusammenführen", "Newest booking": "Letzter Vorgang",
}


def main() -> int:
    sources = sorted(str(p.relative_to(TS.parent.parent.parent)) for p in (ROOT / "paxdesk" / "ui" / "migration")
                     .glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS),
                    "-target-language", "de_DE"], cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in GERMAN:
            translation.text = GERMAN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no German for:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
