<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="26"/>
        <source>&lt;b&gt;Backups&lt;/b&gt; — they still contain the earlier data of every customer, also of those deleted or anonymized here:</source>
        <translation>&lt;b&gt;Sicherungen&lt;/b&gt; – sie enthalten weiterhin die früheren Daten aller Kunden, auch der hier gelöschten oder anonymisierten:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="35"/>
        <source>Result checked: release the protected backups…</source>
        <translation>Ergebnis geprüft: geschützte Sicherungen freigeben…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="103"/>
        <source>The backups still contain this customer&apos;s earlier data. Delete the %n older backup(s) now? The backups protected as your way back from the last conversion are kept.</source>
        <translation>
            <numerusform>Die Sicherungen enthalten noch die früheren Daten dieses Kunden. Jetzt die %Ln ältere Sicherung löschen? Die als Weg zurück von der letzten Konvertierung geschützten Sicherungen bleiben erhalten.</numerusform>
            <numerusform>Die Sicherungen enthalten noch die früheren Daten dieses Kunden. Jetzt die %Ln älteren Sicherungen löschen? Die als Weg zurück von der letzten Konvertierung geschützten Sicherungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="55"/>
        <source>state before the last conversion: protected until {0} or until you confirm the result</source>
        <translation>Stand vor der letzten Konvertierung: geschützt bis {0} oder bis Sie das Ergebnis bestätigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="68"/>
        <source>Backups older than %n day(s) are deleted automatically after each conversion – the newest never automatically; you can delete it yourself once it is no longer protected.</source>
        <translation>
            <numerusform>Sicherungen, die älter als %Ln Tag sind, werden nach jeder Konvertierung automatisch gelöscht – die neueste nie automatisch; Sie selbst können sie löschen, sobald sie nicht mehr geschützt ist.</numerusform>
            <numerusform>Sicherungen, die älter als %Ln Tage sind, werden nach jeder Konvertierung automatisch gelöscht – die neueste nie automatisch; Sie selbst können sie löschen, sobald sie nicht mehr geschützt ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="106"/>
        <source>Delete older backups</source>
        <translation>Ältere Sicherungen löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="109"/>
        <source>%n older backup(s) deleted.</source>
        <translation>
            <numerusform>%Ln ältere Sicherung gelöscht.</numerusform>
            <numerusform>%Ln ältere Sicherungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="57"/>
        <source>newest: protected until {0} or until you confirm the result</source>
        <translation>jüngste: geschützt bis {0} oder bis Sie das Ergebnis bestätigen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="78"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="80"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="81"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="120"/>
        <source>Have you checked the result of the conversion in the CRM?

Afterwards the backup written before it ({0}) can be deleted, and then there is no way back. If you are unsure, keep it: it stays protected until {1} anyway.</source>
        <translation>Haben Sie das Ergebnis der Konvertierung im CRM geprüft?

Danach kann die Sicherung von davor ({0}) gelöscht werden, und dann gibt es keinen Weg zurück. Wenn Sie unsicher sind, behalten Sie sie: Sie bleibt ohnehin bis {1} geschützt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="124"/>
        <source>The result is correct</source>
        <translation>Das Ergebnis stimmt</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="131"/>
        <source>Delete the backup of {0} ({1}) for good? It holds the CRM as it was before that conversion, with the earlier personal data.</source>
        <translation>Die Sicherung vom {0} ({1}) endgültig löschen? Sie enthält das CRM, wie es vor dieser Konvertierung war, mit den früheren persönlichen Daten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="134"/>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="136"/>
        <source>✓ The backup of {0} was deleted.</source>
        <translation>✓ Die Sicherung vom {0} wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="28"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="28"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="28"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="28"/>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="29"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="37"/>
        <source>Delete backup…</source>
        <translation>Sicherung löschen …</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="13"/>
        <source>Access check</source>
        <translation>Zugangsprüfung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="13"/>
        <source>paxdesk checks the token with the MidOffice.</source>
        <translation>paxdesk prüft den Token beim MidOffice.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="19"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="21"/>
        <source>Change token</source>
        <translation>Token ändern</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="29"/>
        <source>Token configured</source>
        <translation>Token eingetragen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="29"/>
        <source>MidOffice reachable</source>
        <translation>MidOffice erreichbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="30"/>
        <source>Token accepted</source>
        <translation>Token akzeptiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="30"/>
        <source>Permissions (read, search)</source>
        <translation>Berechtigungen (Lesen, Suchen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="31"/>
        <source>Agency matches this CRM</source>
        <translation>Agentur passt zu diesem CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="39"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="81"/>
        <source>Please fix what is marked ✗: change the token, or check again once the cause is fixed. Nothing has been saved or changed.</source>
        <translation>Bitte beheben Sie, was mit ✗ markiert ist: Token ändern, oder erneut prüfen, sobald die Ursache behoben ist. Es wurde nichts gespeichert oder verändert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="83"/>
        <source> The new token was accepted and is now saved in the Windows password store.</source>
        <translation> Der neue Token wurde akzeptiert und ist jetzt im Windows-Kennwortspeicher gespeichert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="84"/>
        <source> The new token was accepted; as this computer has no password store, paxdesk keeps it only until you close it.</source>
        <translation> Der neue Token wurde akzeptiert. Dieser Computer hat keinen Kennwortspeicher, daher behält paxdesk ihn nur, bis Sie es schließen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="86"/>
        <source>All required checks passed.</source>
        <translation>Alle erforderlichen Prüfungen sind bestanden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="94"/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="98"/>
        <source>For your IT service provider — address: {0}; answer: {1}</source>
        <translation>Für Ihren IT-Dienstleister – Adresse: {0}; Antwort: {1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="127"/>
        <source>MidOffice: {0} — CRM: {1}</source>
        <translation>MidOffice: {0} – CRM: {1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/check.py" line="130"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConversionWizard</name>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="68"/>
        <source>paxdesk — customer conversion</source>
        <translation>paxdesk – Kundenkonvertierung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="72"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="73"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="75"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="102"/>
        <source>Quit paxdesk?</source>
        <translation>paxdesk beenden?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="102"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="108"/>
        <source>The conversion is running. If you quit now, it stops after the current customer: customers converted so far stay converted, all others stay unchanged. Quit anyway?</source>
        <translation>Die Konvertierung läuft. Wenn Sie jetzt beenden, hält sie nach dem aktuellen Kunden an: Bereits konvertierte Kunden bleiben konvertiert, alle anderen bleiben unverändert. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="111"/>
        <source>Quit paxdesk? The conversion is finished; your GDPR decisions so far are saved. Next time paxdesk offers to continue here.</source>
        <translation>paxdesk beenden? Die Konvertierung ist abgeschlossen; Ihre bisherigen DSGVO-Entscheidungen bleiben gespeichert. Beim nächsten Start bietet paxdesk an, hier fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="114"/>
        <source>Quit paxdesk? Your decisions are kept; this sitting has changed nothing in the CRM. Next time paxdesk offers to continue at this step.</source>
        <translation>paxdesk beenden? Ihre Entscheidungen bleiben gespeichert; in dieser Sitzung wurde im CRM nichts verändert. Beim nächsten Start bietet paxdesk an, bei diesem Schritt fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/wizard.py" line="116"/>
        <source>Quit paxdesk? Your decisions are kept, and nothing in the CRM has been changed yet. Next time paxdesk offers to continue at this step.</source>
        <translation>paxdesk beenden? Ihre Entscheidungen bleiben gespeichert, und im CRM wurde noch nichts verändert. Beim nächsten Start bietet paxdesk an, bei diesem Schritt fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>ConvertPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="24"/>
        <source>Conversion</source>
        <translation>Konvertierung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="24"/>
        <source>Check the summary, then convert.</source>
        <translation>Prüfen Sie die Zusammenfassung und starten Sie dann die Konvertierung.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="32"/>
        <source>Convert now</source>
        <translation>Jetzt konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="34"/>
        <source>Save list “Enter in MidOffice” (Excel and PDF)…</source>
        <translation>Liste „In MidOffice nachtragen“ speichern (Excel und PDF)…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="35"/>
        <source>The values only the CRM copies have, which converting removes: to enter them in the MidOffice afterwards.</source>
        <translation>Die Angaben, die nur die CRM-Kopien haben und die beim Konvertieren entfernt werden – zum Nachtragen im MidOffice.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="57"/>
        <source>Becoming v2 customers: &lt;b&gt;{0}&lt;/b&gt; · kept as paxlounge customers: &lt;b&gt;{1}&lt;/b&gt; · unchanged: &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Before the first change a backup is written to {3}. Afterwards everybody must log in again.</source>
        <translation>Werden zu v2-Kunden: &lt;b&gt;{0}&lt;/b&gt; · bleiben paxlounge-Kunden: &lt;b&gt;{1}&lt;/b&gt; · bleiben unverändert: &lt;b&gt;{2}&lt;/b&gt;.&lt;br&gt;Vor der ersten Änderung wird eine Sicherung in {3} geschrieben. Danach müssen sich alle neu anmelden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="79"/>
        <source>&lt;p&gt;&lt;b&gt;This finishes the interrupted conversion&lt;/b&gt;: %n customer(s) were converted then and are not counted below; the report will list both attempts.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Damit wird die unterbrochene Konvertierung abgeschlossen&lt;/b&gt;: %Ln Kunde wurde damals schon konvertiert und ist unten nicht mitgezählt; der Bericht führt beide Durchgänge auf.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Damit wird die unterbrochene Konvertierung abgeschlossen&lt;/b&gt;: %Ln Kunden wurden damals schon konvertiert und sind unten nicht mitgezählt; der Bericht führt beide Durchgänge auf.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="90"/>
        <source>Saving the list…</source>
        <translation>Die Liste wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="99"/>
        <source>Saved: &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; and &lt;a href=&apos;{2}&apos;&gt;{3}&lt;/a&gt;. It holds personal data: delete it once the values are entered (the last step offers that).</source>
        <translation>Gespeichert: &lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; und &lt;a href=&apos;{2}&apos;&gt;{3}&lt;/a&gt;. Die Liste enthält personenbezogene Daten: Löschen Sie sie, sobald die Angaben nachgetragen sind (der letzte Schritt bietet das an).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="117"/>
        <source>&amp;Convert now</source>
        <translation>&amp;Jetzt konvertieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="123"/>
        <source>Checking %n decision(s) from an earlier sitting again…</source>
        <translation>
            <numerusform>%Ln Entscheidung aus einer früheren Sitzung wird erneut geprüft…</numerusform>
            <numerusform>%Ln Entscheidungen aus einer früheren Sitzung werden erneut geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="134"/>
        <source>%n customer(s) changed in the MidOffice since your earlier decision. They are back in the review with a note; please decide again.</source>
        <translation>
            <numerusform>%Ln Kunde wurde seit Ihrer früheren Entscheidung im MidOffice geändert. Er ist mit einem Hinweis wieder in der Prüfung; bitte entscheiden Sie neu.</numerusform>
            <numerusform>%Ln Kunden wurden seit Ihrer früheren Entscheidung im MidOffice geändert. Sie sind mit einem Hinweis wieder in der Prüfung; bitte entscheiden Sie neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="176"/>
        <source>&lt;b&gt;The conversion is done.&lt;/b&gt;&lt;br&gt;Converted to v2 (only the MidOffice number is kept): &lt;b&gt;{0}&lt;/b&gt; · kept as paxlounge customers: &lt;b&gt;{1}&lt;/b&gt; · unchanged: &lt;b&gt;{2}&lt;/b&gt; · failed: &lt;b&gt;{3}&lt;/b&gt;&lt;br&gt;Everybody has been logged out and must log in again.</source>
        <translation>&lt;b&gt;Die Konvertierung ist abgeschlossen.&lt;/b&gt;&lt;br&gt;Zu v2 konvertiert (nur die MidOffice-Nummer bleibt): &lt;b&gt;{0}&lt;/b&gt; · als paxlounge-Kunden behalten: &lt;b&gt;{1}&lt;/b&gt; · unverändert: &lt;b&gt;{2}&lt;/b&gt; · fehlgeschlagen: &lt;b&gt;{3}&lt;/b&gt;&lt;br&gt;Alle wurden abgemeldet und müssen sich neu anmelden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="185"/>
        <source>The backup written before the first change: {0}</source>
        <translation>Die Sicherung, die vor der ersten Änderung geschrieben wurde: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="187"/>
        <source>%n customer(s) had already been converted by the interrupted attempt; they are counted above and listed in the report, not in the list below.</source>
        <translation>
            <numerusform>%Ln Kunde war schon im unterbrochenen Durchgang konvertiert worden; er ist oben mitgezählt und steht im Bericht, nicht in der Liste unten.</numerusform>
            <numerusform>%Ln Kunden waren schon im unterbrochenen Durchgang konvertiert worden; sie sind oben mitgezählt und stehen im Bericht, nicht in der Liste unten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="173"/>
        <source>The conversion is complete. Result per customer:</source>
        <translation>Die Konvertierung ist abgeschlossen. Ergebnis je Kunde:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert.py" line="63"/>
        <source>Counting what converting will change…</source>
        <translation>Es wird gezählt, was die Konvertierung ändert …</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="25"/>
        <source>Convert ({0})</source>
        <translation>Konvertieren ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="26"/>
        <source>Keep as paxlounge customer ({0})</source>
        <translation>Als paxlounge-Kunde behalten ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="27"/>
        <source>Skip ({0})</source>
        <translation>Überspringen ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="28"/>
        <source>Re-link… ({0})</source>
        <translation>Neu verknüpfen … ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="29"/>
        <source>Next open ({0})</source>
        <translation>Nächster offener ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="30"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="38"/>
        <source>Convert all in this view…</source>
        <translation>Alle dieser Ansicht konvertieren …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_bar.py" line="39"/>
        <source>Skip all in this view…</source>
        <translation>Alle dieser Ansicht überspringen …</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="18"/>
        <source>Done</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="18"/>
        <source>The conversion is complete.</source>
        <translation>Die Konvertierung ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="22"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="24"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="27"/>
        <source>More formats</source>
        <translation>Weitere Formate</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="30"/>
        <source>Save report as JSON for IT (without names)…</source>
        <translation>Bericht als JSON für die IT speichern (ohne Namen)…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="33"/>
        <source>Delete the lists “Enter in MidOffice”…</source>
        <translation>Listen „In MidOffice nachtragen“ löschen…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="59"/>
        <source>The lists “Enter in MidOffice” ({0}) hold your customers&apos; personal data. Delete them once the values are entered in the MidOffice.</source>
        <translation>Die Listen „In MidOffice nachtragen“ ({0}) enthalten personenbezogene Daten Ihrer Kunden. Löschen Sie sie, sobald die Angaben im MidOffice nachgetragen sind.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="65"/>
        <source>Delete these files for good? {0}

They list values that only the CRM copies had; the CRM no longer has them.</source>
        <translation>Diese Dateien endgültig löschen? {0}

Sie enthalten Angaben, die nur die CRM-Kopien hatten; das CRM hat sie nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="66"/>
        <source>Delete lists</source>
        <translation>Listen löschen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="74"/>
        <source>{0} could not be deleted: it is probably open in another program (Excel, a PDF viewer). Close it there and delete the lists again.</source>
        <translation>{0} konnte nicht gelöscht werden: Die Datei ist vermutlich in einem anderen Programm geöffnet (Excel, ein PDF-Programm). Schließen Sie sie dort und löschen Sie die Listen erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="85"/>
        <source>Saving the report…</source>
        <translation>Der Bericht wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="86"/>
        <source>GDPR decisions: being counted…</source>
        <translation>DSGVO-Entscheidungen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="94"/>
        <source>Saving the report… {0} %</source>
        <translation>Der Bericht wird gespeichert… {0} %</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="106"/>
        <source>The report was saved (PDF and Excel):&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>Der Bericht wurde gespeichert (PDF und Excel):&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="112"/>
        <source>GDPR: no customer was deleted in the MidOffice.</source>
        <translation>DSGVO: Kein Kunde wurde im MidOffice gelöscht.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="114"/>
        <source>GDPR decisions (customers deleted in the MidOffice): kept: &lt;b&gt;{0}&lt;/b&gt; · deleted: &lt;b&gt;{1}&lt;/b&gt; · anonymized: &lt;b&gt;{2}&lt;/b&gt; · still open: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>DSGVO-Entscheidungen (im MidOffice gelöschte Kunden): behalten: &lt;b&gt;{0}&lt;/b&gt; · gelöscht: &lt;b&gt;{1}&lt;/b&gt; · anonymisiert: &lt;b&gt;{2}&lt;/b&gt; · noch offen: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="121"/>
        <source>The report could not be saved ({0}). Please check that the Documents folder exists and is writable, then come back to this step.</source>
        <translation>Der Bericht konnte nicht gespeichert werden ({0}). Bitte prüfen Sie, ob der Ordner „Dokumente“ vorhanden und beschreibbar ist, und kehren Sie dann zu diesem Schritt zurück.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="135"/>
        <source>Save JSON report</source>
        <translation>JSON-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="137"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="143"/>
        <source>JSON for IT: {0}</source>
        <translation>JSON für die IT: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="39"/>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Please close paxdesk and log in again.&lt;/b&gt; All sessions were ended; your colleagues must log in again too.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Bitte schließen Sie paxdesk und melden Sie sich neu an.&lt;/b&gt; Alle Sitzungen wurden beendet; auch Ihre Kolleginnen und Kollegen müssen sich neu anmelden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/finish.py" line="48"/>
        <source>Converted to v2: &lt;b&gt;{0}&lt;/b&gt; · kept as paxlounge customers: &lt;b&gt;{1}&lt;/b&gt; · unchanged: &lt;b&gt;{2}&lt;/b&gt; · failed: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Zu v2 konvertiert: &lt;b&gt;{0}&lt;/b&gt; · als paxlounge-Kunden behalten: &lt;b&gt;{1}&lt;/b&gt; · unverändert: &lt;b&gt;{2}&lt;/b&gt; · fehlgeschlagen: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GdprDecisions</name>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="27"/>
        <source>&amp;Keep (with reason)…</source>
        <translation>&amp;Behalten (mit Begründung) …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="28"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="29"/>
        <source>&amp;Anonymize…</source>
        <translation>&amp;Anonymisieren …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="30"/>
        <source>&amp;Undo keep</source>
        <translation>Behalten &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="36"/>
        <source>Keeping can be taken back later; deleting and anonymizing are final.</source>
        <translation>Behalten lässt sich später rückgängig machen; Löschen und Anonymisieren sind endgültig.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="59"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="53"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="53"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%Ln Beratung</numerusform>
            <numerusform>%Ln Beratungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="54"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%Ln Angebot</numerusform>
            <numerusform>%Ln Angeboten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="58"/>
        <source>{0} (CRM no. {1})</source>
        <translation>{0} (CRM-Nr. {1})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="58"/>
        <source>{0} (MidOffice no. {2}, CRM no. {1})</source>
        <translation>{0} (MidOffice-Nr. {2}, CRM-Nr. {1})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="68"/>
        <source>Why do you keep {0}? The reason is recorded.</source>
        <translation>Warum behalten Sie {0}? Der Grund wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="71"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="76"/>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie einen Grund an.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="90"/>
        <source>Delete {0} for good, together with {1}?

This cannot be undone. Backups written earlier still contain this customer.</source>
        <translation>{0} endgültig löschen, zusammen mit {1}?

Das kann nicht rückgängig gemacht werden. Früher geschriebene Sicherungen enthalten diesen Kunden weiterhin.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="93"/>
        <source>Delete customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="102"/>
        <source>Anonymize {0}?

Name, address, contact details and birth date are removed for good; of the {1}, only the free texts are emptied. This cannot be undone. Backups written earlier still contain this customer.</source>
        <translation>{0} anonymisieren?

Name, Adresse, Kontaktdaten und Geburtsdatum werden endgültig entfernt; bei {1} werden nur die Freitexte geleert. Das kann nicht rückgängig gemacht werden. Früher geschriebene Sicherungen enthalten diesen Kunden weiterhin.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="127"/>
        <source>✓ Keeping {0} was taken back; please decide again.</source>
        <translation>✓ Das Behalten von {0} wurde rückgängig gemacht; bitte entscheiden Sie neu.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="131"/>
        <source>✓ {0} is kept; the reason was recorded. To take this back, select the customer again and choose “Undo keep”.</source>
        <translation>✓ {0} wird behalten; der Grund wurde festgehalten. Zum Zurücknehmen wählen Sie den Kunden wieder aus und dann „Behalten rückgängig machen“.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="137"/>
        <source>✓ {0} was anonymized; of the {1}, only the free texts were emptied.</source>
        <translation>✓ {0} wurde anonymisiert; bei {1} wurden nur die Freitexte geleert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="107"/>
        <source>To confirm, please type the customer&apos;s last name (CRM no. {0}):</source>
        <translation>Zur Bestätigung tippen Sie bitte den Nachnamen des Kunden ein (CRM-Nr. {0}):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="108"/>
        <source>This customer has no last name. To confirm, please type the CRM number:</source>
        <translation>Dieser Kunde hat keinen Nachnamen. Zur Bestätigung tippen Sie bitte die CRM-Nummer ein:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="109"/>
        <source>Anonymize</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="113"/>
        <source>That is not the last name of this customer; nothing was changed.</source>
        <translation>Das ist nicht der Nachname dieses Kunden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="136"/>
        <source>✓ {0} was deleted, with {1}.</source>
        <translation>✓ {0} wurde gelöscht, mit {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="139"/>
        <source>Backups written earlier still contain this customer.</source>
        <translation>Früher geschriebene Sicherungen enthalten diesen Kunden weiterhin.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="105"/>
        <source>Anonymize…</source>
        <translation>Anonymisieren …</translation>
    </message>
</context>
<context>
    <name>GdprList</name>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="32"/>
        <source>CRM no.</source>
        <translation>CRM-Nr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="32"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="31"/>
        <source>MidOffice no. (until now)</source>
        <translation>MidOffice-Nr. (bisher)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="32"/>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="32"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="33"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="62"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="62"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="62"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="63"/>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="68"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="81"/>
        <source>removed (GDPR)</source>
        <translation>entfernt (DSGVO)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="87"/>
        <source>No customer is awaiting a GDPR decision.</source>
        <translation>Kein Kunde wartet auf eine DSGVO-Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr_list.py" line="91"/>
        <source>✓ every customer has a decision.</source>
        <translation>✓ Für jeden Kunden ist entschieden.</translation>
    </message>
</context>
<context>
    <name>GdprPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="21"/>
        <source>GDPR review</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="22"/>
        <source>These customers were deleted in the MidOffice; the conversion kept them here so nothing was lost. Decide for each: keep (with a reason), delete or anonymize.</source>
        <translation>Diese Kunden wurden im MidOffice gelöscht; die Konvertierung hat sie hier behalten, damit nichts verloren geht. Entscheiden Sie für jeden: behalten (mit Grund), löschen oder anonymisieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="71"/>
        <source>%n customer(s) deleted in the MidOffice are still undecided. They stay in the CRM, marked for review, until you decide: next time paxdesk starts, it offers to continue at this step (also “paxdesk gdpr list” lists them).

Go on to the report anyway?</source>
        <translation>
            <numerusform>%Ln im MidOffice gelöschter Kunde ist noch nicht entschieden. Er bleibt im CRM, zur Prüfung markiert, bis Sie entscheiden: Beim nächsten Start bietet paxdesk an, bei diesem Schritt fortzusetzen (auch „paxdesk gdpr list“ zeigt ihn).

Trotzdem weiter zum Bericht?</numerusform>
            <numerusform>%Ln im MidOffice gelöschte Kunden sind noch nicht entschieden. Sie bleiben im CRM, zur Prüfung markiert, bis Sie entscheiden: Beim nächsten Start bietet paxdesk an, bei diesem Schritt fortzusetzen (auch „paxdesk gdpr list“ zeigt sie).

Trotzdem weiter zum Bericht?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="74"/>
        <source>Go on to the report</source>
        <translation>Weiter zum Bericht</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="16"/>
        <source>Comparison</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="16"/>
        <source>Every copy is compared with its live MidOffice record.</source>
        <translation>Jede Kopie wird mit dem aktuellen Datensatz im MidOffice verglichen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="24"/>
        <source>Stop comparison</source>
        <translation>Abgleich anhalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="26"/>
        <source>Start comparison again</source>
        <translation>Abgleich neu starten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="70"/>
        <source>Stopped. Nothing was changed; start the comparison again when you are ready.</source>
        <translation>Angehalten. Es wurde nichts verändert; starten Sie den Abgleich neu, wenn Sie so weit sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/matching.py" line="101"/>
        <source>Done: %n customer(s) compared.</source>
        <translation>
            <numerusform>Fertig: %Ln Kunde verglichen.</numerusform>
            <numerusform>Fertig: %Ln Kunden verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="51"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="88"/>
        <source>about {0} s left</source>
        <translation>noch etwa {0} s</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/matching.py" line="90"/>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
</context>
<context>
    <name>MidOfficePage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="12"/>
        <source>MidOffice and token</source>
        <translation>MidOffice &amp; Token</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="12"/>
        <source>Which back-office system does your agency use?</source>
        <translation>Welches MidOffice nutzt Ihre Agentur?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="13"/>
        <source>myJack v2 (Bewotec)</source>
        <translation>myJack v2 (Bewotec)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="14"/>
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
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="140"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="25"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="38"/>
        <source>The token is &lt;b&gt;Parameter 1&lt;/b&gt; of the system connection: in the agency administration under Configuration → System connection → Parameter 1. paxdesk keeps it in the Windows password store (never in a file), and only once the MidOffice has accepted it in step 4.</source>
        <translation>Der Token ist &lt;b&gt;Parameter 1&lt;/b&gt; des Systemanschlusses: in der Agenturverwaltung unter Konfiguration → Systemanschluss → Parameter 1. paxdesk bewahrt ihn im Windows-Kennwortspeicher auf (nie in einer Datei), und erst, wenn das MidOffice ihn in Schritt 4 akzeptiert hat.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="56"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="67"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="70"/>
        <source>Address (base URL):</source>
        <translation>Adresse (Basis-URL):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="113"/>
        <source>&lt;b&gt;The MidOffice did not accept the token you entered&lt;/b&gt;, so it was not saved. Please copy “Parameter 1” again and paste it here.</source>
        <translation>&lt;b&gt;Das MidOffice hat den eingegebenen Token nicht akzeptiert&lt;/b&gt;, daher wurde er nicht gespeichert. Bitte kopieren Sie „Parameter 1“ erneut und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="116"/>
        <source>The saved token (accepted by the MidOffice earlier) stays in use until the MidOffice has accepted the new one in step 4. Empty the field to keep using it.</source>
        <translation>Der gespeicherte Token (vom MidOffice bereits akzeptiert) bleibt in Gebrauch, bis das MidOffice den neuen in Schritt 4 akzeptiert hat. Leeren Sie das Feld, um ihn weiter zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="119"/>
        <source>A token that the MidOffice accepted is saved. Leave the field empty to keep using it, or paste a new one.</source>
        <translation>Ein vom MidOffice akzeptierter Token ist gespeichert. Lassen Sie das Feld leer, um ihn weiter zu verwenden, oder fügen Sie einen neuen ein.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="132"/>
        <source>Only change this when your IT service provider tells you to. The default for {0} is {1}.</source>
        <translation>Nur ändern, wenn Ihr IT-Dienstleister es sagt. Standard für {0} ist {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="34"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="140"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="169"/>
        <source>The CRM database names &lt;b&gt;{0}&lt;/b&gt; as the MidOffice address, but the saved token belongs to &lt;b&gt;{1}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Send the token to {0}? Confirm only if your MidOffice provider gave you this address.</source>
        <translation>In der CRM-Datenbank steht &lt;b&gt;{0}&lt;/b&gt; als MidOffice-Adresse, der gespeicherte Token gehört aber zu &lt;b&gt;{1}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Den Token an {0} senden? Bitte nur bestätigen, wenn Ihr MidOffice-Anbieter Ihnen diese Adresse genannt hat.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/midoffice.py" line="172"/>
        <source>Send the token to a new address?</source>
        <translation>Token an eine neue Adresse senden?</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../paxdesk/ui/pages/base.py" line="52"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="13"/>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="13"/>
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
        <location filename="../../paxdesk/ui/pages/preparation.py" line="23"/>
        <source>⚠ Only if you are sure nobody is working any more (for example a forgotten login): after the conversion everybody is logged out, and what a colleague has not saved by then is lost.</source>
        <translation>⚠ Nur, wenn Sie sicher sind, dass niemand mehr arbeitet (zum Beispiel eine vergessene Anmeldung): Nach der Konvertierung werden alle abgemeldet, und was bis dahin nicht gespeichert ist, geht verloren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/preparation.py" line="81"/>
        <source>%n colleague(s) still logged in. Please ask them to save their work and log out; this list refreshes by itself.</source>
        <translation>
            <numerusform>Noch %Ln Kollegin oder Kollege ist angemeldet. Bitte sorgen Sie dafür, dass die Arbeit gespeichert und die Anmeldung beendet wird; diese Liste aktualisiert sich von selbst.</numerusform>
            <numerusform>Noch %Ln Kolleginnen und Kollegen sind angemeldet. Bitte sorgen Sie dafür, dass sie ihre Arbeit speichern und sich abmelden; diese Liste aktualisiert sich von selbst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="35"/>
        <source>Before the first change, a backup is written to: {0}</source>
        <translation>Vor der ersten Änderung wird eine Sicherung geschrieben nach: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="19"/>
        <source>Continue &amp;anyway, although colleagues are logged in</source>
        <translation>&amp;Trotzdem fortfahren, obwohl Kollegen angemeldet sind</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="37"/>
        <source>Reserving the CRM for this conversion…</source>
        <translation>Das CRM wird für diese Konvertierung reserviert …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="46"/>
        <source>✓ The CRM is reserved for this conversion; no second conversion can start.</source>
        <translation>✓ Das CRM ist für diese Konvertierung reserviert; eine zweite Konvertierung kann nicht starten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="50"/>
        <source>Continue anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/preparation.py" line="57"/>
        <source>%n colleague(s) still logged in: {0}.

If you continue, they will be logged out after the conversion, and whatever they have not saved by then is lost. Please continue only when you are sure nobody is still working.

Continue anyway?</source>
        <translation>
            <numerusform>Noch %Ln Kollegin oder Kollege ist angemeldet: {0}.

Wenn Sie fortfahren, wird die Anmeldung nach der Konvertierung beendet, und was bis dahin nicht gespeichert ist, geht verloren. Bitte fahren Sie nur fort, wenn Sie sicher sind, dass niemand mehr arbeitet.

Trotzdem fortfahren?</numerusform>
            <numerusform>Noch %Ln Kolleginnen und Kollegen sind angemeldet: {0}.

Wenn Sie fortfahren, werden sie nach der Konvertierung abgemeldet, und was sie bis dahin nicht gespeichert haben, geht verloren. Bitte fahren Sie nur fort, wenn Sie sicher sind, dass niemand mehr arbeitet.

Trotzdem fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="64"/>
        <source>✗ Another conversion is running on this CRM. Please wait until it has finished, then go back and forward again.</source>
        <translation>✗ Auf diesem CRM läuft bereits eine Konvertierung. Bitte warten Sie, bis sie fertig ist, und gehen Sie dann zurück und wieder vor.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/preparation.py" line="84"/>
        <source>✓ Nobody else is logged in.</source>
        <translation>✓ Niemand sonst ist angemeldet.</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="22"/>
        <source>Customer (CRM)</source>
        <translation>Kunde (CRM)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="22"/>
        <source>MidOffice customer</source>
        <translation>MidOffice-Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="46"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="50"/>
        <source>Converted, re-linked to another MidOffice customer</source>
        <translation>Konvertiert, neu verknüpft mit einem anderen MidOffice-Kunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="52"/>
        <source>Converted despite a large difference</source>
        <translation>Trotz großer Abweichung konvertiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="54"/>
        <source>Converted, merged with the existing v2 customer</source>
        <translation>Konvertiert, zusammengeführt mit dem vorhandenen v2-Kunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="56"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="22"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="55"/>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="55"/>
        <source>Kept as paxlounge customer</source>
        <translation>Als paxlounge-Kunde behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/convert_result.py" line="56"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="16"/>
        <source>C</source>
        <comment>shortcut key: convert</comment>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="17"/>
        <source>L</source>
        <comment>shortcut key: keep as paxlounge customer (local)</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="18"/>
        <source>S</source>
        <comment>shortcut key: skip</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="19"/>
        <source>R</source>
        <comment>shortcut key: re-link</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="20"/>
        <source>N</source>
        <comment>shortcut key: next open warning</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="31"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="31"/>
        <source>Decide what happens with customers whose data differs.</source>
        <translation>Entscheiden Sie, was mit Kunden geschieht, deren Daten abweichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review.py" line="130"/>
        <source>{0} of %n warning(s) checked one by one</source>
        <translation>
            <numerusform>{0} von %Ln Warnung einzeln geprüft</numerusform>
            <numerusform>{0} von %Ln Warnungen einzeln geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="186"/>
        <source>{0}: decide with {1} (convert), {2} (keep as paxlounge customer), {3} (skip) or {4} (re-link).</source>
        <translation>{0}: entscheiden Sie mit {1} (konvertieren), {2} (als paxlounge-Kunde behalten), {3} (überspringen) oder {4} (neu verknüpfen).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="42"/>
        <source>Warnings you decided one at a time. Decisions made for a whole view at once are not counted here.</source>
        <translation>Warnungen, die Sie einzeln entschieden haben. Entscheidungen für eine ganze Ansicht auf einmal zählen hier nicht.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="65"/>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="55"/>
        <source>Cannot convert {0}: {1} — there is no MidOffice record to convert to. Choose L (keep as paxlounge customer) or S (skip).</source>
        <translation>Kann {0} nicht konvertieren: {1} – es gibt keinen MidOffice-Datensatz, auf den verwiesen werden kann. Wählen Sie L (als paxlounge-Kunde behalten) oder S (überspringen).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="48"/>
        <source>Left undecided: {0}.</source>
        <translation>Nicht entschieden: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="195"/>
        <source>No open rows in this view.</source>
        <translation>In dieser Ansicht ist nichts mehr offen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_bulk.py" line="37"/>
        <source>Nothing to change in this view ({0}).</source>
        <translation>In dieser Ansicht gibt es nichts zu ändern ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="50"/>
        <source>%n of them have data only in the CRM, which converting drops (tab &quot;Only in the CRM&quot;).</source>
        <translation>
            <numerusform>%Ln davon hat Daten nur im CRM, die beim Konvertieren wegfallen (Reiter „Nur im CRM“).</numerusform>
            <numerusform>%Ln davon haben Daten nur im CRM, die beim Konvertieren wegfallen (Reiter „Nur im CRM“).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_bulk.py" line="54"/>
        <source>Left alone: {0}.</source>
        <translation>Unverändert bleiben: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="50"/>
        <source>Nothing changed: {0} keeps &quot;{1}&quot;.</source>
        <translation>Nichts geändert: {0} behält „{1}“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="89"/>
        <source>%n customer(s) set to &quot;{1}&quot;; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%Ln Kunde auf „{1}“ gesetzt; Strg+Z macht das rückgängig.</numerusform>
            <numerusform>%Ln Kunden auf „{1}“ gesetzt; Strg+Z macht das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="99"/>
        <source>Re-linking needs a MidOffice record: {0}. Choose L or S.</source>
        <translation>Neu verknüpfen geht nur mit einem MidOffice-Datensatz: {0}. Wählen Sie L oder S.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="110"/>
        <source>Fetching MidOffice customer {0}…</source>
        <translation>MidOffice-Kunde {0} wird geladen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="125"/>
        <source>it does not exist (any more)</source>
        <translation>er existiert nicht (mehr)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="127"/>
        <source>Not re-linked: MidOffice customer {0}: {1}.</source>
        <translation>Nicht neu verknüpft: MidOffice-Kunde {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="136"/>
        <source>Re-linked to {0}; the comparison shows that record.</source>
        <translation>Neu verknüpft mit {0}; der Vergleich zeigt jetzt diesen Datensatz.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="70"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="45"/>
        <source>&quot;{0}&quot; for %n customer(s) in this view (search &quot;{1}&quot;; {2})?</source>
        <translation>
            <numerusform>„{0}“ für %Ln Kunden dieser Ansicht (Suche „{1}“; {2})?</numerusform>
            <numerusform>„{0}“ für %Ln Kunden dieser Ansicht (Suche „{1}“; {2})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="47"/>
        <source>&quot;{0}&quot; for %n customer(s) in this view ({2})?</source>
        <translation>
            <numerusform>„{0}“ für %Ln Kunden dieser Ansicht ({2})?</numerusform>
            <numerusform>„{0}“ für %Ln Kunden dieser Ansicht ({2})?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review.py" line="50"/>
        <source>Search in this tab: name, customer no., e-mail (Ctrl+F) · other tab: Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>In diesem Reiter suchen: Name, Kundennummer, E-Mail (Strg+F) · anderer Reiter: Strg+Bild↓ / Strg+Bild↑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="56"/>
        <source>Convert %n</source>
        <translation>
            <numerusform>%Ln konvertieren</numerusform>
            <numerusform>%Ln konvertieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="58"/>
        <source>Skip %n</source>
        <translation>
            <numerusform>%Ln überspringen</numerusform>
            <numerusform>%Ln überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="22"/>
        <source>%n major difference(s) – to decide one by one</source>
        <translation>
            <numerusform>%Ln große Abweichung – einzeln zu entscheiden</numerusform>
            <numerusform>%Ln große Abweichungen – einzeln zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="24"/>
        <source>%n already decided</source>
        <translation>
            <numerusform>%Ln bereits entschieden</numerusform>
            <numerusform>%Ln bereits entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="26"/>
        <source>%n already &quot;{0}&quot;</source>
        <translation>
            <numerusform>%Ln bereits „{0}“</numerusform>
            <numerusform>%Ln bereits „{0}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="27"/>
        <source>%n not possible for their class</source>
        <translation>
            <numerusform>%Ln für seinen Status nicht möglich</numerusform>
            <numerusform>%Ln für ihren Status nicht möglich</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/review_history.py" line="32"/>
        <source>Undone: {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review_history.py" line="34"/>
        <source>Undone for %n customer(s).</source>
        <translation>
            <numerusform>Rückgängig: %Ln Kunde.</numerusform>
            <numerusform>Rückgängig: %Ln Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="36"/>
        <source>Re-link with another MidOffice customer</source>
        <translation>Mit einem anderen MidOffice-Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="67"/>
        <source>How closely the MidOffice customer agrees with the CRM copy (name, e-mail, postcode, date of birth): 100 % means all of them agree; the comparison below shows each field.</source>
        <translation>Wie gut der MidOffice-Kunde zur CRM-Kopie passt (Name, E-Mail, PLZ, Geburtsdatum): 100 % heißt, alles stimmt überein; der Vergleich darunter zeigt jedes Feld.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="106"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="128"/>
        <source>{0} found</source>
        <translation>{0} gefunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="46"/>
        <source>Customers in the MidOffice who are probably &lt;b&gt;{0}&lt;/b&gt; — best match first. Choose one to compare it with the CRM copy.</source>
        <translation>Kunden im MidOffice, die wahrscheinlich &lt;b&gt;{0}&lt;/b&gt; sind – der beste Treffer zuerst. Wählen Sie einen, um ihn mit der CRM-Kopie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="52"/>
        <source>Search by name or e-mail yourself…</source>
        <translation>Selbst nach Name oder E-Mail suchen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="54"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="60"/>
        <source>Score</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="60"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="61"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="61"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="61"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="62"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="62"/>
        <source>Class</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="100"/>
        <source>MidOffice customers found for &lt;b&gt;{0}&lt;/b&gt; — compare each with the CRM copy before you choose.</source>
        <translation>Im MidOffice gefunden für &lt;b&gt;{0}&lt;/b&gt; – vergleichen Sie jeden Kunden mit der CRM-Kopie, bevor Sie wählen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="154"/>
        <source>Not chosen: {0}. Choose another customer or Cancel.</source>
        <translation>Nicht gewählt: {0}. Wählen Sie einen anderen Kunden oder „Abbrechen“.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="18"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="18"/>
        <source>Convert your MidOffice customers to the new connection</source>
        <translation>Ihre MidOffice-Kunden auf die neue Anbindung umstellen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="20"/>
        <source>&lt;p&gt;Until now, the CRM kept a &lt;b&gt;copy&lt;/b&gt; of each MidOffice customer&apos;s personal data (v1). The new connection (v2) keeps only the &lt;b&gt;customer number&lt;/b&gt; and loads the data live from the MidOffice, so it is always current and customers deleted there disappear here too.&lt;/p&gt;&lt;p&gt;This assistant converts your copies in nine steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;This overview.&lt;/li&gt;&lt;li&gt;Choose the MidOffice and enter the token.&lt;/li&gt;&lt;li&gt;Make sure your colleagues are logged out.&lt;/li&gt;&lt;li&gt;paxdesk checks the token.&lt;/li&gt;&lt;li&gt;paxdesk compares every copy with the MidOffice.&lt;/li&gt;&lt;li&gt;You review the differences and decide.&lt;/li&gt;&lt;li&gt;Convert: a backup is written, then the CRM is changed.&lt;/li&gt;&lt;li&gt;You decide about customers that were deleted in the MidOffice (GDPR).&lt;/li&gt;&lt;li&gt;The report.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Bisher hat das CRM von jedem MidOffice-Kunden eine &lt;b&gt;Kopie&lt;/b&gt; der persönlichen Daten gehalten (v1). Die neue Anbindung (v2) speichert nur noch die &lt;b&gt;Kundennummer&lt;/b&gt; und lädt die Daten live aus dem MidOffice – so sind sie immer aktuell, und dort gelöschte Kunden verschwinden auch hier.&lt;/p&gt;&lt;p&gt;Dieser Assistent konvertiert Ihre Kopien in neun Schritten:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Diese Übersicht.&lt;/li&gt;&lt;li&gt;MidOffice wählen und Token eintragen.&lt;/li&gt;&lt;li&gt;Sicherstellen, dass Ihre Kollegen abgemeldet sind.&lt;/li&gt;&lt;li&gt;paxdesk prüft den Token.&lt;/li&gt;&lt;li&gt;paxdesk vergleicht jede Kopie mit dem MidOffice.&lt;/li&gt;&lt;li&gt;Sie prüfen die Abweichungen und entscheiden.&lt;/li&gt;&lt;li&gt;Konvertieren: Eine Sicherung wird geschrieben, dann wird das CRM verändert.&lt;/li&gt;&lt;li&gt;Sie entscheiden über Kunden, die im MidOffice gelöscht wurden (DSGVO).&lt;/li&gt;&lt;li&gt;Der Bericht.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;The CRM changes only in step 7&lt;/b&gt;, when you click “Convert now” — after a backup. Until then you can go back at any time, and you can quit: your decisions are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das CRM wird erst in Schritt 7 verändert&lt;/b&gt;, wenn Sie auf „Jetzt konvertieren“ klicken – nach einer Sicherung. Bis dahin können Sie jederzeit zurückgehen und auch beenden: Ihre Entscheidungen bleiben gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="77"/>
        <source>Last time you stopped at &lt;b&gt;step {0} of {1}: {2}&lt;/b&gt; ({3}). Your decisions are saved. Continue there, or click “Next” to go through the steps from the start.</source>
        <translation>Zuletzt haben Sie bei &lt;b&gt;Schritt {0} von {1}: {2}&lt;/b&gt; aufgehört ({3}). Ihre Entscheidungen sind gespeichert. Setzen Sie dort fort, oder klicken Sie auf „Weiter“, um die Schritte von vorn zu durchlaufen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="81"/>
        <source>Continue at step {0}</source>
        <translation>Fortsetzen bei Schritt {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/welcome.py" line="94"/>
        <source>&lt;b&gt;A conversion was interrupted&lt;/b&gt; (started on {0}). %n customer(s) were already converted (to a MidOffice reference, or kept as a paxlounge customer); every other customer is unchanged — nobody is half converted. The backup of the state before the conversion: {2}.&lt;br&gt;To finish it, go through the steps again: step 7 converts the remaining customers, and the report covers both attempts.</source>
        <translation>
            <numerusform>&lt;b&gt;Eine Konvertierung wurde unterbrochen&lt;/b&gt; (begonnen am {0}). %Ln Kunde war schon konvertiert (zur MidOffice-Nummer oder als paxlounge-Kunde behalten); alle anderen Kunden sind unverändert – niemand ist halb konvertiert. Die Sicherung vom Stand vor der Konvertierung: {2}.&lt;br&gt;Zum Abschließen gehen Sie die Schritte noch einmal durch: Schritt 7 konvertiert die übrigen Kunden, und der Bericht umfasst beide Versuche.</numerusform>
            <numerusform>&lt;b&gt;Eine Konvertierung wurde unterbrochen&lt;/b&gt; (begonnen am {0}). %Ln Kunden waren schon konvertiert (zur MidOffice-Nummer oder als paxlounge-Kunde behalten); alle anderen Kunden sind unverändert – niemand ist halb konvertiert. Die Sicherung vom Stand vor der Konvertierung: {2}.&lt;br&gt;Zum Abschließen gehen Sie die Schritte noch einmal durch: Schritt 7 konvertiert die übrigen Kunden, und der Bericht umfasst beide Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/pages/welcome.py" line="112"/>
        <source>&lt;p&gt;&lt;b&gt;A conversion was completed&lt;/b&gt; on {0}. Customers now referring to the MidOffice: {1}; kept as paxlounge customers: {2}. Going through the steps again converts the copies that are left (for example those skipped); the CRM changes again only in step 7, after a new backup.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eine Konvertierung wurde abgeschlossen&lt;/b&gt; am {0}. Kunden, die jetzt auf das MidOffice verweisen: {1}; als paxlounge-Kunden behalten: {2}. Wenn Sie die Schritte noch einmal durchgehen, werden die übrigen Kopien konvertiert (zum Beispiel übersprungene); das CRM wird wieder erst in Schritt 7 verändert, nach einer neuen Sicherung.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/welcome.py" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;Still to do:&lt;/b&gt; %n customer(s) deleted in the MidOffice await your GDPR decision (keep, delete or anonymize) in step 8.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Noch zu tun:&lt;/b&gt; %Ln im MidOffice gelöschter Kunde wartet auf Ihre DSGVO-Entscheidung (behalten, löschen oder anonymisieren) in Schritt 8.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Noch zu tun:&lt;/b&gt; %Ln im MidOffice gelöschte Kunden warten auf Ihre DSGVO-Entscheidung (behalten, löschen oder anonymisieren) in Schritt 8.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../paxdesk/ui/app.py" line="69"/>
        <source>Sorry — something went wrong that paxdesk did not expect. Nothing was changed without a backup. A report for the support was saved here:
{0}</source>
        <translation>Entschuldigung – etwas Unerwartetes ist schiefgegangen. Nichts wurde ohne Sicherung verändert. Ein Bericht für den Support wurde hier gespeichert:
{0}</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="24"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="24"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="25"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="25"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="25"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="26"/>
        <location filename="../../paxdesk/ui/texts.py" line="31"/>
        <source>No reference</source>
        <translation>Ohne Referenz</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="26"/>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="29"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="35"/>
        <source>Every CRM copy of the comparison.</source>
        <translation>Alle CRM-Kopien aus dem Abgleich.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="36"/>
        <source>Warnings not decided yet: decide each with {0}, {1} or {2}. Left open, they stay unchanged (skipped).</source>
        <translation>Warnungen, die noch nicht entschieden sind: jede mit {0}, {1} oder {2} entscheiden. Offen gelassen, bleiben sie unverändert (übersprungen).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="47"/>
        <source>No MidOffice customer no. in the CRM: they stay unchanged unless you keep them as paxlounge customers ({0}).</source>
        <translation>Keine MidOffice-Kundennummer im CRM: bleiben unverändert, außer Sie behalten sie als paxlounge-Kunden ({0}).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="39"/>
        <source>Same data as in the MidOffice: converted unless you decide otherwise.</source>
        <translation>Gleiche Daten wie im MidOffice: werden konvertiert, wenn Sie nichts anderes entscheiden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="40"/>
        <source>Data differs from the MidOffice (minor or major difference) — decided and not yet decided.</source>
        <translation>Daten weichen vom MidOffice ab (kleine oder große Abweichung) – entschiedene und noch nicht entschiedene.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="42"/>
        <source>Deleted in the MidOffice: kept as paxlounge customers unless you decide otherwise.</source>
        <translation>Im MidOffice gelöscht: bleiben als paxlounge-Kunden erhalten, wenn Sie nichts anderes entscheiden.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="43"/>
        <source>The MidOffice gave no reliable answer for these customers (network or server error); they are not deleted. If you do nothing, they stay unchanged (skipped). To check them: make sure the connection works, go back to step 5 and click &quot;Start comparison again&quot; — your decisions are kept.</source>
        <translation>Für diese Kunden kam vom MidOffice keine verlässliche Antwort (Netzwerk- oder Serverfehler); sie sind nicht gelöscht. Wenn Sie nichts tun, bleiben sie unverändert (übersprungen). Zum erneuten Prüfen: Verbindung kontrollieren, mit „Zurück“ zu Schritt 5 gehen und „Abgleich neu starten“ klicken – Ihre Entscheidungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="49"/>
        <source>Several CRM copies with the same MidOffice customer no.: the comparison shows where their consultations and offers go.</source>
        <translation>Mehrere CRM-Kopien mit derselben MidOffice-Kundennummer: der Vergleich zeigt, wohin ihre Beratungen und Angebote gehen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="51"/>
        <source>Data the CRM has and the chosen MidOffice record lacks: converting drops it.</source>
        <translation>Daten, die das CRM hat und dem MidOffice-Datensatz fehlen: sie gehen beim Konvertieren verloren.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="52"/>
        <source>From the summary before converting (step 7):</source>
        <translation>Aus der Zusammenfassung vor dem Konvertieren (Schritt 7):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_rows.py" line="36"/>
        <source>The class changed since your earlier decision: please check again.</source>
        <translation>Die Einstufung hat sich seit Ihrer früheren Entscheidung geändert: bitte erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="28"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="28"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="28"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="29"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="72"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/texts.py" line="21"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%Ln Beratung</numerusform>
            <numerusform>%Ln Beratungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/texts.py" line="25"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%Ln Angebot</numerusform>
            <numerusform>%Ln Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="30"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="30"/>
        <source>Minor difference</source>
        <translation>Kleine Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="30"/>
        <source>Major difference</source>
        <translation>Große Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="31"/>
        <source>Deleted in MidOffice</source>
        <translation>Im MidOffice gelöscht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="32"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="37"/>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="37"/>
        <source>Keep as paxlounge customer</source>
        <translation>Als paxlounge-Kunde behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="38"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="43"/>
        <source>only upper/lower case</source>
        <translation>nur Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="44"/>
        <source>only spaces or invisible characters</source>
        <translation>nur Leerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>ü/ue spelling</source>
        <translation>ü/ue-Schreibweise</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="45"/>
        <source>accents or punctuation</source>
        <translation>Akzente oder Satzzeichen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="46"/>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="46"/>
        <source>missing in the CRM</source>
        <translation>fehlt im CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="47"/>
        <source>missing in the MidOffice</source>
        <translation>fehlt im MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="48"/>
        <source>secondary address in the MidOffice</source>
        <translation>Zweitadresse im MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="53"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="53"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="53"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="54"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="54"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="54"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="54"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="55"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="55"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="55"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="56"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="93"/>
        <source>The MidOffice no longer accepts the token. Please check &apos;Parameter 1&apos; and run the check again.</source>
        <translation>Das MidOffice akzeptiert den Token nicht mehr. Bitte prüfen Sie „Parameter 1“ und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="95"/>
        <source>The token lacks a permission for this step.</source>
        <translation>Dem Token fehlt eine Berechtigung für diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="97"/>
        <source>The MidOffice cannot be reached. Please check the internet connection and try again.</source>
        <translation>Das MidOffice ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="99"/>
        <source>Meanwhile a colleague has logged in. Please ask them to log out, or tick &apos;Continue anyway&apos;.</source>
        <translation>Inzwischen hat sich jemand aus dem Team angemeldet. Bitte um Abmeldung bitten oder „Trotzdem fortfahren“ ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="102"/>
        <source>Another conversion is running on this CRM. Please wait until it has finished.</source>
        <translation>Auf diesem CRM läuft bereits eine Konvertierung. Bitte warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="104"/>
        <source>Please paste the token first.</source>
        <translation>Bitte fügen Sie zuerst den Token ein.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="105"/>
        <source>This is longer than a token can be. Please copy only &apos;Parameter 1&apos; and paste it again.</source>
        <translation>Das ist länger, als ein Token sein kann. Bitte kopieren Sie nur „Parameter 1“ und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="107"/>
        <source>The token contains spaces or line breaks. Please copy &apos;Parameter 1&apos; again and paste it.</source>
        <translation>Der Token enthält Leerzeichen oder Zeilenumbrüche. Bitte kopieren Sie „Parameter 1“ erneut und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="122"/>
        <source>The access check has not passed yet. Please run it again (step 4).</source>
        <translation>Die Zugangsprüfung ist noch nicht bestanden. Bitte führen Sie sie erneut aus (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="124"/>
        <source>myJack is still importing; paxdesk stopped waiting, the import goes on in myJack. Upload again later: paxdesk then follows this import and sends nothing twice.</source>
        <translation>myJack importiert noch; paxdesk wartet nicht länger, der Import läuft in myJack weiter. Laden Sie später erneut hoch: paxdesk verfolgt dann diesen Import und sendet nichts doppelt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="128"/>
        <source>The MidOffice answered with an error. Please try again in a few minutes.</source>
        <translation>Das MidOffice hat mit einem Fehler geantwortet. Bitte versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="130"/>
        <source>The CRM database could not be used. Nothing was changed; please try again or ask your IT service provider.</source>
        <translation>Die CRM-Datenbank konnte nicht verwendet werden. Es wurde nichts verändert; bitte versuchen Sie es erneut oder fragen Sie Ihren IT-Dienstleister.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="133"/>
        <source>This did not work; nothing was changed. (Detail for IT: {0})</source>
        <translation>Das hat nicht geklappt; es wurde nichts verändert. (Angabe für die IT: {0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="135"/>
        <source>Something unexpected went wrong ({0}). Nothing was lost; please try again.</source>
        <translation>Etwas Unerwartetes ist passiert ({0}). Es ging nichts verloren; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="48"/>
        <source>CRM copy</source>
        <translation>CRM-Kopie</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="112"/>
        <source>MidOffice (live)</source>
        <translation>MidOffice (aktuell)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="48"/>
        <source>Kind of difference</source>
        <translation>Art der Abweichung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="66"/>
        <source>Other e-mails</source>
        <translation>Weitere E-Mails</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="116"/>
        <source>Same name, but another e-mail address: converting asks first.</source>
        <translation>Gleicher Name, aber eine andere E-Mail-Adresse: vor dem Konvertieren wird nachgefragt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="123"/>
        <source>No live record: {0}</source>
        <translation>Kein aktueller Datensatz: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_texts.py" line="24"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="29"/>
        <source>After converting</source>
        <translation>Nach dem Konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="29"/>
        <location filename="../../paxdesk/ui/review_texts.py" line="29"/>
        <source>Only in the CRM</source>
        <translation>Nur im CRM</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="60"/>
        <source>duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/review_columns.py" line="74"/>
        <source>all in view</source>
        <translation>alle der Ansicht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="62"/>
        <source>no reliable answer: the MidOffice reported a server error</source>
        <translation>keine verlässliche Antwort: das MidOffice meldete einen Serverfehler</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="63"/>
        <source>no reliable answer: the MidOffice did not answer in time</source>
        <translation>keine verlässliche Antwort: das MidOffice antwortete nicht rechtzeitig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="64"/>
        <source>no reliable answer: the MidOffice could not be reached</source>
        <translation>keine verlässliche Antwort: das MidOffice war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="65"/>
        <source>no reliable answer: the MidOffice asked to slow down</source>
        <translation>keine verlässliche Antwort: das MidOffice bat, langsamer anzufragen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="66"/>
        <source>no reliable answer: the MidOffice sent unreadable data</source>
        <translation>keine verlässliche Antwort: das MidOffice lieferte unlesbare Daten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="67"/>
        <source>no reliable answer from the MidOffice</source>
        <translation>keine verlässliche Antwort vom MidOffice</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="84"/>
        <source>{y}-{m}-{d}</source>
        <translation>{d}.{m}.{y}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="57"/>
        <source>only in the CRM: lost on converting</source>
        <translation>nur im CRM: geht beim Konvertieren verloren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="75"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="75"/>
        <source>v2 customer</source>
        <translation>v2-Kunde</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="87"/>
        <source>Converted copies are merged into the existing v2 customer {0}; their consultations and offers move there.</source>
        <translation>Konvertierte Kopien werden mit dem vorhandenen v2-Kunden {0} zusammengeführt; ihre Beratungen und Angebote wandern dorthin.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="90"/>
        <source>The first copy converted becomes the v2 customer; the consultations and offers of the other copies converted move to it.</source>
        <translation>Die zuerst konvertierte Kopie wird zum v2-Kunden; Beratungen und Angebote der weiteren konvertierten Kopien wandern zu ihm (zusammengeführt).</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="92"/>
        <source>Duplicate group of customer no. {0}</source>
        <translation>Dublettengruppe der Kundennummer {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="107"/>
        <source>Re-linked to MidOffice customer {0}; compared with that record: {1}.</source>
        <translation>Neu verknüpft mit MidOffice-Kunde {0}; verglichen mit diesem Datensatz: {1}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="110"/>
        <source>MidOffice {0} (chosen)</source>
        <translation>MidOffice {0} (gewählt)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/comparison.py" line="115"/>
        <source>The names differ: this is probably another person.</source>
        <translation>Die Namen weichen ab: das ist wahrscheinlich eine andere Person.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="123"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="126"/>
        <source>Agrees: {0}</source>
        <translation>Stimmt überein: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="143"/>
        <source>MidOffice {0}</source>
        <translation>MidOffice {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/search_dialog.py" line="144"/>
        <source>Compared with the CRM copy: {0}.</source>
        <translation>Verglichen mit der CRM-Kopie: {0}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="58"/>
        <source>Probably another person</source>
        <translation>Wahrscheinlich eine andere Person</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="42"/>
        <source>The CRM copy belongs to {0}, but MidOffice customer {1} is {2} — both with the e-mail {3}.</source>
        <translation>Die CRM-Kopie gehört zu {0}, aber MidOffice-Kunde {1} ist {2} – beide mit der E-Mail {3}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="36"/>
        <source>The CRM copy and MidOffice customer {1} are both {0}, but with another e-mail address: {2} in the CRM, {3} in the MidOffice. After converting only the MidOffice&apos;s counts. Convert anyway?</source>
        <translation>Die CRM-Kopie und MidOffice-Kunde {1} sind beide {0}, aber mit einer anderen E-Mail-Adresse: {2} im CRM, {3} im MidOffice. Nach dem Konvertieren gilt nur die des MidOffice. Trotzdem konvertieren?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="45"/>
        <source>The CRM copy belongs to {0}, but MidOffice customer {1} is {2}.</source>
        <translation>Die CRM-Kopie gehört zu {0}, aber MidOffice-Kunde {1} ist {2}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="48"/>
        <source>Converting links the consultations and offers of {0} to {1}. Convert anyway?</source>
        <translation>Beim Konvertieren gehen die Beratungen und Angebote von {0} an {1}. Trotzdem konvertieren?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="60"/>
        <source>Convert anyway</source>
        <translation>Trotzdem konvertieren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="61"/>
        <source>Re-link…</source>
        <translation>Neu verknüpfen …</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/guard_dialog.py" line="63"/>
        <source>Leave undecided</source>
        <translation>Nicht entscheiden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="30"/>
        <source>%n warning(s) are still open: they stay unchanged (skipped).</source>
        <translation>
            <numerusform>%Ln Warnung ist noch offen: sie bleibt unverändert (übersprungen).</numerusform>
            <numerusform>%Ln Warnungen sind noch offen: sie bleiben unverändert (übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="32"/>
        <source>%n customer(s) of the class &quot;{1}&quot; will be converted.</source>
        <translation>
            <numerusform>%Ln Kunde der Klasse „{1}“ wird konvertiert.</numerusform>
            <numerusform>%Ln Kunden der Klasse „{1}“ werden konvertiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="34"/>
        <source>%n customer(s) will be re-linked: converted to another MidOffice customer than their CRM copy names.</source>
        <translation>
            <numerusform>%Ln Kunde wird neu verknüpft: zu einem anderen MidOffice-Kunden konvertiert als dem, den seine CRM-Kopie nennt.</numerusform>
            <numerusform>%Ln Kunden werden neu verknüpft: zu einem anderen MidOffice-Kunden konvertiert als dem, den ihre CRM-Kopie nennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="36"/>
        <source>%n duplicate group(s) will be merged: {1} customers go into another customer; {2} consultations and {3} offers move to the remaining v2 customer. (The tab &quot;Duplicates&quot; lists all {4} copies that share their MidOffice number with another CRM customer.)</source>
        <translation>
            <numerusform>%Ln Dublettengruppe wird zusammengeführt: {1} Kunden gehen in einem anderen Kunden auf; {2} Beratungen und {3} Angebote wandern zum verbleibenden v2-Kunden. (Der Reiter „Dubletten“ zeigt alle {4} Kopien, deren MidOffice-Nummer ein weiterer CRM-Kunde hat.)</numerusform>
            <numerusform>%Ln Dublettengruppen werden zusammengeführt: {1} Kunden gehen in einem anderen Kunden auf; {2} Beratungen und {3} Angebote wandern zum verbleibenden v2-Kunden. (Der Reiter „Dubletten“ zeigt alle {4} Kopien, deren MidOffice-Nummer ein weiterer CRM-Kunde hat.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="42"/>
        <source>%n customer(s) being converted have data only in the CRM, which converting drops ({1} customers have such data in all).</source>
        <translation>
            <numerusform>%Ln Kunde, der konvertiert wird, hat Daten nur im CRM, die beim Konvertieren wegfallen ({1} Kunden haben solche Daten insgesamt).</numerusform>
            <numerusform>%Ln Kunden, die konvertiert werden, haben Daten nur im CRM, die beim Konvertieren wegfallen ({1} Kunden haben solche Daten insgesamt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="49"/>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="54"/>
        <source>Before you convert:</source>
        <translation>Bevor Sie konvertieren:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="64"/>
        <source>Convert now? Becoming v2 customers: {0} · kept as paxlounge customers: {1} · unchanged: {2}. A backup is written first.</source>
        <translation>Jetzt konvertieren? Werden zu v2-Kunden: {0} · bleiben paxlounge-Kunden: {1} · bleiben unverändert: {2}. Vorher wird eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="111"/>
        <source>paxdesk does not send the token to {0} without encryption. The MidOffice address must start with https://.</source>
        <translation>paxdesk sendet den Token nicht unverschlüsselt an {0}. Die MidOffice-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="114"/>
        <source>The MidOffice address must not contain a user name or password.</source>
        <translation>Die MidOffice-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="115"/>
        <source>The MidOffice address is not valid. It looks like https://api.example.de/v2.</source>
        <translation>Die MidOffice-Adresse ist ungültig. Sie sieht so aus: https://api.example.de/v2.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/texts.py" line="118"/>
        <source>The CRM database names {0} as the MidOffice address, but the saved token belongs to {1}. Please confirm the address on the page &apos;MidOffice and token&apos;.</source>
        <translation>In der CRM-Datenbank steht {0} als MidOffice-Adresse, der gespeicherte Token gehört aber zu {1}. Bitte die Adresse auf der Seite „MidOffice und Token“ bestätigen.</translation>
    </message>
</context>
</TS>
