<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="12"/>
        <source>Access check</source>
        <translation>Zugangsprüfung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="12"/>
        <source>paxdesk checks the token with the MidOffice.</source>
        <translation>paxdesk prüft den Token beim MidOffice.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="17"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="25"/>
        <source>Token configured</source>
        <translation>Token eingetragen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="25"/>
        <source>MidOffice reachable</source>
        <translation>MidOffice erreichbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="26"/>
        <source>Token accepted</source>
        <translation>Token akzeptiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="26"/>
        <source>Permissions (read, search)</source>
        <translation>Berechtigungen (Lesen, Suchen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="27"/>
        <source>Agency matches this CRM</source>
        <translation>Agentur passt zu diesem CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="35"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="57"/>
        <source>All required checks passed.</source>
        <translation>Alle erforderlichen Prüfungen sind bestanden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="58"/>
        <source>Please fix what is marked ✗ and check again.</source>
        <translation>Bitte beheben Sie, was mit ✗ markiert ist, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="63"/>
        <source>MidOffice: {0} — CRM: {1}</source>
        <translation>MidOffice: {0} – CRM: {1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="66"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConversionWizard</name>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="64"/>
        <source>paxdesk — customer conversion</source>
        <translation>paxdesk – Kundenkonvertierung</translation>
    </message>
</context>
<context>
    <name>ConvertPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="15"/>
        <source>Conversion</source>
        <translation>Konvertierung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="15"/>
        <source>Check the summary, then convert.</source>
        <translation>Prüfen Sie die Zusammenfassung und starten Sie dann die Konvertierung.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="23"/>
        <source>Convert now</source>
        <translation>Jetzt konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="30"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="30"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="30"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="43"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; customers become v2 customers, &lt;b&gt;{1}&lt;/b&gt; are kept as paxlounge customers, &lt;b&gt;{2}&lt;/b&gt; stay unchanged.&lt;br&gt;Before the first change a backup is written to {3}. Afterwards everybody must log in again.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; Kunden werden zu v2-Kunden, &lt;b&gt;{1}&lt;/b&gt; bleiben als paxlounge-Kunden erhalten, &lt;b&gt;{2}&lt;/b&gt; bleiben unverändert.&lt;br&gt;Vor der ersten Änderung wird eine Sicherung in {3} geschrieben. Danach müssen sich alle neu anmelden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="49"/>
        <source>Counting what converting will change…</source>
        <translation>Es wird gezählt, was die Konvertierung ändert …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="75"/>
        <source>Checking {0} decisions from an earlier sitting again…</source>
        <translation>{0} Entscheidungen aus einer früheren Sitzung werden erneut geprüft …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="87"/>
        <source>{0} customer(s) changed in the MidOffice since your earlier decision. They are back in the review with a note; please decide again.</source>
        <translation>{0} Kunde(n) haben sich seit Ihrer früheren Entscheidung im MidOffice geändert. Sie stehen mit einem Hinweis wieder in der Prüfung; bitte erneut entscheiden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="114"/>
        <source>Done. Converted: {0}, kept as paxlounge customers: {1}, unchanged: {2}, failed: {3}. Backup: {4}</source>
        <translation>Fertig. Konvertiert: {0}, als paxlounge-Kunden behalten: {1}, unverändert: {2}, fehlgeschlagen: {3}. Sicherung: {4}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="131"/>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="131"/>
        <source>Kept as paxlounge customer</source>
        <translation>Als paxlounge-Kunde behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="132"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="132"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="12"/>
        <source>Done</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="12"/>
        <source>The conversion is complete.</source>
        <translation>Die Konvertierung ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="15"/>
        <source>Save report as PDF…</source>
        <translation>Bericht als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="15"/>
        <source>Save report as Excel…</source>
        <translation>Bericht als Excel speichern …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="16"/>
        <source>Save report as JSON…</source>
        <translation>Bericht als JSON speichern …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="22"/>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Please close paxdesk and log in again.&lt;/b&gt; All sessions were ended; your colleagues must log in again too.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Bitte schließen Sie paxdesk und melden Sie sich neu an.&lt;/b&gt; Alle Sitzungen wurden beendet; auch Ihre Kolleginnen und Kollegen müssen sich neu anmelden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="30"/>
        <source>Converted to v2: &lt;b&gt;{0}&lt;/b&gt; · kept as paxlounge customers: &lt;b&gt;{1}&lt;/b&gt; · unchanged: &lt;b&gt;{2}&lt;/b&gt; · failed: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Zu v2 konvertiert: &lt;b&gt;{0}&lt;/b&gt; · als paxlounge-Kunden behalten: &lt;b&gt;{1}&lt;/b&gt; · unverändert: &lt;b&gt;{2}&lt;/b&gt; · fehlgeschlagen: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="37"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="44"/>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>GdprPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="15"/>
        <source>GDPR review</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="16"/>
        <source>These customers were deleted in the MidOffice and kept here so nothing was lost. Decide for each.</source>
        <translation>Diese Kunden wurden im MidOffice gelöscht und hier behalten, damit nichts verloren geht. Bitte entscheiden Sie für jeden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="18"/>
        <source>CRM no.</source>
        <translation>CRM-Nr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="18"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="19"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="25"/>
        <source>Keep (with reason)…</source>
        <translation>Behalten (mit Begründung) …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="26"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="27"/>
        <source>Anonymize…</source>
        <translation>Anonymisieren …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="35"/>
        <source>&lt;b&gt;Backups&lt;/b&gt; — they still contain the old personal data:</source>
        <translation>&lt;b&gt;Sicherungen&lt;/b&gt; – sie enthalten noch die alten personenbezogenen Daten:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="37"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="37"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="42"/>
        <source>Delete backup…</source>
        <translation>Sicherung löschen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="69"/>
        <source>{0} day(s)</source>
        <translation>{0} Tag(e)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="99"/>
        <source>Why is this customer kept?</source>
        <translation>Warum wird dieser Kunde behalten?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="106"/>
        <source>Delete this customer with all consultations and offers? This cannot be undone.</source>
        <translation>Diesen Kunden mit allen Beratungen und Angeboten löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="115"/>
        <source>Anonymizing cannot be undone. To confirm, type the customer&apos;s name or number ({0}):</source>
        <translation>Anonymisieren kann nicht rückgängig gemacht werden. Zur Bestätigung bitte den Namen oder die Nummer des Kunden ({0}) eingeben:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="120"/>
        <source>The text did not match; nothing was changed.</source>
        <translation>Die Eingabe stimmte nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="124"/>
        <source>Delete this backup for good?</source>
        <translation>Diese Sicherung endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="37"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="71"/>
        <source>Backups older than {0} days are deleted after each conversion; the newest is always kept.</source>
        <translation>Sicherungen, die älter als {0} Tage sind, werden nach jeder Konvertierung gelöscht; die neueste bleibt immer erhalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="87"/>
        <source>The backups still contain this customer&apos;s earlier data. Delete the {0} older backup(s) now? The newest backup is kept as your way back.</source>
        <translation>Die Sicherungen enthalten noch die früheren Daten dieses Kunden. Die {0} älteren Sicherung(en) jetzt löschen? Die neueste Sicherung bleibt als Weg zurück erhalten.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="13"/>
        <source>Comparison</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="13"/>
        <source>Every copy is compared with its live MidOffice record.</source>
        <translation>Jede Kopie wird mit dem aktuellen Datensatz im MidOffice verglichen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="34"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="49"/>
        <source>Cancelled. Go back and forward again to restart the comparison.</source>
        <translation>Abgebrochen. Gehen Sie einen Schritt zurück und wieder vor, um den Abgleich neu zu starten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="61"/>
        <source>about {0} s left</source>
        <translation>noch etwa {0} s</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="63"/>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="71"/>
        <source>Done: {0} customers compared.</source>
        <translation>Fertig: {0} Kunden abgeglichen.</translation>
    </message>
</context>
<context>
    <name>MidOfficePage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="11"/>
        <source>MidOffice and token</source>
        <translation>MidOffice &amp; Token</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="11"/>
        <source>Which back-office system does your agency use?</source>
        <translation>Welches MidOffice nutzt Ihre Agentur?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="12"/>
        <source>myJack v2 (Bewotec)</source>
        <translation>myJack v2 (Bewotec)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="13"/>
        <source>Midoco v2</source>
        <translation>Midoco v2</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="21"/>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="22"/>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="63"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="25"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="34"/>
        <source>Address (base URL):</source>
        <translation>Adresse (Basis-URL):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="35"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="38"/>
        <source>The token is &lt;b&gt;Parameter 1&lt;/b&gt; of the system connection: in the agency administration under Configuration → System connection → Parameter 1. paxdesk keeps it in the Windows password store, never in a file.</source>
        <translation>Der Token ist &lt;b&gt;Parameter 1&lt;/b&gt; des Systemanschlusses: in der Agenturverwaltung unter Konfiguration → Systemanschluss → Parameter 1. paxdesk speichert ihn in der Windows-Anmeldeinformationsverwaltung, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="53"/>
        <source>A token is already saved. Leave the field empty to keep it.</source>
        <translation>Es ist bereits ein Token gespeichert. Lassen Sie das Feld leer, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="63"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="89"/>
        <source>The CRM database names &lt;b&gt;{0}&lt;/b&gt; as the MidOffice address, but the saved token belongs to &lt;b&gt;{1}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Send the token to {0}? Confirm only if your MidOffice provider gave you this address.</source>
        <translation>In der CRM-Datenbank steht &lt;b&gt;{0}&lt;/b&gt; als MidOffice-Adresse, der gespeicherte Token gehört aber zu &lt;b&gt;{1}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Den Token an {0} senden? Bitte nur bestätigen, wenn Ihr MidOffice-Anbieter Ihnen diese Adresse genannt hat.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="92"/>
        <source>Send the token to a new address?</source>
        <translation>Token an eine neue Adresse senden?</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="12"/>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="12"/>
        <source>Nobody may work in the CRM while it is converted.</source>
        <translation>Während der Konvertierung darf niemand im CRM arbeiten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="15"/>
        <source>Colleague</source>
        <translation>Kollege/Kollegin</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="15"/>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="15"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="19"/>
        <source>Continue anyway (the colleagues will be logged out afterwards)</source>
        <translation>Trotzdem fortfahren (die Kolleginnen und Kollegen werden danach abgemeldet)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="30"/>
        <source>Before the first change, a backup is written to: {0}</source>
        <translation>Vor der ersten Änderung wird eine Sicherung geschrieben nach: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="32"/>
        <source>Reserving the CRM for this conversion…</source>
        <translation>Das CRM wird für diese Konvertierung reserviert …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="41"/>
        <source>✓ The CRM is reserved for this conversion; no second conversion can start.</source>
        <translation>✓ Das CRM ist für diese Konvertierung reserviert; eine zweite Konvertierung kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="46"/>
        <source>✗ Another conversion is running on this CRM. Please wait until it has finished, then go back and forward again.</source>
        <translation>✗ Auf diesem CRM läuft bereits eine Konvertierung. Bitte warten Sie, bis sie fertig ist, und gehen Sie dann zurück und wieder vor.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="62"/>
        <source>{0} colleague(s) are still logged in. Please ask them to log out; this list refreshes by itself.</source>
        <translation>{0} Kollege/Kollegin(nen) noch angemeldet. Bitte bitten Sie sie, sich abzumelden; diese Liste aktualisiert sich selbst.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="65"/>
        <source>✓ Nobody else is logged in.</source>
        <translation>✓ Niemand sonst ist angemeldet.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="47"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="47"/>
        <source>Decide what happens with customers whose data differs.</source>
        <translation>Entscheiden Sie, was mit Kunden geschieht, deren Daten abweichen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="62"/>
        <source>Search in this tab: name, customer no., e-mail (Ctrl+F)</source>
        <translation>In diesem Reiter suchen: Name, Kundennummer, E-Mail (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="73"/>
        <source>Convert (K)</source>
        <translation>Konvertieren (K)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="75"/>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="76"/>
        <source>Re-link… (R)</source>
        <translation>Neu verknüpfen … (R)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="77"/>
        <source>Next open (N)</source>
        <translation>Nächster offener (N)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="205"/>
        <source>Esc does not close paxdesk here. To stop, use &quot;Cancel&quot;; your decisions are kept.</source>
        <translation>Esc schließt paxdesk hier nicht. Zum Beenden „Abbrechen“ wählen; Ihre Entscheidungen bleiben gespeichert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="248"/>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="251"/>
        <source>Cannot convert {0}: {1} — there is no MidOffice record to convert to. Choose L (keep as paxlounge customer) or S (skip).</source>
        <translation>Kann {0} nicht konvertieren: {1} – es gibt keinen MidOffice-Datensatz, auf den verwiesen werden kann. Wählen Sie L (als paxlounge-Kunde behalten) oder S (überspringen).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="265"/>
        <source>Left undecided: {0}.</source>
        <translation>Nicht entschieden: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="282"/>
        <source>No open rows in this view.</source>
        <translation>In dieser Ansicht ist nichts mehr offen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="290"/>
        <source>major differences (decide them one by one)</source>
        <translation>große Abweichungen (bitte einzeln entscheiden)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="291"/>
        <source>already decided</source>
        <translation>bereits entschieden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="291"/>
        <source>already &quot;{0}&quot;</source>
        <translation>bereits „{0}“</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="292"/>
        <source>not possible for their class</source>
        <translation>für ihren Status nicht möglich</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="295"/>
        <source>Nothing to change in this view ({0}).</source>
        <translation>In dieser Ansicht gibt es nichts zu ändern ({0}).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="297"/>
        <source>&quot;{0}&quot; for {1} customers in this view ({2})?</source>
        <translation>„{0}“ für {1} Kunden dieser Ansicht ({2})?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="300"/>
        <source>Left alone: {0}.</source>
        <translation>Unverändert bleiben: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="304"/>
        <source>{0} customers set to &quot;{1}&quot;; Ctrl+Z undoes it.</source>
        <translation>{0} Kunden auf „{1}“ gesetzt; Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="312"/>
        <source>Re-linking needs a MidOffice record: {0}. Choose L or S.</source>
        <translation>Neu verknüpfen geht nur mit einem MidOffice-Datensatz: {0}. Wählen Sie L oder S.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="323"/>
        <source>Fetching MidOffice customer {0}…</source>
        <translation>MidOffice-Kunde {0} wird geladen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="329"/>
        <source>it does not exist (any more)</source>
        <translation>er existiert nicht (mehr)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="330"/>
        <source>Not re-linked: MidOffice customer {0}: {1}.</source>
        <translation>Nicht neu verknüpft: MidOffice-Kunde {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="334"/>
        <source>Re-linked to {0}; the comparison shows that record.</source>
        <translation>Neu verknüpft mit {0}; der Vergleich zeigt jetzt diesen Datensatz.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="74"/>
        <source>Keep as paxlounge customer (L)</source>
        <translation>Als paxlounge-Kunde behalten (L)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="78"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="88"/>
        <source>Convert all in this view…</source>
        <translation>Alle dieser Ansicht konvertieren …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="89"/>
        <source>Skip all in this view…</source>
        <translation>Alle dieser Ansicht überspringen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="188"/>
        <source>{0} of {1} checked</source>
        <translation>{0} von {1} geprüft</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="25"/>
        <source>Re-link with another MidOffice customer</source>
        <translation>Mit einem anderen MidOffice-Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="34"/>
        <source>Customers in the MidOffice who are probably &lt;b&gt;{0}&lt;/b&gt; — best match first. Choose one to compare it with the CRM copy.</source>
        <translation>Kunden im MidOffice, die wahrscheinlich &lt;b&gt;{0}&lt;/b&gt; sind – der beste Treffer zuerst. Wählen Sie einen, um ihn mit der CRM-Kopie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="40"/>
        <source>Search by name or e-mail yourself…</source>
        <translation>Selbst nach Name oder E-Mail suchen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="42"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="48"/>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="48"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="49"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="49"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="49"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="50"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="50"/>
        <source>Class</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="79"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="101"/>
        <source>{0} found</source>
        <translation>{0} gefunden</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="6"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="6"/>
        <source>Convert your MidOffice customers to the new connection</source>
        <translation>Ihre MidOffice-Kunden auf die neue Anbindung umstellen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="8"/>
        <source>&lt;p&gt;Until now, the CRM kept a &lt;b&gt;copy&lt;/b&gt; of each MidOffice customer&apos;s personal data (v1). The new connection (v2) keeps only the &lt;b&gt;customer number&lt;/b&gt; and loads the data live from the MidOffice, so it is always current and customers deleted there disappear here too.&lt;/p&gt;&lt;p&gt;This assistant converts your copies step by step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the MidOffice and enter the token.&lt;/li&gt;&lt;li&gt;Make sure your colleagues are logged out.&lt;/li&gt;&lt;li&gt;Check the token.&lt;/li&gt;&lt;li&gt;Compare every copy with the MidOffice.&lt;/li&gt;&lt;li&gt;Review the differences and decide.&lt;/li&gt;&lt;li&gt;Convert — a backup is written first.&lt;/li&gt;&lt;li&gt;Decide about customers that were deleted in the MidOffice (GDPR).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing is changed before step 6, and you can go back at any time until then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bisher hat das CRM von jedem MidOffice-Kunden eine &lt;b&gt;Kopie&lt;/b&gt; der persönlichen Daten gespeichert (v1). Die neue Anbindung (v2) speichert nur noch die &lt;b&gt;Kundennummer&lt;/b&gt; und lädt die Daten live aus dem MidOffice – so sind sie immer aktuell, und im MidOffice gelöschte Kunden verschwinden auch hier.&lt;/p&gt;&lt;p&gt;Dieser Assistent stellt Ihre Kopien Schritt für Schritt um:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;MidOffice wählen und Token eintragen.&lt;/li&gt;&lt;li&gt;Sicherstellen, dass alle Kolleginnen und Kollegen abgemeldet sind.&lt;/li&gt;&lt;li&gt;Token prüfen.&lt;/li&gt;&lt;li&gt;Jede Kopie mit dem MidOffice abgleichen.&lt;/li&gt;&lt;li&gt;Abweichungen prüfen und entscheiden.&lt;/li&gt;&lt;li&gt;Konvertieren – vorher wird eine Sicherung geschrieben.&lt;/li&gt;&lt;li&gt;Über im MidOffice gelöschte Kunden entscheiden (DSGVO).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Vor Schritt 6 wird nichts verändert; bis dahin können Sie jederzeit zurückgehen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../paxdesk/ui/app.py" line="62"/>
        <source>Sorry — something went wrong that paxdesk did not expect. Nothing was changed without a backup. A report for the support was saved here:
{0}</source>
        <translation>Entschuldigung – etwas Unerwartetes ist passiert. Nichts wurde ohne Sicherung geändert. Ein Bericht für den Support wurde hier gespeichert:
{0}</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="54"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="54"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="54"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="55"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="55"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="55"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="56"/>
        <location filename="../../paxdesk/ui/texts.py" line="22"/>
        <source>No reference</source>
        <translation>Ohne Referenz</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="56"/>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="57"/>
        <source>Data only in the CRM</source>
        <translation>Daten nur im CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="57"/>
        <source>From the summary</source>
        <translation>Aus der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="260"/>
        <source>After converting</source>
        <translation>Nach dem Konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="260"/>
        <source>Only in the CRM</source>
        <translation>Nur im CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="286"/>
        <source>duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="298"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="300"/>
        <source>all in view</source>
        <translation>alle der Ansicht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="84"/>
        <location filename="../../paxdesk/ui/wizard.py" line="51"/>
        <source>The class changed since your earlier decision: please check again.</source>
        <translation>Die Einstufung hat sich seit Ihrer früheren Entscheidung geändert: bitte erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="259"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="259"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="259"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="259"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_model.py" line="260"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="21"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="21"/>
        <source>Minor difference</source>
        <translation>Kleine Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="21"/>
        <source>Major difference</source>
        <translation>Große Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="22"/>
        <source>Deleted in MidOffice</source>
        <translation>Im MidOffice gelöscht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="23"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="28"/>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="28"/>
        <source>Keep as paxlounge customer</source>
        <translation>Als paxlounge-Kunde behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="29"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="34"/>
        <source>only upper/lower case</source>
        <translation>nur Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="35"/>
        <source>only spaces or invisible characters</source>
        <translation>nur Leerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="36"/>
        <source>ü/ue spelling</source>
        <translation>ü/ue-Schreibweise</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="36"/>
        <source>accents or punctuation</source>
        <translation>Akzente oder Satzzeichen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="37"/>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="37"/>
        <source>missing in the CRM</source>
        <translation>fehlt im CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="38"/>
        <source>missing in the MidOffice</source>
        <translation>fehlt im MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="39"/>
        <source>secondary address in the MidOffice</source>
        <translation>Zweitadresse im MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="44"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="44"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="46"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="46"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="46"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="47"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="53"/>
        <source>no reliable answer: the MidOffice reported a server error</source>
        <translation>keine verlässliche Antwort: das MidOffice meldete einen Serverfehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="54"/>
        <source>no reliable answer: the MidOffice did not answer in time</source>
        <translation>keine verlässliche Antwort: das MidOffice antwortete nicht rechtzeitig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="55"/>
        <source>no reliable answer: the MidOffice could not be reached</source>
        <translation>keine verlässliche Antwort: das MidOffice war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="56"/>
        <source>no reliable answer: the MidOffice asked to slow down</source>
        <translation>keine verlässliche Antwort: das MidOffice bat, langsamer anzufragen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="57"/>
        <source>no reliable answer: the MidOffice sent unreadable data</source>
        <translation>keine verlässliche Antwort: das MidOffice lieferte unlesbare Daten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="58"/>
        <source>no reliable answer from the MidOffice</source>
        <translation>keine verlässliche Antwort vom MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="65"/>
        <source>{y}-{m}-{d}</source>
        <translation>{d}.{m}.{y}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="74"/>
        <source>The MidOffice no longer accepts the token. Please check &apos;Parameter 1&apos; and run the check again.</source>
        <translation>Das MidOffice akzeptiert den Token nicht mehr. Bitte prüfen Sie „Parameter 1“ und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="76"/>
        <source>The token lacks a permission for this step.</source>
        <translation>Dem Token fehlt eine Berechtigung für diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="78"/>
        <source>The MidOffice cannot be reached. Please check the internet connection and try again.</source>
        <translation>Das MidOffice ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="80"/>
        <source>Meanwhile a colleague has logged in. Please ask them to log out, or tick &apos;Continue anyway&apos;.</source>
        <translation>Inzwischen hat sich eine Kollegin oder ein Kollege angemeldet. Bitte um Abmeldung bitten oder „Trotzdem fortfahren“ ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="83"/>
        <source>Another conversion is running on this CRM. Please wait until it has finished.</source>
        <translation>Auf diesem CRM läuft bereits eine Konvertierung. Bitte warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="98"/>
        <source>Something unexpected went wrong ({0}). Nothing was lost; please try again.</source>
        <translation>Etwas Unerwartetes ist passiert ({0}). Es ging nichts verloren; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="46"/>
        <source>CRM copy</source>
        <translation>CRM-Kopie</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="46"/>
        <source>Kind of difference</source>
        <translation>Art der Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="55"/>
        <source>only in the CRM: lost on converting</source>
        <translation>nur im CRM: geht beim Konvertieren verloren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="64"/>
        <source>Other e-mails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="73"/>
        <source>consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="73"/>
        <source>offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="74"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="74"/>
        <source>v2 customer</source>
        <translation>v2-Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="85"/>
        <source>Converted copies are merged into the existing v2 customer {0}; their consultations and offers move there.</source>
        <translation>Konvertierte Kopien werden mit dem vorhandenen v2-Kunden {0} zusammengeführt; ihre Beratungen und Angebote wandern dorthin.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="88"/>
        <source>The first copy converted becomes the v2 customer; the consultations and offers of the other copies converted move to it.</source>
        <translation>Die zuerst konvertierte Kopie wird zum v2-Kunden; Beratungen und Angebote der weiteren konvertierten Kopien wandern zu ihm (zusammengeführt).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="90"/>
        <source>Duplicate group of customer no. {0}</source>
        <translation>Dublettengruppe der Kundennummer {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="105"/>
        <source>Re-linked to MidOffice customer {0}; compared with that record: {1}.</source>
        <translation>Neu verknüpft mit MidOffice-Kunde {0}; verglichen mit diesem Datensatz: {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="108"/>
        <source>MidOffice {0} (chosen)</source>
        <translation>MidOffice {0} (gewählt)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="110"/>
        <source>Re-linked to MidOffice customer {0} (loading…)</source>
        <translation>Neu verknüpft mit MidOffice-Kunde {0} (wird geladen …)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="112"/>
        <location filename="../../paxdesk/ui/comparison.py" line="114"/>
        <source>MidOffice (live)</source>
        <translation>MidOffice (aktuell)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="117"/>
        <source>The names differ: this is probably another person.</source>
        <translation>Die Namen weichen ab: das ist wahrscheinlich eine andere Person.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="123"/>
        <source>No live record: {0}</source>
        <translation>Kein aktueller Datensatz: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="96"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="99"/>
        <source>Agrees: {0}</source>
        <translation>Stimmt überein: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="115"/>
        <source>MidOffice {0}</source>
        <translation>MidOffice {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="116"/>
        <source>Compared with the CRM copy: {0}.</source>
        <translation>Verglichen mit der CRM-Kopie: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="29"/>
        <source>Probably another person</source>
        <translation>Wahrscheinlich eine andere Person</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="31"/>
        <source>The CRM copy belongs to {0}, but MidOffice customer {1} is {2}.&lt;br&gt;&lt;br&gt;Converting links the consultations and offers of {0} to {2}. Convert anyway?</source>
        <translation>Die CRM-Kopie gehört zu {0}, aber MidOffice-Kunde {1} ist {2}.&lt;br&gt;&lt;br&gt;Beim Konvertieren gehen die Beratungen und Angebote von {0} an {2}. Trotzdem konvertieren?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="36"/>
        <source>Convert anyway</source>
        <translation>Trotzdem konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="37"/>
        <source>Re-link…</source>
        <translation>Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="38"/>
        <source>Leave undecided</source>
        <translation>Nicht entscheiden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="22"/>
        <source>{0} warnings are still open: they stay unchanged (skipped).</source>
        <translation>{0} Warnungen sind noch offen: sie bleiben unverändert (übersprungen).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="24"/>
        <source>{0} customers with a major difference will be converted.</source>
        <translation>{0} Kunden mit großer Abweichung werden konvertiert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="26"/>
        <source>{0} duplicate groups will be merged ({1} customers); {2} consultations and {3} offers move to the remaining v2 customer.</source>
        <translation>{0} Dublettengruppen werden zusammengeführt ({1} Kunden); {2} Beratungen und {3} Angebote wandern zum verbleibenden v2-Kunden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="30"/>
        <source>{0} customers have data only in the CRM that converting drops.</source>
        <translation>{0} Kunden haben Daten nur im CRM, die beim Konvertieren verloren gehen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="36"/>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="41"/>
        <source>Before you convert:</source>
        <translation>Bevor Sie konvertieren:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="51"/>
        <source>Convert now? {0} customers become v2 customers, {1} are kept as paxlounge customers, {2} stay unchanged. A backup is written first.</source>
        <translation>Jetzt konvertieren? {0} Kunden werden v2-Kunden, {1} bleiben als paxlounge-Kunden erhalten, {2} bleiben unverändert. Vorher wird eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="86"/>
        <source>paxdesk does not send the token to {0} without encryption. The MidOffice address must start with https://.</source>
        <translation>paxdesk sendet den Token nicht unverschlüsselt an {0}. Die MidOffice-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="89"/>
        <source>The MidOffice address must not contain a user name or password.</source>
        <translation>Die MidOffice-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="90"/>
        <source>The MidOffice address is not valid. It looks like https://api.example.de/v2.</source>
        <translation>Die MidOffice-Adresse ist ungültig. Sie sieht so aus: https://api.example.de/v2.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="93"/>
        <source>The CRM database names {0} as the MidOffice address, but the saved token belongs to {1}. Please confirm the address on the page &apos;MidOffice and token&apos;.</source>
        <translation>In der CRM-Datenbank steht {0} als MidOffice-Adresse, der gespeicherte Token gehört aber zu {1}. Bitte die Adresse auf der Seite „MidOffice und Token“ bestätigen.</translation>
    </message>
</context>
</TS>
