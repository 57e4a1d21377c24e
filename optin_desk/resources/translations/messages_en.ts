<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Checkpoint of %n event, root {root}, head {head}</numerusform>
            <numerusform>Checkpoint of %n events, root {root}, head {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok: the ledger holds the %n checkpoint found in {path} ({latest})</numerusform>
            <numerusform>ok: the ledger holds the %n checkpoints found in {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok: of the checkpoints found in {path}, %n was of records a restore replaced (see the notes) and the ledger holds the others ({latest})</numerusform>
            <numerusform>ok: of the checkpoints found in {path}, %n were of records a restore replaced (see the notes) and the ledger holds the others ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok: the %n checkpoint found in {path} was of records a restore replaced (see the notes); none was taken since</numerusform>
            <numerusform>ok: the %n checkpoints found in {path} were of records a restore replaced (see the notes); none was taken since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>broken: %n checkpoint found in {path} is not in the ledger (of {count} in all)</numerusform>
            <numerusform>broken: %n checkpoints found in {path} are not in the ledger (of {count} in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>the latest: %n event, made {made}</numerusform>
            <numerusform>the latest: %n events, made {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Check {check}: %n row of {source} for {kind}</numerusform>
            <numerusform>Check {check}: %n rows of {source} for {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Check (not kept: read-only): %n row of {source} for {kind}</numerusform>
            <numerusform>Check (not kept: read-only): %n rows of {source} for {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n with an opt-out option)</numerusform>
            <numerusform>(%n with an opt-out option)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>broken: the earlier head {head} is not in the chain of %n event</numerusform>
            <numerusform>broken: the earlier head {head} is not in the chain of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok: %n event, head {head}</numerusform>
            <numerusform>ok: %n events, head {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n message</numerusform>
            <numerusform>{source}: {kind}, %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n line not read</numerusform>
            <numerusform>%n lines not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n incoming message left aside</numerusform>
            <numerusform>, %n incoming messages left aside</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Dry run: nothing kept. Run again with --apply to keep %n outcome.</numerusform>
            <numerusform>Dry run: nothing kept. Run again with --apply to keep %n outcomes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>Kept %n outcome.</numerusform>
            <numerusform>Kept %n outcomes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Opted out of marketing (WhatsApp&apos;s stop button): %n.</numerusform>
            <numerusform>Opted out of marketing (WhatsApp&apos;s stop button): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Numbers marked undeliverable: %n.</numerusform>
            <numerusform>Numbers marked undeliverable: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Held back by WhatsApp: %n.</numerusform>
            <numerusform>Held back by WhatsApp: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n suppressed (person, kind of message) row to {file}</numerusform>
            <numerusform>Wrote %n suppressed (person, kind of message) rows to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n event to {file}</numerusform>
            <numerusform>Wrote %n events to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>Recorded %n message as sent</numerusform>
            <numerusform>Recorded %n messages as sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>Backed up %n event to {file} (head {head})</numerusform>
            <numerusform>Backed up %n events to {file} (head {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>Disconnecting %n other connection to the records (--force)</numerusform>
            <numerusform>Disconnecting %n other connections to the records (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>Restored %n event.</numerusform>
            <numerusform>Restored %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>Re-applied %n opt-out.</numerusform>
            <numerusform>Re-applied %n opt-outs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>Re-applied %n erasure.</numerusform>
            <numerusform>Re-applied %n erasures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>The records hold %n event, head {head}.</numerusform>
            <numerusform>The records hold %n events, head {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Erased the name, number and %n scan.</numerusform>
            <numerusform>Erased the name, number and %n scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n entry stays in the ledger, and the number stays blocked from broadcasts.</numerusform>
            <numerusform>%n entries stay in the ledger, and the number stays blocked from broadcasts.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
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
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} of %n contact</numerusform>
            <numerusform>{done} of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>Added %n demo contact.</numerusform>
            <numerusform>Added %n demo contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>They have %n event in all.</numerusform>
            <numerusform>They have %n events in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>Printed %n form in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</numerusform>
            <numerusform>Printed %n forms in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Proof of consent for {phone} (%n entry) written to {file}; ledger head {head}</numerusform>
            <numerusform>Proof of consent for {phone} (%n entries) written to {file}; ledger head {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>batch {batch}: {when} by {who}, %n form in {language} (wording v{version}, {paper})</numerusform>
            <numerusform>batch {batch}: {when} by {who}, %n forms in {language} (wording v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n to add,</numerusform>
            <numerusform>%n to add,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n skipped (would undo an opt-out),</numerusform>
            <numerusform>%n skipped (would undo an opt-out),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n already recorded,</numerusform>
            <numerusform>%n already recorded,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n refused (erased on request)</numerusform>
            <numerusform>%n refused (erased on request)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n refused (paper form without a serial)</numerusform>
            <numerusform>%n refused (paper forms without a serial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>Moved %n event and every other record to {where}</numerusform>
            <numerusform>Moved %n events and every other record to {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n scan copied to {folder}</numerusform>
            <numerusform>%n scans copied to {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n reply:</numerusform>
            <numerusform>%n replies:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n clear opt-out,</numerusform>
            <numerusform>%n clear opt-outs,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n for a person to decide,</numerusform>
            <numerusform>%n for a person to decide,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n opt-in request,</numerusform>
            <numerusform>%n opt-in requests,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>Recorded %n opt-out.</numerusform>
            <numerusform>Recorded %n opt-outs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>Imported %n record (method: imported).</numerusform>
            <numerusform>Imported %n records (method: imported).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n broadcast,</numerusform>
            <numerusform>%n broadcasts,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>Kept %n new reading.</numerusform>
            <numerusform>Kept %n new readings.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n sent;</numerusform>
            <numerusform>%n sent;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n opt-out within 7 days</numerusform>
            <numerusform>%n opt-outs within 7 days</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n person,</numerusform>
            <numerusform>%n people,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n opted out since</numerusform>
            <numerusform>%n opted out since</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Check {check}, kept {when} UTC: %n row of {source} for {kind}</numerusform>
            <numerusform>Check {check}, kept {when} UTC: %n rows of {source} for {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n row</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
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
        <source>opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
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
        <source>all marketing messages</source>
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
        <source>Opted out</source>
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
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of an entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{problem} (--clock-checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form with --serial (a form printed elsewhere: the number it carries, with --other-print-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>these records hold %n person who is not a demo record: demo data goes into a database of its own (--db demo.sqlite3)</numerusform>
            <numerusform>these records hold %n people who are not demo records: demo data goes into a database of its own (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>row {row}: {reason} (and %n more invalid row); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</numerusform>
            <numerusform>row {row}: {reason} (and %n more invalid rows); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
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
        <source>{setting} must be between 1 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>%n other connection is open to the records (a window on another computer?): close it and try again, or give --force to disconnect it; nothing was changed</numerusform>
            <numerusform>%n other connections are open to the records (a window on another computer?): close them and try again, or give --force to disconnect them; nothing was changed</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n opt-in</numerusform>
            <numerusform>%n opt-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n void</numerusform>
            <numerusform>%n voids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n opt-out voided since</numerusform>
            <numerusform>%n opt-outs voided since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>the backup holds %n event; the records hold {live}, {shared} of them the same</numerusform>
            <numerusform>the backup holds %n events; the records hold {live}, {shared} of them the same</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
            <numerusform>%n opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n erasure</numerusform>
            <numerusform>%n erasures</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n erased number is kept under another key: it stays erased only where the backup holds it</numerusform>
            <numerusform>%n erased numbers are kept under another key: they stay erased only where the backup holds them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n kept check</numerusform>
            <numerusform>%n kept checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n message recorded as sent</numerusform>
            <numerusform>%n messages recorded as sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n printed form batch</numerusform>
            <numerusform>%n printed form batches</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n scan of an erased person is gone, as the erasure asked</numerusform>
            <numerusform>%n scans of erased people are gone, as the erasure asked</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>the ledger&apos;s head row is missing although it holds %n event: someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</numerusform>
            <numerusform>the ledger&apos;s head row is missing although it holds %n events: someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n {what} message in the last {days} days</numerusform>
            <numerusform>%n {what} messages in the last {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>the records no longer start with the %n event just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</numerusform>
            <numerusform>the records no longer start with the %n events just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>checkpoint {name}: its %n event (made {made}) was replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</numerusform>
            <numerusform>checkpoint {name}: its %n events (made {made}) were replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>checkpoint {name}: ok, the ledger holds its %n event (made {made}, key {key})</numerusform>
            <numerusform>checkpoint {name}: ok, the ledger holds its %n events (made {made}, key {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>checkpoint {name}: ok, the ledger holds its %n event (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</numerusform>
            <numerusform>checkpoint {name}: ok, the ledger holds its %n events (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>checkpoint {name}: it counted %n event on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</numerusform>
            <numerusform>checkpoint {name}: it counted %n events on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>checkpoint {name}: the ledger&apos;s first %n event does not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</numerusform>
            <numerusform>checkpoint {name}: the ledger&apos;s first %n events do not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</numerusform>
            <numerusform>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>the ledger recorded %n event ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</numerusform>
            <numerusform>the ledger recorded %n events ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n event recorded before texts were chained as commitments had its texts erased on request (first: {first}): its other fields are taken on trust from the event after it, which still chains its hash</numerusform>
            <numerusform>%n events recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</numerusform>
            <numerusform>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>the connection to the database server was lost part way through the import: %n of {total} rows was recorded before it and is kept; check the network and the server, then run the same import again: it adds only the rows still missing</numerusform>
            <numerusform>the connection to the database server was lost part way through the import: %n of {total} rows were recorded before it and are kept; check the network and the server, then run the same import again: it adds only the rows still missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>the import stopped part way through ({detail}): %n of {total} rows was recorded before it and is kept; once that is put right, run the same import again: it adds only the rows still missing</numerusform>
            <numerusform>the import stopped part way through ({detail}): %n of {total} rows were recorded before it and are kept; once that is put right, run the same import again: it adds only the rows still missing</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok: %n event recomputes to its hash and is in the {ledger} signed on {made} by key {key}</numerusform>
            <numerusform>ok: %n events recompute to their hashes and are in the {ledger} signed on {made} by key {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>ledger of %n event</numerusform>
            <numerusform>ledger of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
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
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
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
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
