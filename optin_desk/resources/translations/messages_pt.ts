<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
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
        <source>broken: event {event}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{problem} (--clock-checked)</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
