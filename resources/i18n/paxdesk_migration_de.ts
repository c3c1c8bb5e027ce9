<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="210" />
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="210" />
        <source>paxdesk reads every row, looks for duplicates and, with a token, searches myJack.</source>
        <translation>paxdesk liest jede Zeile, sucht Dubletten und – mit Token – sucht in myJack.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="217" />
        <source>Stop checking</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="219" />
        <source>Search myJack again</source>
        <translation>Erneut in myJack suchen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="254" />
        <source>Cancelled. Go back and forward again to start over.</source>
        <translation>Abgebrochen. Gehen Sie zurück und wieder vor, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="271" />
        <source>Customers read: &lt;b&gt;{0}&lt;/b&gt; · bookings read: &lt;b&gt;{1}&lt;/b&gt; · findings: &lt;b&gt;{2}&lt;/b&gt; · duplicate groups: &lt;b&gt;{3}&lt;/b&gt; (comparisons: {4}) · probably already in myJack: &lt;b&gt;{5}&lt;/b&gt; · with a marketing lock: &lt;b&gt;{6}&lt;/b&gt;</source>
        <translation>Kunden gelesen: &lt;b&gt;{0}&lt;/b&gt; · Vorgänge gelesen: &lt;b&gt;{1}&lt;/b&gt; · Auffälligkeiten: &lt;b&gt;{2}&lt;/b&gt; · Dublettengruppen: &lt;b&gt;{3}&lt;/b&gt; (Vergleiche: {4}) · wahrscheinlich schon in myJack: &lt;b&gt;{5}&lt;/b&gt; · mit Werbesperre: &lt;b&gt;{6}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="283" />
        <source>&lt;b&gt;Customers not checked in myJack: {0}&lt;/b&gt; — myJack's answers for them could not be read. They are listed under “Findings” and will be created as new customers. Search again, or continue and check them in myJack afterwards.</source>
        <translation>&lt;b&gt;Kunden, in myJack nicht geprüft: {0}&lt;/b&gt; – die Antworten von myJack zu ihnen waren nicht lesbar. Sie stehen unter „Auffälligkeiten“ und werden als neue Kunden angelegt. Suchen Sie erneut, oder fahren Sie fort und prüfen Sie sie danach in myJack.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="280" />
        <source>Searched again at {0}: still the same. </source>
        <translation>Um {0} erneut gesucht: unverändert. </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="57" />
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="58" />
        <source>myJack does not check for duplicates. Decide per group: merge, keep all, or leave one record out. Undecided groups are imported unmerged.</source>
        <translation>myJack prüft nicht auf Dubletten. Entscheiden Sie je Gruppe: zusammenführen, alle behalten oder einen Datensatz weglassen. Nicht entschiedene Gruppen werden einzeln übernommen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="65" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="65" />
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="65" />
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="67" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="65" />
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="67" />
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="66" />
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="68" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="67" />
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="67" />
        <source>In myJack</source>
        <translation>In myJack</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="78" />
        <source>&amp;Merge (M)</source>
        <translation>&amp;Zusammenführen (M)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="79" />
        <source>Keep &amp;all (A)</source>
        <translation>&amp;Alle behalten (A)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="80" />
        <source>Leave out (D):</source>
        <translation>Weglassen (D):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="82" />
        <source>Link to it (L)</source>
        <translation>Verknüpfen (L)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="83" />
        <source>Import anyway (I)</source>
        <translation>Trotzdem übernehmen (I)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="84" />
        <source>Do not import (S)</source>
        <translation>Nicht übernehmen (S)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="85" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="151" />
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="185" />
        <source>In the file ({0})</source>
        <translation>In der Datei ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="152" />
        <source>Already in myJack ({0})</source>
        <translation>Schon in myJack ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="155" />
        <source>{0} of {1} decided</source>
        <translation>{0} von {1} entschieden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="186" />
        <source>In myJack ({0})</source>
        <translation>In myJack ({0})</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="189" />
        <source>Bookings of this customer in the file: {0}</source>
        <translation>Vorgänge dieses Kunden in der Datei: {0}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="191" />
        <source>&lt;b&gt;Link (L)&lt;/b&gt;: no second customer; the bookings go to the myJack customer, and values myJack lacks are added. &lt;b&gt;Import anyway (I)&lt;/b&gt;: a second customer in myJack. &lt;b&gt;Do not import (S)&lt;/b&gt;: neither the customer nor its bookings are imported; both are listed as findings.</source>
        <translation>&lt;b&gt;Verknüpfen (L)&lt;/b&gt;: kein zweiter Kunde; die Vorgänge gehen an den myJack-Kunden, und Angaben, die myJack nicht hat, werden ergänzt. &lt;b&gt;Trotzdem übernehmen (I)&lt;/b&gt;: ein zweiter Kunde in myJack. &lt;b&gt;Nicht übernehmen (S)&lt;/b&gt;: weder der Kunde noch seine Vorgänge werden übernommen; beides steht in den Auffälligkeiten.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="24" />
        <source>Legacy files</source>
        <translation>Altdaten-Dateien</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="25" />
        <source>Customers and bookings exported from the old system (CSV or Excel). Nothing is imported before step 8; with a token, step 3 asks myJack which customers it has already.</source>
        <translation>Kunden und Vorgänge aus dem bisherigen System (CSV oder Excel). Vor Schritt 8 wird nichts importiert; mit Token fragt Schritt 3 myJack, welche Kunden es schon hat.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="28" />
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="28" />
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="29" />
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="30" />
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="48" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="29" />
        <source>Bookings (optional):</source>
        <translation>Vorgänge (optional):</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="30" />
        <source>Package folder:</source>
        <translation>Paket-Ordner:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="32" />
        <source>&lt;b&gt;myJack users and the search for customers already in myJack&lt;/b&gt;</source>
        <translation>&lt;b&gt;myJack-Benutzer und die Suche nach Kunden, die schon in myJack sind&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="33" />
        <source>Ask myJack (token with the import permission)</source>
        <translation>myJack fragen (Token mit Import-Berechtigung)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="34" />
        <source>Users from a file (abbreviation;name;email), no search in myJack</source>
        <translation>Benutzer aus einer Datei (Kürzel;Name;E-Mail), keine Suche in myJack</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="35" />
        <source>Neither: every booking goes to the user "Altdaten"</source>
        <translation>Keins von beiden: alle Vorgänge gehen an den Benutzer „Altdaten“</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="46" />
        <source>myJack address:</source>
        <translation>myJack-Adresse:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="47" />
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="48" />
        <source>Users file:</source>
        <translation>Benutzer-Datei:</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="82" />
        <source>Package folder</source>
        <translation>Paket-Ordner</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="84" />
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="85" />
        <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Exporte (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="35" />
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="36" />
        <source>Values paxdesk could not read. They are imported exactly as they were — nothing is changed silently. The same list is in findings.xlsx in the package.</source>
        <translation>Werte, die paxdesk nicht lesen konnte. Sie werden genau so übernommen, wie sie sind – nichts wird stillschweigend geändert. Dieselbe Liste steht in findings.xlsx im Paket.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="39" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="39" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="39" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="39" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="40" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="50" />
        <source>Findings: {0}</source>
        <translation>Auffälligkeiten: {0}</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="64" />
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="29" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="29" />
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="30" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="30" />
        <source>When merged</source>
        <translation>Beim Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="38" />
        <source>Newest booking</source>
        <translation>Letzter Vorgang</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="52" />
        <source>Linked by</source>
        <translation>Verknüpft durch</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="53" />
        <source>weak link: please check that these two are one person</source>
        <translation>schwache Verknüpfung: bitte prüfen, ob die beiden eine Person sind</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="64" />
        <source>left out</source>
        <translation>wird weggelassen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/group_view.py" line="76" />
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
</context>
<context>
    <name>LocksPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="269" />
        <source>Marketing locks</source>
        <translation>Werbesperren</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="270" />
        <source>myJack's import cannot carry marketing locks: after the import they are empty. Set them again in myJack for these customers — the list is in marketing-locks.xlsx in the package.</source>
        <translation>Der myJack-Import kann keine Werbesperren übernehmen: Nach dem Import sind sie leer. Setzen Sie sie für diese Kunden in myJack neu – die Liste steht in marketing-locks.xlsx im Paket.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="273" />
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="273" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="273" />
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="278" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="278" />
        <source>post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="278" />
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="279" />
        <source>all advertising</source>
        <translation>alle Werbung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="287" />
        <source>Customers with a marketing lock: &lt;b&gt;{0}&lt;/b&gt; ("?": the value was unclear, please check).</source>
        <translation>Kunden mit Werbesperre: &lt;b&gt;{0}&lt;/b&gt; („?“: der Wert war unklar, bitte prüfen).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="126" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="127" />
        <source>paxdesk recognised the columns by their headers. Check them against the first rows and correct where needed.</source>
        <translation>paxdesk hat die Spalten an ihren Überschriften erkannt. Prüfen Sie sie an den ersten Zeilen und korrigieren Sie, wo nötig.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="135" />
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="135" />
        <source>becomes</source>
        <translation>wird zu</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="136" />
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="155" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="155" />
        <source>Bookings</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="163" />
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="178" />
        <source>sheet »{0}«</source>
        <translation>Tabellenblatt »{0}«</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="179" />
        <source>Windows characters</source>
        <translation>Windows-Zeichensatz</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="180" />
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="181" />
        <source>text ({0}), columns separated by {1}</source>
        <translation>Text ({0}), Spalten getrennt durch {1}</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_input.py" line="195" />
        <source>Please assign a column to: {0}</source>
        <translation>Bitte ordnen Sie eine Spalte zu: {0}</translation>
    </message>
</context>
<context>
    <name>MigrationEntry</name>
    <message>
        <location filename="../../paxdesk/ui/migration/entry.py" line="17" />
        <source>Move legacy data to myJack…</source>
        <translation>Altdaten nach myJack übernehmen…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/entry.py" line="22" />
        <source>Another system's customers and bookings into myJack: check, find duplicates, map users, package and upload</source>
        <translation>Kunden und Vorgänge eines anderen Systems nach myJack: prüfen, Dubletten finden, Benutzer zuordnen, Paket schreiben und hochladen</translation>
    </message>
</context>
<context>
    <name>MigrationFinishPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="132" />
        <source>Done</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="132" />
        <source>Where everything is, and what is left to do.</source>
        <translation>Wo alles liegt und was noch zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="134" />
        <source>Delete the package…</source>
        <translation>Paket löschen…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="145" />
        <source>&lt;p&gt;The package is in &lt;b&gt;{0}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;customers.csv, bookings.csv — the data for myJack&lt;/li&gt;&lt;li&gt;marketing-locks.xlsx — set these locks again in myJack after the import&lt;/li&gt;&lt;li&gt;duplicates.xlsx, findings.xlsx, user-mapping.csv — for your team&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The package holds personal data of your customers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Paket liegt in &lt;b&gt;{0}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;customers.csv, bookings.csv – die Daten für myJack&lt;/li&gt;&lt;li&gt;marketing-locks.xlsx – diese Werbesperren nach dem Import in myJack neu setzen&lt;/li&gt;&lt;li&gt;duplicates.xlsx, findings.xlsx, user-mapping.csv – für Ihr Team&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Das Paket enthält personenbezogene Daten Ihrer Kunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="149" />
        <source>&lt;p&gt;The import into myJack is complete. &lt;b&gt;Before you delete the package&lt;/b&gt;: set the marketing locks again in myJack (marketing-locks.xlsx), check the customers not checked in myJack and enter the bookings of customers not imported (findings.xlsx) — then delete it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Import in myJack ist abgeschlossen. &lt;b&gt;Bevor Sie das Paket löschen&lt;/b&gt;: Setzen Sie die Werbesperren in myJack neu (marketing-locks.xlsx), prüfen Sie die in myJack nicht geprüften Kunden und erfassen Sie die Vorgänge nicht übernommener Kunden (findings.xlsx) – dann löschen Sie es.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="153" />
        <source>&lt;p&gt;Not uploaded yet: hand the package to myJack's onboarding, then delete it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht hochgeladen: Geben Sie das Paket dem myJack-Team, das Ihre Daten übernimmt, und löschen Sie es danach.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="160" />
        <source>Delete the folder {0} with the customers, bookings and lists in it — including marketing-locks.xlsx, the customers whose marketing locks must be set again in myJack? Keep a copy of that list first if you still need it. This cannot be undone.</source>
        <translation>Den Ordner {0} mit den Kunden, Vorgängen und Listen darin löschen – auch marketing-locks.xlsx, die Kunden, deren Werbesperren in myJack neu gesetzt werden müssen? Sichern Sie diese Liste vorher, wenn Sie sie noch brauchen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="167" />
        <source>Deleted: {0}</source>
        <translation>Gelöscht: {0}</translation>
    </message>
</context>
<context>
    <name>MigrationTexts</name>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="13" />
        <source>date not readable</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="14" />
        <source>price not readable</source>
        <translation>Preis nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="15" />
        <source>marketing lock neither yes nor no</source>
        <translation>Werbesperre weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="16" />
        <source>invalid e-mail address</source>
        <translation>E-Mail-Adresse ungültig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="17" />
        <source>invalid phone number</source>
        <translation>Telefonnummer ungültig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="18" />
        <source>postcode without leading zero (added)</source>
        <translation>PLZ ohne führende Null (ergänzt)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="19" />
        <source>required value missing (row left out)</source>
        <translation>Pflichtwert fehlt (Zeile nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="20" />
        <source>customer number twice (row left out)</source>
        <translation>Kundennummer doppelt (Zeile nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="21" />
        <source>unknown column (ignored)</source>
        <translation>Spalte unbekannt (ignoriert)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="22" />
        <source>cells without a column header</source>
        <translation>Zellen ohne Spaltenüberschrift</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="23" />
        <source>booking of an unknown customer (left out)</source>
        <translation>Vorgang zu unbekanntem Kunden (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="24" />
        <source>row without last name merged into its duplicate (imported)</source>
        <translation>Zeile ohne Nachname mit ihrer Dublette zusammengeführt (übernommen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="26" />
        <source>not checked in myJack (its answer could not be read)</source>
        <translation>in myJack nicht geprüft (Antwort nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="28" />
        <source>already in myJack: not imported</source>
        <translation>schon in myJack: nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="29" />
        <source>booking of a customer not imported</source>
        <translation>Vorgang eines nicht übernommenen Kunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="30" />
        <source>value begins like a formula (written with a leading ')</source>
        <translation>Wert beginnt wie eine Formel (mit vorangestelltem ' übernommen)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="40" />
        <source>same name and date of birth</source>
        <translation>gleicher Name und Geburtstag</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="41" />
        <source>similar name, same date of birth</source>
        <translation>ähnlicher Name, gleicher Geburtstag</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="42" />
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="43" />
        <source>same last name, similar first name, same address</source>
        <translation>gleicher Nachname, ähnlicher Vorname, gleiche Adresse</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="44" />
        <source>same last name, similar first name, same phone</source>
        <translation>gleicher Nachname, ähnlicher Vorname, gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="45" />
        <source>date of birth the same but for one typo</source>
        <translation>Geburtsdatum bis auf einen Tippfehler gleich</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="46" />
        <source>same date of birth</source>
        <translation>gleicher Geburtstag</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="47" />
        <source>same address</source>
        <translation>gleiche Adresse</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="48" />
        <source>similar address (same house number and postcode)</source>
        <translation>ähnliche Adresse (gleiche Hausnummer und PLZ)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="49" />
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="50" />
        <source>another last name (e.g. after marriage)</source>
        <translation>anderer Nachname (z. B. nach Heirat)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="51" />
        <source>another or no first name</source>
        <translation>anderer oder fehlender Vorname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="57" />
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="59" />
        <source>keep all</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="61" />
        <source>leave out {0}</source>
        <translation>{0} weglassen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="63" />
        <source>import anyway</source>
        <translation>trotzdem übernehmen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="65" />
        <source>do not import</source>
        <translation>nicht übernehmen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="67" />
        <source>link to the myJack customer</source>
        <translation>mit dem myJack-Kunden verknüpfen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="68" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="72" />
        <source>Customer no.</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="73" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="74" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="75" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="76" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="77" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="77" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="78" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="78" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="79" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="79" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="80" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="81" />
        <source>Agent (Kürzel)</source>
        <translation>Expedient (Kürzel)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="82" />
        <source>Lock e-mail</source>
        <translation>Sperre E-Mail</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="83" />
        <source>Lock post</source>
        <translation>Sperre Post</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="84" />
        <source>Lock phone</source>
        <translation>Sperre Telefon</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="85" />
        <source>Lock all advertising</source>
        <translation>Sperre alle Werbung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="86" />
        <source>Booking no.</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="87" />
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="88" />
        <source>Travel date</source>
        <translation>Reisedatum</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="89" />
        <source>Destination</source>
        <translation>Reiseziel</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="90" />
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="90" />
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="96" />
        <source>sending the package</source>
        <translation>das Paket wird gesendet</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="97" />
        <source>following the import started earlier</source>
        <translation>der früher gestartete Import wird verfolgt</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="98" />
        <source>waiting in myJack</source>
        <translation>wartet in myJack</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="99" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="100" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="101" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="105" />
        <source>Reading the files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="106" />
        <source>Looking for duplicates</source>
        <translation>Dubletten werden gesucht</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="107" />
        <source>Searching myJack</source>
        <translation>Suche in myJack</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="108" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="109" />
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/texts.py" line="110" />
        <source>myJack imports</source>
        <translation>myJack importiert</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <location filename="../../paxdesk/ui/migration/wizard.py" line="31" />
        <source>paxdesk — legacy data to myJack</source>
        <translation>paxdesk – Altdaten nach myJack</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="16" />
        <source>Package and upload</source>
        <translation>Paket und Hochladen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="17" />
        <source>The package holds the cleaned customers and bookings and the lists for your team. Upload it to myJack here, or hand it to myJack's onboarding.</source>
        <translation>Das Paket enthält die bereinigten Kunden und Vorgänge und die Listen für Ihr Team. Laden Sie es hier nach myJack hoch oder geben Sie es dem myJack-Team, das Ihre Daten übernimmt.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="20" />
        <source>Write the package</source>
        <translation>Paket schreiben</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="21" />
        <source>Upload to myJack</source>
        <translation>Nach myJack hochladen</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="37" />
        <source>Duplicate groups: {0} to merge, {1} with a record left out, {2} kept, {3} open (their records become separate customers). Already in myJack: {4} linked (their bookings go to the myJack customer), {5} not imported (nor their bookings; listed as findings), {6} imported as a second customer.</source>
        <translation>Dublettengruppen: {0} zusammenführen, {1} mit einem weggelassenen Datensatz, {2} alle behalten, {3} offen (ihre Datensätze werden einzelne Kunden). Schon in myJack: {4} verknüpft (ihre Vorgänge gehen an den myJack-Kunden), {5} nicht übernommen (auch ihre Vorgänge nicht; stehen in den Auffälligkeiten), {6} als zweiter Kunde übernommen.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="58" />
        <source>The folder {0} holds a package that was uploaded to myJack on {1}. Writing the package now replaces it. Continue?</source>
        <translation>Im Ordner {0} liegt ein Paket, das am {1} zu myJack hochgeladen wurde. Wenn Sie das Paket jetzt schreiben, wird es ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="63" />
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="69" />
        <source>Package written to &lt;b&gt;{0}&lt;/b&gt;. Customers: {1} · bookings: {2} · merged into another: {3} · findings: {4} · marketing locks: {5}.</source>
        <translation>Paket geschrieben nach &lt;b&gt;{0}&lt;/b&gt;. Kunden: {1} · Vorgänge: {2} · in einen anderen zusammengeführt: {3} · Auffälligkeiten: {4} · Werbesperren: {5}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="88" />
        <source>This package was already uploaded ({0}). Uploading it again adds every customer a second time unless myJack finds them by their customer number. Upload again?</source>
        <translation>Dieses Paket wurde schon hochgeladen ({0}). Ein zweites Hochladen legt jeden Kunden noch einmal an, sofern myJack ihn nicht an seiner Kundennummer erkennt. Trotzdem erneut hochladen?</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="113" />
        <source>myJack: {0}. New customers: {1}, added to existing: {2}, bookings: {3}, of them to "Altdaten": {4}, errors: {5}.</source>
        <translation>myJack: {0}. Neue Kunden: {1}, bei bestehenden ergänzt: {2}, Vorgänge: {3}, davon an „Altdaten“: {4}, Fehler: {5}.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="115" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_output.py" line="115" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="226" />
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="227" />
        <source>myJack assigns each booking to the user with the same abbreviation (Kürzel), otherwise to the user "Altdaten". Change the assignment where an abbreviation has changed.</source>
        <translation>myJack ordnet jeden Vorgang dem Benutzer mit demselben Kürzel zu, sonst dem Benutzer „Altdaten“. Ändern Sie die Zuordnung, wo sich ein Kürzel geändert hat.</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="230" />
        <source>Kürzel in the export</source>
        <translation>Kürzel im Export</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="230" />
        <source>Bookings</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="231" />
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="231" />
        <source>myJack user</source>
        <translation>myJack-Benutzer</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="243" />
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="247" />
        <source>Altdaten (no own user)</source>
        <translation>Altdaten (kein eigener Benutzer)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="249" />
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <location filename="../../paxdesk/ui/migration/pages_review.py" line="264" />
        <source>Bookings that go to "Altdaten": {0}.</source>
        <translation>Vorgänge, die an „Altdaten“ gehen: {0}.</translation>
    </message>
</context>
</TS>