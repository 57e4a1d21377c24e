<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>Types de messages dans chaque langue</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>Enregistrer cette &amp;langue</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (pas encore enregistré)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>Pas encore enregistré dans cette langue : %s. Les formulaires dans cette langue les impriment dans la langue de la boutique tant que vous n&apos;enregistrez pas.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>Chaque type de message a son texte dans cette langue.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>Enregistrement des types de messages</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>Enregistrer les types de messages</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>Types de messages enregistrés en %s (texte v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>Un type de message enregistré garde sa nature : le consentement donné portait sur des messages de service ou de marketing. Pour la changer, archivez celui-ci et ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Ouvrir une liste…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Coller une liste</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>Ouvrez une liste, déposez un fichier ici ou collez-en une.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Afficher le verdict</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>Enregistrer la liste &amp;autorisée…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Noter comme &amp;envoyé</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>&amp;Numéros dans la colonne :</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>No&amp;ms dans la colonne :</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>&amp;Type de message :</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>Aucune liste vérifiée pour l&apos;instant. Collez une liste de numéros ou ouvrez un fichier, puis vérifiez-la : chaque ligne reçoit ici son verdict.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>Aucune ligne n&apos;a ce verdict. Choisissez « Toutes les lignes » pour voir toutes les lignes.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>Ouvrir une liste de destinataires</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>Le presse-papiers ne contient pas de texte : copiez d&apos;abord les numéros.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>%s ne peut pas être lu : %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n fiche</numerusform>
            <numerusform>%1 — %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Vérification %1 : %n ligne de %2 pour %3.</numerusform>
            <numerusform>Vérification %1 : %n lignes de %2 pour %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>La dernière vérification conservée, %1 : %n ligne de %2 pour %3, enregistrée comme envoyée le %4. Ouvrez ou collez une liste pour en vérifier une autre.</numerusform>
            <numerusform>La dernière vérification conservée, %1 : %n lignes de %2 pour %3, enregistrée comme envoyée le %4. Ouvrez ou collez une liste pour en vérifier une autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>La dernière vérification conservée, %1 : %n ligne de %2 pour %3. Ouvrez ou collez une liste pour en vérifier une autre.</numerusform>
            <numerusform>La dernière vérification conservée, %1 : %n lignes de %2 pour %3. Ouvrez ou collez une liste pour en vérifier une autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Vérification %1, conservée le %5 : %n ligne de %2 pour %3, enregistrée comme envoyée le %4.</numerusform>
            <numerusform>Vérification %1, conservée le %5 : %n lignes de %2 pour %3, enregistrée comme envoyée le %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Vérification %1, conservée le %5 : %n ligne de %2 pour %3.</numerusform>
            <numerusform>Vérification %1, conservée le %5 : %n lignes de %2 pour %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>%n ligne vérifiée : envoi possible à %1</numerusform>
            <numerusform>%n lignes vérifiées : envoi possible à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>Noter %n personne comme ayant reçu un message « %1 » maintenant ?</numerusform>
            <numerusform>Noter %n personnes comme ayant reçu un message « %1 » maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choisissez la colonne qui contient les numéros de téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n doit avoir une option de désinscription</numerusform>
            <numerusform> — %n doivent avoir une option de désinscription</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>La vérification a été annulée ; rien n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>Enregistrer la liste autorisée</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Noter comme envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n message noté comme envoyé</numerusform>
            <numerusform>%n messages notés comme envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(pas de noms)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Numéro WhatsApp</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>Chercher par nom ou numéro, sous n&apos;importe quelle forme</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>Historique du contact choisi</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>Nouvelle &amp;inscription…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>Noter une &amp;désinscription…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>&amp;Annuler une entrée…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>Ouvrir le s&amp;can</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>&amp;Effacer sur demande…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>P&amp;reuve du consentement…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;Formulaire pré-rempli</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Noté par :</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>Choisissez un contact pour voir son historique.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Preuve du consentement</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>Preuve du consentement enregistrée dans %s (tête du registre %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>Preuve de consentement enregistrée dans %s, sa preuve JSON dans %s (empreinte du registre %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>Annuler l&apos;entrée n° %d</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Pourquoi cette entrée est-elle fausse ? (gardé avec la fiche)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>Annulation d&apos;une désinscription</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Annuler l&apos;entrée</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>Entrée n° %d annulée : %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>Effacer %s à sa demande ?

Son nom, son numéro et ses scans sont supprimés définitivement. L&apos;historique du consentement reste (sans eux), et le numéro reste bloqué pour les envois groupés.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Effacer sur demande</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Effacement d&apos;une personne</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>Effacé sur demande ; le numéro reste bloqué</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (l&apos;effacement de l&apos;espace libéré a échoué : %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (encore lisible dans le fichier jusqu&apos;à ce que l&apos;autre lecteur se ferme)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>La personne est effacée du registre, mais reste lisible dans le fichier tant qu&apos;une page de cette fenêtre le lit encore. Réessayer pour terminer ?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>La personne est effacée du registre, mais le serveur garde les anciennes versions de ses lignes tant qu&apos;un autre ordinateur a une transaction ouverte. Réessayer pour terminer ?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>La personne est effacée du registre, mais reste lisible dans le fichier jusqu&apos;à ce qu&apos;un autre programme qui l&apos;a ouvert (une autre fenêtre OptIn Desk, ou un autre processus) le ferme. Fermez-le : réessayer ensuite pour terminer ?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Des sauvegardes du registre contiennent encore cette personne : %n sauvegarde connue de ce programme. L&apos;effacer aussi de cette sauvegarde (elle est réécrite et vérifiée) ?</numerusform>
            <numerusform>Des sauvegardes du registre contiennent encore cette personne : %n sauvegardes connues de ce programme. L&apos;effacer aussi de ces sauvegardes (chacune est réécrite et vérifiée) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Effacer des sauvegardes</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>Effacé sur demande ; les sauvegardes contiennent encore la personne</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Effacé sur demande, et retiré de %n sauvegarde.</numerusform>
            <numerusform>Effacé sur demande, et retiré de %n sauvegardes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>%n sauvegarde impossible à réécrire a été supprimée.</numerusform>
            <numerusform>%n sauvegardes impossibles à réécrire ont été supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n sauvegarde n&apos;a pas pu être réécrite et contient encore la personne :

%1

La supprimer ? (Une sauvegarde dont le dossier est absent est gardée dans tous les cas.)</numerusform>
            <numerusform>%n sauvegardes n&apos;ont pas pu être réécrites et contiennent encore la personne :

%1

Les supprimer ? (Une sauvegarde dont le dossier est absent est gardée dans tous les cas.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Ouvrir le scan</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>Le scan manque dans %s. Restaurez le dossier des preuves depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>Personne ne correspond à « %1 ». Vérifiez l&apos;orthographe ou le numéro, ou saisissez-les sur la page Inscriptions.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>Personne n&apos;est encore enregistré. Saisissez un formulaire signé ou un oui donné en personne sur la page Inscriptions, et la personne apparaît ici.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>Lecture des chiffres</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>Lecture des chiffres du registre…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>Arrêté : les chiffres n&apos;ont pas été lus. Rouvrez la page pour les lire.</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Numéro WhatsApp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>Ce qui s&apos;arrête</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>Aucune confirmation en attente : chaque désinscription notée ici a été confirmée. Quand vous notez un STOP, sa confirmation attend ici jusqu&apos;à ce que vous la marquiez envoyée.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Copier la confirmation</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Ouvrir dans WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Marquer envoyée</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>Exporter la liste d&apos;exclusion…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>Désinscriptions dont la confirmation n&apos;est pas marquée envoyée, les plus anciennes d&apos;abord :</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>Confirmation copiée</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marquer envoyée</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>Confirmation à %s marquée envoyée</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>Export de la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Exporter la liste d&apos;exclusion</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n désinscription écrite dans %1</numerusform>
            <numerusform>%n désinscriptions écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>le numéro d&apos;un client, pour un formulaire pré-rempli</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>&amp;Préparer les formulaires</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>Aucun formulaire imprimé pour l&apos;instant. Choisissez combien ci-dessus et appuyez sur Préparer les formulaires : chaque impression est listée ici avec le nombre revenu.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Combien :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>Pré-rempli p&amp;our :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pa&amp;r :</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n formulaire prêt (texte %1 v%2) : numéros de série %3 à %4. Enregistrez-le ou imprimez-le : le lot est alors noté.</numerusform>
            <numerusform>%n formulaires prêts (texte %1 v%2) : numéros de série %3 à %4. Enregistrez-les ou imprimez-les : le lot est alors noté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>Chaque formulaire a son propre numéro de série, imprimé et dans un code QR. Quand un formulaire signé revient, saisissez son numéro de série sur la page Inscriptions : l&apos;inscription est liée au texte imprimé dessus.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>Lots imprimés :</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>Une page d&apos;exemple : chaque formulaire que vous préparez porte ici son propre numéro de série.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>Impossible de préparer une page d&apos;exemple : %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>Préparation de %n formulaire…</numerusform>
            <numerusform>Préparation de %n formulaires…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>Préparer les formulaires</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>Annulé : aucun formulaire préparé, aucun numéro de série utilisé.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Noter le lot</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>Enregistrer les formulaires</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>Formulaires enregistrés dans %s</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>Formulaires envoyés à l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>Vérifications conservées</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>Afficher une vérification conservée plus tôt, avec ses lignes telles qu’elles ont été jugées</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Vérifications conservées : %n</numerusform>
            <numerusform>Vérifications conservées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n ligne</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée le %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>Serveur vocal (SVI)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>Dans une discussion WhatsApp</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>À la caisse</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>Formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Publicité « clic vers WhatsApp »</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>Réponse WhatsApp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Bouton d&apos;arrêt de WhatsApp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
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
        <source>✓ opted in</source>
        <translation>✓ inscrit</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ désinscrit</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– aucun</translation>
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
        <source>all marketing</source>
        <translation>tout le marketing</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Une personne décide</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>Demande d&apos;inscription</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Rien à noter</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
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
        <source>They agreed to this kind of message: send.</source>
        <translation>La personne a accepté ce type de message : envoyez.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>Aucune inscription à ce type de message n&apos;est enregistrée : n&apos;envoyez pas.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>La personne s&apos;est désinscrite : n&apos;envoyez jamais.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>Ce numéro WhatsApp n&apos;est pas joignable : voir la raison.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>La même personne est plus haut dans la liste : elle reçoit un seul message.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>La personne a reçu récemment autant de messages marketing que le plafond le permet : attendez.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>Option de désinscription requise</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>Ce message marketing doit indiquer comment arrêter (p. ex. « Répondez STOP pour vous désinscrire ») : c&apos;est son premier message marketing, le premier après une longue pause, ou la personne n&apos;a pas répondu depuis longtemps (Paramètres, Règles d&apos;envoi groupé).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>Trop de messages</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>Ne me concerne pas</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>Je ne me suis jamais inscrit</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>J&apos;ai changé d&apos;avis</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Numéro WhatsApp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>Option de désinscription</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>Enregistré : %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>Gardée sur cet ordinateur ; utilisée à la prochaine ouverture d&apos;OptIn Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>Configurez votre boutique pour commencer</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>Un problème est survenu : %s

Rien de ce qui était déjà noté n&apos;a été perdu. Les détails ont été écrits dans %s ; envoyez ce fichier à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>Le registre n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>Registre : %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Sauvegarde du jour faite : %n entrée, vérifiée</numerusform>
            <numerusform>Sauvegarde du jour faite : %n entrées, vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde du jour</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être faite : %s. Utilisez Paramètres, Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>Le registre n&apos;a pas pu être ouvert : %s. Vérifiez le chemin --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>Ce qu&apos;il faut faire aujourd&apos;hui, et l&apos;état du registre.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>Saisir des formulaires papier signés, ou noter un oui donné en personne.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>Trouver une personne : ce qu&apos;elle a accepté, quand, et tout son historique.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>Noter un STOP et envoyer sa confirmation ; il vaut pour tous vos numéros.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>Vérifier une liste</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>Avant un envoi groupé : qui sur votre liste peut recevoir le message.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>Imprimer des formulaires de consentement à faire signer aux clients.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>Votre boutique, ses types de messages, ses textes, le personnel et les sauvegardes.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>Comment vos envois groupés ont été reçus : remis, lus, bloqués.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>Ce numéro a été effacé sur demande le %s.

Notez cette inscription seulement si la personne a donné elle-même un nouveau consentement après cela (en personne, sur papier ou dans son propre message). La noter lève l&apos;effacement : son numéro et son nom sont de nouveau gardés, et l&apos;entrée indique qu&apos;elle a levé l&apos;effacement.

Lever l&apos;effacement et noter ?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Effacé sur demande</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. L&apos;horloge de l&apos;ordinateur est-elle juste maintenant ? Notez seulement si c&apos;est le cas : une fiche antérieure a alors été faite avec une horloge fausse.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Vérifiez l&apos;horloge</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Enregistrer l&apos;inscription</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>Son numéro WhatsApp sous n&apos;importe quelle forme, ou son nom</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>Ce que la personne a dit ou écrit (facultatif)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non donnée)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>Sa raison, en quelques mots</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>&amp;Réécrire</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>Ouvrir dans &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>Confirmation &amp;envoyée</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>&amp;Noter la désinscription</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>Ce qui s&apos;arrê&amp;te :</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Co&amp;mment c&apos;est venu :</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>Ses mot&amp;s :</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Rais&amp;on :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Envoyer &amp;depuis :</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Noté p&amp;ar :</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>Réponses en lot</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>En attente de confirmation (%n)</numerusform>
            <numerusform>En attente de confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>Tous les messages marketing</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>Tout (messages de service aussi)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>Tapez son numéro ou son nom ; un numéro non enregistré peut aussi se désinscrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n personne correspond : choisissez-la (Bas, puis Entrée)</numerusform>
            <numerusform>%n personnes correspondent : choisissez-en une (Bas, puis Entrée)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>Personne trouvé : tapez le numéro complet, p. ex. %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s n&apos;est pas enregistré : la désinscription est gardée quand même.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>La confirmation est vide : appuyez sur Réécrire.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>Confirmation copiée : collez-la dans sa discussion</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>Envoyez-la depuis le numéro de la boutique %s</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Noter la désinscription</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>confirmation envoyée</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>confirmation à envoyer</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>%s désinscrit (%s) ; %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>Champs : $business — le nom de la boutique ; $stopped — les messages qui s&apos;arrêtent ; $continues — les messages qui continuent, s&apos;il y en a ; $start_keyword — le mot pour se réinscrire (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>Champs : $business — le nom de la boutique ; $categories — les types de messages que la personne coche ; $stop_keyword — le mot qui arrête les messages (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>Confidentialité (imprimé sur chaque formulaire)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>vide : le premier numéro WhatsApp ci-dessus</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>une adresse web, ou p. ex. « au mur près de la caisse »</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> ans après une désinscription</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>Contact W&amp;hatsApp :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>&amp;Avis de confidentialité :</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>&amp;Fiches gardées :</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Chaque envoi groupé : ce qu&apos;il est devenu, et les désinscriptions sous 7 jours</translation>
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
        <source>opt-outs</source>
        <translation>désinscriptions</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>désinscrits depuis (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>Note de qualité de chaque numéro WhatsApp</translation>
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
        <source>first opt-in by %1</source>
        <translation>première inscription sous la forme « %1 »</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>&amp;Lire un rapport de remise…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>&amp;Garder ce qui a été lu</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>Enregistrer le &amp;rapport d&apos;une page…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
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
        <source>e.g. 1K</source>
        <translation>p. ex. 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Ajouter le relevé</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>Ce qu&apos;affiche WhatsApp Manager</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Taux de désinscription selon la façon de s&apos;inscrire</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Taux de désinscription selon la version du texte signé</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>Graphique enregistré dans %s</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>Lire un rapport de remise</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>Rapports de remise (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>déjà lu</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1 : %2, %3 nouveaux ; %4, %5</translation>
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
            <numerusform>%n ligne non lue</numerusform>
            <numerusform>%n lignes non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n message entrant mis de côté</numerusform>
            <numerusform>%n messages entrants mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>Gardé : %1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n s&apos;est désinscrit du marketing avec le bouton d&apos;arrêt de WhatsApp</numerusform>
            <numerusform>%n se sont désinscrits du marketing avec le bouton d&apos;arrêt de WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>ligne %s : %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>Garder le rapport de remise</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>Ajouter un relevé de qualité</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>Relevé gardé</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>Ce relevé était déjà gardé</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>Rapport enregistré dans %s</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>Alertes (page Qualité)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× l&apos;habitude</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% non remis</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× une autre façon</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>Enregistrer les seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>Désinscriptions après un envoi groupé au-delà de :</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>Non remis au-delà de :</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>Taux de désinscription d&apos;une façon de s&apos;inscrire au-delà de :</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>Comparer les façons de s&apos;inscrire avec au moins :</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>Seuils d&apos;alerte enregistrés</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>Où vont les fiches (indiqué dans chaque preuve)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>vide : cet ordinateur, ou le serveur du magasin</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>vide : Meta Platforms, fournisseur de WhatsApp</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>Nommez chaque entreprise qui reçoit les numéros, séparées par « ; ».</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>Fiches &amp;conservées sur :</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Partagées a&amp;vec :</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>Choisissez ou tapez qui note ceci.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>Registre ouvert par cet ordinateur</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>un fichier .sqlite3, ou postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autre registre</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Utiliser au prochain démarrage</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>&amp;Revenir au fichier propre à cet ordinateur</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Ouvert maintenant : %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>Ouvert à chaque démarrage : %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>Registres OptIn Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Essai…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>Ce registre s&apos;ouvre, mais aucune boutique n&apos;y est encore configurée.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>C&apos;est le registre de %1 : %n entrée.</numerusform>
            <numerusform>C&apos;est le registre de %1 : %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>Ce registre ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>C&apos;est fait : fermez OptIn Desk et relancez-le pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>Cet ordinateur ouvrira un autre registre au prochain démarrage</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>C&apos;est fait : au prochain démarrage, cet ordinateur ouvre son propre fichier de registre.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>Le registre est de nouveau accessible</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>Collez les réponses ici, une par ligne : « +34 612 345 678: BAJA », ou des lignes de discussion copiées de WhatsApp, ou un tableau avec numéro et message.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>Lire les &amp;réponses</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>Noter les réponses &amp;cochées</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>Ouvrir des réponses</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Lire les réponses</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>Lecture de %n réponse…</numerusform>
            <numerusform>Lecture de %n réponses…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1 : %2, %3, %4, %5. Cochez ce qu&apos;il faut noter.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n désinscription claire</numerusform>
            <numerusform>%n désinscriptions claires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n à décider par vous</numerusform>
            <numerusform>%n à décider par vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n demande d&apos;inscription</numerusform>
            <numerusform>%n demandes d&apos;inscription</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n impossible à noter</numerusform>
            <numerusform>%n impossibles à noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>Noter les réponses &amp;cochées (%n)</numerusform>
            <numerusform>Noter les réponses &amp;cochées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>Noter %1 (chacune avec sa confirmation) et %2 par discussion WhatsApp ?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n désinscription</numerusform>
            <numerusform>%n désinscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>Noté : %1 et %2 ; les confirmations attendent d&apos;être envoyées</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>Noter les réponses</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>Enregistrement de %n réponse…</numerusform>
            <numerusform>Enregistrement de %n réponses…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>Copier toute la tête du registre, pour la garder ailleurs</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>Un type de message enregistré garde sa nature (service ou marketing) : c&apos;est à cela que les personnes ont consenti. Pour la changer, archivez-le et ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>&amp;PIN du gérant…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ann&amp;uler les changements</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Pa&amp;ys par défaut :</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Numéros &amp;WhatsApp :</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>Personne&amp;l :</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>Types de messages (archivés, jamais supprimés)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>Textes (les champs commencent par $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>Déclaration de consentement :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Confirmation de désinscription :</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>Règles d&apos;envoi groupé (Vérifier une liste)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>Op&amp;tion de désinscription à nouveau après une pause de :</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>&amp;Inactif après aucune réponse pendant :</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>messages marketing au plus en</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>Pla&amp;fond marketing :</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Protéger le registre</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>Tête du registre :</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>PIN du gérant :</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n entrée)</numerusform>
            <numerusform>%1… (%n entrées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n entrée, vérifiée — %2</numerusform>
            <numerusform>%1 — %n entrées, vérifiées — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>Tête du registre copiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>%n entrée sauvegardée dans %1</numerusform>
            <numerusform>%n entrées sauvegardées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>Changement du PIN du gérant</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN du gérant</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>Nouveau PIN du gérant (6 caractères ou plus ; laissez vide pour le supprimer) :</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN du gérant défini</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN du gérant supprimé</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>Sauvegarde du registre</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>Sauvegarder le registre dans…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans OptIn Desk&lt;/h2&gt;&lt;p&gt;Parlez-nous de votre boutique. Son nom est imprimé sur chaque formulaire de consentement et chaque confirmation de désinscription.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>Un numéro WhatsApp par ligne</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>Un nom par ligne : qui note les inscriptions, désinscriptions et formulaires</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>&amp;Retirer la catégorie</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>&amp;Commencer avec OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom de la boutique :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Numéros &amp;WhatsApp :</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>No&amp;ms du personnel :</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;Langue des formulaires et des messages :</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>Types de messages que vous envoyez :</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>Bienvenue, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>imprimé en haut du formulaire ; un formulaire papier en a besoin</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>Formulaire d&apos;une autre impression (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>La boutique a imprimé ce formulaire ailleurs : son numéro de série est gardé tel que saisi, avec une note</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>tel qu&apos;écrit sur le formulaire</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>déposez le formulaire scanné ici</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>Choisir un s&amp;can…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>Entrées enregistrées pendant cette session</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Enregistrer et suivant (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>Annuler la &amp;dernière</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>N° de &amp;série du formulaire :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>N&amp;uméro WhatsApp :</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>A accepté :</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>Date de si&amp;gnature :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Co&amp;mment :</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>Noté pa&amp;r :</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>Enregistré pendant cette session (les plus récents d&apos;abord) :</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan du formulaire signé</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>Le numéro WhatsApp : %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>Le numéro de série du formulaire : %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>Cochez au moins un type de message que la personne a accepté.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>Dites qui note : choisissez ou tapez votre nom.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Enregistrer l&apos;inscription</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>Enregistré %s : %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Annuler la dernière</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Pourquoi cette entrée est-elle fausse ? (gardé avec la fiche)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (annulé : %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>Entrée de %s annulée</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>Saisis pendant cette session : %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>texte %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>formulaire %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>scan enregistré</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>noté le %s par %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>annule l&apos;entrée n° %d : %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>raison : %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>ses mots : « %s »</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>note : %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>confirmation : %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>ANNULÉ (entrée n° %d) : %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>Personnes enregistrées</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Ouvrir Contacts</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>Inscriptions des 7 derniers jours</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>Saisir des inscriptions</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>Confirmations de désinscription en attente</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Les envoyer</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>Formulaires imprimés pas encore saisis</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>Ouvrir Formulaires</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>Dernière liste vérifiée</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>Vérifier une liste</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>Sauvegarder dans Paramètres</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>Registre vérifié</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir Paramètres</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>&amp;Vérifier le registre maintenant</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>Les registres n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>Personnes qui ont accepté des messages (imports non comptés).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>Rien n&apos;attend : chaque désinscription a été confirmée.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>La plus ancienne attend depuis aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>La plus ancienne attend depuis %n jour.</numerusform>
            <numerusform>La plus ancienne attend depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>%n formulaire imprimé en tout.</numerusform>
            <numerusform>%n formulaires imprimés en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Aucun formulaire imprimé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>Vérifiez votre liste avant chaque envoi groupé.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2 : %3 sur %n ligne peuvent recevoir le message.</numerusform>
            <numerusform>%1, %2 : %3 sur %n lignes peuvent recevoir le message.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>Aucune sauvegarde de ce registre n&apos;a encore été faite.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1 : %n entrée, vérifiée.</numerusform>
            <numerusform>%1 : %n entrées, vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>Le registre contient %n entrée.</numerusform>
            <numerusform>Le registre contient %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>Vérifiez-le maintenant.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rompu</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>La dernière vérification a trouvé les registres modifiés : lancez verify.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1 : la chaîne a été vérifiée dans la sauvegarde ; vérifiez les registres pour contrôler aussi la table des consentements, les textes et les scans.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1 : vérifié seul.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>La chaîne tient, mais ce qui l’entoure a été modifié :</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>Registre vérifié : aucune entrée n&apos;a été modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>La chaîne est rompue : lancez verify en ligne de commande pour les détails.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>Dites d&apos;abord qui note : choisissez ou tapez votre nom dans « Noté par » (sur la page Désinscriptions). Rien n&apos;a été noté.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN du gérant</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s demande le PIN du gérant :</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>Non traduit en %s : %s. Ces lignes seraient imprimées dans la langue de la boutique, qu&apos;un client ne lit peut-être pas : ajoutez leur texte dans Paramètres, Types de messages dans chaque langue.</translation>
    </message>
</context>
</TS>
