<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="103"/>
        <source>The backups still contain this customer&apos;s earlier data. Delete the %n older backup(s) now? The backups protected as your way back from the last conversion are kept.</source>
        <translation>
            <numerusform>The backups still contain this customer&apos;s earlier data. Delete the %Ln older backup now? The backups protected as your way back from the last conversion are kept.</numerusform>
            <numerusform>The backups still contain this customer&apos;s earlier data. Delete the %Ln older backups now? The backups protected as your way back from the last conversion are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="109"/>
        <source>%n older backup(s) deleted.</source>
        <translation>
            <numerusform>%Ln older backup deleted.</numerusform>
            <numerusform>%Ln older backups deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="68"/>
        <source>Backups older than %n day(s) are deleted automatically after each conversion – the newest never automatically; you can delete it yourself once it is no longer protected.</source>
        <translation>
            <numerusform>Backups older than %Ln day are deleted automatically after each conversion – the newest never automatically; you can delete it yourself once it is no longer protected.</numerusform>
            <numerusform>Backups older than %Ln days are deleted automatically after each conversion – the newest never automatically; you can delete it yourself once it is no longer protected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_backups.py" line="81"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertPage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="79"/>
        <source>&lt;p&gt;&lt;b&gt;This finishes the interrupted conversion&lt;/b&gt;: %n customer(s) were converted then and are not counted below; the report will list both attempts.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;This finishes the interrupted conversion&lt;/b&gt;: %Ln customer was converted then and is not counted below; the report will list both attempts.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;This finishes the interrupted conversion&lt;/b&gt;: %Ln customers were converted then and are not counted below; the report will list both attempts.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="123"/>
        <source>Checking %n decision(s) from an earlier sitting again…</source>
        <translation>
            <numerusform>Checking %Ln decision from an earlier sitting again…</numerusform>
            <numerusform>Checking %Ln decisions from an earlier sitting again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="134"/>
        <source>%n customer(s) changed in the MidOffice since your earlier decision. They are back in the review with a note; please decide again.</source>
        <translation>
            <numerusform>%Ln customer changed in the MidOffice since your earlier decision. It is back in the review with a note; please decide again.</numerusform>
            <numerusform>%Ln customers changed in the MidOffice since your earlier decision. They are back in the review with a note; please decide again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/convert.py" line="187"/>
        <source>%n customer(s) had already been converted by the interrupted attempt; they are counted above and listed in the report, not in the list below.</source>
        <translation>
            <numerusform>%Ln customer had already been converted by the interrupted attempt; it is counted above and listed in the report, not in the list below.</numerusform>
            <numerusform>%Ln customers had already been converted by the interrupted attempt; they are counted above and listed in the report, not in the list below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdprDecisions</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="53"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%Ln consultation</numerusform>
            <numerusform>%Ln consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr_decisions.py" line="54"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%Ln offer</numerusform>
            <numerusform>%Ln offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdprPage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/gdpr.py" line="71"/>
        <source>%n customer(s) deleted in the MidOffice are still undecided. They stay in the CRM, marked for review, until you decide: next time paxdesk starts, it offers to continue at this step (also “paxdesk gdpr list” lists them).

Go on to the report anyway?</source>
        <translation>
            <numerusform>%Ln customer deleted in the MidOffice is still undecided. It stays in the CRM, marked for review, until you decide: next time paxdesk starts, it offers to continue at this step (also “paxdesk gdpr list” lists it).

Go on to the report anyway?</numerusform>
            <numerusform>%Ln customers deleted in the MidOffice are still undecided. They stay in the CRM, marked for review, until you decide: next time paxdesk starts, it offers to continue at this step (also “paxdesk gdpr list” lists them).

Go on to the report anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/matching.py" line="101"/>
        <source>Done: %n customer(s) compared.</source>
        <translation>
            <numerusform>Done: %Ln customer compared.</numerusform>
            <numerusform>Done: %Ln customers compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/preparation.py" line="57"/>
        <source>%n colleague(s) still logged in: {0}.

If you continue, they will be logged out after the conversion, and whatever they have not saved by then is lost. Please continue only when you are sure nobody is still working.

Continue anyway?</source>
        <translation>
            <numerusform>%Ln colleague is still logged in: {0}.

If you continue, they will be logged out after the conversion, and whatever they have not saved by then is lost. Please continue only when you are sure nobody is still working.

Continue anyway?</numerusform>
            <numerusform>%Ln colleagues are still logged in: {0}.

If you continue, they will be logged out after the conversion, and whatever they have not saved by then is lost. Please continue only when you are sure nobody is still working.

Continue anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/preparation.py" line="81"/>
        <source>%n colleague(s) still logged in. Please ask them to save their work and log out; this list refreshes by itself.</source>
        <translation>
            <numerusform>%Ln colleague is still logged in. Please ask them to save their work and log out; this list refreshes by itself.</numerusform>
            <numerusform>%Ln colleagues are still logged in. Please ask them to save their work and log out; this list refreshes by itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="45"/>
        <source>&quot;{0}&quot; for %n customer(s) in this view (search &quot;{1}&quot;; {2})?</source>
        <translation>
            <numerusform>&quot;{0}&quot; for %Ln customer in this view (search &quot;{1}&quot;; {2})?</numerusform>
            <numerusform>&quot;{0}&quot; for %Ln customers in this view (search &quot;{1}&quot;; {2})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="47"/>
        <source>&quot;{0}&quot; for %n customer(s) in this view ({2})?</source>
        <translation>
            <numerusform>&quot;{0}&quot; for %Ln customer in this view ({2})?</numerusform>
            <numerusform>&quot;{0}&quot; for %Ln customers in this view ({2})?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="50"/>
        <source>%n of them have data only in the CRM, which converting drops (tab &quot;Only in the CRM&quot;).</source>
        <translation>
            <numerusform>%Ln of them has data only in the CRM, which converting drops (tab &quot;Only in the CRM&quot;).</numerusform>
            <numerusform>%Ln of them have data only in the CRM, which converting drops (tab &quot;Only in the CRM&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="56"/>
        <source>Convert %n</source>
        <translation>
            <numerusform>Convert %Ln</numerusform>
            <numerusform>Convert %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="58"/>
        <source>Skip %n</source>
        <translation>
            <numerusform>Skip %Ln</numerusform>
            <numerusform>Skip %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="22"/>
        <source>%n major difference(s) – to decide one by one</source>
        <translation>
            <numerusform>%Ln major difference – to decide on its own</numerusform>
            <numerusform>%Ln major differences – to decide one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="24"/>
        <source>%n already decided</source>
        <translation>
            <numerusform>%Ln already decided</numerusform>
            <numerusform>%Ln already decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="26"/>
        <source>%n already &quot;{0}&quot;</source>
        <translation>
            <numerusform>%Ln already &quot;{0}&quot;</numerusform>
            <numerusform>%Ln already &quot;{0}&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/review_bulk.py" line="27"/>
        <source>%n not possible for their class</source>
        <translation>
            <numerusform>%Ln not possible for its class</numerusform>
            <numerusform>%Ln not possible for their class</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review_history.py" line="34"/>
        <source>Undone for %n customer(s).</source>
        <translation>
            <numerusform>Undone for %Ln customer.</numerusform>
            <numerusform>Undone for %Ln customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review.py" line="130"/>
        <source>{0} of %n warning(s) checked one by one</source>
        <translation>
            <numerusform>{0} of %Ln warning checked one by one</numerusform>
            <numerusform>{0} of %Ln warnings checked one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/review_decisions.py" line="89"/>
        <source>%n customer(s) set to &quot;{1}&quot;; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%Ln customer set to &quot;{1}&quot;; Ctrl+Z undoes it.</numerusform>
            <numerusform>%Ln customers set to &quot;{1}&quot;; Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/welcome.py" line="94"/>
        <source>&lt;b&gt;A conversion was interrupted&lt;/b&gt; (started on {0}). %n customer(s) were already converted (to a MidOffice reference, or kept as a paxlounge customer); every other customer is unchanged — nobody is half converted. The backup of the state before the conversion: {2}.&lt;br&gt;To finish it, go through the steps again: step 7 converts the remaining customers, and the report covers both attempts.</source>
        <translation>
            <numerusform>&lt;b&gt;A conversion was interrupted&lt;/b&gt; (started on {0}). %Ln customer was already converted (to a MidOffice reference, or kept as a paxlounge customer); every other customer is unchanged — nobody is half converted. The backup of the state before the conversion: {2}.&lt;br&gt;To finish it, go through the steps again: step 7 converts the remaining customers, and the report covers both attempts.</numerusform>
            <numerusform>&lt;b&gt;A conversion was interrupted&lt;/b&gt; (started on {0}). %Ln customers were already converted (to a MidOffice reference, or kept as a paxlounge customer); every other customer is unchanged — nobody is half converted. The backup of the state before the conversion: {2}.&lt;br&gt;To finish it, go through the steps again: step 7 converts the remaining customers, and the report covers both attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/pages/welcome.py" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;Still to do:&lt;/b&gt; %n customer(s) deleted in the MidOffice await your GDPR decision (keep, delete or anonymize) in step 8.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Still to do:&lt;/b&gt; %Ln customer deleted in the MidOffice awaits your GDPR decision (keep, delete or anonymize) in step 8.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Still to do:&lt;/b&gt; %Ln customers deleted in the MidOffice await your GDPR decision (keep, delete or anonymize) in step 8.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="30"/>
        <source>%n warning(s) are still open: they stay unchanged (skipped).</source>
        <translation>
            <numerusform>%Ln warning is still open: it stays unchanged (skipped).</numerusform>
            <numerusform>%Ln warnings are still open: they stay unchanged (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="32"/>
        <source>%n customer(s) of the class &quot;{1}&quot; will be converted.</source>
        <translation>
            <numerusform>%Ln customer of the class &quot;{1}&quot; will be converted.</numerusform>
            <numerusform>%Ln customers of the class &quot;{1}&quot; will be converted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="34"/>
        <source>%n customer(s) will be re-linked: converted to another MidOffice customer than their CRM copy names.</source>
        <translation>
            <numerusform>%Ln customer will be re-linked: converted to another MidOffice customer than its CRM copy names.</numerusform>
            <numerusform>%Ln customers will be re-linked: converted to another MidOffice customer than their CRM copy names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="36"/>
        <source>%n duplicate group(s) will be merged: {1} customers go into another customer; {2} consultations and {3} offers move to the remaining v2 customer. (The tab &quot;Duplicates&quot; lists all {4} copies that share their MidOffice number with another CRM customer.)</source>
        <translation>
            <numerusform>%Ln duplicate group will be merged: {1} customers go into another customer; {2} consultations and {3} offers move to the remaining v2 customer. (The tab &quot;Duplicates&quot; lists all {4} copies that share their MidOffice number with another CRM customer.)</numerusform>
            <numerusform>%Ln duplicate groups will be merged: {1} customers go into another customer; {2} consultations and {3} offers move to the remaining v2 customer. (The tab &quot;Duplicates&quot; lists all {4} copies that share their MidOffice number with another CRM customer.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/checkpoint_text.py" line="42"/>
        <source>%n customer(s) being converted have data only in the CRM, which converting drops ({1} customers have such data in all).</source>
        <translation>
            <numerusform>%Ln customer being converted has data only in the CRM, which converting drops ({1} customers have such data in all).</numerusform>
            <numerusform>%Ln customers being converted have data only in the CRM, which converting drops ({1} customers have such data in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/texts.py" line="21"/>
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%Ln consultation</numerusform>
            <numerusform>%Ln consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../paxdesk/ui/texts.py" line="25"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%Ln offer</numerusform>
            <numerusform>%Ln offers</numerusform>
        </translation>
    </message>
</context>
</TS>
