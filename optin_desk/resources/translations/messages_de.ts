<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>dieser Computer hat noch keinen Signaturschlüssel und das Geschäft hat eine Inhaber-PIN: Geben Sie --pin (oder OPTIN_DESK_PIN) an, damit der neue Schlüssel damit gesperrt wird</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>Öffentlicher Schlüssel (Ed25519, Base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>Fingerabdruck (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Checkpoint über %n Ereignis, Wurzel {root}, Kopf {head}</numerusform>
            <numerusform>Checkpoint über %n Ereignisse, Wurzel {root}, Kopf {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Signiert mit Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>Nicht signiert: Der Signaturschlüssel ist durch die Inhaber-PIN gesperrt (--pin angeben)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>Geschrieben nach {path}; auch im Log {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>Im Log {log} aufbewahrt</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>Hinweis: Der Nachweis ist nicht an einen signierten Checkpoint gebunden (der Signaturschlüssel ist durch die Inhaber-PIN gesperrt): Geben Sie --pin an, damit ein Prüfer ihn mit verify-proof prüfen kann</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}; signiert mit dem Schlüssel eines anderen Computers, nicht dieses: Stellen Sie sicher, dass der Schlüssel zu Ihrem Geschäft gehört („optin-desk public-key“ auf jedem Computer)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok: Das Protokoll enthält den Checkpoint aus {path} ({latest})</numerusform>
            <numerusform>ok: Das Protokoll enthält alle %n Checkpoints aus {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok: Von den Checkpoints aus {path} gehört %n zu Daten, die eine Wiederherstellung ersetzt hat (siehe Hinweise), und das Protokoll enthält die übrigen ({latest})</numerusform>
            <numerusform>ok: Von den Checkpoints aus {path} gehören %n zu Daten, die eine Wiederherstellung ersetzt hat (siehe Hinweise), und das Protokoll enthält die übrigen ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok: Der Checkpoint aus {path} gehört zu Daten, die eine Wiederherstellung ersetzt hat (siehe Hinweise); seitdem wurde keiner erstellt</numerusform>
            <numerusform>ok: Die %n Checkpoints aus {path} gehören zu Daten, die eine Wiederherstellung ersetzt hat (siehe Hinweise); seitdem wurde keiner erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>beschädigt: %n Checkpoint aus {path} ist nicht im Protokoll (von insgesamt {count})</numerusform>
            <numerusform>beschädigt: %n Checkpoints aus {path} sind nicht im Protokoll (von insgesamt {count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>der neueste: %n Ereignis, erstellt {made}</numerusform>
            <numerusform>der neueste: %n Ereignisse, erstellt {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Prüfung {check}: %n Zeile aus {source} für {kind}</numerusform>
            <numerusform>Prüfung {check}: %n Zeilen aus {source} für {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Prüfung (nicht behalten: schreibgeschützt): %n Zeile aus {source} für {kind}</numerusform>
            <numerusform>Prüfung (nicht behalten: schreibgeschützt): %n Zeilen aus {source} für {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(Nummern aus Spalte {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n mit Abmeldehinweis)</numerusform>
            <numerusform>(%n mit Abmeldehinweis)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>Wortlaut auf {language} v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>Formular {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>storniert Ereignis {event}: {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [STORNIERT durch {event}: {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method}), erfasst von {who} am {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>{shop} ({country}) in {where} eingerichtet</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>Einwilligung von {who} für {scopes} erfasst ({method}; Ereignis {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>Abmeldung von {phone} für {scope} erfasst (Ereignis {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>Ereignis {voided} von {phone} storniert (Ereignis {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (nicht erfasst)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  am {day} auf Wunsch der Person gelöscht: für jede Rundsendung gesperrt, bis sie wieder einwilligt</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> seit {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [archiviert]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  keine Ereignisse erfasst</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         Bestätigung: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>beschädigt: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>verändert: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>neben der Kette geprüft: Wortlaute {wordings}, Scans {scans}, Personen mit neu berechnetem Einwilligungsstand {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>beschädigt: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>beschädigt: Ereignis {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>beschädigt: der frühere Kopf {head} ist nicht in der Kette aus %n Ereignis</numerusform>
            <numerusform>beschädigt: der frühere Kopf {head} ist nicht in der Kette aus %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok: %n Ereignis, Kopf {head}</numerusform>
            <numerusform>ok: %n Ereignisse, Kopf {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>Warnung: Die Sperren des Protokolls (nur Anfügen erlaubt) fehlen oder sind aus ({names}): Die Sicherung wurde erstellt und geprüft, aber das Protokoll könnte umgeschrieben worden sein; führen Sie „verify“ aus</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n Nachricht</numerusform>
            <numerusform>{source}: {kind}, %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (bereits gelesen)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>Zeile {line}: nicht gelesen: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n Zeile nicht gelesen</numerusform>
            <numerusform>%n Zeilen nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n eingehende Nachricht beiseitegelassen</numerusform>
            <numerusform>, %n eingehende Nachrichten beiseitegelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>Nichts zu behalten: Aus diesem Bericht ließ sich kein Nachrichtenstatus lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Probelauf: nichts behalten. Mit --apply erneut ausführen, um %n Ergebnis zu behalten.</numerusform>
            <numerusform>Probelauf: nichts behalten. Mit --apply erneut ausführen, um %n Ergebnisse zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>Nichts Neues: Dieser Bericht wurde schon gelesen.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>Nichts Neues: Dieser Bericht wurde schon gelesen; nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>%n Ergebnis behalten.</numerusform>
            <numerusform>%n Ergebnisse behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Von Werbung abgemeldet (WhatsApp-Stopp-Schaltfläche): %n.</numerusform>
            <numerusform>Von Werbung abgemeldet (WhatsApp-Stopp-Schaltfläche): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Als unzustellbar markierte Nummern: %n.</numerusform>
            <numerusform>Als unzustellbar markierte Nummern: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Von WhatsApp zurückgehalten: %n.</numerusform>
            <numerusform>Von WhatsApp zurückgehalten: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>%n gesperrte Zeile (Person, Nachrichtenart) in {file} geschrieben</numerusform>
            <numerusform>%n gesperrte Zeilen (Person, Nachrichtenart) in {file} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>%n Ereignis in {file} geschrieben</numerusform>
            <numerusform>%n Ereignisse in {file} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} ist nicht beschreibbar (schreibgeschützte Datei, Ordner oder Medium): „{command}“ muss schreiben; nichts wurde getan</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>Hinweis: {where} ist nicht beschreibbar; schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>die Ausgabe konnte nicht geschrieben werden ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>%n Nachricht als gesendet erfasst</numerusform>
            <numerusform>%n Nachrichten als gesendet erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>%n Ereignis in {file} gesichert (Kopf {head})</numerusform>
            <numerusform>%n Ereignisse in {file} gesichert (Kopf {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>Seit der Sicherung vom {when} UTC hat sich nichts geändert (gleicher Protokollkopf und gleiche Anzahl, sonst keine Änderung): Sie wurde wiederverwendet</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>{file} wird wiederhergestellt:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>Nichts wurde geändert (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>%n andere Verbindung zu den Daten wird getrennt (--force)</numerusform>
            <numerusform>%n andere Verbindungen zu den Daten werden getrennt (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis wiederhergestellt.</numerusform>
            <numerusform>%n Ereignisse wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>%n Abmeldung erneut angewendet.</numerusform>
            <numerusform>%n Abmeldungen erneut angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>%n Löschung erneut angewendet.</numerusform>
            <numerusform>%n Löschungen erneut angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>Die Daten enthalten %n Ereignis, Kopf {head}.</numerusform>
            <numerusform>Die Daten enthalten %n Ereignisse, Kopf {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>Die ersetzten Daten liegen in {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>Die Einwilligungstabelle der Sicherung passte nicht zu ihrem Protokoll (sie wurde außerhalb des Programms bearbeitet): die Einwilligung jeder Person wurde aus dem Protokoll neu ermittelt.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} wurde am {day} gelöscht; die Nummer bleibt gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Name, Nummer und %n Scan gelöscht.</numerusform>
            <numerusform>Name, Nummer und %n Scans gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n Eintrag bleibt im Protokoll, und die Nummer bleibt für Rundsendungen gesperrt.</numerusform>
            <numerusform>%n Einträge bleiben im Protokoll, und die Nummer bleibt für Rundsendungen gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>die Löschung ist erfasst, aber das Überschreiben des freigegebenen Speichers der Datei schlug fehl ({problem}): Machen Sie Speicherplatz frei und führen Sie dann „optin-desk erase {number}“ erneut aus</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>die Person ist aus den Daten gelöscht, aber der Server behält ihre alten Zeilenversionen, solange eine andere Verbindung eine Transaktion offen hat (ein Computer, der die Daten liest): Sobald sie endet, führen Sie „optin-desk erase {number}“ erneut aus</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>die Person ist aus den Daten gelöscht, aber noch in der Datei lesbar, bis ein anderes Programm, das sie geöffnet hat (ein Fenster von OptIn Desk auf diesem Computer oder ein anderer Prozess), sie schließt: Schließen Sie es und führen Sie dann „optin-desk erase {number}“ erneut aus (oder ergänzen Sie --wait SECONDS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>Die alten Zeilenversionen auf dem Server wurden bereinigt (VACUUM); sein eigenes Write-Ahead-Log und seine Sicherungen behalten sie, bis diese wiederverwendet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>Freigegebener Speicher der Datei erneut überschrieben</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>Diesem Programm sind keine Sicherungen dieser Daten bekannt.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: gelöscht, geprüft</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: gelöscht, geprüft; der Checkpoint daneben gilt weiter (gleiches Protokoll)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: die Person ist nicht darin</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: konnte nicht neu geschrieben werden ({reason}): gelöscht</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: konnte nicht neu geschrieben werden ({reason}): enthält noch {number}; löschen Sie die Sicherung oder führen Sie den Befehl erneut mit --remove-unerasable aus</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>Inhaber-PIN gesetzt</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>Inhaber-PIN entfernt</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} von %n Kontakt</numerusform>
            <numerusform>{done} von %n Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>%n Demo-Kontakt hinzugefügt.</numerusform>
            <numerusform>%n Demo-Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>Insgesamt %n Ereignis.</numerusform>
            <numerusform>Insgesamt %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Noch keine Formulare gedruckt.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>Hinweis: nicht übersetzt in {language}, in der Sprache des Geschäfts gedruckt: {kinds} (festlegen mit „category KEY --language {code}“)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>%n Formular auf {language} (Wortlaut v{version}, {paper}) nach {file} gedruckt: Seriennummern {first} … {last}</numerusform>
            <numerusform>%n Formulare auf {language} (Wortlaut v{version}, {paper}) nach {file} gedruckt: Seriennummern {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Nachweis der Einwilligung für {phone} (%n Eintrag) nach {file} geschrieben; Protokollkopf {head}</numerusform>
            <numerusform>Nachweis der Einwilligung für {phone} (%n Einträge) nach {file} geschrieben; Protokollkopf {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>Der zugehörige JSON-Nachweis, von einem Prüfer mit verify-proof zu prüfen: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>Stapel {batch}: {when} von {who}, %n Formular auf {language} (Wortlaut v{version}, {paper})</numerusform>
            <numerusform>Stapel {batch}: {when} von {who}, %n Formulare auf {language} (Wortlaut v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} zurück, {outstanding} offen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n Zeile:</numerusform>
            <numerusform>%n Zeilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n hinzuzufügen,</numerusform>
            <numerusform>%n hinzuzufügen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n übersprungen (würde eine Abmeldung aufheben),</numerusform>
            <numerusform>%n übersprungen (würden eine Abmeldung aufheben),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n bereits erfasst,</numerusform>
            <numerusform>%n bereits erfasst,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n abgelehnt (auf Wunsch gelöscht)</numerusform>
            <numerusform>%n abgelehnt (auf Wunsch gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n abgelehnt (Papierformular ohne Seriennummer)</numerusform>
            <numerusform>%n abgelehnt (Papierformulare ohne Seriennummer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>%n Ereignis und alle anderen Daten nach {where} verschoben</numerusform>
            <numerusform>%n Ereignisse und alle anderen Daten nach {where} verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>Protokollkopf auf beiden Seiten: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n Scan nach {folder} kopiert</numerusform>
            <numerusform>%n Scans nach {folder} kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>Richten Sie jeden Computer darauf aus: optin-desk --db URL, oder OPTIN_DESK_DB=URL setzen</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(keine Nummer)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>übersprungen: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>Zeile {row}: {who}: „{message}“ → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n Antwort:</numerusform>
            <numerusform>%n Antworten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n eindeutige Abmeldung,</numerusform>
            <numerusform>%n eindeutige Abmeldungen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n zum Entscheiden durch eine Person,</numerusform>
            <numerusform>%n zum Entscheiden durch eine Person,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n Einwilligungswunsch,</numerusform>
            <numerusform>%n Einwilligungswünsche,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>Probelauf: nichts erfasst. Mit --apply erneut ausführen, um die Abmeldungen zu erfassen.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>Keine eindeutigen Abmeldungen zu erfassen.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>Abmeldung von {phone} für {scope} erfasst; zu sendende Bestätigung:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>%n Abmeldung erfasst.</numerusform>
            <numerusform>%n Abmeldungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>Die Bestätigungen warten auf der Seite Abmeldungen der App, bis sie als gesendet markiert sind.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>Zeile {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>Probelauf: nichts erfasst. Mit --apply erneut ausführen, um die hinzuzufügenden Zeilen zu erfassen.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>--apply lehnt die Datei ab, solange eine Zeile ungültig ist: Korrigieren Sie diese Zeilen oder geben Sie --skip-invalid an, um die anderen zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>%n Eintrag importiert (Weg: importiert).</numerusform>
            <numerusform>%n Einträge importiert (Weg: importiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>{file} geschrieben:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n Rundsendung,</numerusform>
            <numerusform>%n Rundsendungen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>Messwert vom {day} behalten.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>Dieser Messwert wurde schon behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>%n neuer Messwert behalten.</numerusform>
            <numerusform>%n neue Messwerte behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, Limit {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} am {day}: Qualität {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>Rundsendung {check} ({file}, {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n gesendet;</numerusform>
            <numerusform>%n gesendet;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>kein Zustellbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n Abmeldung innerhalb von 7 Tagen</numerusform>
            <numerusform>%n Abmeldungen innerhalb von 7 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>eingewilligt über „{method}“:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n Person,</numerusform>
            <numerusform>%n Personen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n seitdem abgemeldet</numerusform>
            <numerusform>%n seitdem abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>Datenschlüssel ({id}) nach {path} geschrieben: Bringen Sie ihn zum anderen Computer, führen Sie dort „optin-desk records-key --import FILE“ aus und löschen Sie dann die Datei</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>Datenschlüssel ({id}) in {path} gespeichert</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (siehe „{prog} --help“)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Prüfung {check}, gespeichert am {when} UTC: %n Zeile aus {source} für {kind}</numerusform>
            <numerusform>Prüfung {check}, gespeichert am {when} UTC: %n Zeilen aus {source} für {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>Am {day} als gesendet erfasst.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>Noch keine Prüfung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n Zeile</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>gesendet am {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} auf {language}: {label} (Wortlaut auf {language} v{version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>Argument {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>folgende Argumente sind erforderlich: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>eines dieser Argumente ist erforderlich: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} passt auf {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>nicht zusammen mit {argument} erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>nimmt keinen Wert an: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Wert erwartet</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>keine ganze Zahl: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>ungültiger Wert für {type}: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ungültige Auswahl: {value} (möglich sind {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>unbekannter Befehl: {command} (möglich sind {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>der öffentliche Signaturschlüssel dieses Computers</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>einen signierten Checkpoint des Protokolls erstellen (woanders aufbewahrt, verankert er es)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>auch in diese Datei oder diesen Ordner schreiben</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>einen JSON-Nachweis für sich prüfen (ohne Datenbank)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>der öffentliche Schlüssel des Geschäfts (Base64) oder sein Fingerabdruck</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>die Nummer, unter der man das Geschäft erreicht (wird gedruckt)</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>eine E-Mail-Adresse, die auf die Formulare gedruckt wird</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>wo die Datenschutzhinweise stehen (eine URL oder eine Zeile)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>Jahre, die die Daten nach einer Abmeldung aufbewahrt werden (Standard 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>wo die Daten liegen (Standard: dieser Computer oder der Server des Geschäfts)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>wer Nummern und Nachrichten sonst noch erhält, getrennt durch &apos;;&apos; (Standard: Meta Platforms als Anbieter von WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>Bezeichnung und Beschreibung einer Kategorie in einer Sprache festlegen</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>der Schlüssel der Kategorie, z. B. offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>ihre Bezeichnung</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>ihre Beschreibung</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>Name, Nummer und Scans einer Person löschen</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>wie lange auf andere Programme gewartet wird, die die Daten lesen, bevor gesagt wird, wer sie noch offen hält (Standard 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>die Person auch aus allen Sicherungen löschen, die dieses Programm kennt</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>mit --from-backups: eine Sicherung, die sich nicht neu schreiben lässt (Server-Dump, beschädigte Datei), löschen statt behalten</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>wer es erfasst (Standard: der Name, den dieser Computer kennt, sonst Ihr Benutzername)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>die WhatsApp-Nummer der Person, in jeder üblichen Schreibweise</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>JSON statt Textzeilen ausgeben</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>die Sprache der Meldungen: {languages} (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>Führt die WhatsApp-Einwilligungen eines kleinen Geschäfts. Ohne Befehl öffnet sich das Programmfenster.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>Datenbankdatei oder URL (Standard: OPTIN_DESK_DB, sonst der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>die Inhaber-PIN, für Einstellungen, Löschen, Wiederherstellen, Sicherung, Export, Sperrliste und das Stornieren einer Abmeldung (oder OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>die Datenbank und das Geschäftsprofil anlegen</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>der Name des Geschäfts</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>Standardland, z. B. DE</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>eine WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service oder marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>die Adresse des Geschäfts, auf die Formulare gedruckt</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>Standardsprache der Wortlaute</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>ein Name des Personals, der unter „Erfasst von“ angeboten wird</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>eine Einwilligung erfassen</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>ein Kategorieschlüssel, marketing oder all; für mehrere wiederholen</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>wie die Person zugestimmt hat</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>der Name der Person</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>ISO-Datum oder Datum mit Uhrzeit (Standard: jetzt); ein Datum allein meint diesen Tag</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>Seriennummer des unterschriebenen Papierformulars (eine Einwilligung mit paper_form braucht sie)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>das Formular wurde anderswo gedruckt: Seriennummer wie eingegeben übernehmen, mit einer Notiz</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>Scan des unterschriebenen Formulars</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>eine Notiz, die beim Eintrag bleibt</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>Sprache des gezeigten Wortlauts</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>erfassen, obwohl die Uhr hinter dem letzten Eintrag liegt (die Uhr wurde geprüft)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>die Nummer wurde auf Wunsch gelöscht: dies ist eine neue Einwilligung der Person selbst</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>eine Abmeldung erfassen; gibt die Bestätigung aus</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>was endet: eine Kategorie, alles Marketing oder alles</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>wie die Abmeldung kam</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>die eigenen Worte der Person</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>warum, falls die Person es gesagt hat</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>Sprache der Bestätigung</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>wann die Bestätigung hinausging (sonst: ausstehend)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>ein falsches Ereignis stornieren, mit Begründung</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>die Nummer des Ereignisses, wie history sie zeigt</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>warum das Ereignis falsch war (wird aufbewahrt)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>die aktuelle Einwilligung einer Nummer</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>alle Ereignisse einer Nummer, das älteste zuerst</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>die Hash-Kette des Protokolls neu berechnen</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>ein früherer Kopf-Hash, der in der Kette sein muss</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>eine Checkpoint-Datei oder ein Ordner (ein Sicherungs-Stick), der danach durchsucht wird: jeder muss im Protokoll sein</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>jeder Befund, als JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>alle Ereignisse in eine CSV-Datei</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>eine Empfängerliste vor einer Rundsendung prüfen</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, Text, .xlsx oder .vcf; - liest die Standardeingabe</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>die Kategorie der zu sendenden Nachricht</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>die Spalte mit den Nummern</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>das Blatt einer Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>jede Zeile mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>die Zeilen, an die gesendet werden darf</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>die „send“-Zeilen als angeschrieben erfassen</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>mit --record-sent: wann sie hinausging (Standard: jetzt)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>die Daten in eine Datei oder einen Ordner kopieren</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>eine Datei oder ein Ordner (ein USB-Stick)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>die Daten durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>die Sicherungsdatei, aus der wiederhergestellt wird</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>nur auflisten, was verloren ginge und neu angewendet würde</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>die Daten auch durch eine Sicherung ersetzen, die keine Kopie davon ist (Inhaber-PIN)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>auf einem Server: offene Verbindungen anderer Computer trennen, um die Wiederherstellung einzusetzen</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>die Inhaber-PIN setzen, ändern (mit --pin) oder entfernen (&apos;&apos;)</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>die neue PIN, oder &apos;&apos; zum Entfernen</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>alle, die sich von etwas abgemeldet haben, in eine CSV-Datei</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>nummerierte Einwilligungsformulare in ein PDF drucken</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>wie viele Formulare</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi oder ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>Standard: nach dem Land</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>ein vorausgefülltes Formular</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>stattdessen die gedruckten Stapel auflisten</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>Nachweis der Einwilligung einer Nummer (PDF oder JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>die zu schreibende Datei: .pdf oder .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>einen Stapel Kundenantworten lesen; --apply erfasst die eindeutigen Abmeldungen</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, Text oder .xlsx: Nummer und Nachricht</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>die eindeutigen Abmeldungen erfassen</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>Einwilligungen aus einem anderen Programm (nur Probelauf ohne --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV oder .xlsx: Nummer, Umfang, Aktion, Datum</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>die hinzuzufügenden Zeilen erfassen</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>mit --apply: nur die gültigen Zeilen erfassen</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>einen Zustellbericht lesen (nur Probelauf ohne --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx oder JSON-Zeilen eines Webhooks</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>ihn aufbewahren und auf seine Fehler reagieren</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>die Datenbank mit realistischen Demo-Daten füllen</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>wie viele Personen (Standard 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>die Daten in eine leere PostgreSQL-Datenbank kopieren</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>jede Seite des Fensters als PNG ausgeben</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>der Ordner für die Bilder</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>die Sprache des Fensters, z. B. es oder ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>das Qualitätsprotokoll, das Ergebnis jeder Rundsendung und Warnungen</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>angezeigtes Nachrichtenlimit</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>der Tag, an dem es abgelesen wurde (heute)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>ein einseitiger PDF-Bericht für den Inhaber</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>den Datenschlüssel (außerhalb der Datenbank aufbewahrt) auf einen anderen Computer bringen</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>den Schlüssel dieses Computers nach FILE schreiben</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>den aus FILE gelesenen Schlüssel übernehmen</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>die gespeicherten Prüfungen; mit einer Nummer die Zeilen dieser Prüfung erneut ausgegeben</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>die Nummer einer gespeicherten Prüfung</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>jede Zeile mit ihrem Ergebnis, wie sie beurteilt wurde</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>die Zeilen, an die gesendet werden durfte</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>Telefonmenü (IVR)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>im WhatsApp-Chat</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>an der Kasse</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>Anmeldeformular</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>Click-to-WhatsApp-Anzeige</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>WhatsApp-Antwort</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp-Stopp-Schaltfläche</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
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
        <source>opt-in</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>void</source>
        <translation>Stornierung</translation>
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
        <source>all marketing messages</source>
        <translation>alle Werbenachrichten</translation>
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
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
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
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of an entry</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>to add</source>
        <translation>hinzuzufügen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>bereits erfasst</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>Einwilligungswunsch (Personal bestätigt in der App)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>jemand entscheidet</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>nichts zu erfassen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{problem} (--clock-checked)</source>
        <translation>{problem} (--clock-checked)</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form with --serial (a form printed elsewhere: the number it carries, with --other-print-run)</source>
        <translation>eine Einwilligung auf Papierformular nennt ihr Formular: Geben Sie mit --serial die oben auf das Formular gedruckte Seriennummer an (ein anderswo gedrucktes Formular: die Nummer, die es trägt, mit --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at gehört zu --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>{file} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} enthält Kontaktkarten, keine Einwilligungsdaten</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts muss zwischen 1 und 1000000 liegen</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo braucht --db: Demo-Daten kommen in eine eigene Datenbank, nie in die Standarddatenbank</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>{folder} kann nicht angelegt werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>diese Daten enthalten %n Person, die kein Demo-Eintrag ist: Demo-Daten kommen in eine eigene Datenbank (--db demo.sqlite3)</numerusform>
            <numerusform>diese Daten enthalten %n Personen, die keine Demo-Einträge sind: Demo-Daten kommen in eine eigene Datenbank (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>die Kategorie über ihren Schlüssel angeben</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>geben Sie an, wohin die Formulare sollen: --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>die Formulare sind ein PDF: Nennen Sie die Datei FILE.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to verschiebt die SQLite-Datei eines Geschäfts: Geben Sie sie mit --db FILE an</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: Der Bericht ist ein PDF; nennen Sie ihn FILE.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add braucht die Absendernummer und --rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import braucht eine CSV- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} ist größer als {megabytes}: So groß darf eine Liste höchstens sein; teilen Sie sie in kleinere Listen auf</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} ist keine Textliste, keine Tabelle und keine vCard-Datei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>eine Zeile von {name} ist länger als {kilobytes} KiB: Das ist keine Personenliste</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>Zeile {line} von {name} hat mehr als {most} Spalten: Das ist keine Personenliste</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} hat mehr als {most:,} Zeilen: Teilen Sie sie in kleinere Listen auf</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>eine Zelle nahe Zeile {line} von {name} ist länger als {kilobytes} KiB: Das ist keine Personenliste</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>Zeile {line} von {name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>keine Spalte mit Telefonnummern gefunden: Nennen Sie sie mit --column (die Spalten: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>es gibt keine Spalte {column!r}; die Spalten sind: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>es gibt keine Spalte {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} hat keine Statusspalte (sent, delivered, read, failed); die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>Datumsangaben mit dem Tag zuerst gelesen</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>Datumsangaben mit dem Monat zuerst gelesen</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>der Status {status!r} ist keiner von sent, delivered, read, failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>die Zeit {time!r} ist nicht lesbar</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>keine Fehlercode-Spalte: der Grund einer fehlgeschlagenen Nachricht kann nicht gelesen werden, daher wird niemand erkannt, der Marketingnachrichten gestoppt hat (131050); die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>diese Zeile ist kein JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>der Status {status!r} ist unbekannt</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} ist größer als {megabytes} MB: Teilen Sie sie auf</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>Webhook-JSON-Zeilen</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} enthält Kontaktkarten, keinen Zustellbericht</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>der Einwilligungstext mit so vielen Nachrichtenarten passt nicht auf eine Seite; archivieren Sie einige Nachrichtenarten oder kürzen Sie ihre Beschreibungen</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} ist ein Ordner: Wählen Sie die Listendatei darin</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} existiert nicht; prüfen Sie Name und Ordner</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} hat {megabytes:.0f} MB; eine Liste darf höchstens {most} MB haben: Teilen Sie sie in kleinere Listen auf</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} ist eine ZIP-Datei (eine Excel-Arbeitsmappe?): Geben Sie sie als Datei über ihren Namen an</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>keine Zeile beginnt mit einer Telefonnummer: das sind keine Antworten; geben Sie Zeilen wie &apos;+34 612 345 678: BAJA&apos; an</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>keine Antworten vorhanden: Fügen Sie Zeilen wie „+34 612 345 678: BAJA“ ein</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} enthält Kontaktkarten, keine Antworten</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} braucht eine Telefonspalte und eine Nachrichtenspalte</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>eine vCard-Zeile ist länger als {kilobytes} KiB: kein Kontakt</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} hat mehr als {most:,} Nummern: Teilen Sie sie auf</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} enthält keine vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>{name} konnte nicht als Excel-Arbeitsmappe gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} hat {count:,} Teile: Das ist keine Excel-Liste</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} würde auf {megabytes:,} MB oder mehr entpackt ({filename}: {part_megabytes:,} MB, {ratio:.0f}-mal die gepackte Größe), mehr als jede Personenliste braucht: Es könnte eine ZIP-Bombe sein</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>es gibt kein Tabellenblatt {sheet!r}; die Blätter sind: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} enthält Formeln, deren Werte nie gespeichert wurden (das Programm, das die Datei schrieb, berechnet sie nicht): öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>eine Zeile des Blatts hat mehr Zellen, als Excel erlaubt</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} hat mehr als {most:,} Zeilen: keine Excel-Liste</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>Zeile {number} von {name} hat mehr als {most} Spalten: Das ist keine Personenliste</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>eine Zelle in Zeile {number} von {name} ist länger als {kilobytes} KiB: Das ist keine Personenliste</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>den Ereignisdaten fehlt {missing}</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>eine Einwilligung auf Papierformular nennt ihr Formular: Geben Sie die oben auf das Formular gedruckte Seriennummer an (ein anderswo gedrucktes Formular: die Nummer, die es trägt, als aus anderem Druck gekennzeichnet)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>Kategorie {spec!r} muss als KEY=LABEL:KIND geschrieben werden, z. B. offers=Angebote:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>Kategorie-Art {kind!r} muss „service“ oder „marketing“ sein</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>unbekannte Nachrichtenart {scope!r}: verwenden Sie eine von {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>unbekannter Ländercode {region!r}: Verwenden Sie zwei Buchstaben wie DE, AT, CH</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>eine Tabellenkalkulation hat diese Nummer in eine gerundete Zahl verwandelt (wie 6,44E+08), ihre letzten Ziffern sind verloren: stellen Sie die Spalte in der Tabelle auf Text und tippen oder exportieren Sie die Nummern erneut</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>zu lang für eine Nummer ({country})</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>Ortsnummer ohne Vorwahl ({country})</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>keine gültige Nummer ({country})</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>zu kurz für eine Nummer ({country})</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>unbekannte Ländervorwahl +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>zu kurz für eine Telefonnummer</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>zu lang für eine Telefonnummer</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>eine Seriennummer muss in acht Base32-Zeichen passen</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>kein Datum angegeben: Schreiben Sie es als 2026-10-03 oder 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} ist kein Datum: Schreiben Sie es als 2026-10-03 oder 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} liegt in der Zukunft; eine Einwilligung kann nicht vordatiert werden</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>das Datum liegt in der Zukunft; eine Einwilligung kann nicht vordatiert werden</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>die Vorlage hat einen unbekannten oder fehlerhaften Platzhalter: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} ist ein Ordner, keine Sicherungsdatei: Wählen Sie die Datei darin</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} ist keine Datei (eine Pipe oder ein Gerät?): Geben Sie die Sicherungsdatei an</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} ist beschädigt oder keine OptIn-Desk-Sicherung ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} ist keine OptIn-Desk-Datenbank (nicht einmal SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} ist eine SQLite-Datei, aber keine OptIn-Desk-Datenbank</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>{name} kann nicht als Datenbank gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} ist beschädigt (Integritätsprüfung: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>{name} konnte von dieser Version nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} besteht die Protokollprüfung bei Ereignis {broken_event_id} nicht: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>diese Datenbank liegt auf einem Server: Sichern Sie sie mit den Werkzeugen des Servers (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>der Ordner {parent} existiert nicht; stecken Sie den Stick ein oder legen Sie ihn an</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>die Sicherung konnte nicht erstellt werden ({reason}); nichts wurde behalten</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>eine Sicherung kann nicht die Daten überschreiben, die sie kopiert</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>die Sicherung konnte nicht nach {target} geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>noch kein Geschäftsprofil: Führen Sie zuerst „optin-desk init“ aus</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} muss zwischen 1 und 3650 liegen</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>unbekannte Kategorie {key!r}: Vergleichen Sie mit {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>es gibt keine Prüfung {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>Prüfung {check_id} wurde bereits am {day} als gesendet erfasst</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>der Sendezeitpunkt liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>die mit Prüfung {check_id} gespeicherten Zeilen sind nicht lesbar: außerhalb von OptIn Desk geändert oder beschädigt (verify ausführen)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>{path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>der Ordner von {target} existiert nicht</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>diese Daten sind nicht beschreibbar: Die Sendungen können nicht erfasst werden</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>unbekannter {what}-Weg {value!r}: Verwenden Sie einen von {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} enthält ein NUL-Zeichen (\0), das nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} ist länger als {limit} Zeichen; bitte kürzen</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>die Uhr des Computers zeigt {now}, aber der letzte Eintrag wurde um {last} gemacht</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>wählen Sie mindestens eine Kategorie (scope), der die Person zugestimmt hat</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: Stellen Sie die Uhr richtig; stimmt sie, wurde ein früherer Eintrag mit falscher Uhr gemacht: Bestätigen Sie die Uhr, um zu erfassen</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}; als bestätigt erfasst</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>dies hebt die Löschung auf Wunsch vom {day} auf</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>sie bleiben von {kinds} abgemeldet: Eine Abmeldung, die nach dieser Einwilligung gegeben oder erfasst wurde, gilt</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>die Bestätigungsvorlage ist fehlerhaft: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>die Person war davon bereits abgemeldet: erneut erfasst, nichts geändert</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: Die Abmeldung gilt trotzdem; stellen Sie die Uhr richtig</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} ist keine nutzbare WhatsApp-Nummer: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>der Name ist länger als {most} Zeichen; bitte kürzen</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>{name} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>Prüfung {check} ({file}), gesendet am {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>kein erfasster Versand</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>bereits von Werbung abgemeldet</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>von Werbung abmelden (WhatsApp-Stopp-Schaltfläche)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>die Listenprüfung wird bei dieser Nummer warnen</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>zählt zur Werbe-Obergrenze</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} wurde gelesen, bevor die Daten einen Schlüssel erhielten: Lesen Sie sie erneut</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>diese Nummer wurde am {day} auf Wunsch gelöscht: Eine Einwilligung vom {day_text}, vor der Löschung, kann die Person nicht zurückbringen</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>diese Nummer wurde am {day} auf Wunsch gelöscht: Nur eine eigene neue Einwilligung der Person (persönlich, auf Papier oder in einer eigenen Nachricht: {allowed}) kann das aufheben, nicht {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>diese Nummer wurde am {day} auf Wunsch gelöscht: Erfassen Sie eine neue Einwilligung nur mit der eigenen neuen Zustimmung der Person und bestätigen Sie, dass sie die Löschung aufhebt (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} ist nicht erfasst; es gibt nichts zu löschen</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>das Formular konnte aus dem aktuellen Wortlaut nicht gesetzt werden; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>drucken Sie zwischen 1 und {most} Formulare auf einmal</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} ist nicht erfasst: Ein leeres Formular tut es auch</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>keine Formulare in Sprache {language!r}: Verwenden Sie eine von {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>Papier {paper!r} ist unbekannt: Verwenden Sie a4 oder letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>der Ordner {parent} existiert nicht; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>{target} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} ist keiner davon</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>{where} ist nicht nutzbar: OptIn Desk speichert seine Daten in einer SQLite-Datei oder auf PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, mit &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>der Datenbankserver hat Benutzername oder Passwort in der URL abgelehnt: Prüfen Sie --db oder OPTIN_DESK_DB (nichts wurde erfasst)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>der Datenbankserver hat keine Datenbank (oder keinen Benutzer) mit diesem Namen: Prüfen Sie die URL in --db oder OPTIN_DESK_DB (nichts wurde erfasst)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>die Verbindung zum Datenbankserver brach mittendrin ab; der Server speichert ganz oder gar nicht: Prüfen Sie das Netzwerk und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>der Datenbankserver ist nicht erreichbar: Prüfen Sie, ob er läuft und dieser Computer in seinem Netzwerk ist, und versuchen Sie es erneut (nichts wurde erfasst)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>die Datenbankrolle in der URL darf das nicht ({detail}): Tabellen einrichten oder aktualisieren (init, erster Start einer neuen Version, move-to) und Wiederherstellen sind Sache der Eigentümerrolle der Daten; nichts wurde erfasst</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>die Daten werden aus einer Sicherung wiederhergestellt; versuchen Sie es gleich noch einmal (nichts geschrieben)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>die Datenbank ist mit einem anderen Programm beschäftigt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>die Festplatte ist voll: Machen Sie Platz frei und versuchen Sie es erneut (nichts wurde erfasst)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} ist nicht beschreibbar (schreibgeschützt); nichts wurde erfasst</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>die Datenbank {where} kann nicht geöffnet werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} ist keine OptIn-Desk-Datenbank</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>Datenbankfehler: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>die Datendatei ist nicht beschreibbar (schreibgeschützt); nichts wurde erfasst</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>die Datenbank kann nicht geöffnet werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>die Datei ist keine OptIn-Desk-Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>Zeile {row}: {reason} (und %n weitere ungültige Zeile); nichts wurde erfasst: Korrigieren Sie die Datei (ein Probelauf listet jede Zeile) oder überspringen Sie ungültige Zeilen (--skip-invalid)</numerusform>
            <numerusform>Zeile {row}: {reason} (und %n weitere ungültige Zeilen); nichts wurde erfasst: Korrigieren Sie die Datei (ein Probelauf listet jede Zeile) oder überspringen Sie ungültige Zeilen (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>Zeile {row}: {reason}; nichts wurde erfasst: Korrigieren Sie die Datei (ein Probelauf listet jede Zeile) oder überspringen Sie ungültige Zeilen (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>die Datei braucht eine Kopfzeile: number, name, category, action, date</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>keine Spalte {missing} gefunden (die Spalten sind: {columns}); nennen Sie sie scope (oder category), action und date</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>unbekannte Nachrichtenart {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>unbekannte Aktion {action!r}: schreiben Sie opt_in oder opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>auf Wunsch gelöscht am {day}: ein Import bringt die Person nie zurück</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>wird für {what} anmelden</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>wird von {what} abmelden</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>die Aufzeichnungen sagen schon angemeldet für {what}, oder ein späteres Ereignis gilt</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>die Aufzeichnungen sagen schon abgemeldet von {what}, oder ein späteres Ereignis gilt</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>nichts zu importieren: Jede Zeile ist bereits erfasst, übersprungen, abgelehnt oder ungültig</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} ist nicht leer (die Tabelle {busy} enthält Daten): move-to füllt nur eine leere Datenbank; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>die Bestätigung kann nicht in der Zukunft gesendet worden sein</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>die Bestätigung kann nicht ({sent}) vor der Abmeldung gesendet worden sein, die sie bestätigt ({given}); hat sich die Person früher abgemeldet, erfassen Sie die Abmeldung mit dem richtigen Zeitpunkt</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>Ereignis {event_id} ist keine Abmeldung</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>die Bestätigung kann nicht vor der bestätigten Abmeldung gesendet worden sein (Ereignis {event_id}, gegeben {given}); hat sich die Person früher abgemeldet, erfassen Sie die Abmeldung mit dem richtigen Zeitpunkt</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>die Bestätigung von Ereignis {event_id} ist bereits als gesendet markiert</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>die in den Aufzeichnungen gespeicherte Inhaber-PIN ist nicht die, die das Protokoll angibt (sie wurde außerhalb von OptIn Desk entfernt oder ersetzt): Geben Sie die Inhaber-PIN an, die den Signaturschlüssel dieses Computers öffnet, um sie wieder zu speichern; bis dahin bleibt alles abgelehnt, was die PIN braucht</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>zu viele falsche Inhaber-PINs: Versuchen Sie es in {seconds} Sekunden erneut</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>dies braucht die Inhaber-PIN (--pin angeben oder OPTIN_DESK_PIN setzen)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>falsche Inhaber-PIN</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>Absendernummer {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>diese Datenbank hat bereits ein Geschäftsprofil; ändern Sie es in den Einstellungen</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>noch kein Geschäftsprofil: Führen Sie „optin-desk init“ aus oder öffnen Sie zuerst die App</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>die Vorlage für den Einwilligungstext ist fehlerhaft: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>es gibt keine Wortlaut-Version {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>nennen Sie den Nachweis FILE.pdf oder FILE.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>keine eingerichtet</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} ist keine der WhatsApp-Nummern des Geschäfts ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>Qualitätsbewertung {rating!r}: Verwenden Sie high, medium oder low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>Status {status!r}: Verwenden Sie connected, flagged oder restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>der Messwert vom {observed_on} ist in die Zukunft datiert</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>Blockierungen und Meldungen sind Personenzahlen: 0 oder mehr</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>Zeile {line}: {cell!r} ist keine Anzahl</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} enthält Kontaktkarten, keine Qualitätsmesswerte</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} braucht Spalten für {missing}; die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>Zeile {line}: Das Datum {cell!r} ist nicht YYYY-MM-DD</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>Wortlaut {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>{target} kann nicht geschrieben werden: {problem}</translation>
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
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>Abmeldungen nach dem Versand vom {day} lagen beim {times}-Fachen des Üblichen: prüfen Sie, an wen er ging</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{percent} % nicht zugestellt nach dem Versand vom {day}: prüfen Sie diese Nummern</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>Wer über „{method}“ eingewilligt hat, meldet sich {times}× so oft ab wie wer über „{reference}“ eingewilligt hat</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>die Qualität von {sender} ist auf {rating} gefallen: eine Woche lang kein Marketing von dieser Nummer</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head nimmt den Protokollkopf wie gedruckt: mindestens {least} seiner Hexadezimalzeichen (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} passt auf mehr als einen Eintrag: Geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>der Chat zeigt den Namen „{sender}“, keine Nummer: suchen Sie die Person auf der Seite Abmeldungen</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>bereits abgemeldet von {what}</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>bereits abgemeldet von {what} seit {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>hat bereits in {what} eingewilligt</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>hat bereits in {what} eingewilligt, seit {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>alle Nachrichten</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>auf Wunsch gelöscht am {day}: erfassen Sie die neue Einwilligung einzeln und bestätigen Sie, dass sie die Löschung aufhebt</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>gleiche Nummer wie Zeile {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>Zeile {row} kann nicht erfasst werden: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>diese Datei sind die Daten selbst</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>die wiederhergestellte Kopie besteht die Protokollprüfung nicht: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>die Wiederherstellung ist fehlgeschlagen ({reason}); die Daten blieben unverändert</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>zu viele Wiederherstellungen von {name} in dieser Sekunde; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>die Sicherung ist keine Kopie dieser Daten (von einem anderen Geschäft, oder nach Ereignis {shared_events} auseinandergelaufen); um sie trotzdem zu ersetzen, geben Sie --other-shop und die Inhaber-PIN an</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>die Daten eines anderen Geschäfts wiederherzustellen braucht die Inhaber-PIN: Setzen Sie eine mit „optin-desk pin“ und geben Sie sie mit --pin an</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>die Nachweisdatei {error}; wählen Sie den Scan erneut</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>die Nachweisdatei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>die Nachweisdatei {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>die Nachweisdatei konnte nicht aufbewahrt werden: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} existiert nicht</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>der Server konnte nicht gefragt werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>Wiederherstellen auf einem Server ist Sache der Eigentümerrolle der Daten (sie besitzt die Datenbank und darf Datenbanken anlegen): Führen Sie es mit der URL des Eigentümers aus; nichts wurde geändert</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>für die Wiederherstellung konnte keine neue Datenbank angelegt werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} ist kein einwandfreier Dump von OptIn-Desk-Daten ({error}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} enthält keine OptIn-Desk-Daten; nichts wurde geändert</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} besteht die Protokollprüfung bei Ereignis {broken_event_id} nicht: {problem}; nichts wurde geändert</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>zu viele Wiederherstellungen dieser Daten in dieser Sekunde; versuchen Sie es erneut</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>%n weitere Verbindung zu den Daten ist offen (ein Fenster auf einem anderen Computer?): Schließen Sie sie und versuchen Sie es erneut, oder geben Sie --force an, um sie zu trennen; nichts wurde geändert</numerusform>
            <numerusform>%n weitere Verbindungen zu den Daten sind offen (ein Fenster auf einem anderen Computer?): Schließen Sie sie und versuchen Sie es erneut, oder geben Sie --force an, um sie zu trennen; nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>ein Speichervorgang auf einem anderen Computer hat die Daten zu lange belegt; versuchen Sie die Wiederherstellung gleich noch einmal; die Daten blieben unverändert</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>noch kein Geschäftsprofil</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>Kategorie {key!r} bleibt {kind}: Legen Sie stattdessen eine neue Kategorie an</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>sagen Sie, warum das Ereignis storniert wird (--reason): Der Grund wird mit ihm aufbewahrt</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>es gibt kein Ereignis {event_id}; siehe „optin-desk history NUMBER“</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>Ereignis {event_id} betrifft das Geschäft, keine Person: Es bleibt bestehen</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>Ereignis {event_id} ist selbst eine Stornierung und kann nicht storniert werden</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>Ereignis {event_id} wurde bereits durch Ereignis {already} storniert</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>wählen Sie das zu stornierende Ereignis</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>Ereignisse verschiedener Personen werden Person für Person storniert</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>{source} kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>{source} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} ist keine normale Datei</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} hat {megabytes} MB; Scans bis {most} MB werden aufbewahrt</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} hat sich beim Kopieren geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>Regeln für Rundsendungen</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>Wortlaut-Vorlagen</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>Namen der Mitarbeitenden</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>Datenschutzangaben</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>Angaben zum Geschäft</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>Nachrichtenkategorien</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>Absendernummern</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>Einwilligungstexte</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n Stornierung</numerusform>
            <numerusform>%n Stornierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n seitdem stornierte Abmeldung</numerusform>
            <numerusform>%n seitdem stornierte Abmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>die Sicherung enthält %n Ereignis; die Daten enthalten {live}, davon {shared} gleich</numerusform>
            <numerusform>die Sicherung enthält %n Ereignisse; die Daten enthalten {live}, davon {shared} gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>die Sicherung ist KEINE Kopie dieser Daten (anderes Geschäft oder auseinandergelaufen)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>ginge verloren: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>ginge verloren: nichts erfasst</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>Einstellungen, die auf den Stand der Sicherung zurückgehen: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n Abmeldung</numerusform>
            <numerusform>%n Abmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>nach der Wiederherstellung erneut angewendet: {items}; die Inhaber-PIN bleibt wie jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n gelöschte Nummer ist unter einem anderen Schlüssel gespeichert: Sie bleibt nur gelöscht, wo die Sicherung sie enthält</numerusform>
            <numerusform>%n gelöschte Nummern sind unter einem anderen Schlüssel gespeichert: Sie bleiben nur gelöscht, wo die Sicherung sie enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n behaltene Prüfung</numerusform>
            <numerusform>%n behaltene Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n Nachricht als gesendet erfasst</numerusform>
            <numerusform>%n Nachrichten als gesendet erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n gedruckter Formularstapel</numerusform>
            <numerusform>%n gedruckte Formularstapel</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>die Nachrichtenart {key!r} ({kind}) hat im Protokoll keine Art: Sie wurde am Programm vorbei hinzugefügt</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>die Nachrichtenart {key!r} ist als {kind} gespeichert, aber das Protokoll nennt {stated} (Ereignis {event}): Ihre Art wurde am Programm vorbei geändert; die Regeln behalten {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>der Datenschlüssel ist nicht auf diesem Computer, daher lassen sich gelöschte Nummern und die Zuordnung der Ereignisse zu Personen hier nicht erkennen: Führen Sie auf einem Computer, der ihn hat, „optin-desk records-key --out FILE“ aus, dann hier „optin-desk records-key --import FILE“</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>{source} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} ist kein Datenschlüssel, der mit „optin-desk records-key --out“ geschrieben wurde</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} ist der Schlüssel anderer Daten (ID {found}), nicht dieser ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>der Schlüssel in {source} passt nicht zu den Nummern in diesen Daten: Er wurde nicht aus diesen Daten geschrieben</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait erwartet eine Anzahl Sekunden von 0 bis 3600, nicht {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable geht nur zusammen mit --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} ist nicht aus den Daten gelöscht: Löschen Sie die Nummer zuerst</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>ihr Ordner fehlt: Stecken Sie den Stick ein</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>den Dump eines Servers kann dieses Programm nicht neu schreiben</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>die Nummer wurde in der neu geschriebenen Kopie noch gefunden</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>nichts wurde erfasst: Die Kopfzeile des Protokolls wurde am Programm vorbei gelöscht; führen Sie „verify“ aus und stellen Sie dann die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>Wortlaut {wording_id} ({language}, Version {version}): Sein Text wurde geändert; er ergibt nicht mehr den dafür erfassten sha256</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>Ereignis {event_id} verweist auf Wortlaut {wording_id} mit sha256 {found}, aber laut Kette wurde der Person der Wortlaut {chained} gezeigt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>der Scan {sha256} wurde ersetzt oder verändert: Seine Datei ergibt jetzt den Hash {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>der Scan {sha256} von Ereignis {event_id} fehlt im Scan-Ordner: Dem Nachweis dieser Einwilligung fehlt sein Scan; holen Sie die Datei aus einer Sicherung zurück</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>der Scan {sha256} von Ereignis {event_id} ist nicht auf diesem Computer (bei gemeinsamen Daten bleiben Scans auf dem Computer, der sie erfasst hat): Prüfen Sie dort</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n Scan gelöschter Personen ist entfernt, wie die Löschung es verlangt</numerusform>
            <numerusform>%n Scans gelöschter Personen sind entfernt, wie die Löschung es verlangt</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>die Ereignisse von Person {contact_id} können nicht gelesen werden ({problem}): Sie wurden außerhalb des Programms bearbeitet, daher lässt sich ihre Einwilligung nicht ermitteln; stellen Sie die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>eingewilligt</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>nichts wurde erfasst: der letzte Eintrag des Journals ist nicht der, den seine Kopfzeile nennt (ein Eintrag wurde am Programm vorbei gelöscht oder hinzugefügt); führen Sie verify aus und stellen Sie dann die neueste Sicherung wieder her (eine Abmeldung wird trotzdem erfasst)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>nichts wurde erfasst: {phone} ist laut Unterlagen von {kind} abgemeldet, aber die verbliebenen Einträge des Journals sagen das nicht mehr (einer wurde am Programm vorbei gelöscht); führen Sie verify aus und stellen Sie dann die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>ohne Einwilligung</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>laut Tabelle des Einwilligungsstands ist Person {contact_id} für {category} seit {table_since} {table} (Ereignis {event_id}), laut Protokoll aber seit {ledger_since}: Der Zeitpunkt wurde außerhalb des Programms geändert; „check“ und „status“ lesen die Tabelle und sind daher für diese Person falsch</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>laut Tabelle des Einwilligungsstands ist Person {contact_id} für {category} {table} (Ereignis {table_event_id}), aber laut Protokoll {ledger} (Ereignis {event_id}): „check“ und „status“ lesen die Tabelle und sind daher für diese Person falsch</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>die Kopfzeile des Protokolls fehlt, obwohl es %n Ereignis enthält: Jemand hat sie am Programm vorbei gelöscht, was verbirgt, ob am Ende Ereignisse abgeschnitten wurden. Bis sie zurück ist, kann nichts erfasst werden: Vergleichen Sie mit einem anderswo aufbewahrten Checkpoint (verify --checkpoint) und stellen Sie die neueste Sicherung wieder her</numerusform>
            <numerusform>die Kopfzeile des Protokolls fehlt, obwohl es %n Ereignisse enthält: Jemand hat sie am Programm vorbei gelöscht, was verbirgt, ob am Ende Ereignisse abgeschnitten wurden. Bis sie zurück ist, kann nichts erfasst werden: Vergleichen Sie mit einem anderswo aufbewahrten Checkpoint (verify --checkpoint) und stellen Sie die neueste Sicherung wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>die Sperre {name} (nur Anfügen erlaubt) fehlt oder ist ausgeschaltet: Das Protokoll kann spurlos umgeschrieben werden; stellen Sie die neueste Sicherung wieder her oder holen Sie Hilfe</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>die in den Einstellungen gespeicherte Inhaber-PIN ist nicht die, die das Protokoll angibt: Sie wurde am Programm vorbei entfernt oder ersetzt; was die PIN braucht, bleibt abgelehnt, bis der Inhaber die PIN angibt, die den Signaturschlüssel dieses Computers öffnet</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>Kontakt {contact} wurde gelöscht, aber die Löschung ist nicht mehr erfasst: Sie wurde am Programm vorbei entfernt und die Nummer ist nicht mehr gesperrt; stellen Sie die letzte Sicherung wieder her oder holen Sie Hilfe</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>eine Löschung ist als aufgehoben durch Eintrag {event} markiert, der keine neue Einwilligung der Person selbst ist: Sie wurde am Programm vorbei aufgehoben und die Nummer ist nicht mehr gesperrt; stellen Sie die letzte Sicherung wieder her oder holen Sie Hilfe</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>die Serverrolle {role} darf UPDATE, DELETE oder TRUNCATE auf das Protokoll ausführen: Das sollte nur sein Eigentümer dürfen; entziehen Sie ihr das Recht als Eigentümer (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>die gespeicherte Merkle-Wurzel von Block {block} (die Ereignisse bis {event_id}) ist nicht die Wurzel dieser Ereignisse im Protokoll: Sie wurde am Programm vorbei geändert. Nachweise werden stattdessen aus allen Ereignissen gebildet; stellen Sie die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>die Merkle-Wurzel von Block {block} (die Ereignisse bis {event_id}) fehlt: Sie wurde am Programm vorbei gelöscht. Nachweise werden stattdessen aus allen Ereignissen gebildet; stellen Sie die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>für Block {block}, den das Protokoll nicht enthält, ist eine Merkle-Wurzel gespeichert: Sie wurde am Programm vorbei hinzugefügt; stellen Sie die neueste Sicherung wieder her</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>Telefonmenü</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>die Website</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>die Kasse</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>ein Anmeldeformular</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>eine WhatsApp-Anzeige</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>einen Import</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp-Stopp-Schaltfläche</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>einen anderen Weg</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>auf Wunsch gelöscht am {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>Einwilligung nur für {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n Nachricht zu {what} in den letzten {days} Tagen</numerusform>
            <numerusform>%n Nachrichten zu {what} in den letzten {days} Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}; Abmeldehinweis beifügen: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>von {scope} abgemeldet am {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>von {scope} abgemeldet ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>von {scope} abgemeldet am {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>von {scope} abgemeldet</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>eingewilligt am {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>eingewilligt am {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>eingewilligt ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>die erste nach mehr als {days} Tagen</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>seit {days} Tagen nichts von oder zu der Person</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>erste Werbenachricht</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} ist ein Ordner: Geben Sie die Datenbankdatei an, zum Beispiel {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>der Ordner {folder} existiert nicht: Prüfen Sie den Pfad bei --db (es wurde nichts angelegt)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>es gibt noch keine Aufzeichnungen: Richten Sie das Geschäft mit &apos;optin-desk init&apos; ein</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>unter {path} gibt es noch keine Aufzeichnungen: Richten Sie das Geschäft mit &apos;optin-desk init&apos; und diesem --db ein, oder prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} ist schreibgeschützt und stammt aus einer anderen Version von OptIn Desk: Kopieren Sie die Datei in einen beschreibbaren Ordner, um sie zu öffnen</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} ist schreibgeschützt: die Datei kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>Checkpoint {name}: nicht als Checkpoint lesbar ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>die Daten beginnen nicht mehr mit dem %n gerade gesicherten Ereignis (inzwischen wiederhergestellt oder ersetzt): kein Checkpoint erstellt; erneut sichern</numerusform>
            <numerusform>die Daten beginnen nicht mehr mit den %n gerade gesicherten Ereignissen (inzwischen wiederhergestellt oder ersetzt): kein Checkpoint erstellt; erneut sichern</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>kein Checkpoint in {path} gefunden (Dateien mit Endung .checkpoint.json oder -checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>diese Daten wurden am {at} aus {source} wiederhergestellt: Ein Checkpoint von vor dieser Wiederherstellung kann zu den ersetzten Daten gehören (daneben als „replaced“-Kopie aufbewahrt); prüfen Sie ihn mit --db gegen diese Kopie</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>Checkpoint {name}: Sein %n Ereignis (erstellt {made}) wurde durch die Wiederherstellung vom {at} ersetzt (Kopf {head}), die das Protokoll als Ereignis {event} erfasst; die ersetzten Daten werden daneben aufbewahrt</numerusform>
            <numerusform>Checkpoint {name}: Seine %n Ereignisse (erstellt {made}) wurden durch die Wiederherstellung vom {at} ersetzt (Kopf {head}), die das Protokoll als Ereignis {event} erfasst; die ersetzten Daten werden daneben aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>Checkpoint {name}: ok, das Protokoll enthält sein %n Ereignis (erstellt {made}, Schlüssel {key})</numerusform>
            <numerusform>Checkpoint {name}: ok, das Protokoll enthält seine %n Ereignisse (erstellt {made}, Schlüssel {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>Checkpoint {name}: ok, das Protokoll enthält sein %n Ereignis (erstellt {made}), aber er ist unsigniert: Der Signaturschlüssel war beim Erstellen durch die Inhaber-PIN gesperrt</numerusform>
            <numerusform>Checkpoint {name}: ok, das Protokoll enthält seine %n Ereignisse (erstellt {made}), aber er ist unsigniert: Der Signaturschlüssel war beim Erstellen durch die Inhaber-PIN gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>Checkpoint {name}: Er zählte am {made} %n Ereignis, aber das Protokoll enthält nur {count}: Ereignisse wurden entfernt oder das Protokoll ersetzt</numerusform>
            <numerusform>Checkpoint {name}: Er zählte am {made} %n Ereignisse, aber das Protokoll enthält nur {count}: Ereignisse wurden entfernt oder das Protokoll ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>Checkpoint {name}: Das erste Ereignis des Protokolls ergibt nicht den am {made} erfassten Wurzel-Hash: Das Protokoll wurde seitdem umgeschrieben oder ersetzt</numerusform>
            <numerusform>Checkpoint {name}: Die ersten %n Ereignisse des Protokolls ergeben nicht den am {made} erfassten Wurzel-Hash: Das Protokoll wurde seitdem umgeschrieben oder ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>Checkpoint {name}: Ereignis {size} des Protokolls hat nicht den am {made} erfassten Kopf-Hash: Das Protokoll wurde umgeschrieben oder der Checkpoint verändert</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>Checkpoint {name}: Die Signatur passt nicht zum Inhalt (verändert oder nicht mit dem genannten Schlüssel signiert)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>seine Texte sind als auf Wunsch gelöscht markiert, aber die Person wurde nie gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>die Nummer von Kontakt {contacts} und %n weiterem ist nicht die Nummer, aus der sein Schlüssel gebildet wurde: Nummern wurden in der Datei vertauscht oder geändert</numerusform>
            <numerusform>die Nummer der Kontakte {contacts} und %n weiterer ist nicht die Nummer, aus der ihr Schlüssel gebildet wurde: Nummern wurden in der Datei vertauscht oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>die Nummer von Kontakt {contacts} ist nicht die Nummer, aus der sein Schlüssel gebildet wurde: Nummern wurden in der Datei vertauscht oder geändert</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>die Bindung von Ereignis {event} nennt keine Kontakte</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>die Schlüssel der Kontakte passen nicht mehr zu dem, was Ereignis {event} gebunden hat: der Schlüssel eines Kontakts wurde in der Datei geändert, vertauscht oder entfernt</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>seine Texte (Notiz, Worte des Kunden, Bestätigung, Grund) wurden geändert</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>seine Texte wurden auf Wunsch gelöscht, und doch sind wieder Texte da</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>die Ereignisse sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>es folgt nicht auf das Ereignis davor</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>sein gespeicherter Hash passt nicht zu seinen Feldern</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>die Ereignisnummern {first} bis {last} fehlen davor: das Programm nummeriert Ereignisse lückenlos, also wurden Ereignisse entfernt</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>es gehört zu Kontakt {contact}, dessen Zeile jetzt den Schlüssel einer anderen Person trägt: Nummern oder Schlüssel von Kontakten wurden in der Datei vertauscht oder geändert</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>es ist auf {dated} UTC datiert, nach seiner Erfassung ({recorded} UTC): kein Ereignis darf vordatiert sein</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>das Protokoll hat %n Ereignis mit dem Ende {head} vermerkt, aber die Kette enthält nur {count}, bis Ereignis {last}: Ereignisse wurden entfernt</numerusform>
            <numerusform>das Protokoll hat %n Ereignisse mit dem Ende {head} vermerkt, aber die Kette enthält nur {count}, bis Ereignis {last}: Ereignisse wurden entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n Ereignis, erfasst bevor Texte als Zusage verkettet wurden, hatte seine Texte auf Wunsch gelöscht (das erste: {first}): seine übrigen Felder werden auf Treu und Glauben vom folgenden Ereignis übernommen, das seinen Hash weiter verkettet</numerusform>
            <numerusform>%n Ereignisse, erfasst bevor Texte als Zusage verkettet wurden, hatten ihre Texte auf Wunsch gelöscht (das erste: {first}): ihre übrigen Felder werden auf Treu und Glauben vom folgenden Ereignis übernommen, das ihren Hash weiter verkettet</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>Ereignis {event} wurde am {recorded} UTC erfasst, vor dem Ereignis davor ({ahead} UTC): die Uhr des Computers ging falsch, oder die Aufzeichnungen wurden ungeordnet geladen (die Reihenfolge des Protokolls gilt weiter)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>Ereignis {event} wurde am {recorded} UTC erfasst, vor dem Ereignis davor ({ahead} UTC), und %n weiteres wie dieses: die Uhr des Computers ging falsch, oder die Aufzeichnungen wurden ungeordnet geladen (die Reihenfolge des Protokolls gilt weiter)</numerusform>
            <numerusform>Ereignis {event} wurde am {recorded} UTC erfasst, vor dem Ereignis davor ({ahead} UTC), und %n weitere wie dieses: die Uhr des Computers ging falsch, oder die Aufzeichnungen wurden ungeordnet geladen (die Reihenfolge des Protokolls gilt weiter)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>keine Wörter</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>sagt sowohl {out} als auch {in_}: ein Mensch entscheidet</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>Stichwort {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} zwischen anderen Wörtern: ein Mensch entscheidet</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>sagt {words}: heißt vielleicht Stopp; ein Mensch entscheidet</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>Stichwort {word}: eine Einwilligung, sobald das Personal sie bestätigt</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>keine Wörter für Abmeldung oder Anmeldung</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>würde die Abmeldung von {key} vom {when} ({how}) rückgängig machen: ein Import meldet niemanden wieder an; eine neue Einwilligung braucht ihren eigenen Nachweis</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>Formular aus anderem Druck</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>hebt die auf Wunsch erfolgte Löschung vom {day} auf (neue Einwilligung der Person selbst)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>antwortete: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>importiert aus {file}, Zeile {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>Methode in der Quelle: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>nach einer Wiederherstellung aus {file} erneut angewendet: Ereignis {event}, erfasst am {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>die Verbindung zum Datenbankserver ist mitten im Import abgebrochen: %n von {total} Zeilen wurde vorher erfasst und bleibt erhalten; prüfen Sie Netzwerk und Server und starten Sie denselben Import erneut: er fügt nur die noch fehlenden Zeilen hinzu</numerusform>
            <numerusform>die Verbindung zum Datenbankserver ist mitten im Import abgebrochen: %n von {total} Zeilen wurden vorher erfasst und bleiben erhalten; prüfen Sie Netzwerk und Server und starten Sie denselben Import erneut: er fügt nur die noch fehlenden Zeilen hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>der Import ist mittendrin abgebrochen ({detail}): %n von {total} Zeilen wurde vorher erfasst und bleibt erhalten; sobald das behoben ist, starten Sie denselben Import erneut: er fügt nur die noch fehlenden Zeilen hinzu</numerusform>
            <numerusform>der Import ist mittendrin abgebrochen ({detail}): %n von {total} Zeilen wurden vorher erfasst und bleiben erhalten; sobald das behoben ist, starten Sie denselben Import erneut: er fügt nur die noch fehlenden Zeilen hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>Warnung: WhatsApp konnte diese Nummer am {day} nicht erreichen (131026 {title}: oft nicht bei WhatsApp)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report und --allowed brauchen die Nummer einer Prüfung</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>eine Einwilligung auf Papierformular nennt ihr Formular, und die Datei hat keine Spalte für die Seriennummer: Fügen Sie eine hinzu (serial), mit der auf jedes Formular gedruckten Seriennummer</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>eine Einwilligung auf Papierformular nennt ihr Formular: Tragen Sie die darauf gedruckte Seriennummer ein</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>die Seriennummer {serial} sieht aus wie eine dieses Geschäfts (XXXX-XXXX-C), aber vertippt: Sehen Sie noch einmal auf das Formular</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>Formular {serial} ist bereits für eine andere Person erfasst (Eintrag #{entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>Formular {serial} steht auch in Zeile {row}, mit einer anderen Nummer</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key ist weder ein öffentlicher Schlüssel (Base64 von 32 Bytes) noch ein Fingerabdruck (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} kann nicht als Nachweis-JSON gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} ist vertippt: Das Prüfzeichen passt nicht; sehen Sie noch einmal auf das Formular</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} ist keine Seriennummer, die dieses Geschäft gedruckt hat (Format XXXX-XXXX-C): Sehen Sie noch einmal auf das Formular, oder haken Sie „Formular aus anderem Druck“ an, wenn das Geschäft es anderswo gedruckt hat</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} wurde hier nie gedruckt: Sehen Sie noch einmal auf das Formular, oder haken Sie „Formular aus anderem Druck“ an, wenn das Geschäft es anderswo gedruckt hat</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: ein Formular aus anderem Druck; als Referenz des Formulars gespeichert, mit Vermerk</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>Formular {serial} ist bereits erfasst: {who}, unterschrieben am {day} (Eintrag #{entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>Formular {serial}: Wortlaut {language} v{version}, gedruckt am {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>ein Papierformular braucht seine Seriennummer: Geben Sie die oben auf das Formular gedruckte ein (ein Formular, das das Geschäft anderswo gedruckt hat: Geben Sie die Nummer ein, die es trägt, und haken Sie „Formular aus anderem Druck“ an)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>eine gelöschte Person</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} ist keine Seriennummer, die dieses Geschäft gedruckt hat (Format XXXX-XXXX-C): Sehen Sie noch einmal auf das Formular, oder geben Sie --other-print-run an, wenn das Geschäft es anderswo gedruckt hat</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} wurde hier nie gedruckt: Sehen Sie noch einmal auf das Formular, oder geben Sie --other-print-run an, wenn das Geschäft es anderswo gedruckt hat</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>der Nachweis hat keinen Anker-Abschnitt (erstellt, bevor Nachweise verankert wurden?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>der Checkpoint des Nachweises ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>der Einwilligungsdatensatz um die Ereignisse wurde verändert: Seine Elemente (Datensatz-ID, Zwecke, Verantwortlicher, Aufbewahrung, ...) ergeben nicht mehr den sha256, den das Geschäft signiert hat</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>der Checkpoint des Nachweises ist nicht signiert: Nichts bindet ihn an den Schlüssel des Geschäfts</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>der Nachweis ist mit Schlüssel {found} signiert, nicht mit dem angegebenen Schlüssel ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>die Signatur des Checkpoints passt nicht zum Inhalt: Er wurde verändert</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>die signierte Liste der Ereignisse der Person passt nicht zum Nachweis: Ein Ereignis wurde entfernt, hinzugefügt oder ersetzt, oder der signierte sha256 des Datensatzes um sie herum wurde geändert</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>Ereignis {event}: Sein Anker-Eintrag ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>Ereignis {event}: Seine verketteten Felder ergeben nicht seinen Hash: Ein Feld wurde verändert</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>Ereignis {event}: Seine Texte und sein Salt ergeben nicht die verkettete Zusage: Ein Text wurde verändert</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>Ereignis {event}: Sein Inklusionsnachweis führt nicht zur Wurzel des Checkpoints: Es ist nicht in dem Protokoll, das der Checkpoint signiert</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>der Nachweis listet die Ereignisse {shown}, verankert aber {anchored}: Ein Ereignis wurde entfernt oder hinzugefügt</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>Ereignis {event}: {field} weicht vom verketteten Eintrag ab: Es wurde verändert</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok: %n Ereignis ergibt seinen Hash und ist im {ledger}, signiert am {made} mit Schlüssel {key}</numerusform>
            <numerusform>ok: %n Ereignisse ergeben ihre Hashes und sind im {ledger}, signiert am {made} mit Schlüssel {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>Protokoll aus %n Ereignis</numerusform>
            <numerusform>Protokoll aus %n Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
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
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Jede Rundsendung: Ergebnis und Abmeldungen innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>Noch kein Versand als gesendet erfasst.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>Noch niemand hat eingewilligt.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent} % von {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>erste Einwilligung über „{method}“</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>Qualitätsbewertung jeder WhatsApp-Nummer (aus dem WhatsApp Manager)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>Noch kein Qualitätswert eingetragen.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>Was aus Ihren WhatsApp-Nachrichten wurde · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>Qualitätsbericht · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>Erstellt am {when} von OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Abmelderate nach Art der Einwilligung</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Abmelderate nach unterschriebener Wortlaut-Version</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Der Datenbankserver hat Benutzername oder Passwort dieses Computers abgelehnt. Nichts wurde erfasst. Fragen Sie die Person, die den Server eingerichtet hat, nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Der Datenbankserver hat keine Daten mit diesem Namen. Nichts wurde erfasst. Fragen Sie die Person, die den Server eingerichtet hat, nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>Die Verbindung zum Datenbankserver brach mittendrin ab. Der Server speichert ganz oder gar nicht: Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Prüfen Sie, ob er eingeschaltet ist und dieser Computer im Netzwerk ist, und versuchen Sie es erneut. Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>Die Datenbankrolle dieses Computers darf das nicht: Tabellen einrichten oder aktualisieren und Wiederherstellen sind Sache der Eigentümerrolle der Daten. Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>Die Daten werden gerade aus einer Sicherung wiederhergestellt. Nichts wurde erfasst: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>Die Daten sind mit einem anderen Programm beschäftigt. Nichts ging verloren: Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>Die Festplatte ist voll. Machen Sie Platz frei und versuchen Sie es erneut; nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>Die Datendatei ist nicht beschreibbar. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>Die Datendatei kann nicht geöffnet werden. Prüfen Sie, ob der Ordner noch existiert.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>Diese Datei ist keine OptIn-Desk-Datenbank. Nichts wurde erfasst.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>Die Daten konnten nicht gespeichert werden (%s). Nichts wurde erfasst; versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
