<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n record</numerusform>
            <numerusform>%1 — %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Check %1: %n row of %2 for %3.</numerusform>
            <numerusform>Check %1: %n rows of %2 for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>The last check kept, %1: %n row of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</numerusform>
            <numerusform>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>The last check kept, %1: %n row of %2 for %3. Open or paste a list to check another.</numerusform>
            <numerusform>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Check %1, kept on %5: %n row of %2 for %3, recorded as sent on %4.</numerusform>
            <numerusform>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Check %1, kept on %5: %n row of %2 for %3.</numerusform>
            <numerusform>Check %1, kept on %5: %n rows of %2 for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>Checked %n row: %1 may be sent to</numerusform>
            <numerusform>Checked %n rows: %1 may be sent to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>Record %n person as sent a “%1” message now?</numerusform>
            <numerusform>Record %n people as sent a “%1” message now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n needs an opt-out option</numerusform>
            <numerusform> — %n need an opt-out option</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>Recorded %n message as sent</numerusform>
            <numerusform>Recorded %n messages as sent</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Backups of the records still hold this person: %n backup known to this program. Erase them from that backup too (each is rewritten and checked)?</numerusform>
            <numerusform>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Erased on request, and from %n backup.</numerusform>
            <numerusform>Erased on request, and from %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>Deleted %n backup that could not be rewritten.</numerusform>
            <numerusform>Deleted %n backups that could not be rewritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n backup could not be rewritten and still holds the person:

%1

Delete it? (A backup whose folder is not there is kept either way.)</numerusform>
            <numerusform>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n opt-out written to %1</numerusform>
            <numerusform>%n opt-outs written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n form ready (%1 wording v%2): serials %3 to %4. Save or print it: the batch is recorded then.</numerusform>
            <numerusform>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>Making %n form…</numerusform>
            <numerusform>Making %n forms…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Checks kept: %n</numerusform>
            <numerusform>Checks kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n row</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OptIn Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Daily backup made: %n entry, checked</numerusform>
            <numerusform>Daily backup made: %n entries, checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>Waiting for confirmation (%n)</numerusform>
            <numerusform>Waiting for confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n person matches: choose them (Down, then Enter)</numerusform>
            <numerusform>%n people match: choose one (Down, then Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n line not read</numerusform>
            <numerusform>%n lines not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n incoming message left aside</numerusform>
            <numerusform>%n incoming messages left aside</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n opted out of marketing with WhatsApp&apos;s stop button</numerusform>
            <numerusform>%n opted out of marketing with WhatsApp&apos;s stop button</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>These are the records of %1: %n entry.</numerusform>
            <numerusform>These are the records of %1: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>Reading %n reply…</numerusform>
            <numerusform>Reading %n replies…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n clear opt-out</numerusform>
            <numerusform>%n clear opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n for you to decide</numerusform>
            <numerusform>%n for you to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n opt-in request</numerusform>
            <numerusform>%n opt-in requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n that cannot be recorded</numerusform>
            <numerusform>%n that cannot be recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>Record the &amp;ticked reply (%n)</numerusform>
            <numerusform>Record the &amp;ticked replies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
            <numerusform>%n opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n opt-in</numerusform>
            <numerusform>%n opt-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>Recording %n reply…</numerusform>
            <numerusform>Recording %n replies…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n entry)</numerusform>
            <numerusform>%1… (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n entry, checked — %2</numerusform>
            <numerusform>%1 — %n entries, checked — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>Backed up %n entry to %1</numerusform>
            <numerusform>Backed up %n entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>The oldest has waited %n day.</numerusform>
            <numerusform>The oldest has waited %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>%n form printed in all.</numerusform>
            <numerusform>%n forms printed in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: %3 of %n row may be sent the message.</numerusform>
            <numerusform>%1, %2: %3 of %n rows may be sent the message.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n entry, checked.</numerusform>
            <numerusform>%1: %n entries, checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>The ledger holds %n entry.</numerusform>
            <numerusform>The ledger holds %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
