<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>Tipos de mensajes en cada idioma</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>&amp;Guardar este idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (aún sin guardar)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>Aún sin guardar en este idioma: %s. Los formularios en este idioma los imprimen en el idioma de la tienda hasta que los guarde.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>Todos los tipos de mensajes tienen su texto en este idioma.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>Guardar los tipos de mensajes</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>Guardar los tipos de mensajes</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>Tipos de mensajes guardados en %s (texto v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>Un tipo de mensaje guardado conserva su clase: el consentimiento que dio la gente fue para mensajes de servicio o de publicidad. Para cambiarla, archive este y añada uno nuevo.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Pegar lista</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>Abra una lista, suelte un archivo aquí o pegue una.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Mostrar resultado</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>Guardar lista &amp;permitida…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Registrar como en&amp;viado</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>&amp;Números en la columna:</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>No&amp;mbres en la columna:</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>Tipo de &amp;mensaje:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>Todavía no se ha revisado ninguna lista. Pegue una lista de números o abra un archivo y revísela: aquí verá el resultado de cada fila.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>Ninguna fila tiene este resultado. Elija «Todas las filas» para ver todas.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>Abrir una lista de destinatarios</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>El portapapeles no tiene texto: copie primero los números.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>No se puede leer %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n registro</numerusform>
            <numerusform>%1 — %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Revisión %1: %n fila de %2 para %3.</numerusform>
            <numerusform>Revisión %1: %n filas de %2 para %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>La última revisión guardada, %1: %n fila de %2 para %3, registrada como enviada el %4. Abra o pegue una lista para revisar otra.</numerusform>
            <numerusform>La última revisión guardada, %1: %n filas de %2 para %3, registrada como enviada el %4. Abra o pegue una lista para revisar otra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>La última revisión guardada, %1: %n fila de %2 para %3. Abra o pegue una lista para revisar otra.</numerusform>
            <numerusform>La última revisión guardada, %1: %n filas de %2 para %3. Abra o pegue una lista para revisar otra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Revisión %1, guardada el %5: %n fila de %2 para %3, registrada como enviada el %4.</numerusform>
            <numerusform>Revisión %1, guardada el %5: %n filas de %2 para %3, registrada como enviada el %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Revisión %1, guardada el %5: %n fila de %2 para %3.</numerusform>
            <numerusform>Revisión %1, guardada el %5: %n filas de %2 para %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>Revisada %n fila: se puede enviar a %1</numerusform>
            <numerusform>Revisadas %n filas: se puede enviar a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>¿Registrar ahora que %n persona recibió un mensaje «%1»?</numerusform>
            <numerusform>¿Registrar ahora que %n personas recibieron un mensaje «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Elija la columna que contiene los números de teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Revisando %n fila…</numerusform>
            <numerusform>Revisando %n filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n necesita opción de baja</numerusform>
            <numerusform> — %n necesitan opción de baja</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>La revisión se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>Guardar la lista permitida</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Registrar como enviado</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n mensaje registrado como enviado</numerusform>
            <numerusform>%n mensajes registrados como enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(sin nombres)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>Se escribió %n fila en %1</numerusform>
            <numerusform>Se escribieron %n filas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>Buscar por nombre o número, en cualquier formato</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>Historial del contacto elegido</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>Nueva &amp;alta…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>Registrar &amp;baja…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>A&amp;nular entrada…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>Abrir es&amp;caneo</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>&amp;Borrar a petición…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>Prueba de &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;Formulario rellenado</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Registrado por:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>Elija un contacto para ver su historial.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Prueba de consentimiento</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>Prueba de consentimiento guardada en %s (cabeza del registro %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>Prueba de consentimiento guardada en %s, su prueba JSON en %s (huella del registro %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>Anular entrada n.º %d</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>¿Por qué es errónea esta entrada? (se guarda con el registro)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>Anular una baja</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Anular entrada</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>Entrada n.º %d anulada: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>¿Borrar a %s porque lo pide?

Su nombre, su número y sus escaneos se eliminan para siempre. El historial de consentimiento se conserva (sin ellos) y el número sigue bloqueado para los envíos masivos.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Borrar a petición</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Borrar a una persona</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>Borrado a petición; el número sigue bloqueado</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (no se pudo limpiar el espacio liberado: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (todavía se puede leer en el archivo hasta que se cierre el otro lector)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>La persona está borrada del registro, pero todavía se puede leer en el archivo mientras una página de esta ventana lo siga leyendo. ¿Volver a intentarlo para terminar?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>La persona está borrada del registro, pero el servidor guarda sus versiones antiguas mientras otro ordenador tenga una transacción abierta. ¿Volver a intentarlo para terminar?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>La persona está borrada del registro, pero todavía se puede leer en el archivo hasta que lo cierre otro programa que lo tiene abierto (otra ventana de OptIn Desk u otro proceso). ¿Lo cierra y vuelve a intentarlo para terminar?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Una copia de seguridad del registro todavía contiene a esta persona: %n copia conocida por este programa. ¿Borrarla también de esa copia (se reescribe y se comprueba)?</numerusform>
            <numerusform>Las copias de seguridad del registro todavía contienen a esta persona: %n copias conocidas por este programa. ¿Borrarla también de esas copias (cada una se reescribe y se comprueba)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Borrar de las copias</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>Borrado a petición; las copias de seguridad todavía contienen a la persona</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Borrado a petición, y de %n copia de seguridad.</numerusform>
            <numerusform>Borrado a petición, y de %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>Se eliminó %n copia de seguridad que no se pudo reescribir.</numerusform>
            <numerusform>Se eliminaron %n copias de seguridad que no se pudieron reescribir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n copia de seguridad no se pudo reescribir y todavía contiene a la persona:

%1

¿Eliminarla? (Una copia cuya carpeta no está se conserva de todos modos.)</numerusform>
            <numerusform>%n copias de seguridad no se pudieron reescribir y todavía contienen a la persona:

%1

¿Eliminarlas? (Una copia cuya carpeta no está se conserva de todos modos.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Abrir escaneo</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>Falta el escaneo en %s. Recupere la carpeta de pruebas de una copia de seguridad.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>Nadie coincide con «%1». Revise cómo está escrito o el número, o añádalo en la página Altas.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>Todavía no hay nadie en el registro. Escriba un formulario firmado o un sí dado en persona en la página Altas y aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>Leyendo las cifras</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Dejar de leer</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>Leyendo las cifras del registro…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>Detenido: no se leyeron las cifras. Vuelva a abrir la página para leerlas.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>Qué se detiene</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>No espera ninguna confirmación: todas las bajas registradas aquí están confirmadas. Cuando anote un STOP, su confirmación espera aquí hasta que la marque como enviada.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Copiar confirmación</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Abrir en WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Marcar enviada</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>Exportar lista de exclusión…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>Bajas cuya confirmación no está marcada como enviada, la más antigua primero:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>Confirmación copiada</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar enviada</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>Confirmación a %s marcada como enviada</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>Exportar la lista de exclusión</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Exportar lista de exclusión</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n baja escrita en %1</numerusform>
            <numerusform>%n bajas escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>el número de un cliente, para un formulario rellenado</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>&amp;Hacer los formularios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>Todavía no se ha impreso ningún formulario. Elija cuántos arriba y pulse Hacer los formularios: cada impresión aparece aquí con cuántos volvieron.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Cuántos:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>&amp;Rellenado para:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n formulario listo (texto %1 v%2): series %3 a %4. Guárdelo o imprímalo: entonces se registra la tanda.</numerusform>
            <numerusform>%n formularios listos (texto %1 v%2): series %3 a %4. Guárdelos o imprímalos: entonces se registra la tanda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>Cada formulario lleva su propio número de serie, impreso y en un código QR. Cuando vuelva un formulario firmado, escriba su número de serie en la página Altas: el alta queda unida al texto impreso en él.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>Tandas impresas:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>Una página de muestra: cada formulario que haga lleva aquí su propio número de serie.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>No se pudo hacer la página de muestra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>Haciendo %n formulario…</numerusform>
            <numerusform>Haciendo %n formularios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>Hacer formularios</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>Cancelado: no se hizo ningún formulario ni se usó ningún número de serie.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Registrar la tanda</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>Guardar los formularios</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>Formularios guardados en %s</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>Formularios enviados a la impresora</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>Revisiones guardadas</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>Mostrar una revisión guardada antes, con sus filas tal como se juzgaron</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Revisiones guardadas: %n</numerusform>
            <numerusform>Revisiones guardadas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n fila</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada el %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulario en papel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>Menú telefónico (IVR)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>En un chat de WhatsApp</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>En la caja</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>Formulario de alta</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Anuncio de clic a WhatsApp</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>Respuesta de WhatsApp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Botón de parar de WhatsApp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>de alta</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation>✓ de alta</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ de baja</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– ninguno</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todos los mensajes</translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation>toda la publicidad</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Lo decide una persona</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>Petición de alta</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nada que registrar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Repetido</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Demasiado pronto</translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation>Aceptó este tipo de mensaje: envíelo.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>No hay ninguna alta para este tipo de mensaje: no lo envíe.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>Se dio de baja: no lo envíe nunca.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>No es un número de WhatsApp al que se pueda llegar: vea el motivo.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>La misma persona está más arriba en la lista: recibe un solo mensaje.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>Recibió hace poco tantos mensajes publicitarios como permite el tope: espere.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>Hace falta opción de baja</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>Este mensaje publicitario debe decir cómo darse de baja (p. ej. &apos;Responda STOP para darse de baja&apos;): es su primer mensaje publicitario, el primero tras una larga pausa o hace mucho que no responde (Ajustes, Reglas de envío masivo).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>Demasiados mensajes</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>No me interesa</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>Nunca me apunté</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>He cambiado de opinión</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>Opción de baja</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>En el registro: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>El mismo que este ordenador</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>Se guarda en este ordenador; se usa la próxima vez que se abra OptIn Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abriendo el registro…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>Configure su tienda para empezar</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>Algo salió mal: %s

No se ha perdido nada de lo ya registrado. Los detalles se escribieron en %s; envíe ese archivo a quien se ocupe de este ordenador.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>El registro no está abierto</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>Registro: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Copia diaria hecha: %n entrada, comprobada</numerusform>
            <numerusform>Copia diaria hecha: %n entradas, comprobada</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>No se pudo hacer la copia diaria: %s. Use Ajustes, Hacer copia ahora.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>No se pudo abrir el registro: %s. Revise la ruta de --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>Lo que hay que hacer hoy y cómo está el registro.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Altas</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>Escriba formularios en papel firmados o registre un sí dado en persona.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>Busque a una persona: qué aceptó, cuándo y todo su historial.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>Anote un STOP y envíe su confirmación; vale para todos sus números.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>Revisar lista</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>Antes de un envío masivo: a quién de su lista se puede enviar el mensaje.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>Imprima formularios de consentimiento para que los firmen los clientes.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>Su tienda, sus tipos de mensajes, textos, personal y copias.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>Cómo se recibieron sus envíos masivos: entregados, leídos, bloqueados.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>Este número se borró a petición el %s.

Registre esta alta solo si la persona dio de nuevo su propio consentimiento después (en persona, en papel o en un mensaje suyo). Al registrarla se levanta el borrado: su número y su nombre se vuelven a guardar, y la entrada dice que levantó el borrado.

¿Levantar el borrado y registrar?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Borrado a petición</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. ¿Está bien ahora el reloj del ordenador? Registre solo si lo está: entonces un registro anterior se hizo con el reloj mal.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Revise el reloj</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Guardar alta</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>Su número de WhatsApp en cualquier formato, o su nombre</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>Lo que dijo o escribió (opcional)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no lo dio)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>Su motivo, en pocas palabras</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>Escribirla de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>Abrir en &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>Confirmación en&amp;viada</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>&amp;Registrar baja</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>Qué se de&amp;tiene:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>&amp;Cómo llegó:</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>Sus &amp;palabras:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Enviar &amp;desde:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>C&amp;onfirmación:</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Re&amp;gistrado por:</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Esperan confirmación</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>Respuestas en bloque</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>Esperan confirmación (%n)</numerusform>
            <numerusform>Esperan confirmación (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>Todos los mensajes publicitarios</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>Todo (también los mensajes de servicio)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>Escriba su número o su nombre; un número que no está en el registro también puede darse de baja.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>Coincide %n persona: elíjala (Abajo y luego Intro)</numerusform>
            <numerusform>Coinciden %n personas: elija una (Abajo y luego Intro)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>No se encontró a nadie: escriba el número completo, p. ej. %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s no está en el registro: la baja se guarda igualmente.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>La confirmación está vacía: pulse Escribirla de nuevo.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>Confirmación copiada: péguela en su chat</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>Envíela desde el número de la tienda %s</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar baja</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>confirmación enviada</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>confirmación por enviar</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>Baja de %s (%s); %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>Campos variables: $business — el nombre de la tienda; $stopped — los mensajes que se detienen; $continues — los mensajes que siguen llegando, si los hay; $start_keyword — la palabra para darse de alta otra vez (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>Campos variables: $business — el nombre de la tienda; $categories — los tipos de mensaje que marca la persona; $stop_keyword — la palabra que detiene los mensajes (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>Privacidad (se imprime en cada formulario)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>vacío: el primer número de WhatsApp de arriba</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>una dirección web, o p. ej. «en la pared junto a la caja»</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> años tras una baja</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>W&amp;hatsApp de contacto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>El &amp;aviso de privacidad está en:</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>&amp;Se guardan los registros:</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Cada envío masivo: qué pasó con él y bajas en 7 días</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregados</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leídos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidos</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>bajas</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>de baja desde entonces (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>Calificación de calidad de cada número de WhatsApp</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation>primera alta con «%1»</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>&amp;Leer un informe de entrega…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>&amp;Guardar lo leído</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>Guardar el &amp;informe de una página…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restringido</translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation>p. ej. 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Añadir lectura</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>Lo que muestra WhatsApp Manager</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Tasa de bajas según cómo se dieron de alta</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Tasa de bajas según la versión del texto firmada</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>Gráfico guardado en %s</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>Leer un informe de entrega</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>Informes de entrega (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>ya leído</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2, %3 nuevos; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n línea sin leer</numerusform>
            <numerusform>%n líneas sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n mensaje recibido apartado</numerusform>
            <numerusform>%n mensajes recibidos apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>Guardado %1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n se dio de baja de la publicidad con el botón de parar de WhatsApp</numerusform>
            <numerusform>%n se dieron de baja de la publicidad con el botón de parar de WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>línea %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>Guardar el informe de entrega</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>Añadir una lectura de calidad</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>Lectura guardada</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>Esa lectura ya estaba guardada</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>Informe guardado en %s</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>Avisos (página Calidad)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× lo normal</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% sin entregar</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× otra forma</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>Guardar los límites de aviso</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>Bajas tras un envío masivo por encima de:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>Sin entregar por encima de:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>Tasa de bajas de una forma de alta por encima de:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>Comparar formas de alta con al menos:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>Límites de aviso guardados</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>Dónde van los registros (consta en cada prueba)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>vacío: este ordenador, o el servidor de la tienda</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>vacío: Meta Platforms, como proveedor de WhatsApp</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>Escriba cada empresa que recibe los números, separadas por &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>R&amp;egistros guardados en:</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Co&amp;mpartidos con:</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>Elija o escriba quién registra esto.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>Registro que abre este ordenador</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>un archivo .sqlite3, o postgresql+psycopg://USUARIO@SERVIDOR/BASEDEDATOS</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;Probarlo</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Usar desde el próximo inicio</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>&amp;Volver al archivo propio de este ordenador</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Abierto ahora: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>Se abre en cada inicio: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>Registros de OptIn Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>Este registro se abre, pero todavía no tiene ninguna tienda configurada.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>Es el registro de %1: %n entrada.</numerusform>
            <numerusform>Es el registro de %1: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>Este registro no se puede usar: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>Hecho: cierre OptIn Desk y vuelva a abrirlo para usarlo.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>Este ordenador abrirá otro registro desde el próximo inicio</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>Hecho: desde el próximo inicio este ordenador abre su propio archivo del registro.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>Se puede volver a acceder al registro</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>Pegue aquí las respuestas, una por línea: «+34 612 345 678: BAJA», o líneas de chat copiadas de WhatsApp, o una tabla con número y mensaje.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>Leer &amp;respuestas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>Registrar las respuestas &amp;marcadas</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>Abrir respuestas</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Leer respuestas</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>Leyendo %n respuesta…</numerusform>
            <numerusform>Leyendo %n respuestas…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2, %3, %4, %5. Marque lo que quiere registrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n baja clara</numerusform>
            <numerusform>%n bajas claras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n para que usted decida</numerusform>
            <numerusform>%n para que usted decida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n petición de alta</numerusform>
            <numerusform>%n peticiones de alta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n que no se puede registrar</numerusform>
            <numerusform>%n que no se pueden registrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>Registrar las respuestas &amp;marcadas (%n)</numerusform>
            <numerusform>Registrar las respuestas &amp;marcadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>¿Registrar %1 (cada una con su confirmación) y %2 por chat de WhatsApp?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n alta</numerusform>
            <numerusform>%n altas</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>Registradas %1 y %2; las confirmaciones esperan a ser enviadas</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>Registrar respuestas</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>Registrando %n respuesta…</numerusform>
            <numerusform>Registrando %n respuestas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Añadir tipo</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>Copiar toda la cabeza del registro, para guardarla en otro sitio</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>Un tipo de mensaje guardado conserva su clase (servicio o publicidad): el consentimiento que dio la gente fue para eso. Para cambiarla, archívelo y añada uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia ahora…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>&amp;PIN del dueño…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;País por defecto:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Números de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Personal:</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>Tipos de mensajes (se archivan, nunca se borran)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>Texto (los campos variables empiezan por $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>Declaración de consentimiento:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Confirmación de baja:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>Reglas de envío masivo (Revisar lista)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>Opción de baja otra vez tras una &amp;pausa de:</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>&amp;Inactivo tras nada durante:</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>mensajes publicitarios como mucho en</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>&amp;Tope de publicidad:</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Mantener el registro a salvo</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>Cabeza del registro:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>PIN del dueño:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n entrada)</numerusform>
            <numerusform>%1… (%n entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n entrada, comprobada — %2</numerusform>
            <numerusform>%1 — %n entradas, comprobada — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>Cabeza del registro copiada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>Copia de %n entrada hecha en %1</numerusform>
            <numerusform>Copia de %n entradas hecha en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>Cambiar el PIN del dueño</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN del dueño</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>Nuevo PIN del dueño (6 caracteres o más; déjelo vacío para quitarlo):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN del dueño puesto</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN del dueño quitado</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>Hacer copia del registro</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>Hacer copia del registro en…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a OptIn Desk&lt;/h2&gt;&lt;p&gt;Háblenos de su tienda. Su nombre se imprime en cada formulario de consentimiento y en cada confirmación de baja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>Un número de WhatsApp por línea</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>Un nombre por línea: quién registra altas, bajas y formularios</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Añadir tipo</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>&amp;Quitar tipo</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>&amp;Empezar a usar OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nombre del negocio:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Números de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>Pe&amp;rsonal:</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;Idioma de formularios y mensajes:</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>Tipos de mensajes que envía:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>Bienvenido, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>impreso arriba en el formulario; un formulario en papel lo necesita</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>Formulario de otra impresión (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>La tienda imprimió este formulario en otro sitio: su número de serie se guarda tal como se escribió, con una nota</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>tal como está escrito en el formulario</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>suelte aquí el formulario escaneado</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>Elegir es&amp;caneo…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>Entradas guardadas en esta sesión</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Guardar y siguiente (Intro)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Deshacer la última</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>&amp;Serie del formulario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>N&amp;úmero de WhatsApp:</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>Aceptó:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Fecha de firma:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registrado por:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Escaneo:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>Guardado en esta sesión (lo más nuevo primero):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Escaneo del formulario firmado</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>El número de WhatsApp: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>La serie del formulario: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>Marque al menos un tipo de mensaje que la persona aceptó.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>Diga quién registra: elija o escriba su nombre.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Guardar alta</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>Guardado %s: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Deshacer la última</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>¿Por qué es errónea esta entrada? (se guarda con el registro)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (anulada: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>Anulada la entrada de %s</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>Introducidas en esta sesión: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>texto %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>formulario %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>escaneo guardado</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>registrado %s por %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>anula la entrada n.º %d: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>motivo: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>sus palabras: «%s»</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>nota: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>confirmación: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>ANULADA (entrada n.º %d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>Personas en el registro</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Abrir Contactos</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>Altas de los últimos 7 días</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>Escribir altas</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>Confirmaciones de baja pendientes</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Enviarlas</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>Formularios impresos aún sin escribir</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>Abrir Formularios</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>Última lista revisada</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>Revisar una lista</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>Hacer copia en Ajustes</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>Registro verificado</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>&amp;Verificar el registro ahora</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>No se pudieron verificar los registros: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>Personas que aceptaron mensajes (sin contar las importadas).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>No espera nada: todas las bajas están confirmadas.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>La más antigua espera desde hoy.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>La más antigua espera desde hace %n día.</numerusform>
            <numerusform>La más antigua espera desde hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>%n formulario impreso en total.</numerusform>
            <numerusform>%n formularios impresos en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Todavía no se ha impreso ningún formulario.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aceptaron</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Se dieron de baja</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>Revise su lista antes de cada envío masivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: a %3 de %n fila se le puede enviar el mensaje.</numerusform>
            <numerusform>%1, %2: a %3 de %n filas se les puede enviar el mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de este registro.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n entrada, comprobada.</numerusform>
            <numerusform>%1: %n entradas, comprobada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>El libro de registros tiene %n entrada.</numerusform>
            <numerusform>El libro de registros tiene %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>Verifíquelo ahora.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>La última verificación encontró los registros cambiados: ejecute verify.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: la cadena se comprobó en la copia de seguridad; verifique los registros para comprobar también la tabla de consentimientos, los textos y los escaneos.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: verificado por sí mismo.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>Verificando el registro…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>La cadena está intacta, pero lo que la rodea se cambió:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>El registro está verificado: no se cambió ni se quitó ninguna entrada.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>La cadena está rota: ejecute verify en la línea de comandos para ver los detalles.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>Diga primero quién registra: elija o escriba su nombre en «Registrado por» (en la página Bajas). No se registró nada.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN del dueño</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s necesita el PIN del dueño:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>Sin traducir (%s): %s. Estas líneas se imprimirían en el idioma de la tienda, que un cliente quizá no lea: añada su texto en Ajustes, Tipos de mensajes en cada idioma.</translation>
    </message>
</context>
</TS>
