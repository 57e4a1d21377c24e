<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>cet ordinateur n&apos;a pas encore de clé de signature et la boutique a un PIN du gérant : donnez --pin (ou OPTIN_DESK_PIN) pour que la nouvelle clé soit verrouillée par lui</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>Clé publique (Ed25519, base64) : {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte (SHA-256) : {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Point de contrôle de %n événement, racine {root}, tête {head}</numerusform>
            <numerusform>Point de contrôle de %n événements, racine {root}, tête {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Signé par la clé {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>Non signé : la clé de signature est verrouillée par le PIN du gérant (donnez --pin)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>Écrit dans {path} ; aussi dans le journal {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>Gardé dans le journal {log}</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>note : la preuve n&apos;est pas ancrée à un point de contrôle signé (la clé de signature est verrouillée par le PIN du gérant) : donnez --pin pour qu&apos;un auditeur puisse la contrôler avec verify-proof</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message} ; il est signé par la clé d&apos;un autre ordinateur, pas celle de celui-ci : vérifiez que cette clé est bien l&apos;une de celles de votre boutique (&apos;optin-desk public-key&apos; sur chaque ordinateur)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok : le registre contient le point de contrôle trouvé dans {path} ({latest})</numerusform>
            <numerusform>ok : le registre contient les %n points de contrôle trouvés dans {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok : parmi les points de contrôle trouvés dans {path}, %n concernait un registre remplacé par une restauration (voir les notes) et le registre contient les autres ({latest})</numerusform>
            <numerusform>ok : parmi les points de contrôle trouvés dans {path}, %n concernaient un registre remplacé par une restauration (voir les notes) et le registre contient les autres ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok : le point de contrôle trouvé dans {path} concernait un registre remplacé par une restauration (voir les notes) ; aucun n&apos;a été pris depuis</numerusform>
            <numerusform>ok : les %n points de contrôle trouvés dans {path} concernaient un registre remplacé par une restauration (voir les notes) ; aucun n&apos;a été pris depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>rompu : %n point de contrôle trouvé dans {path} n&apos;est pas dans le registre (sur {count} en tout)</numerusform>
            <numerusform>rompu : %n points de contrôle trouvés dans {path} ne sont pas dans le registre (sur {count} en tout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>le plus récent : %n événement, fait le {made}</numerusform>
            <numerusform>le plus récent : %n événements, fait le {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Vérification {check} : %n ligne de {source} pour {kind}</numerusform>
            <numerusform>Vérification {check} : %n lignes de {source} pour {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Vérification (non gardée : lecture seule) : %n ligne de {source} pour {kind}</numerusform>
            <numerusform>Vérification (non gardée : lecture seule) : %n lignes de {source} pour {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(numéros de la colonne {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n avec une option de désinscription)</numerusform>
            <numerusform>(%n avec une option de désinscription)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>texte en {language} v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>formulaire {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>annule l&apos;événement {event} : {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>raison : {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [ANNULÉ par {event} : {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method}), noté par {who} le {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>{shop} ({country}) configuré dans {where}</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>{who} inscrit à {scopes} ({method} ; événement {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>{phone} désinscrit de {scope} (événement {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>Événement {voided} de {phone} annulé (événement {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (non enregistré)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  effacé le {day} à la demande de la personne : bloqué pour tout envoi groupé jusqu&apos;à une nouvelle inscription</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> depuis le {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [archivé]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  aucun événement enregistré</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         confirmation : {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>rompu : {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>altéré : {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>vérifié à côté de la chaîne : textes {wordings}, scans {scans}, personnes dont l&apos;état du consentement a été recalculé {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>rompu : {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>rompu : événement {event} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>rompu : l&apos;ancienne tête {head} n&apos;est pas dans la chaîne de %n événement</numerusform>
            <numerusform>rompu : l&apos;ancienne tête {head} n&apos;est pas dans la chaîne de %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok : %n événement, tête {head}</numerusform>
            <numerusform>ok : %n événements, tête {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>alerte : les protections « ajout seul » du registre sont absentes ou désactivées ({names}) : la sauvegarde a été faite et vérifiée, mais le registre aurait pu être réécrit ; lancez verify</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source} : {kind}, %n message</numerusform>
            <numerusform>{source} : {kind}, %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (déjà lu)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>ligne {line} : non lue : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n ligne non lue</numerusform>
            <numerusform>%n lignes non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n message entrant mis de côté</numerusform>
            <numerusform>, %n messages entrants mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>Rien à garder : aucun statut de message n&apos;a pu être lu dans ce rapport.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Essai : rien n&apos;est gardé. Relancez avec --apply pour garder %n résultat.</numerusform>
            <numerusform>Essai : rien n&apos;est gardé. Relancez avec --apply pour garder %n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>Rien de nouveau : ce rapport a déjà été lu.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>Rien de nouveau : ce rapport a déjà été lu ; rien d&apos;ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>%n résultat gardé.</numerusform>
            <numerusform>%n résultats gardés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Désinscrits du marketing (bouton d&apos;arrêt de WhatsApp) : %n.</numerusform>
            <numerusform>Désinscrits du marketing (bouton d&apos;arrêt de WhatsApp) : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Numéros marqués non joignables : %n.</numerusform>
            <numerusform>Numéros marqués non joignables : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Retenus par WhatsApp : %n.</numerusform>
            <numerusform>Retenus par WhatsApp : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>%n ligne exclue (personne, type de message) écrite dans {file}</numerusform>
            <numerusform>%n lignes exclues (personne, type de message) écrites dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>%n événement écrit dans {file}</numerusform>
            <numerusform>%n événements écrits dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} n&apos;est pas accessible en écriture (fichier, dossier ou support en lecture seule) : &apos;{command}&apos; doit écrire ; rien n&apos;a été fait</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>Note : {where} n&apos;est pas accessible en écriture ; ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>la sortie n&apos;a pas pu être écrite ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>%n message noté comme envoyé</numerusform>
            <numerusform>%n messages notés comme envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>%n événement sauvegardé dans {file} (tête {head})</numerusform>
            <numerusform>%n événements sauvegardés dans {file} (tête {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>Rien n&apos;avait changé depuis la sauvegarde du {when} UTC (même tête du registre et même nombre, aucun autre changement compté) : elle a été réutilisée</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>Restauration de {file} :</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>Rien n&apos;a été changé (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>Déconnexion de %n autre connexion au registre (--force)</numerusform>
            <numerusform>Déconnexion de %n autres connexions au registre (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>%n événement restauré.</numerusform>
            <numerusform>%n événements restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>%n désinscription réappliquée.</numerusform>
            <numerusform>%n désinscriptions réappliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>%n effacement réappliqué.</numerusform>
            <numerusform>%n effacements réappliqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>Le registre contient %n événement, tête {head}.</numerusform>
            <numerusform>Le registre contient %n événements, tête {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>Le registre remplacé est gardé dans {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>La table des consentements de la sauvegarde ne correspondait pas à son registre (elle a été modifiée hors du programme) : le consentement de chaque personne a été recalculé à partir du registre.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} a été effacé le {day} ; le numéro reste bloqué</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Nom, numéro et %n scan effacés.</numerusform>
            <numerusform>Nom, numéro et %n scans effacés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n entrée reste dans le registre, et le numéro reste bloqué pour les envois groupés.</numerusform>
            <numerusform>%n entrées restent dans le registre, et le numéro reste bloqué pour les envois groupés.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>l&apos;effacement est noté, mais l&apos;effacement de l&apos;espace libéré du fichier a échoué ({problem}) : libérez de l&apos;espace disque, puis relancez &apos;optin-desk erase {number}&apos; pour l&apos;effacer</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>la personne est effacée du registre, mais le serveur garde les anciennes versions de ses lignes tant qu&apos;une autre connexion a une transaction ouverte (un ordinateur qui lit le registre) : une fois celle-ci terminée, relancez &apos;optin-desk erase {number}&apos;</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>la personne est effacée du registre, mais reste lisible dans le fichier jusqu&apos;à ce qu&apos;un autre programme qui l&apos;a ouvert (une fenêtre OptIn Desk sur cet ordinateur, ou un autre processus) le ferme : fermez-le, puis relancez &apos;optin-desk erase {number}&apos; (ou ajoutez --wait SECONDS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>Les anciennes versions des lignes ont été nettoyées sur le serveur ; son propre journal (write-ahead log) et ses sauvegardes les gardent jusqu&apos;à ce qu&apos;ils soient recyclés ou supprimés.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>Espace libéré du fichier effacé de nouveau</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>Aucune sauvegarde de ce registre n&apos;est connue de ce programme.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path} : effacé, vérifié</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path} : effacé, vérifié ; le point de contrôle à côté reste valable (même registre)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path} : la personne n&apos;y est pas</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path} : n&apos;a pas pu être réécrit ({reason}) : supprimé</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path} : n&apos;a pas pu être réécrit ({reason}) : contient encore {number} ; supprimez-le, ou relancez avec --remove-unerasable</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN du gérant défini</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN du gérant supprimé</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} sur %n contact</numerusform>
            <numerusform>{done} sur %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>%n contact de démonstration ajouté.</numerusform>
            <numerusform>%n contacts de démonstration ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>Ils ont %n événement en tout.</numerusform>
            <numerusform>Ils ont %n événements en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Aucun formulaire imprimé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>Note : non traduit en {language}, imprimé dans la langue de la boutique : {kinds} (définissez-les avec &apos;category KEY --language {code}&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>%n formulaire imprimé en {language} (texte v{version}, {paper}) dans {file} : numéros de série {first} … {last}</numerusform>
            <numerusform>%n formulaires imprimés en {language} (texte v{version}, {paper}) dans {file} : numéros de série {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Preuve du consentement pour {phone} (%n entrée) écrite dans {file} ; tête du registre {head}</numerusform>
            <numerusform>Preuve du consentement pour {phone} (%n entrées) écrite dans {file} ; tête du registre {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>Sa preuve JSON, à vérifier par un auditeur avec verify-proof : {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>lot {batch} : {when} par {who}, %n formulaire en {language} (texte v{version}, {paper})</numerusform>
            <numerusform>lot {batch} : {when} par {who}, %n formulaires en {language} (texte v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>pour {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} rendus, {outstanding} en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n ligne :</numerusform>
            <numerusform>%n lignes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n à ajouter,</numerusform>
            <numerusform>%n à ajouter,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n ignorée (annulerait une désinscription),</numerusform>
            <numerusform>%n ignorées (annuleraient une désinscription),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n déjà notée,</numerusform>
            <numerusform>%n déjà notées,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n refusée (effacée sur demande)</numerusform>
            <numerusform>%n refusées (effacées sur demande)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n refusée (formulaire papier sans numéro de série)</numerusform>
            <numerusform>%n refusées (formulaires papier sans numéro de série)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>%n événement et toutes les autres fiches déplacés vers {where}</numerusform>
            <numerusform>%n événements et toutes les autres fiches déplacés vers {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>Tête du registre des deux côtés : {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n scan copié dans {folder}</numerusform>
            <numerusform>%n scans copiés dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>Faites pointer chaque ordinateur dessus : optin-desk --db URL, ou définissez OPTIN_DESK_DB=URL</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(pas de numéro)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>ignorée : {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>ligne {row} : {who} : « {message} » → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n réponse :</numerusform>
            <numerusform>%n réponses :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n désinscription claire,</numerusform>
            <numerusform>%n désinscriptions claires,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n à décider par une personne,</numerusform>
            <numerusform>%n à décider par une personne,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n demande d&apos;inscription,</numerusform>
            <numerusform>%n demandes d&apos;inscription,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>Essai : rien n&apos;est noté. Relancez avec --apply pour noter les désinscriptions.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>Aucune désinscription claire à noter.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>{phone} désinscrit de {scope} ; confirmation à envoyer :</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>%n désinscription notée.</numerusform>
            <numerusform>%n désinscriptions notées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>Leurs confirmations attendent dans la page Désinscriptions de l&apos;application jusqu&apos;à ce qu&apos;elles soient marquées envoyées.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>ligne {row} :</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>Essai : rien n&apos;est noté. Relancez avec --apply pour noter les lignes à ajouter.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>--apply refuse le fichier tant qu&apos;une ligne n&apos;est pas valide : corrigez ces lignes, ou ajoutez --skip-invalid pour noter les autres.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>%n fiche importée (méthode : importé).</numerusform>
            <numerusform>%n fiches importées (méthode : importé).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>{file} écrit :</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n envoi groupé,</numerusform>
            <numerusform>%n envois groupés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n alerte.</numerusform>
            <numerusform>%n alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>Relevé du {day} gardé.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>Ce relevé était déjà gardé.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>%n nouveau relevé gardé.</numerusform>
            <numerusform>%n nouveaux relevés gardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, limite {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} le {day} : qualité {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>envoi groupé {check} ({file}, {day}) :</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n envoyé ;</numerusform>
            <numerusform>%n envoyés ;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>pas de rapport de remise</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n désinscription sous 7 jours</numerusform>
            <numerusform>%n désinscriptions sous 7 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>inscrits sous la forme « {method} » :</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n personne,</numerusform>
            <numerusform>%n personnes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n désinscrite depuis</numerusform>
            <numerusform>%n désinscrites depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>alerte : {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>Clé du registre ({id}) écrite dans {path} : emportez-la sur l&apos;autre ordinateur, lancez-y &apos;optin-desk records-key --import FILE&apos;, puis supprimez le fichier</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>Clé du registre ({id}) gardée dans {path}</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (voir &apos;{prog} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Vérification {check}, conservée le {when} UTC : %n ligne de {source} pour {kind}</numerusform>
            <numerusform>Vérification {check}, conservée le {when} UTC : %n lignes de {source} pour {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>Enregistrée comme envoyée le {day}.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>Aucune vérification n’a encore été conservée.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n ligne</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>envoyée le {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} en {language} : {label} (texte en {language} v{version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument} : {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>arguments obligatoires manquants : {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>l&apos;un de ces arguments est obligatoire : {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut correspondre à {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>ne peut pas être utilisé avec {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>n&apos;accepte pas de valeur : {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>n&apos;est pas un nombre entier : {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valeur invalide pour {type} : {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix invalide : {value} (choisir parmi {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>commande inconnue : {command} (choix : {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>la clé publique de signature de cet ordinateur</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>prend un point de contrôle signé du registre (gardé ailleurs, il l&apos;ancre)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>l&apos;écrire aussi dans ce fichier ou ce dossier</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>vérifie une preuve JSON seule (sans base de données)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>la clé publique du magasin (base64) ou son empreinte</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>le numéro imprimé pour joindre le magasin</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>une adresse e-mail imprimée sur les formulaires</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>où se trouve la politique de confidentialité (une URL ou une ligne)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>années de conservation du registre après la désinscription d&apos;une personne (3 par défaut)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>où le registre est conservé (par défaut : cet ordinateur, ou le serveur du magasin)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>qui d&apos;autre reçoit les numéros et les messages, séparés par &apos;;&apos; (par défaut : Meta Platforms, fournisseur de WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>définit le libellé et la description d&apos;une catégorie dans une langue</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>la clé de la catégorie, p. ex. offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>son libellé</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>sa description</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>efface le nom, le numéro et les scans d&apos;une personne</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>combien de temps attendre les autres programmes qui lisent le registre avant de dire qui le tient encore (10 par défaut)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>effacer aussi la personne de toutes les sauvegardes connues de ce programme</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>avec --from-backups : supprimer une sauvegarde impossible à réécrire (dump d&apos;un serveur, fichier endommagé) au lieu de la garder</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>qui le note (par défaut : le nom retenu par cet ordinateur, sinon votre identifiant)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>le numéro WhatsApp de la personne, dans n&apos;importe quel format courant</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>affiche du JSON au lieu de lignes de texte</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>la langue des messages : {languages} (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>Tient le registre des consentements WhatsApp d&apos;un petit magasin. Sans commande, la fenêtre du programme s&apos;ouvre.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>fichier ou URL de la base de données (par défaut : OPTIN_DESK_DB, sinon le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>le PIN du gérant, pour les réglages, l&apos;effacement, la restauration, la sauvegarde, l&apos;export, la liste d&apos;exclusion et l&apos;annulation d&apos;une désinscription (ou OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>crée la base de données et le profil du magasin</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>le nom du magasin</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>pays par défaut, p. ex. FR</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>un numéro WhatsApp</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service ou marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>l&apos;adresse du magasin, imprimée sur les formulaires</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>langue par défaut des textes</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>un nom du personnel proposé dans « Noté par »</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>enregistre un consentement</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>une clé de catégorie, marketing ou all ; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>comment la personne a donné son accord</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>date ou date-heure ISO (par défaut : maintenant) ; une date seule désigne ce jour-là</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>numéro de série du formulaire papier signé (une inscription paper_form en a besoin)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>le formulaire a été imprimé ailleurs : garder son numéro de série tel que saisi, avec une note</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>scan du formulaire signé</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>une note conservée avec l&apos;enregistrement</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>langue du texte présenté</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>enregistrer même si l&apos;horloge est en retard sur le dernier enregistrement (l&apos;horloge a été vérifiée)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>le numéro a été effacé à la demande : ceci est un nouveau consentement de la personne elle-même</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>enregistre une désinscription ; affiche la confirmation</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>ce qui s&apos;arrête : une catégorie, tout le marketing, ou tout</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>comment la désinscription est arrivée</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>les propres mots du client</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>pourquoi, si la personne l&apos;a dit</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>langue de la confirmation</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>quand la confirmation est partie (sinon : en attente)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>annule un événement erroné, avec un motif</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>le numéro de l&apos;événement, tel que history l&apos;affiche</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>pourquoi l&apos;événement était une erreur (conservé)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>le consentement actuel d&apos;un numéro</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>tous les événements d&apos;un numéro, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>recalcule la chaîne de hachage du registre</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>une empreinte antérieure qui doit figurer dans la chaîne</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>un fichier de point de contrôle, ou un dossier (une clé de sauvegarde) où les chercher : chacun doit figurer dans le registre</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>chaque constat, en JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>tous les événements dans un fichier CSV</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>vérifie une liste de destinataires avant un envoi groupé</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, texte, .xlsx ou .vcf ; - lit l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>la catégorie du message à envoyer</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>la colonne qui contient les numéros</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>la feuille d&apos;un classeur Excel</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>chaque ligne avec son verdict</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>les lignes auxquelles on peut envoyer</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>enregistrer les lignes « send » comme envoyées</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>avec --record-sent : quand c&apos;est parti (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>copie le registre dans un fichier ou un dossier</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>un fichier, ou un dossier (une clé USB)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>remplace le registre par une sauvegarde</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>seulement lister ce qui serait perdu et réappliqué</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>remplacer le registre même par une sauvegarde qui n&apos;en est pas une copie (PIN du gérant)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>sur un serveur : couper les connexions ouvertes des autres ordinateurs pour mettre la restauration en place</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>définit, change (avec --pin) ou supprime (&apos;&apos;) le PIN du gérant</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>le nouveau PIN, ou &apos;&apos; pour le supprimer</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>toutes les personnes désinscrites de quelque chose, dans un fichier CSV</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>imprime des formulaires de consentement numérotés dans un PDF</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>combien de formulaires</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi ou ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>par défaut : selon le pays</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>un seul formulaire, prérempli</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>lister plutôt les lots imprimés</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>preuve du consentement d&apos;un numéro (PDF ou JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>le fichier à écrire : .pdf ou .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>lit un lot de réponses de clients ; --apply enregistre les désinscriptions claires</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, texte ou .xlsx : numéro et message</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>enregistrer les désinscriptions claires</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>consentements venant d&apos;un autre outil (simple essai sans --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV ou .xlsx : numéro, portée, action, date</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>enregistrer les lignes à ajouter</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>avec --apply : n&apos;enregistrer que les lignes valides</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>lit un rapport de remise (simple essai sans --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx ou lignes JSON d&apos;un webhook</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>le garder et agir sur ses erreurs</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>remplit la base de données d&apos;enregistrements de démonstration réalistes</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>combien de personnes (500 par défaut)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>copie le registre dans une base PostgreSQL vide</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>rend chaque page de la fenêtre en PNG</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>le dossier des images</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>la langue de la fenêtre, p. ex. es ou ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>le journal de qualité, le résultat de chaque envoi groupé, et les alertes</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>limite d&apos;envoi affichée</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>le jour où il a été relevé (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>un rapport PDF d&apos;une page pour le gérant</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>transporte la clé du registre (gardée hors de la base de données) vers un autre ordinateur</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>écrire la clé de cet ordinateur dans FILE</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>garder la clé lue dans FILE</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>les vérifications conservées ; avec un numéro, les lignes de cette vérification réécrites</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>le numéro d’une vérification conservée</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>chaque ligne avec son verdict, tel qu’il a été rendu</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>les lignes auxquelles on pouvait envoyer</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>appel téléphonique</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>serveur vocal (SVI)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>dans une discussion WhatsApp</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>à la caisse</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>publicité « clic vers WhatsApp »</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>Réponse WhatsApp</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Bouton d&apos;arrêt de WhatsApp</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>pas de consentement</translation>
    </message>
    <message>
        <source>opt-in</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>désinscription</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>all marketing messages</source>
        <translation>tous les messages marketing</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Numéro non valide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lus</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n remis</numerusform>
            <numerusform>%n remis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n lu</numerusform>
            <numerusform>%n lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
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
        <translation> ; </translation>
    </message>
    <message>
        <source>to add</source>
        <translation>à ajouter</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>déjà notée</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>demande d&apos;inscription (le personnel confirme dans l&apos;application)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>une personne décide</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>rien à noter</translation>
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
        <translation>une inscription sur formulaire papier indique son formulaire : donnez avec --serial le numéro de série imprimé en haut du formulaire (un formulaire imprimé ailleurs : le numéro qu&apos;il porte, avec --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at va avec --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>impossible de lire {file} : {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} contient des fiches de contact, pas des fiches de consentement</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts doit être entre 1 et 1000000</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo demande --db : les fiches de démonstration vont dans une base de données à part, jamais celle par défaut</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>impossible de créer {folder} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>ce registre contient %n personne qui n&apos;est pas une fiche de démonstration : les données de démonstration vont dans une base de données à part (--db demo.sqlite3)</numerusform>
            <numerusform>ce registre contient %n personnes qui ne sont pas des fiches de démonstration : les données de démonstration vont dans une base de données à part (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>nommez la catégorie par sa clé</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>indiquez où écrire les formulaires : --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>les formulaires sont un PDF : nommez le fichier FILE.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to déplace le fichier SQLite d&apos;une boutique : donnez-le avec --db FILE</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r} : le rapport est un PDF ; nommez-le FILE.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add demande le numéro d&apos;envoi et --rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import demande un fichier CSV ou .xlsx</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} fait plus de {megabytes} : une liste ne peut pas dépasser cette taille ; coupez-la en listes plus petites</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} n&apos;est ni une liste texte, ni un tableur, ni un fichier vCard (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>une ligne de {name} fait plus de {kilobytes} Kio : ce n&apos;est pas une liste de personnes</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>la ligne {line} de {name} a plus de {most} colonnes : ce n&apos;est pas une liste de personnes</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} a plus de {most:,} lignes : coupez-la en listes plus petites</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>une cellule près de la ligne {line} de {name} fait plus de {kilobytes} Kio : ce n&apos;est pas une liste de personnes</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>la ligne {line} de {name} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>aucune colonne de numéros de téléphone trouvée : nommez-la avec --column (les colonnes sont : {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>il n&apos;y a pas de colonne {column!r} ; les colonnes sont : {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>il n&apos;y a pas de colonne {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} n&apos;a pas de colonne de statut (sent, delivered, read, failed) ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>dates lues jour en premier</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>dates lues mois en premier</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>le statut {status!r} n&apos;est ni sent, ni delivered, ni read, ni failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>l&apos;heure {time!r} est illisible</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>aucune colonne de code d&apos;erreur : la raison d&apos;un message en échec ne peut pas être lue, donc une personne qui a arrêté les messages marketing (131050) n&apos;est pas reconnue ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>cette ligne n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>le statut {status!r} est inconnu</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} fait plus de {megabytes} Mo : coupez-le</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} ne peut pas être lu : {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>lignes JSON de webhook</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} contient des fiches de contact, pas un rapport de remise</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>texte CSV</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>la déclaration de consentement avec autant de types de messages ne tient pas sur une page ; archivez des types de messages, ou raccourcissez leurs descriptions</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} est un dossier : choisissez le fichier de liste dedans</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} n&apos;existe pas ; vérifiez le nom et le dossier</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} fait {megabytes:.0f} Mo ; une liste peut faire au plus {most} Mo : coupez-la en listes plus petites</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} est un fichier zip (un classeur Excel ?) : donnez-le comme fichier, par son nom</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>aucune ligne ne commence par un numéro de téléphone : ce ne sont pas des réponses ; donnez des lignes comme &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>il n&apos;y a pas de réponses : collez des lignes comme &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} contient des fiches de contact, pas des réponses</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} doit avoir une colonne de téléphone et une colonne de message</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>une ligne vCard fait plus de {kilobytes} Kio : ce n&apos;est pas un contact</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} a plus de {most:,} numéros : coupez-le</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} ne contient pas de vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>{name} n&apos;a pas pu être lu comme classeur Excel : {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} a {count:,} parties : ce n&apos;est pas une liste Excel</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} se décompresserait en {megabytes:,} Mo ou plus ({filename} : {part_megabytes:,} Mo, {ratio:.0f} fois sa taille compressée), plus qu&apos;aucune liste de personnes n&apos;en a besoin : c&apos;est peut-être une bombe zip</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>il n&apos;y a pas de feuille {sheet!r} ; les feuilles sont : {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} contient des formules dont les valeurs n’ont jamais été enregistrées (le programme qui l’a écrit ne les calcule pas) : ouvrez-le dans Excel ou LibreOffice, enregistrez-le et réessayez</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>une ligne de la feuille a plus de cellules qu&apos;Excel n&apos;en permet</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} a plus de {most:,} lignes : ce n&apos;est pas une liste Excel</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>la ligne {number} de {name} a plus de {most} colonnes : ce n&apos;est pas une liste de personnes</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>une cellule de la ligne {number} de {name} fait plus de {kilobytes} Kio : ce n&apos;est pas une liste de personnes</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>il manque {missing} dans les données de l&apos;événement</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>une inscription sur formulaire papier indique son formulaire : donnez le numéro de série imprimé en haut du formulaire (un formulaire imprimé ailleurs : le numéro qu&apos;il porte, signalé comme venant d&apos;une autre impression)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>la catégorie {spec!r} doit s&apos;écrire KEY=LABEL:KIND, p. ex. offers=Offres:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>la nature de catégorie {kind!r} doit être &apos;service&apos; ou &apos;marketing&apos;</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>type de message inconnu {scope!r} : utilisez l&apos;un de {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>code pays inconnu {region!r} : utilisez deux lettres comme FR, BE, CH</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>ce n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>un tableur a changé ce numéro en un nombre arrondi (comme 6,44E+08) et ses derniers chiffres sont perdus : mettez la colonne au format texte dans le tableur et saisissez ou exportez à nouveau les numéros</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>numéro trop long ({country})</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>numéro local sans indicatif de zone ({country})</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>numéro non valide ({country})</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>numéro trop court ({country})</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>indicatif de pays inconnu +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>trop court pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>trop long pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>un numéro de série doit tenir en huit symboles base32</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>aucune date donnée : écrivez-la comme 2026-10-03 ou 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} n&apos;est pas une date : écrivez-la comme 2026-10-03 ou 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} est dans le futur ; un consentement ne peut pas être daté à l&apos;avance</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>la date est dans le futur ; un consentement ne peut pas être daté à l&apos;avance</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>le modèle a un champ inconnu ou cassé : {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} est un dossier, pas un fichier de sauvegarde : choisissez le fichier dedans</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} n&apos;est pas un fichier (un tube ou un périphérique ?) : donnez le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} est endommagé ou n&apos;est pas une sauvegarde OptIn Desk ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} n&apos;est pas une base de données OptIn Desk (ni même SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} est un fichier SQLite mais pas une base de données OptIn Desk</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>{name} ne peut pas être lu comme base de données : {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} est endommagé (contrôle d&apos;intégrité : {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>{name} n&apos;a pas pu être lu par cette version : {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} échoue au contrôle du registre à l&apos;événement {broken_event_id} : {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>cette base de données est sur un serveur : sauvegardez-la avec les outils du serveur (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>le dossier {parent} n&apos;existe pas ; branchez la clé USB ou créez-le</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>la sauvegarde n&apos;a pas pu être faite ({reason}) ; rien n&apos;a été gardé</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>une sauvegarde ne peut pas écraser le registre qu&apos;elle copie</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>la sauvegarde n&apos;a pas pu être écrite dans {target} : {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>pas encore de profil de boutique : lancez d&apos;abord &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} doit être entre 1 et 3650</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>catégorie inconnue {key!r} : comparez avec l&apos;une de {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>il n&apos;y a pas de vérification {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>la vérification {check_id} a déjà été notée comme envoyée le {day}</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>l&apos;heure d&apos;envoi est dans le futur</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>les lignes conservées avec la vérification {check_id} sont illisibles : modifiées hors d’OptIn Desk ou endommagées (lancez verify)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>impossible d&apos;écrire {path} : {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>le dossier de {target} n&apos;existe pas</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>ce registre n&apos;est pas accessible en écriture : les envois ne peuvent pas être notés</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>méthode de {what} inconnue {value!r} : utilisez l&apos;une de {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>le champ {what} contient un caractère NUL (\0), qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>le champ {what} fait plus de {limit} caractères ; raccourcissez-le</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>l&apos;horloge de l&apos;ordinateur indique {now}, mais la dernière fiche a été faite à {last}</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>choisissez au moins une catégorie (portée) que la personne a acceptée</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind} : mettez l&apos;horloge à l&apos;heure ; si elle est juste, une fiche antérieure a été faite avec une horloge fausse : confirmez l&apos;horloge pour noter</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind} ; noté comme confirmé</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>ceci lève l&apos;effacement sur demande du {day}</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>la personne reste désinscrite de {kinds} : une désinscription donnée après ce consentement, ou notée après lui, reste valable</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>le modèle de confirmation est cassé : {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>la personne était déjà désinscrite de ceci : noté de nouveau, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind} : la désinscription reste valable quand même ; mettez l&apos;horloge à l&apos;heure</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} n&apos;est pas un numéro WhatsApp utilisable : {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>le nom fait plus de {most} caractères ; raccourcissez-le</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>impossible de lire {name} : {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>vérification {check} ({file}), envoyée le {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>aucun envoi enregistré</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>déjà désabonné du marketing</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>désabonnement du marketing (bouton d&apos;arrêt de WhatsApp)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>la vérification de liste signalera ce numéro</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>compte dans le plafond marketing</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} a été lu avant que le registre ait ses clés : relisez-le</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>ce numéro a été effacé sur demande le {day} : un consentement daté du {day_text}, avant l&apos;effacement, ne peut pas faire revenir la personne</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>ce numéro a été effacé sur demande le {day} : seul un nouveau consentement de la personne elle-même (en personne, sur papier ou dans son propre message : {allowed}) peut lever cela, pas {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>ce numéro a été effacé sur demande le {day} : notez une nouvelle inscription seulement avec un nouveau consentement de la personne elle-même, et confirmez qu&apos;elle lève l&apos;effacement (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} n&apos;est pas enregistré ; il n&apos;y a rien à effacer</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>le formulaire n&apos;a pas pu être mis en page avec le texte actuel ; réessayez</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>imprimez entre 1 et {most} formulaires à la fois</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} n&apos;est pas enregistré : un formulaire vierge fera l&apos;affaire</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>pas de formulaires en langue {language!r} : utilisez l&apos;une de {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>papier {paper!r} inconnu : utilisez a4 ou letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>le dossier {parent} n&apos;existe pas ; choisissez un autre endroit</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>impossible d&apos;écrire {target} : {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} n&apos;en fait pas partie</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>impossible d&apos;utiliser {where} : OptIn Desk garde son registre dans un fichier SQLite ou sur PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, avec &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>le serveur de base de données a refusé le nom d&apos;utilisateur ou le mot de passe de l&apos;URL : vérifiez --db ou OPTIN_DESK_DB (rien n&apos;a été noté)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>le serveur de base de données n&apos;a pas de base (ou d&apos;utilisateur) de ce nom : vérifiez l&apos;URL dans --db ou OPTIN_DESK_DB (rien n&apos;a été noté)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>la connexion au serveur de base de données a été perdue en cours de route ; le serveur garde un enregistrement entier ou pas du tout : vérifiez le réseau, puis réessayez</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>impossible de joindre le serveur de base de données : vérifiez qu&apos;il tourne et que cet ordinateur est sur son réseau, puis réessayez (rien n&apos;a été noté)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>le rôle de base de données de l&apos;URL n&apos;a pas le droit de faire cela ({detail}) : créer ou mettre à jour les tables (init, premier démarrage d&apos;une nouvelle version, move-to) et restaurer sont réservés au rôle propriétaire du registre ; rien n&apos;a été noté</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>restauration du registre depuis une sauvegarde en cours ; réessayez dans un instant (rien d&apos;écrit)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>la base de données est occupée par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>le disque est plein : libérez de l&apos;espace, puis réessayez (rien n&apos;a été noté)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} n&apos;est pas accessible en écriture (lecture seule) ; rien n&apos;a été noté</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>impossible d&apos;ouvrir la base de données {where} : vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} n&apos;est pas une base de données OptIn Desk</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>erreur de base de données : {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>le fichier du registre n&apos;est pas accessible en écriture (lecture seule) ; rien n&apos;a été noté</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>impossible d&apos;ouvrir la base de données : vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>le fichier n&apos;est pas une base de données OptIn Desk</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>ligne {row} : {reason} (et %n autre ligne non valide) ; rien n&apos;a été noté : corrigez le fichier (un essai liste chaque ligne) ou ignorez les lignes non valides (--skip-invalid)</numerusform>
            <numerusform>ligne {row} : {reason} (et %n autres lignes non valides) ; rien n&apos;a été noté : corrigez le fichier (un essai liste chaque ligne) ou ignorez les lignes non valides (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>ligne {row} : {reason} ; rien n&apos;a été noté : corrigez le fichier (un essai liste chaque ligne) ou ignorez les lignes non valides (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>le fichier doit avoir une ligne d&apos;en-tête : number, name, category, action, date</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>aucune colonne {missing} trouvée (les colonnes sont : {columns}) ; nommez-les scope (ou category), action et date</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>type de message inconnu {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>action inconnue {action!r} : écrivez opt_in ou opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>effacé sur demande le {day} : une importation ne le fait jamais revenir</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>inscrira à {what}</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>désinscrira de {what}</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>les registres disent déjà inscrit à {what}, ou un événement plus récent prévaut</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>les registres disent déjà désinscrit de {what}, ou un événement plus récent prévaut</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>rien à importer : chaque ligne est déjà notée, ignorée, refusée ou non valide</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} n&apos;est pas vide (sa table {busy} contient des fiches) : move-to ne remplit qu&apos;une base de données vide ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>la confirmation ne peut pas avoir été envoyée dans le futur</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>la confirmation ne peut pas avoir été envoyée ({sent}) avant la désinscription qu&apos;elle confirme ({given}) ; si la personne s&apos;est désinscrite plus tôt, notez la désinscription à l&apos;heure où elle l&apos;a fait</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>l&apos;événement {event_id} n&apos;est pas une désinscription</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>la confirmation ne peut pas avoir été envoyée avant la désinscription qu&apos;elle confirme (événement {event_id}, donnée le {given}) ; si la personne s&apos;est désinscrite plus tôt, notez la désinscription à l&apos;heure où elle l&apos;a fait</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>la confirmation de l&apos;événement {event_id} est déjà marquée envoyée</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>le PIN du gérant enregistré dans les données n&apos;est pas celui qu&apos;indique le registre (il a été supprimé ou remplacé hors d&apos;OptIn Desk) : donnez le PIN du gérant qui ouvre la clé de signature de cet ordinateur pour le conserver à nouveau ; d&apos;ici là, ce qui demande le PIN reste refusé</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>trop de PIN du gérant erronés : réessayez dans {seconds} secondes</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>ceci demande le PIN du gérant (donnez --pin ou définissez OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>PIN du gérant erroné</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>numéro d&apos;envoi {sender!r} : {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>cette base de données a déjà un profil de boutique ; changez-le dans Paramètres</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>pas encore de profil de boutique : lancez &apos;optin-desk init&apos; ou ouvrez d&apos;abord l&apos;application</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>le modèle du texte de consentement est cassé : {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>il n&apos;y a pas de version de texte {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>nommez la preuve FILE.pdf ou FILE.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} n&apos;est pas l&apos;un des numéros WhatsApp de la boutique ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>note de qualité {rating!r} : utilisez high, medium ou low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>statut {status!r} : utilisez connected, flagged ou restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>le relevé du {observed_on} est daté dans le futur</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>les blocages et signalements sont des nombres de personnes : 0 ou plus</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>ligne {line} : {cell!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} contient des fiches de contact, pas des relevés de qualité</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} doit avoir des colonnes pour {missing} ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>ligne {line} : la date {cell!r} n&apos;est pas au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>texte {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>impossible d&apos;écrire {target} : {problem}</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} doit être entre 1 et 1000</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>Les désinscriptions après l&apos;envoi du {day} ont été {times}× l&apos;habitude : regardez à qui il est parti</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{percent} % non remis après l&apos;envoi du {day} : vérifiez ces numéros</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>les personnes inscrites sous la forme « {method} » se désinscrivent {times}× plus souvent que celles inscrites sous la forme « {reference} »</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>la qualité est tombée à {rating} sur {sender} : suspendez le marketing depuis ce numéro pendant une semaine</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head prend la tête du registre telle qu&apos;imprimée : au moins {least} de ses caractères hexadécimaux (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} correspond à plus d&apos;une entrée : donnez plus de caractères</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>la conversation montre le nom « {sender} », pas un numéro : cherchez la personne dans la page Désinscriptions</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>déjà désinscrit de {what}</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>déjà désinscrit de {what} depuis le {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>a déjà consenti à {what}</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>a déjà consenti à {what} depuis le {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>tous les messages</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>effacé sur demande le {day} : enregistrez son nouveau consentement à part, en confirmant qu&apos;il lève l&apos;effacement</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>même numéro que la ligne {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>la ligne {row} ne peut pas être notée : {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>ce fichier est le registre lui-même</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>la copie restaurée échoue au contrôle du registre : {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>la restauration a échoué ({reason}) ; le registre est resté tel quel</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>trop de restaurations de {name} dans la même seconde ; réessayez</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>la sauvegarde n&apos;est pas une copie de ce registre (celui d&apos;une autre boutique, ou il a pris son propre chemin après l&apos;événement {shared_events}) ; pour le remplacer quand même, donnez --other-shop et le PIN du gérant</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>restaurer le registre d&apos;une autre boutique demande le PIN du gérant : définissez-en un avec &apos;optin-desk pin&apos;, puis donnez-le avec --pin</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>le fichier de preuve {error} ; choisissez de nouveau le scan</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>le fichier de preuve n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>le fichier de preuve {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>le fichier de preuve n&apos;a pas pu être gardé : {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>le serveur n&apos;a pas pu être interrogé ({reason}) ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>restaurer sur un serveur est réservé au rôle propriétaire du registre (il possède la base et peut créer des bases) : lancez-le avec l&apos;URL du propriétaire ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>aucune nouvelle base de données n&apos;a pu être créée pour la restauration ({reason}) ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} n&apos;est pas un export sain d&apos;un registre OptIn Desk ({error}) ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} ne contient pas de registre OptIn Desk ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} échoue au contrôle du registre à l&apos;événement {broken_event_id} : {problem} ; rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>trop de restaurations de ce registre dans la même seconde ; réessayez</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>%n autre connexion est ouverte au registre (une fenêtre sur un autre ordinateur ?) : fermez-la et réessayez, ou donnez --force pour la déconnecter ; rien n&apos;a été changé</numerusform>
            <numerusform>%n autres connexions sont ouvertes au registre (une fenêtre sur un autre ordinateur ?) : fermez-les et réessayez, ou donnez --force pour les déconnecter ; rien n&apos;a été changé</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>un enregistrement sur un autre ordinateur a bloqué le registre trop longtemps ; réessayez la restauration dans un instant ; le registre est resté tel quel</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>pas encore de profil de boutique</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>la catégorie {key!r} reste {kind} : ajoutez plutôt une nouvelle catégorie</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>dites pourquoi l&apos;événement est annulé (--reason) : la raison est gardée avec lui</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>il n&apos;y a pas d&apos;événement {event_id} ; voir &apos;optin-desk history NUMBER&apos;</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>l&apos;événement {event_id} concerne la boutique, pas une personne : il est maintenu</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>l&apos;événement {event_id} est lui-même une annulation et ne peut pas être annulé</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>l&apos;événement {event_id} a déjà été annulé par l&apos;événement {already}</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>choisissez l&apos;événement à annuler</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>les événements de personnes différentes s&apos;annulent une personne à la fois</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>{source} ne peut pas être lu : permission refusée</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>{source} ne peut pas être lu : {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} n&apos;est pas un fichier ordinaire (un tube, un périphérique ou un socket)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} fait {megabytes} Mo ; les scans jusqu&apos;à {most} Mo sont gardés</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} a changé pendant la copie ; réessayez</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>règles des envois groupés</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>modèles des textes</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>noms du personnel</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>informations de confidentialité</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>informations de la boutique</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>catégories de messages</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>numéros d&apos;envoi</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>textes de consentement</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n désinscription annulée depuis</numerusform>
            <numerusform>%n désinscriptions annulées depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>la sauvegarde contient %n événement ; le registre en contient {live}, dont {shared} identiques</numerusform>
            <numerusform>la sauvegarde contient %n événements ; le registre en contient {live}, dont {shared} identiques</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>la sauvegarde n&apos;est PAS une copie de ce registre (autre boutique, ou divergé)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>serait perdu : {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>serait perdu : rien de noté</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>paramètres qui reviennent à ceux de la sauvegarde : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n désinscription</numerusform>
            <numerusform>%n désinscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n effacement</numerusform>
            <numerusform>%n effacements</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>réappliqué après la restauration : {items} ; le PIN du gérant reste tel qu&apos;il est maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n numéro effacé est gardé sous une autre clé : il reste effacé seulement là où la sauvegarde le contient</numerusform>
            <numerusform>%n numéros effacés sont gardés sous une autre clé : ils restent effacés seulement là où la sauvegarde les contient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n vérification gardée</numerusform>
            <numerusform>%n vérifications gardées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n message noté comme envoyé</numerusform>
            <numerusform>%n messages notés comme envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n lot de formulaires imprimés</numerusform>
            <numerusform>%n lots de formulaires imprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>la catégorie {key!r} ({kind}) n&apos;a pas de nature dans le registre : elle a été ajoutée dans le dos du programme</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>la catégorie {key!r} est enregistrée comme {kind}, mais le registre indique {stated} (événement {event}) : sa nature a été modifiée dans le dos du programme ; les règles gardent {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>la clé du registre n&apos;est pas sur cet ordinateur, donc les numéros effacés et la personne de chaque événement ne peuvent pas être connus ici : sur un ordinateur qui l&apos;a, lancez &apos;optin-desk records-key --out FILE&apos;, puis ici &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>impossible de lire {source} : {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} n&apos;est pas une clé du registre écrite par &apos;optin-desk records-key --out&apos;</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} est la clé d&apos;un autre registre (id {found}), pas de celui-ci ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>la clé dans {source} ne correspond pas aux numéros de ce registre : elle n&apos;a pas été écrite depuis ce registre</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait prend un nombre de secondes de 0 à 3600, pas {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable va avec --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} n&apos;est pas effacé du registre : effacez-le d&apos;abord</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>son dossier est absent : branchez la clé USB</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>l&apos;export d&apos;un serveur ne peut pas être réécrit par ce programme</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>le numéro a encore été trouvé dans la copie réécrite</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>rien n&apos;a été noté : la ligne de tête du registre a été supprimée dans le dos du programme ; lancez verify, puis restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>texte {wording_id} ({language}, version {version}) : son contenu a été modifié ; il ne donne plus le sha256 noté pour lui</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>l&apos;événement {event_id} renvoie au texte {wording_id}, dont le sha256 est {found}, mais la chaîne dit que la personne a vu le texte {chained}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>le scan {sha256} a été remplacé ou modifié : son fichier donne maintenant le hachage {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>le scan {sha256} de l&apos;événement {event_id} manque dans le dossier des scans : la preuve de cette inscription a perdu son scan ; remettez le fichier depuis une sauvegarde</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>le scan {sha256} de l&apos;événement {event_id} n&apos;est pas sur cet ordinateur (le registre partagé garde les scans sur l&apos;ordinateur qui les a notés) : vérifiez là-bas</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n scan de personne effacée a disparu, comme l&apos;effacement le demandait</numerusform>
            <numerusform>%n scans de personnes effacées ont disparu, comme l&apos;effacement le demandait</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>les événements de la personne {contact_id} ne peuvent pas être lus ({problem}) : ils ont été modifiés hors du programme, donc son consentement ne peut pas être établi ; restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>rien n’a été enregistré : le dernier événement du registre n’est pas celui que nomme sa ligne de tête (un événement a été supprimé ou ajouté à l’insu du programme) ; lancez verify, puis restaurez la dernière sauvegarde (une désinscription est tout de même enregistrée)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>rien n’a été enregistré : {phone} est désinscrit de {kind} selon les registres, mais les événements restants du registre ne le disent plus (l’un d’eux a été supprimé à l’insu du programme) ; lancez verify, puis restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>sans consentement</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>la table des états de consentement dit que la personne {contact_id} est {table} pour {category} depuis le {table_since} (événement {event_id}), mais le registre dit depuis le {ledger_since} : l&apos;heure a été modifiée en dehors du programme ; check et status lisent la table, ils sont donc faux pour cette personne</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>la table des états de consentement dit que la personne {contact_id} est {table} pour {category} (événement {table_event_id}), mais le registre dit {ledger} (événement {event_id}) : check et status lisent la table, ils sont donc faux pour cette personne</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>la ligne de tête du registre manque alors qu&apos;il contient %n événement : quelqu&apos;un l&apos;a supprimée dans le dos du programme, ce qui cache si des événements ont été coupés à la fin. Rien ne peut être noté tant qu&apos;elle n&apos;est pas revenue : comparez avec un point de contrôle gardé ailleurs (verify --checkpoint) et restaurez la dernière sauvegarde</numerusform>
            <numerusform>la ligne de tête du registre manque alors qu&apos;il contient %n événements : quelqu&apos;un l&apos;a supprimée dans le dos du programme, ce qui cache si des événements ont été coupés à la fin. Rien ne peut être noté tant qu&apos;elle n&apos;est pas revenue : comparez avec un point de contrôle gardé ailleurs (verify --checkpoint) et restaurez la dernière sauvegarde</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>la protection « ajout seul » {name} est absente ou désactivée : le registre peut être réécrit sans y laisser de trace ; restaurez la dernière sauvegarde ou demandez de l&apos;aide</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>le PIN du gérant conservé dans les réglages n&apos;est pas celui qu&apos;indique le registre : il a été supprimé ou remplacé à l&apos;insu du programme ; ce qui demande le PIN reste refusé jusqu&apos;à ce que le gérant donne le PIN qui ouvre la clé de signature de cet ordinateur</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>le contact {contact} a été effacé, mais l’effacement n’est plus enregistré : il a été retiré à l’insu du programme et le numéro n’est plus bloqué ; restaurez la dernière sauvegarde ou demandez de l’aide</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>un effacement est marqué comme levé par l’entrée {event}, qui n’est pas une nouvelle inscription de la personne elle-même : il a été levé à l’insu du programme et le numéro n’est plus bloqué ; restaurez la dernière sauvegarde ou demandez de l’aide</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>le rôle serveur {role} peut faire UPDATE, DELETE ou TRUNCATE sur le registre : seul son propriétaire devrait le pouvoir ; retirez-lui ce droit en tant que propriétaire (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>la racine de Merkle enregistrée du bloc {block} (les événements jusqu&apos;au {event_id}) n&apos;est pas la racine de ces événements dans le registre : elle a été modifiée dans le dos du programme. Les preuves sont alors construites à partir de tous les événements ; restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>la racine de Merkle du bloc {block} (les événements jusqu&apos;au {event_id}) manque : elle a été supprimée dans le dos du programme. Les preuves sont alors construites à partir de tous les événements ; restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>une racine de Merkle est enregistrée pour le bloc {block}, que le registre ne contient pas : elle a été ajoutée dans le dos du programme ; restaurez la dernière sauvegarde</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>aucun consentement enregistré</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>appel téléphonique</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>serveur vocal</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>le site web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>la caisse</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>un formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>une publicité WhatsApp</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>une importation</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Bouton d&apos;arrêt de WhatsApp</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>un autre moyen</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>effacé à sa demande le {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>consentement pour {categories} uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n message {what} au cours des {days} derniers jours</numerusform>
            <numerusform>%n messages {what} au cours des {days} derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason} ; ajouter une option de désinscription : {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>désinscrit de {scope} le {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>désinscrit de {scope} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>désinscrit de {scope} le {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>désinscrit de {scope}</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>inscrit le {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>inscrit le {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>inscrit ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>le premier après plus de {days} jours</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>aucune activité de sa part depuis {days} jours</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>premier message marketing</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} est un dossier : indiquez le fichier de la base de données, par exemple {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>le dossier {folder} n&apos;existe pas : vérifiez le chemin de --db (rien n&apos;a été créé)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>il n&apos;y a pas encore de registres : configurez la boutique avec &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>il n&apos;y a pas encore de registres à {path} : configurez la boutique avec &apos;optin-desk init&apos; et ce --db, ou vérifiez le chemin</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} ne peut pas être écrit et vient d&apos;une autre version d&apos;OptIn Desk : copiez-le dans un dossier accessible en écriture pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} ne peut pas être écrit : il ne peut pas être mis à jour</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>point de contrôle {name} : il ne peut pas être lu comme point de contrôle ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>le registre ne commence plus par l&apos;événement qui vient d&apos;être sauvegardé (restauré ou remplacé entre-temps) : aucun point de contrôle n&apos;a été pris ; sauvegardez de nouveau</numerusform>
            <numerusform>le registre ne commence plus par les %n événements qui viennent d&apos;être sauvegardés (restauré ou remplacé entre-temps) : aucun point de contrôle n&apos;a été pris ; sauvegardez de nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>aucun point de contrôle trouvé dans {path} (fichiers se terminant par .checkpoint.json ou -checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>ce registre a été restauré depuis {source} le {at} : un point de contrôle fait avant cette restauration peut concerner le registre qu&apos;elle a remplacé (gardé à côté comme copie &apos;replaced&apos;) ; contrôlez-le avec cette copie via --db</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>point de contrôle {name} : son %n événement (fait le {made}) a été remplacé par la restauration du {at} (tête {head}), que le registre note comme événement {event} ; le registre remplacé est gardé à côté</numerusform>
            <numerusform>point de contrôle {name} : ses %n événements (fait le {made}) ont été remplacés par la restauration du {at} (tête {head}), que le registre note comme événement {event} ; le registre remplacé est gardé à côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>point de contrôle {name} : ok, le registre contient son %n événement (fait le {made}, clé {key})</numerusform>
            <numerusform>point de contrôle {name} : ok, le registre contient ses %n événements (fait le {made}, clé {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>point de contrôle {name} : ok, le registre contient son %n événement (fait le {made}), mais il n&apos;est pas signé : la clé de signature était verrouillée par le PIN du gérant quand il a été fait</numerusform>
            <numerusform>point de contrôle {name} : ok, le registre contient ses %n événements (fait le {made}), mais il n&apos;est pas signé : la clé de signature était verrouillée par le PIN du gérant quand il a été fait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>point de contrôle {name} : il a compté %n événement le {made}, mais le registre n&apos;en contient que {count} : des événements ont été supprimés ou le registre a été remplacé</numerusform>
            <numerusform>point de contrôle {name} : il a compté %n événements le {made}, mais le registre n&apos;en contient que {count} : des événements ont été supprimés ou le registre a été remplacé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>point de contrôle {name} : le premier événement du registre ne donne pas le hachage racine noté le {made} : le registre a été réécrit ou remplacé depuis</numerusform>
            <numerusform>point de contrôle {name} : les %n premiers événements du registre ne donnent pas le hachage racine noté le {made} : le registre a été réécrit ou remplacé depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>point de contrôle {name} : l&apos;événement {size} du registre n&apos;a pas le hachage de tête noté le {made} : le registre a été réécrit ou le point de contrôle modifié</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>point de contrôle {name} : sa signature ne correspond pas à son contenu (il a été modifié, ou pas signé par la clé qu&apos;il nomme)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>ses textes sont marqués effacés sur demande, mais sa personne n&apos;a jamais été effacée</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>le numéro du contact {contacts} et de %n autre n&apos;est pas celui dont sa clé a été tirée : des numéros ont été échangés ou modifiés dans le fichier</numerusform>
            <numerusform>le numéro des contacts {contacts} et de %n autres n&apos;est pas celui dont leur clé a été tirée : des numéros ont été échangés ou modifiés dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>le numéro du contact {contacts} n&apos;est pas celui dont sa clé a été tirée : des numéros ont été échangés ou modifiés dans le fichier</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>le lien de l&apos;événement {event} ne nomme aucun contact</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>les clés des contacts ne correspondent plus à ce que l&apos;événement {event} a lié : la clé d&apos;un contact a été modifiée, échangée ou supprimée dans le fichier</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>ses textes (note, mots du client, confirmation, motif) ont été modifiés</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>ses textes ont été effacés sur demande, et pourtant des textes sont de retour</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>les événements ne sont pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>il ne suit pas l&apos;événement précédent</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>son empreinte enregistrée ne correspond pas à ses champs</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>les numéros d&apos;événement {first} à {last} manquent avant lui : le programme numérote les événements sans trou, donc des événements ont été supprimés</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>il appartient au contact {contact}, dont la ligne porte maintenant la clé d&apos;une autre personne : des numéros ou des clés de contacts ont été échangés ou modifiés dans le fichier</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>il est daté du {dated} UTC, après son enregistrement ({recorded} UTC) : aucun événement ne peut être daté en avance</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>le registre a noté %n événement se terminant par {head}, mais la chaîne n&apos;en contient que {count}, jusqu&apos;à l&apos;événement {last} : des événements ont été supprimés</numerusform>
            <numerusform>le registre a noté %n événements se terminant par {head}, mais la chaîne n&apos;en contient que {count}, jusqu&apos;à l&apos;événement {last} : des événements ont été supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n événement enregistré avant que les textes soient chaînés sous forme d&apos;engagement a eu ses textes effacés sur demande (le premier : {first}) : ses autres champs sont admis sur la foi de l&apos;événement suivant, qui chaîne toujours son empreinte</numerusform>
            <numerusform>%n événements enregistrés avant que les textes soient chaînés sous forme d&apos;engagement ont eu leurs textes effacés sur demande (le premier : {first}) : leurs autres champs sont admis sur la foi de l&apos;événement suivant, qui chaîne toujours leur empreinte</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>l&apos;événement {event} a été enregistré le {recorded} UTC, avant l&apos;événement qui le précède ({ahead} UTC) : l&apos;horloge de l&apos;ordinateur était fausse, ou les registres ont été chargés dans le désordre (l&apos;ordre du registre reste valable)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>l&apos;événement {event} a été enregistré le {recorded} UTC, avant l&apos;événement qui le précède ({ahead} UTC), et %n autre comme lui : l&apos;horloge de l&apos;ordinateur était fausse, ou les registres ont été chargés dans le désordre (l&apos;ordre du registre reste valable)</numerusform>
            <numerusform>l&apos;événement {event} a été enregistré le {recorded} UTC, avant l&apos;événement qui le précède ({ahead} UTC), et %n autres comme lui : l&apos;horloge de l&apos;ordinateur était fausse, ou les registres ont été chargés dans le désordre (l&apos;ordre du registre reste valable)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>aucun mot</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>dit à la fois {out} et {in_} : une personne décide</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>mot-clé {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} parmi d&apos;autres mots : une personne décide</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>dit {words} : veut peut-être arrêter ; une personne décide</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>mot-clé {word} : un consentement une fois confirmé par le personnel</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>aucun mot de désinscription ni d&apos;inscription</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>annulerait la désinscription de {key} du {when} ({how}) : une importation ne réinscrit jamais personne ; un nouveau consentement a besoin de sa propre preuve</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>formulaire d&apos;une autre impression</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>lève l&apos;effacement demandé le {day} (nouveau consentement de la personne elle-même)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>a répondu : {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>importé de {file}, ligne {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>méthode d&apos;origine : {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>réappliqué après une restauration depuis {file} : événement {event}, enregistré le {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>la connexion au serveur de base de données a été perdue en cours d&apos;importation : %n ligne sur {total} a été enregistrée avant et est conservée ; vérifiez le réseau et le serveur, puis relancez la même importation : elle n&apos;ajoute que les lignes manquantes</numerusform>
            <numerusform>la connexion au serveur de base de données a été perdue en cours d&apos;importation : %n lignes sur {total} ont été enregistrées avant et sont conservées ; vérifiez le réseau et le serveur, puis relancez la même importation : elle n&apos;ajoute que les lignes manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>l&apos;importation s&apos;est arrêtée en cours de route ({detail}) : %n ligne sur {total} a été enregistrée avant et est conservée ; une fois le problème réglé, relancez la même importation : elle n&apos;ajoute que les lignes manquantes</numerusform>
            <numerusform>l&apos;importation s&apos;est arrêtée en cours de route ({detail}) : %n lignes sur {total} ont été enregistrées avant et sont conservées ; une fois le problème réglé, relancez la même importation : elle n&apos;ajoute que les lignes manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason} ; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>attention : WhatsApp n’a pas pu remettre de message à ce numéro le {day} (131026 {title} : souvent absent de WhatsApp)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report et --allowed demandent le numéro d’une vérification</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>une inscription sur formulaire papier indique son formulaire, et le fichier n&apos;a pas de colonne de numéro de série : ajoutez-en une (serial) avec le numéro de série imprimé sur chaque formulaire</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>une inscription sur formulaire papier indique son formulaire : indiquez le numéro de série imprimé dessus</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>le numéro de série {serial} ressemble à ceux de cette boutique (XXXX-XXXX-C), mal saisi : regardez de nouveau le formulaire</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>le formulaire {serial} est déjà saisi pour une autre personne (entrée n° {entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>le formulaire {serial} figure aussi à la ligne {row}, pour un autre numéro</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key n&apos;est ni une clé publique (base64 de 32 octets) ni une empreinte (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} ne peut pas être lu comme preuve JSON ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} est mal saisi : son symbole de contrôle ne correspond pas ; regardez de nouveau le formulaire</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} n&apos;est pas un numéro de série imprimé par cette boutique (ils s&apos;écrivent XXXX-XXXX-C) : regardez de nouveau le formulaire, ou cochez « Formulaire d&apos;une autre impression » si la boutique l&apos;a imprimé ailleurs</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} n&apos;a jamais été imprimé ici : regardez de nouveau le formulaire, ou cochez « Formulaire d&apos;une autre impression » si la boutique l&apos;a imprimé ailleurs</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial} : un formulaire d&apos;une autre impression ; gardé comme référence du formulaire, avec une note</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>le formulaire {serial} est déjà saisi : {who}, signé le {day} (entrée n° {entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>formulaire {serial} : texte {language} v{version}, imprimé le {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>un formulaire papier a besoin de son numéro de série : saisissez celui imprimé en haut du formulaire (un formulaire que la boutique a imprimé ailleurs : saisissez le numéro qu&apos;il porte et cochez « Formulaire d&apos;une autre impression »)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>une personne effacée</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} n&apos;est pas un numéro de série imprimé par cette boutique (ils s&apos;écrivent XXXX-XXXX-C) : regardez de nouveau le formulaire, ou donnez --other-print-run si la boutique l&apos;a imprimé ailleurs</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} n&apos;a jamais été imprimé ici : regardez de nouveau le formulaire, ou donnez --other-print-run si la boutique l&apos;a imprimé ailleurs</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>la preuve n&apos;a pas de section d&apos;ancrage (faite avant que les preuves soient ancrées ?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>le point de contrôle de la preuve est endommagé : {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>la fiche de consentement autour des événements a été modifiée : ses éléments (id de la fiche, finalités, responsable du traitement, conservation, ...) ne donnent plus le sha256 signé par la boutique</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>le point de contrôle de la preuve n&apos;est pas signé : rien ne le lie à la clé de la boutique</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>la preuve est signée par la clé {found}, pas par la clé donnée ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>la signature du point de contrôle ne correspond pas à son contenu : il a été modifié</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>la liste signée des événements de la personne ne correspond pas à la preuve : un événement a été retiré, ajouté ou remplacé, ou le sha256 signé de la fiche qui les entoure a été modifié</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>événement {event} : son entrée d&apos;ancrage est endommagée ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>événement {event} : ses champs chaînés ne donnent pas son hachage : un champ a été modifié</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>événement {event} : ses textes et son sel ne donnent pas l&apos;engagement qu&apos;il a chaîné : un texte a été modifié</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>événement {event} : sa preuve d&apos;inclusion ne mène pas à la racine du point de contrôle : il n&apos;est pas dans le registre que le point de contrôle signe</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>la preuve liste les événements {shown} mais en ancre {anchored} : un événement a été supprimé ou ajouté</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>événement {event} : son champ {field} diffère de la fiche chaînée : il a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok : %n événement retrouve son hachage et est dans le {ledger} signé le {made} par la clé {key}</numerusform>
            <numerusform>ok : %n événements retrouvent leur hachage et sont dans le {ledger} signé le {made} par la clé {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>registre de %n événement</numerusform>
            <numerusform>registre de %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lus</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>désinscriptions</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Chaque envoi groupé : ce qu&apos;il est devenu, et les désinscriptions sous 7 jours</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>Aucun envoi n&apos;est encore enregistré comme envoyé.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>Personne ne s&apos;est encore inscrit.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent} % de {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>première inscription sous la forme « {method} »</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>Note de qualité de chaque numéro WhatsApp (d&apos;après WhatsApp Manager)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>Aucun relevé de qualité saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>Ce qu&apos;ont donné vos messages WhatsApp · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>Rapport de qualité · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>Établi le {when} par OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Rien ne demande votre attention.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Taux de désinscription selon la façon de s&apos;inscrire</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Taux de désinscription selon la version du texte signé</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Le serveur de base de données a refusé le nom d&apos;utilisateur ou le mot de passe de cet ordinateur. Rien n&apos;a été noté. Demandez la bonne adresse à la personne qui a installé le serveur.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>Le serveur de base de données n&apos;a pas de registre de ce nom. Rien n&apos;a été noté. Demandez la bonne adresse à la personne qui a installé le serveur.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>La connexion au serveur de base de données a été perdue en cours de route. Le serveur garde un enregistrement entier ou pas du tout : vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>Impossible de joindre le serveur de base de données. Vérifiez qu&apos;il est allumé et que cet ordinateur est sur le réseau, puis réessayez. Rien n&apos;a été noté.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>Le rôle de base de données de cet ordinateur n&apos;a pas le droit de faire cela : créer ou mettre à jour les tables, et restaurer, sont réservés au rôle propriétaire du registre. Rien n&apos;a été noté.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>Le registre est en cours de restauration depuis une sauvegarde. Rien n&apos;a été noté : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>Le registre est occupé par un autre programme. Rien n&apos;a été perdu : attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace, puis réessayez ; rien n&apos;a été noté.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>Le fichier du registre n&apos;est pas accessible en écriture. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>Le fichier du registre ne peut pas être ouvert. Vérifiez que le dossier existe toujours.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>Ce fichier n&apos;est pas une base de données OptIn Desk. Rien n&apos;a été noté.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>Le registre n&apos;a pas pu être enregistré (%s). Rien n&apos;a été noté ; réessayez.</translation>
    </message>
</context>
</TS>
