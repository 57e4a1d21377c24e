<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>Nachrichtenarten in jeder Sprache</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Nachrichtenart</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>Diese &amp;Sprache speichern</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>In dieser Sprache noch nicht gespeichert: %s. Formulare in dieser Sprache drucken sie bis zum Speichern in der Sprache des Geschäfts.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>Jede Nachrichtenart hat ihren Text in dieser Sprache.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>Nachrichtenarten speichern</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>Nachrichtenarten speichern</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>Nachrichtenarten in %s gespeichert (Wortlaut v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>Eine gespeicherte Nachrichtenart behält ihre Art: Die Einwilligung galt für Service- oder für Werbenachrichten. Zum Ändern diese archivieren und eine neue anlegen.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Liste öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>Liste &amp;einfügen</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>Liste öffnen, Datei hierher ziehen oder Liste einfügen.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>&amp;Versandliste speichern…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Als &amp;gesendet erfassen</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>&amp;Nummern in Spalte:</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>Na&amp;men in Spalte:</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>Nachrichten&amp;art:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>Noch keine Liste geprüft. Fügen Sie eine Nummernliste ein oder öffnen Sie eine Datei und prüfen Sie sie: Jede Zeile erhält hier ihr Ergebnis.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>Keine Zeile hat dieses Ergebnis. Wählen Sie „Alle Zeilen“, um alle Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>Empfängerliste öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>Die Zwischenablage enthält keinen Text: Kopieren Sie zuerst die Nummern.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>%s kann nicht gelesen werden: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n Eintrag</numerusform>
            <numerusform>%1 — %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Prüfung %1: %n Zeile aus %2 für %3.</numerusform>
            <numerusform>Prüfung %1: %n Zeilen aus %2 für %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>Die letzte gespeicherte Prüfung, %1: %n Zeile aus %2 für %3, am %4 als gesendet erfasst. Öffnen oder fügen Sie eine Liste ein, um eine weitere zu prüfen.</numerusform>
            <numerusform>Die letzte gespeicherte Prüfung, %1: %n Zeilen aus %2 für %3, am %4 als gesendet erfasst. Öffnen oder fügen Sie eine Liste ein, um eine weitere zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>Die letzte gespeicherte Prüfung, %1: %n Zeile aus %2 für %3. Öffnen oder fügen Sie eine Liste ein, um eine weitere zu prüfen.</numerusform>
            <numerusform>Die letzte gespeicherte Prüfung, %1: %n Zeilen aus %2 für %3. Öffnen oder fügen Sie eine Liste ein, um eine weitere zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Prüfung %1, gespeichert am %5: %n Zeile aus %2 für %3, am %4 als gesendet erfasst.</numerusform>
            <numerusform>Prüfung %1, gespeichert am %5: %n Zeilen aus %2 für %3, am %4 als gesendet erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Prüfung %1, gespeichert am %5: %n Zeile aus %2 für %3.</numerusform>
            <numerusform>Prüfung %1, gespeichert am %5: %n Zeilen aus %2 für %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>%n Zeile geprüft: %1 dürfen angeschrieben werden</numerusform>
            <numerusform>%n Zeilen geprüft: %1 dürfen angeschrieben werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>Jetzt erfassen, dass %n Person eine „%1“-Nachricht bekommen hat?</numerusform>
            <numerusform>Jetzt erfassen, dass %n Personen eine „%1“-Nachricht bekommen haben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Wählen Sie die Spalte mit den Telefonnummern.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n braucht einen Abmeldehinweis</numerusform>
            <numerusform> — %n brauchen einen Abmeldehinweis</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>Die Prüfung wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>Versandliste speichern</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Als gesendet erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n Nachricht als gesendet erfasst</numerusform>
            <numerusform>%n Nachrichten als gesendet erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(keine Namen)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 geschrieben</numerusform>
            <numerusform>%n Zeilen in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>Nach Name oder Nummer suchen, in beliebigem Format</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>Verlauf des gewählten Kontakts</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>Neue &amp;Einwilligung…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>&amp;Abmeldung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>Eintrag &amp;stornieren…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>Scan ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>Auf Wunsch &amp;löschen…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>&amp;Nachweis der Einwilligung…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;Vorausgefülltes Formular</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Erfasst von:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>Wählen Sie einen Kontakt, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Nachweis der Einwilligung</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>Nachweis der Einwilligung in %s gespeichert (Protokollkopf %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>Einwilligungsnachweis gespeichert unter %s, der JSON-Nachweis unter %s (Prüfsumme %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>Eintrag #%d stornieren</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Warum ist dieser Eintrag falsch? (wird mit dem Eintrag aufbewahrt)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>Abmeldung stornieren</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Eintrag stornieren</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>Eintrag #%d storniert: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>%s auf Wunsch löschen?

Name, Nummer und Scans werden endgültig entfernt. Der Einwilligungsverlauf bleibt (ohne diese Angaben), und die Nummer bleibt für Rundsendungen gesperrt.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Auf Wunsch löschen</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>Auf Wunsch gelöscht; die Nummer bleibt gesperrt</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (Überschreiben des freigegebenen Speichers fehlgeschlagen: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (noch in der Datei lesbar, bis der andere Leser sie schließt)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>Die Person ist aus den Daten gelöscht, aber noch in der Datei lesbar, solange eine Seite dieses Fensters sie liest. Noch einmal versuchen, um abzuschließen?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>Die Person ist aus den Daten gelöscht, aber der Server behält ihre alten Zeilenversionen, solange ein anderer Computer eine Transaktion offen hat. Noch einmal versuchen, um abzuschließen?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>Die Person ist aus den Daten gelöscht, aber noch in der Datei lesbar, bis ein anderes Programm, das sie geöffnet hat (ein anderes Fenster von OptIn Desk oder ein anderer Prozess), sie schließt. Schließen Sie es – dann noch einmal versuchen, um abzuschließen?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Eine Sicherung der Daten enthält diese Person noch: %n Sicherung, die dieses Programm kennt. Die Person auch daraus löschen (die Sicherung wird neu geschrieben und geprüft)?</numerusform>
            <numerusform>Sicherungen der Daten enthalten diese Person noch: %n Sicherungen, die dieses Programm kennt. Die Person auch daraus löschen (jede wird neu geschrieben und geprüft)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Aus Sicherungen löschen</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>Auf Wunsch gelöscht; die Sicherungen enthalten die Person noch</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Auf Wunsch gelöscht, auch aus %n Sicherung.</numerusform>
            <numerusform>Auf Wunsch gelöscht, auch aus %n Sicherungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>%n Sicherung gelöscht, die nicht neu geschrieben werden konnte.</numerusform>
            <numerusform>%n Sicherungen gelöscht, die nicht neu geschrieben werden konnten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n Sicherung konnte nicht neu geschrieben werden und enthält die Person noch:

%1

Diese Sicherung löschen? (Eine Sicherung, deren Ordner fehlt, bleibt in jedem Fall erhalten.)</numerusform>
            <numerusform>%n Sicherungen konnten nicht neu geschrieben werden und enthalten die Person noch:

%1

Diese Sicherungen löschen? (Eine Sicherung, deren Ordner fehlt, bleibt in jedem Fall erhalten.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Scan öffnen</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>Der Scan fehlt in %s. Stellen Sie den Nachweis-Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>Niemand passt zu „%1“. Prüfen Sie Schreibweise oder Nummer, oder erfassen Sie die Person auf der Seite Anmeldungen.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>Noch niemand erfasst. Erfassen Sie ein unterschriebenes Formular oder ein persönliches Ja auf der Seite Anmeldungen, dann erscheint die Person hier.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>Zahlen werden gelesen</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Lesen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>Die Zahlen werden aus den Daten gelesen…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>Abgebrochen: Die Zahlen wurden nicht gelesen. Öffnen Sie die Seite erneut, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min</numerusform>
            <numerusform>%n Min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std</numerusform>
            <numerusform>%n Std</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>Was endet</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>Keine Bestätigung wartet: Jede hier erfasste Abmeldung wurde bestätigt. Wenn Sie ein STOP erfassen, wartet die Bestätigung hier, bis Sie sie als gesendet markieren.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Bestätigung kopieren</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>In WhatsApp öffnen</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>Sperrliste exportieren…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>Abmeldungen, deren Bestätigung nicht als gesendet markiert ist, älteste zuerst:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>Bestätigung kopiert</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>Bestätigung an %s als gesendet markiert</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>Sperrliste exportieren</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Sperrliste exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n Abmeldung in %1 geschrieben</numerusform>
            <numerusform>%n Abmeldungen in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>Nummer eines Kunden, für ein vorausgefülltes Formular</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>&amp;Formulare erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rücklauf</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>Noch keine Formulare gedruckt. Wählen Sie oben die Anzahl und drücken Sie „Formulare erstellen“: Jeder Druck wird hier mit der Zahl der zurückgekommenen aufgeführt.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>&amp;Vorausgefüllt für:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n Formular bereit (%1 Wortlaut v%2): Seriennummern %3 bis %4. Speichern oder drucken Sie es: Dann wird der Stapel erfasst.</numerusform>
            <numerusform>%n Formulare bereit (%1 Wortlaut v%2): Seriennummern %3 bis %4. Speichern oder drucken Sie sie: Dann wird der Stapel erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>Jedes Formular erhält eine eigene Seriennummer, gedruckt und als QR-Code. Kommt ein unterschriebenes Formular zurück, tippen Sie die Seriennummer auf der Seite Anmeldungen ein: Die Anmeldung wird mit dem aufgedruckten Wortlaut verknüpft.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>Gedruckte Stapel:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>Eine Musterseite: Jedes erstellte Formular trägt hier seine eigene Seriennummer.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>Keine Musterseite möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>%n Formular wird erstellt…</numerusform>
            <numerusform>%n Formulare werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>Formulare erstellen</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>Abgebrochen: keine Formulare erstellt, keine Seriennummern verbraucht.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Stapel erfassen</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>Formulare speichern</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>Formulare in %s gespeichert</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>Formulare an den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>Gespeicherte Prüfungen</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>Eine früher gespeicherte Prüfung zeigen, mit ihren Zeilen so, wie sie beurteilt wurden</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Gespeicherte Prüfungen: %n</numerusform>
            <numerusform>Gespeicherte Prüfungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n Zeile</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet am %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>Telefonmenü (IVR)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>Im WhatsApp-Chat</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>An der Kasse</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>Anmeldeformular</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Click-to-WhatsApp-Anzeige</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>WhatsApp-Antwort</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp-Stopp-Schaltfläche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>eingewilligt</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation>✓ eingewilligt</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ abgemeldet</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– keine</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation>alle Werbung</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Jemand entscheidet</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>Einwilligungswunsch</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nichts zu erfassen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Keine gültige Nummer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Zu früh erneut</translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation>Zugestimmt für diese Nachrichtenart: senden.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>Keine Einwilligung für diese Nachrichtenart erfasst: nicht senden.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>Abgemeldet: niemals senden.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>Das ist keine erreichbare WhatsApp-Nummer: siehe Grund.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>Dieselbe Person steht weiter oben: Die Person bekommt nur eine Nachricht.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>Hat zuletzt so viele Werbenachrichten bekommen, wie die Obergrenze erlaubt: warten.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>Abmeldehinweis nötig</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>Diese Werbenachricht muss sagen, wie man abbestellt (z. B. „Antworte STOP zum Abmelden“): Es ist die erste Werbenachricht, die erste nach langer Pause, oder die Person hat lange nicht geantwortet (Einstellungen, Regeln für Rundsendungen).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>Zu viele Nachrichten</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>Für mich nicht relevant</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Sonstiges…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>Abmeldehinweis</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>Erfasst: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>Wird auf diesem Computer gespeichert; gilt beim nächsten Start von OptIn Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OptIn Desk</source>
        <translation>OptIn Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>Richten Sie Ihr Geschäft ein, um zu beginnen</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>Etwas ist schiefgelaufen: %s

Bereits Erfasstes ist nicht verloren. Die Details stehen in %s; bitte schicken Sie diese Datei an die Person, die diesen Computer betreut.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>Die Daten sind nicht geöffnet</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>Daten: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Tägliche Sicherung erstellt: %n Eintrag, geprüft</numerusform>
            <numerusform>Tägliche Sicherung erstellt: %n Einträge, geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %s. Nutzen Sie Einstellungen, Jetzt sichern.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>Die Daten konnten nicht geöffnet werden: %s. Prüfen Sie den Pfad bei --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>Was heute zu tun ist und wie die Daten stehen.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>Unterschriebene Papierformulare oder ein persönliches Ja erfassen.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>Person finden: wozu sie zugestimmt hat, wann, und ihr ganzer Verlauf.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>STOP erfassen und Bestätigung senden; gilt für alle Ihre Nummern.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>Liste prüfen</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>Vor einer Rundsendung: wer auf Ihrer Liste die Nachricht bekommen darf.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>Einwilligungsformulare zum Unterschreiben drucken.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>Ihr Geschäft, Nachrichtenarten, Wortlaut, Mitarbeiter und Sicherungen.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>Wie Ihre Rundsendungen ankamen: zugestellt, gelesen, blockiert.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>Diese Nummer wurde am %s auf Wunsch gelöscht.

Erfassen Sie diese Einwilligung nur, wenn die Person danach selbst neu eingewilligt hat (persönlich, auf Papier oder in einer eigenen Nachricht). Das Erfassen hebt die Löschung auf: Nummer und Name werden wieder gespeichert, und der Eintrag vermerkt die Aufhebung.

Löschung aufheben und erfassen?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Auf Wunsch gelöscht</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. Geht die Uhr des Computers jetzt richtig? Nur dann erfassen: Ein früherer Eintrag wurde dann mit falscher Uhrzeit gemacht.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Uhr prüfen</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Anmeldung speichern</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>WhatsApp-Nummer in beliebiger Form oder Name</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>Was die Person sagte oder schrieb (optional)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>Grund, in wenigen Worten</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>&amp;Neu schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>In &amp;WhatsApp öffnen</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>Bestätigung gesende&amp;t</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>Abmeldung &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>Was en&amp;det:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Eingegangen &amp;per:</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>Worte der Pers&amp;on:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Senden &amp;von:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>&amp;Bestätigung:</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Erf&amp;asst von:</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>Mehrere Antworten</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>Wartet auf Bestätigung (%n)</numerusform>
            <numerusform>Wartet auf Bestätigung (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>Alle Werbenachrichten</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>Alles (auch Servicenachrichten)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>Nummer oder Name eingeben; auch eine nicht erfasste Nummer kann sich abmelden.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n Person passt: auswählen (Pfeil runter, dann Enter)</numerusform>
            <numerusform>%n Personen passen: eine auswählen (Pfeil runter, dann Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>Niemand gefunden: Geben Sie die ganze Nummer ein, z. B. %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s ist nicht erfasst: Die Abmeldung wird trotzdem gespeichert.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>Die Bestätigung ist leer: Drücken Sie „Neu schreiben“.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>Bestätigung kopiert: In den Chat einfügen</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>Von der Geschäftsnummer %s senden</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Abmeldung erfassen</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>Bestätigung gesendet</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>Bestätigung zu senden</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>%s abgemeldet (%s); %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>Platzhalter: $business — Name des Geschäfts; $stopped — die Nachrichten, die enden; $continues — die Nachrichten, die weiter kommen, falls vorhanden; $start_keyword — das Wort für erneute Anmeldung (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>Platzhalter: $business — Name des Geschäfts; $categories — die Nachrichtenarten, die die Person ankreuzt; $stop_keyword — das Wort zum Abmelden (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>Datenschutz (auf jedes Formular gedruckt)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>leer: die erste WhatsApp-Nummer oben</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>eine Webadresse oder z. B. „an der Wand neben der Kasse“</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> Jahre nach einer Abmeldung</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>Kontakt-Wh&amp;atsApp:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>Datenschu&amp;tzhinweis unter:</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>Aufbewah&amp;rung:</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Jede Rundsendung: Ergebnis und Abmeldungen innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>seitdem abgemeldet (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>Qualitätsbewertung jeder WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation>erste Einwilligung über „%1“</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>Zustellbericht &amp;lesen…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>Gelesenes &amp;behalten</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>&amp;Einseitigen Bericht speichern…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation>z. B. 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>Messwert &amp;hinzufügen</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>Was WhatsApp Manager zeigt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockierungen</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Abmelderate nach Art der Einwilligung</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Abmelderate nach unterschriebener Wortlaut-Version</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>Diagramm in %s gespeichert</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>Zustellbericht lesen</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>Zustellberichte (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>bereits gelesen</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2, %3 neu; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n Zeile nicht gelesen</numerusform>
            <numerusform>%n Zeilen nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n eingehende Nachricht beiseitegelassen</numerusform>
            <numerusform>%n eingehende Nachrichten beiseitegelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>%1 behalten; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n hat sich per WhatsApp-Stopp-Schaltfläche von Werbung abgemeldet</numerusform>
            <numerusform>%n haben sich per WhatsApp-Stopp-Schaltfläche von Werbung abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>Zeile %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>Zustellbericht behalten</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>Qualitätsmesswert hinzufügen</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>Messwert behalten</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>Dieser Messwert wurde schon behalten</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>Bericht in %s gespeichert</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>Warnungen (Seite Qualität)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× üblich</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% nicht zugestellt</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× anderer Weg</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>Warnschwellen speichern</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>Abmeldungen nach Rundsendung über:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>Nicht zugestellt über:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>Abmelderate eines Einwilligungswegs über:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>Einwilligungswege vergleichen ab:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>Warnschwellen gespeichert</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>Wohin die Daten gehen (steht in jedem Nachweis)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>leer: dieser Computer oder der Server des Geschäfts</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>leer: Meta Platforms als Anbieter von WhatsApp</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>Nennen Sie jedes Unternehmen, das die Nummern erhält, getrennt durch „;“.</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>&amp;Gespeichert auf:</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Weitergege&amp;ben an:</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>Wählen oder tippen Sie, wer dies erfasst.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>Daten, die dieser Computer öffnet</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>eine .sqlite3-Datei oder postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Andere Daten</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>Ab dem nächsten Start &amp;verwenden</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>Zurück zur eigenen Datei dieses &amp;Computers</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Jetzt geöffnet: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>Bei jedem Start geöffnet: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>OptIn-Desk-Daten (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>Diese Daten lassen sich öffnen, aber darin ist noch kein Geschäft eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>Das sind die Daten von %1: %n Eintrag.</numerusform>
            <numerusform>Das sind die Daten von %1: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>Diese Daten sind nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>Fertig: Schließen Sie OptIn Desk und starten Sie es neu, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>Dieser Computer öffnet ab dem nächsten Start andere Daten</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>Fertig: Ab dem nächsten Start öffnet dieser Computer seine eigene Datendatei.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>Die Daten sind wieder erreichbar</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>Antworten hier einfügen, eine pro Zeile: „+34 612 345 678: BAJA“, aus WhatsApp kopierte Chatzeilen oder eine Tabelle mit Nummer und Nachricht.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>Antworten &amp;lesen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>&amp;Angehakte Antworten erfassen</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>Antworten öffnen</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Antworten lesen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>%n Antwort wird gelesen…</numerusform>
            <numerusform>%n Antworten werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2, %3, %4, %5. Haken Sie an, was erfasst werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n eindeutige Abmeldung</numerusform>
            <numerusform>%n eindeutige Abmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n zum Entscheiden</numerusform>
            <numerusform>%n zum Entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n Einwilligungswunsch</numerusform>
            <numerusform>%n Einwilligungswünsche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n nicht erfassbar</numerusform>
            <numerusform>%n nicht erfassbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>&amp;Angehakte Antwort erfassen (%n)</numerusform>
            <numerusform>&amp;Angehakte Antworten erfassen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>%1 (jeweils mit Bestätigung) und %2 per WhatsApp-Chat erfassen?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n Abmeldung</numerusform>
            <numerusform>%n Abmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>%1 und %2 erfasst; die Bestätigungen warten auf Versand</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>Antworten erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>%n Antwort wird erfasst…</numerusform>
            <numerusform>%n Antworten werden erfasst…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>Ein Name pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>Art &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>Den ganzen Protokollkopf kopieren, um ihn anderswo aufzubewahren</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>Eine gespeicherte Nachrichtenart behält ihre Art (Service oder Werbung): Dafür galt die Einwilligung. Zum Ändern archivieren und eine neue anlegen.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>Inhaber-&amp;PIN…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Standard&amp;land:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>&amp;WhatsApp-Nummern:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>Nachrichtenarten (archiviert, nie gelöscht)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>Wortlaut (Platzhalter beginnen mit $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>Einwilligungstext:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Abmeldebestätigung:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>Regeln für Rundsendungen (Liste prüfen)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>Abmeldehinweis erneut nach Pa&amp;use von:</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>Inakti&amp;v ohne Antwort nach:</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>Werbenachrichten höchstens in</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>Werbe-&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Daten sicher aufbewahren</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>Protokollkopf:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>Inhaber-PIN:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n Eintrag)</numerusform>
            <numerusform>%1… (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n Eintrag, geprüft — %2</numerusform>
            <numerusform>%1 — %n Einträge, geprüft — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>Protokollkopf kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>%n Eintrag in %1 gesichert</numerusform>
            <numerusform>%n Einträge in %1 gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>Inhaber-PIN ändern</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>Neue Inhaber-PIN (6 oder mehr Zeichen; leer lassen zum Entfernen):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>Inhaber-PIN gesetzt</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>Inhaber-PIN entfernt</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>Daten sichern</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>Daten sichern nach…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei OptIn Desk&lt;/h2&gt;&lt;p&gt;Erzählen Sie uns von Ihrem Geschäft. Sein Name steht auf jedem Einwilligungsformular und jeder Abmeldebestätigung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>Eine WhatsApp-Nummer pro Zeile</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>Ein Name pro Zeile: wer Anmeldungen, Abmeldungen und Formulare erfasst</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>Art &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>Art &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>&amp;Los geht&apos;s mit OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Geschäfts&amp;name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>&amp;WhatsApp-Nummern:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;Sprache der Formulare und Nachrichten:</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>Nachrichtenarten, die Sie senden:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>Willkommen, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>oben auf das Formular gedruckt; ein Papierformular braucht sie</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>Formular aus anderem Druck (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>Das Geschäft hat dieses Formular anderswo gedruckt: Die Seriennummer wird wie eingegeben gespeichert, mit Vermerk</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>wie auf dem Formular</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>gescanntes Formular hierher ziehen</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>S&amp;can wählen…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>In dieser Sitzung gespeicherte Einträge</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Speichern und weiter (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Letzten rückgängig</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>Formular-Seri&amp;ennummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>WhatsApp-N&amp;ummer:</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>Zugestimmt zu:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Datum der Unterschrift:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>Er&amp;fasst von:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>In dieser Sitzung gespeichert (neueste zuerst):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan des unterschriebenen Formulars</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>Die WhatsApp-Nummer: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>Die Formular-Seriennummer: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>Haken Sie mindestens eine Nachrichtenart an, der die Person zugestimmt hat.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>Sagen Sie, wer erfasst: Wählen oder tippen Sie Ihren Namen.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Anmeldung speichern</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>%s gespeichert: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Letzten rückgängig</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Warum ist dieser Eintrag falsch? (wird mit dem Eintrag aufbewahrt)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (storniert: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>Eintrag von %s storniert</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>In dieser Sitzung erfasst: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>Wortlaut %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>Formular %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>Scan vorhanden</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>erfasst %s von %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>storniert Eintrag #%d: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>Grund: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>Worte der Person: „%s“</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>Notiz: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>Bestätigung: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>STORNIERT (Eintrag #%d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>Erfasste Personen</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Kontakte öffnen</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>Anmeldungen der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>Anmeldungen erfassen</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>Wartende Abmeldebestätigungen</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>Gedruckte, noch nicht erfasste Formulare</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>Formulare öffnen</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>Zuletzt geprüfte Liste</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>Liste prüfen</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>In Einstellungen sichern</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>Daten geprüft</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>Daten jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>Die Aufzeichnungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>Personen, die Nachrichten zugestimmt haben (ohne Importe).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>Nichts wartet: Jede Abmeldung wurde bestätigt.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>Die älteste wartet seit heute.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>Die älteste wartet seit %n Tag.</numerusform>
            <numerusform>Die älteste wartet seit %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>%n Formular insgesamt gedruckt.</numerusform>
            <numerusform>%n Formulare insgesamt gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Noch keine Formulare gedruckt.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>Prüfen Sie Ihre Liste vor jeder Rundsendung.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: %3 von %n Zeile dürfen die Nachricht bekommen.</numerusform>
            <numerusform>%1, %2: %3 von %n Zeilen dürfen die Nachricht bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>Von diesen Daten gibt es noch keine Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n Eintrag, geprüft.</numerusform>
            <numerusform>%1: %n Einträge, geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>Das Protokoll enthält %n Eintrag.</numerusform>
            <numerusform>Das Protokoll enthält %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>Jetzt prüfen.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>Die letzte Prüfung hat geänderte Einträge gefunden: Prüfung ausführen.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: die Kette wurde in der Sicherung geprüft; prüfen Sie die Unterlagen, um auch die Einwilligungstabelle, die Texte und die Scans zu prüfen.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: eigenständig bestätigt.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>Daten werden geprüft…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>Die Kette ist intakt, aber daneben wurde etwas geändert:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>Daten geprüft: Kein Eintrag wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>Die Kette ist beschädigt: Führen Sie „verify“ in der Befehlszeile aus, um Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>Sagen Sie zuerst, wer erfasst: Wählen oder tippen Sie Ihren Namen bei „Erfasst von“ (Seite Abmeldungen). Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s braucht die Inhaber-PIN:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>Nicht übersetzt in %s: %s. Diese Zeilen würden in der Sprache des Geschäfts gedruckt, die ein Kunde vielleicht nicht liest: Ergänzen Sie den Text unter Einstellungen, Nachrichtenarten in jeder Sprache.</translation>
    </message>
</context>
</TS>
